/* lipcheck-timeline.h: a twitch diary drawn as days in a row, with an accessible sentence a day. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-diary.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_TIMELINE (lipcheck_timeline_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckTimeline, lipcheck_timeline, LIPCHECK, TIMELINE, GtkWidget)

GtkWidget     *lipcheck_timeline_new              (void);
LipcheckDiary *lipcheck_timeline_get_diary        (LipcheckTimeline *self);
void           lipcheck_timeline_set_diary        (LipcheckTimeline *self,
                                                   LipcheckDiary    *diary);
guint          lipcheck_timeline_get_n_days       (LipcheckTimeline *self);
guint32        lipcheck_timeline_get_selected     (LipcheckTimeline *self);
void           lipcheck_timeline_select           (LipcheckTimeline *self,
                                                   guint32           julian);
guint          lipcheck_timeline_get_n_draws      (LipcheckTimeline *self);
GtkListBox    *lipcheck_timeline_get_rows         (LipcheckTimeline *self);
char          *lipcheck_timeline_describe_day     (LipcheckDiary    *diary,
                                                   guint32           julian);

G_END_DECLS
