/* lipcheck-reminder.c: the evening reminder's rules and its autostart entry.
 *
 * The reminder only ever asks for today's entry of a diary being kept: once a day, at the
 * chosen time or later, and never when today's entry is there. The autostart entry starts
 * Lipcheck as a background service at login, and exists only while the reminder is wanted. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-reminder"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-diary-dates.h"
#include "lipcheck-reminder.h"

#define MINUTES_PER_DAY (24 * 60)

/* The reminder time on the day of @now, plus @days; local time, so that it follows the clock. */
static GDateTime *
time_on_day (GDateTime *now,
             int        at_minute,
             int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), at_minute / 60, at_minute % 60, 0);
}

static gint64
seconds_until (GDateTime *now,
               GDateTime *then)
{
  GTimeSpan span = g_date_time_difference (then, now);

  return MAX (1, (span + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND);
}

/**
 * lipcheck_reminder_next:
 * @diary: (nullable): the person's diary, if there is one
 * @now: the time it is
 * @at_minute: the chosen time, in minutes after midnight
 * @sent: (nullable): the day the reminder was last sent
 * @wait_seconds: (out): after a wait or a send, the seconds until the next reminder time
 *
 * No diary, or one that has ended, means nothing to remind of. Otherwise the reminder is sent
 * once a day, at the chosen time or later, when today has no entry yet.
 *
 * Returns: what to do now
 */
LipcheckReminderStep
lipcheck_reminder_next (LipcheckDiary *diary,
                        GDateTime     *now,
                        int            at_minute,
                        const GDate   *sent,
                        gint64        *wait_seconds)
{
  g_autoptr(GDateTime) today_at = NULL;
  g_autoptr(GDateTime) tomorrow_at = NULL;
  GDate today;

  g_return_val_if_fail (now != NULL, LIPCHECK_REMINDER_STOP);
  g_return_val_if_fail (at_minute >= 0 && at_minute < MINUTES_PER_DAY, LIPCHECK_REMINDER_STOP);

  *wait_seconds = 0;
  if (diary == NULL || lipcheck_diary_get_end (diary) != LIPCHECK_DIARY_END_NONE)
    return LIPCHECK_REMINDER_STOP;

  lipcheck_diary_date_of (now, &today);
  today_at = time_on_day (now, at_minute, 0);
  tomorrow_at = time_on_day (now, at_minute, 1);
  if (g_date_time_compare (now, today_at) < 0)
    {
      *wait_seconds = seconds_until (now, today_at);
      return LIPCHECK_REMINDER_WAIT;
    }

  *wait_seconds = seconds_until (now, tomorrow_at);
  if (lipcheck_diary_lookup (diary, &today) != NULL ||
      (sent != NULL && g_date_valid (sent) && g_date_compare (sent, &today) >= 0))
    return LIPCHECK_REMINDER_WAIT;

  return LIPCHECK_REMINDER_SEND;
}

/**
 * lipcheck_reminder_wanted:
 * @turned_on: whether the person turned the reminder on
 * @diary: (nullable): the person's diary
 *
 * Returns: whether the reminder is to run: turned on, with a diary that is still kept
 */
gboolean
lipcheck_reminder_wanted (gboolean       turned_on,
                          LipcheckDiary *diary)
{
  return turned_on && diary != NULL && lipcheck_diary_get_end (diary) == LIPCHECK_DIARY_END_NONE;
}

/**
 * lipcheck_reminder_parse_time:
 * @text: a time as "HH:MM", 00:00 to 23:59
 * @minute: (out): minutes after midnight
 *
 * Returns: whether @text is such a time
 */
gboolean
lipcheck_reminder_parse_time (const char *text,
                              int        *minute)
{
  guint64 hours, minutes;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hours = g_ascii_strtoull (text, NULL, 10);
  minutes = g_ascii_strtoull (text + 3, NULL, 10);
  if (hours > 23 || minutes > 59)
    return FALSE;

  *minute = (int)(hours * 60 + minutes);
  return TRUE;
}

/**
 * lipcheck_reminder_format_time:
 * @minute: minutes after midnight
 *
 * Returns: (transfer full): the time as "HH:MM"
 */
char *
lipcheck_reminder_format_time (int minute)
{
  g_return_val_if_fail (minute >= 0 && minute < MINUTES_PER_DAY, NULL);

  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

/**
 * lipcheck_reminder_autostart_file:
 *
 * Returns: (transfer full): `$XDG_CONFIG_HOME/autostart/<application id>.desktop`
 */
GFile *
lipcheck_reminder_autostart_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);

  return g_file_new_for_path (path);
}

/* A program path as an Exec argument: quoted, with the characters the desktop entry
 * specification reserves inside quotes escaped. */
static char *
quote_argument (const char *program)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = program; *p != '\0'; p++)
    {
      if (strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/**
 * lipcheck_reminder_autostart_entry:
 * @program: the absolute path of the lipcheck program
 *
 * Returns: (transfer full): the autostart desktop entry that starts @program as a service
 */
char *
lipcheck_reminder_autostart_entry (const char *program)
{
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autofree char *quoted = quote_argument (program);
  g_autofree char *exec = g_strdup_printf ("%s --gapplication-service", quoted);
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_return_val_if_fail (program != NULL, NULL);

  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_TYPE, G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Lipcheck"));
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminds you each evening to fill in the twitch diary"));
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_string (entry, group, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (entry, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, group, "X-GNOME-Autostart-enabled", TRUE);

  return g_key_file_to_data (entry, NULL, NULL);
}

static gboolean
write_entry (GFile       *file,
             const char  *entry,
             GError     **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;

  if (parent != NULL && !g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return g_file_replace_contents (file, entry, strlen (entry), NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, NULL, error);
}

static gboolean
remove_entry (GFile   *file,
              GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * lipcheck_reminder_autostart_set:
 * @file: the autostart entry, as from lipcheck_reminder_autostart_file()
 * @program: the absolute path of the lipcheck program
 * @wanted: whether the entry is to exist
 *
 * Writes the entry atomically when it is wanted and not already as it should be, or removes it.
 *
 * Returns: whether the entry is now as wanted
 */
gboolean
lipcheck_reminder_autostart_set (GFile       *file,
                                 const char  *program,
                                 gboolean     wanted,
                                 GError     **error)
{
  g_autofree char *current = NULL;
  g_autofree char *entry = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!wanted || program != NULL, FALSE);

  if (!wanted)
    return remove_entry (file, error);

  entry = lipcheck_reminder_autostart_entry (program);
  if (g_file_load_contents (file, NULL, &current, NULL, NULL, NULL) && g_str_equal (current, entry))
    return TRUE;

  return write_entry (file, entry, error);
}
