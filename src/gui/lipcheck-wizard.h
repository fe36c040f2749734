/* lipcheck-wizard.h: the self-check: an introduction, one page a step, and the result. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_WIZARD (lipcheck_wizard_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckWizard, lipcheck_wizard, LIPCHECK, WIZARD, GtkWidget)

LipcheckKnowledgeBase *lipcheck_wizard_get_knowledge_base (LipcheckWizard        *self);
void                   lipcheck_wizard_set_knowledge_base (LipcheckWizard        *self,
                                                           LipcheckKnowledgeBase *kb);
LipcheckAnswers       *lipcheck_wizard_get_answers        (LipcheckWizard        *self);
LipcheckResult        *lipcheck_wizard_get_result         (LipcheckWizard        *self);
int                    lipcheck_wizard_get_position       (LipcheckWizard        *self);
guint                  lipcheck_wizard_get_n_steps        (LipcheckWizard        *self);
GtkWidget             *lipcheck_wizard_get_page           (LipcheckWizard        *self,
                                                           int                    position);
void                   lipcheck_wizard_show_answers       (LipcheckWizard        *self,
                                                           LipcheckAnswers       *answers);
void                   lipcheck_wizard_set_last_check     (LipcheckWizard        *self,
                                                           LipcheckAnswers       *answers);
void                   lipcheck_wizard_set_narrow         (LipcheckWizard        *self,
                                                           gboolean               narrow);

G_END_DECLS
