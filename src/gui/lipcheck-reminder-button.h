/* lipcheck-reminder-button.h: the Diary's Evening Reminder button: on or off, and at what time. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_REMINDER_BUTTON (lipcheck_reminder_button_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckReminderButton, lipcheck_reminder_button, LIPCHECK, REMINDER_BUTTON, GtkWidget)

gboolean    lipcheck_reminder_button_get_active (LipcheckReminderButton *self);
void        lipcheck_reminder_button_set_active (LipcheckReminderButton *self,
                                                 gboolean                active);
const char *lipcheck_reminder_button_get_time   (LipcheckReminderButton *self);
void        lipcheck_reminder_button_set_time   (LipcheckReminderButton *self,
                                                 const char             *time);

G_END_DECLS
