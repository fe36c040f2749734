/* lipcheck-application.h: the application: command line, knowledge base, app-wide actions. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_APPLICATION (lipcheck_application_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckApplication, lipcheck_application, LIPCHECK, APPLICATION, GtkApplication)

LipcheckApplication   *lipcheck_application_new                    (const char          *application_id,
                                                                    GApplicationFlags    flags);
LipcheckKnowledgeBase *lipcheck_application_get_knowledge_base     (LipcheckApplication *self);
GSettings             *lipcheck_application_get_settings           (LipcheckApplication *self);

G_END_DECLS
