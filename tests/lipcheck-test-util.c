/* lipcheck-test-util.c: helpers shared by the tests: evaluating example answers, and reading
 * PDFs through poppler-utils' pdftotext and pdfinfo. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-test-util.h"

const guint lipcheck_test_shipped_counts[LIPCHECK_N_KINDS] = {
  [LIPCHECK_KIND_SOURCE] = 8,
  [LIPCHECK_KIND_TIP_GROUP] = 7,
  [LIPCHECK_KIND_TIP] = 27,
  [LIPCHECK_KIND_QUESTION] = 21,
  [LIPCHECK_KIND_CONDITION] = 5,
  [LIPCHECK_KIND_WARNING_SIGN] = 8,
  [LIPCHECK_KIND_CAUSE] = 7,
  [LIPCHECK_KIND_STEP] = 4,
  [LIPCHECK_KIND_RULE] = 15,
  [LIPCHECK_KIND_LEVEL] = 4,
};

/* The result of the answers file @name, a path under the tests' source folder. */
LipcheckResult *
lipcheck_test_evaluate_file (LipcheckKnowledgeBase *kb,
                             const char            *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = lipcheck_answers_new_from_file (kb, file, &error);
  g_assert_no_error (error);

  return lipcheck_evaluate (kb, answers, NULL);
}

char *
lipcheck_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);

  return g_steal_pointer (&out);
}

/* The text of @path laid out as on paper: all of it, or only page @page (from 1). */
char *
lipcheck_test_pdf_text (const char *path,
                        guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    return lipcheck_test_run_tool ((const char * const []) {
      "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });

  return lipcheck_test_run_tool ((const char * const []) {
    "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL });
}

/* @text with each run of white space made one space, and a word broken after a hyphen at the end
 * of a line joined again. */
char *
lipcheck_test_normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  gboolean newline = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          newline |= *p == '\n' || *p == '\f';
          continue;
        }

      if (space && out->len > 0 && !(newline && out->str[out->len - 1] == '-'))
        g_string_append_c (out, ' ');
      space = newline = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The value of @key in pdfinfo's report on @path, whitespace normalised. */
char *
lipcheck_test_pdf_info (const char *path,
                        const char *key)
{
  g_autofree char *info = lipcheck_test_run_tool ((const char * const []) { "pdfinfo", path, NULL });
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return lipcheck_test_normalise (lines[i] + strlen (prefix));

  g_error ("pdfinfo says nothing of “%s”:\n%s", key, info);
  return NULL;
}

