/* lipcheck-diary-dates.c: a diary day in words, its weekday and month from our own catalogue.
 *
 * g_date_time_format() takes day and month names from LC_TIME, which need not be the interface's
 * language (LANGUAGE=de with only C.UTF-8 installed gives "Tuesday"): the names and the order
 * of a date come from Lipcheck's translations instead. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-dates"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-diary-dates.h"

/* Monday first, as GDateWeekday counts them. */
static const char * const weekdays[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static const char * const months[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
  NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
  NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/**
 * lipcheck_diary_weekday_name:
 *
 * Returns: the weekday's name in the interface's language, such as "Tuesday"
 */
const char *
lipcheck_diary_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekdays[weekday - 1]);
}

/**
 * lipcheck_diary_month_name:
 *
 * Returns: the month's name in the interface's language, such as "November"
 */
const char *
lipcheck_diary_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", months[month - 1]);
}

/**
 * lipcheck_diary_format_day:
 * @date: a valid day
 *
 * Returns: (transfer full): the day as a person reads it: "Tuesday 24 November"
 */
char *
lipcheck_diary_format_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a day without its year: %1$s is the weekday, %2$d the day of the month, %3$s
   * the month, as in "Tuesday 24 November". Reorder them and add the punctuation your language
   * uses, such as "%1$s, %2$d. %3$s" */
  return g_strdup_printf (_("%1$s %2$d %3$s"), lipcheck_diary_weekday_name (g_date_get_weekday (date)),
                          (int)g_date_get_day (date), lipcheck_diary_month_name (g_date_get_month (date)));
}

/**
 * lipcheck_diary_format_day_year:
 * @date: a valid day
 *
 * Returns: (transfer full): the day with its year: "Tuesday 24 November 2026"
 */
char *
lipcheck_diary_format_day_year (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a day with its year: %1$s is the weekday, %2$d the day of the month, %3$s the
   * month, %4$d the year, as in "Tuesday 24 November 2026". Reorder them and add the punctuation
   * your language uses, such as "%1$s, %2$d. %3$s %4$d" */
  return g_strdup_printf (_("%1$s %2$d %3$s %4$d"), lipcheck_diary_weekday_name (g_date_get_weekday (date)),
                          (int)g_date_get_day (date), lipcheck_diary_month_name (g_date_get_month (date)),
                          (int)g_date_get_year (date));
}

/**
 * lipcheck_diary_format_julian:
 * @julian: a valid Julian day
 * @with_year: whether the year is said too
 *
 * Returns: (transfer full): the day in words, as lipcheck_diary_format_day() or
 *   lipcheck_diary_format_day_year()
 */
char *
lipcheck_diary_format_julian (guint32  julian,
                              gboolean with_year)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return with_year ? lipcheck_diary_format_day_year (&date) : lipcheck_diary_format_day (&date);
}

/**
 * lipcheck_diary_date_of:
 * @time: a moment
 * @date: (out caller-allocates): set to the day of @time, in @time's own time zone
 */
void
lipcheck_diary_date_of (GDateTime *time,
                        GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}
