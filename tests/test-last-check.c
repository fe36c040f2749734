/* test-last-check.c: keeping the last self-check: atomic saves, and corrupt files set aside. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-json.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-last-check.h"

static LipcheckKnowledgeBase *
load_kb (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (&error);

  g_assert_no_error (error);
  return kb;
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lipcheck-test", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_file_new_for_path (path);
}

static guint
count_files (GFile *dir)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
  GFileInfo *info;
  guint n = 0;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_object_unref (info);
      n++;
    }
  return n;
}

static void
test_default_file (void)
{
  g_autoptr(GFile) file = lipcheck_last_check_default_file ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "lipcheck", "last-check.json", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_round_trip (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(LipcheckAnswers) loaded = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 18, 21, 30, 0);
  g_autofree char *nested = g_build_filename (g_get_user_data_dir (), "a", "b", "last-check.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (nested);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  lipcheck_answers_set_choice (answers, "duration", "weeks");
  lipcheck_answers_set_number (answers, "caffeine-cups", 4);
  lipcheck_answers_set_boolean (answers, "vision", FALSE);
  lipcheck_answers_set_several (answers, "medications", (const char *[]) { "diuretic", NULL });

  /* Its folder is created; the write leaves no temporary file behind. */
  g_assert_true (lipcheck_last_check_save (file, kb, answers, when, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (parent), ==, 1);

  loaded = lipcheck_last_check_load (file, kb, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (g_date_time_equal (lipcheck_answers_get_saved (loaded), when));
  g_assert_cmpuint (lipcheck_answers_get_n_answers (loaded), ==, 4);
  g_assert_cmpstr (g_variant_get_string (lipcheck_answers_lookup (loaded, "duration"), NULL), ==, "weeks");
  g_assert_cmpint (g_variant_get_int64 (lipcheck_answers_lookup (loaded, "caffeine-cups")), ==, 4);
}

static void
test_missing_is_not_an_error (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(GFile) file = temp_file ("never-written.json");
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (lipcheck_last_check_load (file, kb, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);
}

static void
check_set_aside (const char        *name,
                 const char        *contents,
                 int                code,
                 const char        *reason)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(GFile) file = temp_file (name);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *aside_path = NULL;

  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE, 0, NULL, NULL, NULL));

  g_assert_null (lipcheck_last_check_load (file, kb, &aside, &error));
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, code);
  g_assert_nonnull (strstr (error->message, reason));

  /* Not dropped: moved aside, whole, and the message says where. */
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_nonnull (aside);
  aside_path = g_file_get_path (aside);
  g_assert_nonnull (strstr (aside_path, ".corrupt-"));
  g_assert_nonnull (strstr (error->message, aside_path));
  g_assert_true (g_file_get_contents (aside_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, contents);
}

static void
test_corrupt_json_set_aside (void)
{
  check_set_aside ("broken.json", "{\"answers\": {\"duration\": \"weeks\",", LIPCHECK_DATA_ERROR_SYNTAX, "broken.json:1:");
}

static void
test_bad_answer_set_aside (void)
{
  check_set_aside ("bad-value.json", "{\"saved\": \"2026-11-18T21:30:00Z\", \"answers\": {\"duration\": \"years\"}}",
                   LIPCHECK_DATA_ERROR_VALUE, "$.answers.duration");
}

static void
test_undated_set_aside (void)
{
  check_set_aside ("undated.json", "{\"answers\": {\"duration\": \"weeks\"}}", LIPCHECK_DATA_ERROR_MISSING, "$.saved");
}

/* A file that cannot be opened is not damaged: it stays where it is, and nothing is set aside.
 * (A folder stands in for a file without read permission, which root could read anyway.) */
static void
test_unreadable_left_alone (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(GFile) file = temp_file ("unreadable.json");
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_make_directory (file, NULL, NULL));
  g_assert_null (lipcheck_last_check_load (file, kb, &aside, &error));
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "unreadable.json"));
  g_assert_null (strstr (error->message, ".corrupt-"));
  g_assert_null (aside);
  g_assert_true (g_file_query_exists (file, NULL));
}

static void
test_unwritable (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(GDateTime) when = g_date_time_new_now_utc ();
  g_autoptr(GFile) blocker = temp_file ("a-file");
  g_autoptr(GFile) file = g_file_get_child (blocker, "last-check.json");
  g_autoptr(GError) error = NULL;

  /* The folder it would go in is a file: a clear error naming the path, no crash. */
  g_assert_true (g_file_replace_contents (blocker, "x", 1, NULL, FALSE, 0, NULL, NULL, NULL));
  g_assert_false (lipcheck_last_check_save (file, kb, answers, when, &error));
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "a-file/last-check.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lipcheck/last-check/default-file", test_default_file);
  g_test_add_func ("/lipcheck/last-check/round-trip", test_round_trip);
  g_test_add_func ("/lipcheck/last-check/missing-is-not-an-error", test_missing_is_not_an_error);
  g_test_add_func ("/lipcheck/last-check/corrupt-json-set-aside", test_corrupt_json_set_aside);
  g_test_add_func ("/lipcheck/last-check/bad-answer-set-aside", test_bad_answer_set_aside);
  g_test_add_func ("/lipcheck/last-check/undated-set-aside", test_undated_set_aside);
  g_test_add_func ("/lipcheck/last-check/unreadable-left-alone", test_unreadable_left_alone);
  g_test_add_func ("/lipcheck/last-check/unwritable", test_unwritable);

  return g_test_run ();
}
