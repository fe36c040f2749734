/* test-reminder.c: tests of the evening reminder's rules and of its autostart entry. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-reminder"

#include "config.h"

#include <glib/gstdio.h>

#include "lipcheck-diary-dates.h"
#include "lipcheck-diary.h"
#include "lipcheck-reminder.h"

#define AT_NINE_PM (21 * 60)

static GDateTime *
at (int day,
    int hour,
    int minute,
    int second)
{
  return g_date_time_new_local (2026, 12, day, hour, minute, second);
}

static GDate
day_of_december (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_DECEMBER, 2026);
  return date;
}

/* A diary noticed on 1 December, with an entry for each day in @days (0 ends the list). */
static LipcheckDiary *
new_diary (const int *days)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate noticed = day_of_december (1);

  lipcheck_diary_set_noticed (diary, &noticed);
  for (const int *d = days; *d != 0; d++)
    {
      GDate date = day_of_december (*d);
      g_autoptr(LipcheckDiaryEntry) entry = lipcheck_diary_entry_new (&date, LIPCHECK_TWITCH_MILD);
      g_autoptr(LipcheckDiaryEntry) replaced = NULL;

      replaced = lipcheck_diary_add (diary, entry);
    }

  return diary;
}

static LipcheckReminderStep
next_at (LipcheckDiary *diary,
         GDateTime     *now,
         const GDate   *sent,
         gint64        *wait)
{
  return lipcheck_reminder_next (diary, now, AT_NINE_PM, sent, wait);
}

static void
test_no_diary (void)
{
  g_autoptr(GDateTime) now = at (2, 21, 30, 0);
  gint64 wait = -1;

  g_assert_cmpint (next_at (NULL, now, NULL, &wait), ==, LIPCHECK_REMINDER_STOP);
  g_assert_cmpint (wait, ==, 0);
  g_assert_false (lipcheck_reminder_wanted (TRUE, NULL));
}

static void
test_before_and_at_the_time (void)
{
  g_autoptr(LipcheckDiary) diary = new_diary ((int[]) { 1, 0 });
  g_autoptr(GDateTime) before = at (2, 20, 59, 59);
  g_autoptr(GDateTime) morning = at (2, 0, 0, 0);
  g_autoptr(GDateTime) on_time = at (2, 21, 0, 0);
  g_autoptr(GDateTime) late = at (2, 23, 59, 59);
  gint64 wait = 0;

  g_assert_cmpint (next_at (diary, before, NULL, &wait), ==, LIPCHECK_REMINDER_WAIT);
  g_assert_cmpint (wait, ==, 1);
  g_assert_cmpint (next_at (diary, morning, NULL, &wait), ==, LIPCHECK_REMINDER_WAIT);
  g_assert_cmpint (wait, ==, 21 * 3600);
  g_assert_cmpint (next_at (diary, on_time, NULL, &wait), ==, LIPCHECK_REMINDER_SEND);
  g_assert_cmpint (wait, ==, 24 * 3600);
  g_assert_cmpint (next_at (diary, late, NULL, &wait), ==, LIPCHECK_REMINDER_SEND);
  g_assert_cmpint (wait, ==, 21 * 3600 + 1);
}

/* Today's entry there: no reminder today, the next one tomorrow at the time. */
static void
test_entry_exists (void)
{
  g_autoptr(LipcheckDiary) diary = new_diary ((int[]) { 1, 2, 0 });
  g_autoptr(GDateTime) now = at (2, 21, 0, 0);
  g_autoptr(GDateTime) tomorrow = at (3, 21, 0, 0);
  gint64 wait = 0;

  g_assert_cmpint (next_at (diary, now, NULL, &wait), ==, LIPCHECK_REMINDER_WAIT);
  g_assert_cmpint (wait, ==, 24 * 3600);
  /* Yesterday's entry does not stand for today's. */
  g_assert_cmpint (next_at (diary, tomorrow, NULL, &wait), ==, LIPCHECK_REMINDER_SEND);
}

/* Once a day: sent today waits for tomorrow; sent yesterday sends again. */
static void
test_once_a_day (void)
{
  g_autoptr(LipcheckDiary) diary = new_diary ((int[]) { 1, 0 });
  g_autoptr(GDateTime) now = at (3, 22, 0, 0);
  GDate today = day_of_december (3);
  GDate yesterday = day_of_december (2);
  gint64 wait = 0;

  g_assert_cmpint (next_at (diary, now, &today, &wait), ==, LIPCHECK_REMINDER_WAIT);
  g_assert_cmpint (wait, ==, 23 * 3600);
  g_assert_cmpint (next_at (diary, now, &yesterday, &wait), ==, LIPCHECK_REMINDER_SEND);
}

/* A diary marked settled, or ended by a twitch of two weeks, stops the reminder. */
static void
test_ended (void)
{
  g_autoptr(LipcheckDiary) settled = new_diary ((int[]) { 1, 0 });
  g_autoptr(LipcheckDiary) two_weeks = new_diary ((int[]) { 1, 15, 0 });
  g_autoptr(GDateTime) now = at (16, 21, 0, 0);
  GDate day = day_of_december (2);
  gint64 wait = -1;

  g_assert_cmpint (next_at (settled, now, NULL, &wait), ==, LIPCHECK_REMINDER_SEND);
  g_assert_true (lipcheck_reminder_wanted (TRUE, settled));
  lipcheck_diary_set_settled (settled, &day);
  g_assert_cmpint (next_at (settled, now, NULL, &wait), ==, LIPCHECK_REMINDER_STOP);
  g_assert_false (lipcheck_reminder_wanted (TRUE, settled));

  g_assert_cmpint (lipcheck_diary_get_end (two_weeks), ==, LIPCHECK_DIARY_END_TWO_WEEKS);
  g_assert_cmpint (next_at (two_weeks, now, NULL, &wait), ==, LIPCHECK_REMINDER_STOP);
  g_assert_false (lipcheck_reminder_wanted (TRUE, two_weeks));
}

static void
test_wanted_only_when_turned_on (void)
{
  g_autoptr(LipcheckDiary) diary = new_diary ((int[]) { 1, 0 });

  g_assert_true (lipcheck_reminder_wanted (TRUE, diary));
  g_assert_false (lipcheck_reminder_wanted (FALSE, diary));
}

static void
test_time_text (void)
{
  const char *bad[] = { "24:00", "21:60", "7:00", "07:5", "21-00", "2100", "", "21:0a", " 21:00", NULL };
  g_autofree char *late = lipcheck_reminder_format_time (23 * 60 + 59);
  g_autofree char *early = lipcheck_reminder_format_time (5);
  int minute = -1;

  g_assert_true (lipcheck_reminder_parse_time ("00:00", &minute));
  g_assert_cmpint (minute, ==, 0);
  g_assert_true (lipcheck_reminder_parse_time ("23:59", &minute));
  g_assert_cmpint (minute, ==, 23 * 60 + 59);
  g_assert_cmpstr (late, ==, "23:59");
  g_assert_cmpstr (early, ==, "00:05");
  g_assert_false (lipcheck_reminder_parse_time (NULL, &minute));
  for (guint i = 0; bad[i] != NULL; i++)
    {
      minute = -1;
      g_assert_false (lipcheck_reminder_parse_time (bad[i], &minute));
      g_assert_cmpint (minute, ==, -1);
    }
}

static GFile *
new_temp_entry (char **dir)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp ("lipcheck-reminder-XXXXXX", &error);
  g_assert_no_error (error);
  return g_file_new_build_filename (*dir, "autostart", APP_ID ".desktop", NULL);
}

/* The entry starts the program, whatever its path holds, as a service. */
static void
assert_starts_service (GFile      *file,
                       const char *program)
{
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_auto(GStrv) argv = NULL;

  g_assert_true (g_key_file_load_from_file (entry, g_file_peek_path (file), G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_assert_true (g_shell_parse_argv (exec, NULL, &argv, &error));
  g_assert_cmpuint (g_strv_length (argv), ==, 2);
  g_assert_cmpstr (argv[0], ==, program);
  g_assert_cmpstr (argv[1], ==, "--gapplication-service");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));
}

static void
test_autostart_appears_and_disappears (void)
{
  const char *program = "/opt/My \"Apps\"/$HOME/back\\slash/lipcheck";
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = new_temp_entry (&dir);
  g_autofree char *autostart = g_build_filename (dir, "autostart", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (lipcheck_reminder_autostart_set (file, program, TRUE, &error));
  g_assert_no_error (error);
  assert_starts_service (file, program);
  g_assert_true (lipcheck_reminder_autostart_set (file, "/usr/bin/lipcheck", TRUE, &error));
  assert_starts_service (file, "/usr/bin/lipcheck");

  g_assert_true (lipcheck_reminder_autostart_set (file, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (file, NULL));
  /* Already gone is as wanted. */
  g_assert_true (lipcheck_reminder_autostart_set (file, NULL, FALSE, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_rmdir (autostart), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A folder that cannot be made is an error, not a silent miss. */
static void
test_autostart_cannot_be_written (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = new_temp_entry (&dir);
  g_autofree char *blocker = g_build_filename (dir, "autostart", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  g_assert_false (lipcheck_reminder_autostart_set (file, "/usr/bin/lipcheck", TRUE, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_autostart_file_is_in_config (void)
{
  g_autoptr(GFile) file = lipcheck_reminder_autostart_file ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);

  g_assert_cmpstr (g_file_peek_path (file), ==, expected);
}

/* "Today" is the day of the moment in its own time zone: late on the 3rd far east of Greenwich
 * is still the 3rd there, though it is the 3rd's morning in London. */
static void
test_date_of (void)
{
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("+14:00");
  g_autoptr(GDateTime) late = g_date_time_new (east, 2026, 12, 3, 23, 30, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (late);
  GDate date;

  lipcheck_diary_date_of (late, &date);
  g_assert_true (g_date_valid (&date));
  g_assert_cmpint (g_date_get_day (&date), ==, 3);
  lipcheck_diary_date_of (utc, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 3);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);

  {
    g_autoptr(GDateTime) early = g_date_time_new (east, 2026, 12, 4, 0, 30, 0);
    g_autoptr(GDateTime) early_utc = g_date_time_to_utc (early);

    lipcheck_diary_date_of (early, &date);
    g_assert_cmpint (g_date_get_day (&date), ==, 4);
    lipcheck_diary_date_of (early_utc, &date);
    g_assert_cmpint (g_date_get_day (&date), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder/date-of", test_date_of);
  g_test_add_func ("/reminder/no-diary", test_no_diary);
  g_test_add_func ("/reminder/before-and-at-the-time", test_before_and_at_the_time);
  g_test_add_func ("/reminder/entry-exists", test_entry_exists);
  g_test_add_func ("/reminder/once-a-day", test_once_a_day);
  g_test_add_func ("/reminder/ended", test_ended);
  g_test_add_func ("/reminder/wanted-only-when-turned-on", test_wanted_only_when_turned_on);
  g_test_add_func ("/reminder/time-text", test_time_text);
  g_test_add_func ("/reminder/autostart-appears-and-disappears", test_autostart_appears_and_disappears);
  g_test_add_func ("/reminder/autostart-cannot-be-written", test_autostart_cannot_be_written);
  g_test_add_func ("/reminder/autostart-file-is-in-config", test_autostart_file_is_in_config);

  return g_test_run ();
}
