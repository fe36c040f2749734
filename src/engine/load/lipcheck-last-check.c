/* lipcheck-last-check.c: the last self-check kept in the user's data directory.
 *
 * The file is an answers file with its "saved" date. It is written atomically (a temporary file
 * renamed into place), so a crash never leaves half of it. A file that cannot be read back is
 * never silently dropped: it is renamed aside, and the caller is told where and why. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-last-check"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-json.h"
#include "lipcheck-last-check.h"

/**
 * lipcheck_last_check_default_file:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/lipcheck/last-check.json`
 */
GFile *
lipcheck_last_check_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "lipcheck", "last-check.json", NULL);

  return g_file_new_for_path (path);
}

/**
 * lipcheck_last_check_save:
 * @when: when the check was made
 *
 * Writes @answers to @file atomically, creating its directory if needed.
 */
gboolean
lipcheck_last_check_save (GFile                  *file,
                          LipcheckKnowledgeBase  *kb,
                          LipcheckAnswers        *answers,
                          GDateTime              *when,
                          GError                **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (answers), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  lipcheck_answers_set_saved (answers, when);
  json = lipcheck_answers_to_json (answers, kb);
  name = lipcheck_json_display_name (file);

  if (parent != NULL && !g_file_make_directory_with_parents (parent, NULL, &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        goto failed;
      g_clear_error (&local_error);
    }

  if (!g_file_replace_contents (file, json, strlen (json), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, NULL, &local_error))
    goto failed;

  return TRUE;

failed:
  g_set_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO,
               _("%s: cannot save the last self-check: %s"), name, local_error->message);
  return FALSE;
}

/**
 * lipcheck_last_check_load:
 * @set_aside: (out) (optional) (nullable): where a file that could not be read was moved
 *
 * Reads the last self-check. A missing file is not an error: it returns %NULL with no error
 * set. A file that cannot be opened (%LIPCHECK_DATA_ERROR_IO) is left where it is; one that is
 * read but cannot be used is moved aside to `last-check.json.corrupt-DATE` and the error says
 * why and where it went.
 *
 * Returns: (transfer full) (nullable): the answers, with their saved date
 */
LipcheckAnswers *
lipcheck_last_check_load (GFile                  *file,
                          LipcheckKnowledgeBase  *kb,
                          GFile                 **set_aside,
                          GError                **error)
{
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autofree char *aside_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (set_aside != NULL)
    *set_aside = NULL;

  if (!g_file_query_exists (file, NULL))
    return NULL;

  answers = lipcheck_answers_new_from_file (kb, file, &load_error);
  if (answers != NULL && lipcheck_answers_get_saved (answers) == NULL)
    {
      g_autofree char *name = lipcheck_json_display_name (file);

      g_clear_object (&answers);
      g_set_error (&load_error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_MISSING,
                   _("%s: $.saved: the date of the check is missing; expected an ISO 8601 date"), name);
    }

  if (answers != NULL)
    return g_steal_pointer (&answers);

  /* A file that cannot be opened (no permission, a folder in its place) is not damaged: it is
   * left where it is. */
  if (g_error_matches (load_error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO))
    {
      g_propagate_error (error, g_steal_pointer (&load_error));
      return NULL;
    }

  if (!(aside = lipcheck_json_set_file_aside (file, &move_error)))
    {
      g_set_error (error, LIPCHECK_ANSWERS_ERROR, load_error->code,
                   _("%s (it could not be set aside either: %s)"), load_error->message, move_error->message);
      return NULL;
    }

  aside_name = lipcheck_json_display_name (aside);
  g_set_error (error, LIPCHECK_ANSWERS_ERROR, load_error->code,
               _("%s. The file was kept as %s."), load_error->message, aside_name);
  if (set_aside != NULL)
    *set_aside = g_steal_pointer (&aside);

  return NULL;
}
