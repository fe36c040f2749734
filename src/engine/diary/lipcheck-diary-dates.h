/* lipcheck-diary-dates.h: a diary day in words, its weekday and month from our own catalogue. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *lipcheck_diary_weekday_name      (GDateWeekday  weekday);
const char *lipcheck_diary_month_name        (GDateMonth    month);
char       *lipcheck_diary_format_day        (const GDate  *date);
char       *lipcheck_diary_format_day_year   (const GDate  *date);
char       *lipcheck_diary_format_julian     (guint32       julian,
                                              gboolean      with_year);
void        lipcheck_diary_date_of           (GDateTime    *time,
                                              GDate        *date);

G_END_DECLS
