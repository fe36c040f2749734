/* lipcheck-step-page.h: one step of the self-check wizard, built from a knowledge-base step. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_STEP_PAGE (lipcheck_step_page_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckStepPage, lipcheck_step_page, LIPCHECK, STEP_PAGE, GtkWidget)

GtkWidget    *lipcheck_step_page_new          (LipcheckStep     *step,
                                               LipcheckAnswers  *answers);
LipcheckStep *lipcheck_step_page_get_step     (LipcheckStepPage *self);
gboolean      lipcheck_step_page_get_complete (LipcheckStepPage *self);
void          lipcheck_step_page_commit       (LipcheckStepPage *self);
void          lipcheck_step_page_focus_first  (LipcheckStepPage *self);
void          lipcheck_step_page_set_required (LipcheckStepPage *self,
                                               GHashTable       *required);
GStrv         lipcheck_step_page_dup_missing  (LipcheckStepPage *self);
gboolean      lipcheck_step_page_focus_missing (LipcheckStepPage *self);

G_END_DECLS
