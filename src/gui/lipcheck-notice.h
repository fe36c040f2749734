/* lipcheck-notice.h: a banner at the top of the window: what happened, in plain words. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_NOTICE (lipcheck_notice_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckNotice, lipcheck_notice, LIPCHECK, NOTICE, GtkWidget)

void        lipcheck_notice_show_problem (LipcheckNotice *self,
                                          const char     *title,
                                          const char     *message,
                                          const char     *details);
void        lipcheck_notice_show_done    (LipcheckNotice *self,
                                          const char     *title,
                                          const char     *button_label,
                                          const char     *action_name,
                                          GVariant       *action_target);
void        lipcheck_notice_dismiss      (LipcheckNotice *self);
gboolean    lipcheck_notice_get_shown    (LipcheckNotice *self);
const char *lipcheck_notice_get_title    (LipcheckNotice *self);
const char *lipcheck_notice_get_details  (LipcheckNotice *self);

G_END_DECLS
