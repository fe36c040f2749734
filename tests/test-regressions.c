/* test-regressions.c: every input the fuzzers found a bug with, loaded again: no crash, a clean answer. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"

/* The shipped knowledge base, for the answers files */
static LipcheckKnowledgeBase *shipped;

static char *
regressions_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
}

/* The file's bytes in a buffer of exactly their size, with no NUL after them, as the fuzzer
 * gives them: a reader that runs past the end is caught under AddressSanitizer and valgrind. */
static GBytes *
read_exact (const char *name)
{
  g_autofree char *dir = regressions_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new (contents, len);
}

static void
assert_clean_error (const GError *error,
                    GQuark        domain,
                    const char   *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  g_assert_nonnull (error);
  g_assert_true (error->domain == domain);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
evaluate_and_render (LipcheckKnowledgeBase *kb,
                     LipcheckAnswers       *answers)
{
  LipcheckResult *result = lipcheck_evaluate (kb, answers, "GB");
  g_autofree char *json = lipcheck_report_to_json (result);
  g_autofree char *text = lipcheck_report_to_text (result);

  g_assert_true (json != NULL && g_utf8_validate (json, -1, NULL));
  g_assert_true (text != NULL && g_utf8_validate (text, -1, NULL));
  g_assert_finalize_object (result);
}

static void
test_kb (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = read_exact (name);
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_from_bytes (bytes, name, &error);
  LipcheckAnswers *answers;
  g_autofree char *description = NULL;

  if (kb == NULL)
    {
      assert_clean_error (error, LIPCHECK_KB_ERROR, name);
      return;
    }

  g_assert_no_error (error);
  description = lipcheck_knowledge_base_describe (kb);
  g_assert_true (g_str_has_prefix (description, name));
  answers = lipcheck_answers_new ();
  evaluate_and_render (kb, answers);
  g_assert_finalize_object (answers);
  g_assert_finalize_object (kb);
}

static void
test_answers (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = read_exact (name);
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = lipcheck_answers_new_from_bytes (shipped, bytes, name, &error);

  if (answers == NULL)
    {
      assert_clean_error (error, LIPCHECK_ANSWERS_ERROR, name);
      return;
    }

  g_assert_no_error (error);
  evaluate_and_render (shipped, answers);
  g_assert_finalize_object (answers);
}

/* Every file in the directory is a knowledge base or an answers file, by its name. */
static GPtrArray *
list_regressions (void)
{
  g_autofree char *path = regressions_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".json") ||
          !(g_str_has_prefix (name, "kb-") || g_str_has_prefix (name, "answers-")))
        g_error ("%s/%s: expected kb-NAME.json or answers-NAME.json", path, name);
      g_ptr_array_add (names, g_strdup (name));
    }

  return names;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  shipped = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  names = list_regressions ();
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *test_path = NULL;
      gboolean kb = g_str_has_prefix (name, "kb-");
      const char *base = name + strlen (kb ? "kb-" : "answers-");

      test_path = g_strdup_printf ("/lipcheck/regressions/%s/%.*s", kb ? "kb" : "answers",
                                   (int)(strlen (base) - strlen (".json")), base);
      g_test_add_data_func (test_path, name, kb ? test_kb : test_answers);
    }

  status = g_test_run ();
  g_assert_finalize_object (shipped);

  return status;
}
