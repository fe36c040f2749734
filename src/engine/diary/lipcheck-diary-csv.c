/* lipcheck-diary-csv.c: the diary as a CSV file (RFC 4180), one row per entry, for the person's own use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-data-error.h"
#include "lipcheck-diary-csv.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-json.h"

/* The columns: the diary file's members, so that the two read alike. */
static const char * const columns[] = {
  "date", "twitch", "places", "caffeine-cups", "sleep-hours", "stress", "alcohol",
  "new-medicine", "new-signs", "sudden", "note", NULL
};

/* One field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
static void
append_field (GString    *csv,
              const char *value)
{
  if (value == NULL || strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (csv, value != NULL ? value : "");
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static char *
format_number (int value)
{
  return value != LIPCHECK_DIARY_UNANSWERED ? g_strdup_printf ("%d", value) : NULL;
}

static const char *
format_tristate (LipcheckTristate value)
{
  switch (value)
    {
    case LIPCHECK_TRISTATE_YES:
      return "yes";

    case LIPCHECK_TRISTATE_NO:
      return "no";

    case LIPCHECK_TRISTATE_UNANSWERED:
    default:
      return NULL;
    }
}

/* A list as its ids separated by spaces; an answered empty list as "none", unanswered as empty. */
static char *
format_list (const char * const *items)
{
  if (items == NULL)
    return NULL;
  if (items[0] == NULL)
    return g_strdup ("none");

  return g_strjoinv (" ", (char **)items);
}

static void
append_row (GString            *csv,
            LipcheckDiaryEntry *entry)
{
  g_autofree char *date = lipcheck_diary_format_date (lipcheck_diary_entry_get_julian (entry));
  g_autofree char *places = format_list (lipcheck_diary_entry_get_places (entry));
  g_autofree char *cups = format_number (lipcheck_diary_entry_get_caffeine_cups (entry));
  g_autofree char *hours = format_number (lipcheck_diary_entry_get_sleep_hours (entry));
  g_autofree char *signs = format_list (lipcheck_diary_entry_get_new_signs (entry));
  const char *fields[] = {
    date, lipcheck_twitch_to_string (lipcheck_diary_entry_get_twitch (entry)), places, cups, hours,
    format_tristate (lipcheck_diary_entry_get_stress (entry)),
    format_tristate (lipcheck_diary_entry_get_alcohol (entry)),
    format_tristate (lipcheck_diary_entry_get_new_medicine (entry)), signs,
    format_tristate (lipcheck_diary_entry_get_sudden (entry)), lipcheck_diary_entry_get_note (entry),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (columns) - 1);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}

/**
 * lipcheck_diary_csv_to_string:
 *
 * Returns: (transfer full): @diary as CSV in UTF-8: a header row of the diary file's member
 *   names, then one row per entry in order of date, lines ended by CRLF as RFC 4180 has them.
 *   Dates are ISO 8601, yes/no answers `yes` or `no`, lists their ids separated by spaces
 *   (`none` for an answered empty list); an unanswered member is an empty field, never "no".
 */
char *
lipcheck_diary_csv_to_string (LipcheckDiary *diary)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *header = g_strjoinv (",", (char **)columns);
  guint n;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);

  g_string_append_printf (csv, "%s\r\n", header);
  n = lipcheck_diary_get_n_entries (diary);
  for (guint i = 0; i < n; i++)
    append_row (csv, lipcheck_diary_get_entry (diary, i));

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

/**
 * lipcheck_diary_csv_write:
 * @file: where to write; replaced atomically (a temporary file renamed into place), so that a
 *   failed export leaves what was there whole
 *
 * Returns: whether @diary was written; else @error names the file and why
 */
gboolean
lipcheck_diary_csv_write (LipcheckDiary  *diary,
                          GFile          *file,
                          GError        **error)
{
  g_autofree char *csv = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = lipcheck_diary_csv_to_string (diary);
  if (g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                               &local_error))
    return TRUE;

  name = lipcheck_json_display_name (file);
  g_set_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO,
               _("%s: cannot write the CSV file: %s"), name, local_error->message);
  return FALSE;
}
