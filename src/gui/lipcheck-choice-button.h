/* lipcheck-choice-button.h: a check or radio button that carries the answer it stands for. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_CHOICE_BUTTON (lipcheck_choice_button_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckChoiceButton, lipcheck_choice_button, LIPCHECK, CHOICE_BUTTON, GtkCheckButton)

GtkWidget  *lipcheck_choice_button_new       (const char           *label,
                                              const char           *value);
const char *lipcheck_choice_button_get_value (LipcheckChoiceButton *self);
void        lipcheck_choice_button_set_value (LipcheckChoiceButton *self,
                                              const char           *value);

G_END_DECLS
