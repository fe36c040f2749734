/* test-answers-file.c: tests of the strict answers file reader and of the writer, on the shipped knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-answers-file"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-json.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

static LipcheckAnswers *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return lipcheck_answers_new_from_bytes (kb, bytes, "test.json", error);
}

/* Whether @a and @b hold the same answers to every question, and the same date. */
static void
assert_answers_equal (LipcheckAnswers *a,
                      LipcheckAnswers *b)
{
  GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);
  GDateTime *saved_a = lipcheck_answers_get_saved (a);
  GDateTime *saved_b = lipcheck_answers_get_saved (b);

  g_assert_cmpuint (lipcheck_answers_get_n_answers (a), ==, lipcheck_answers_get_n_answers (b));

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, i);
      const char *id = lipcheck_entry_get_id (question);
      GVariant *value_a = lipcheck_answers_lookup (a, id);
      GVariant *value_b = lipcheck_answers_lookup (b, id);

      if ((value_a == NULL) != (value_b == NULL) || (value_a != NULL && !g_variant_equal (value_a, value_b)))
        g_test_fail_printf ("the answers to “%s” differ", id);
    }

  g_assert_true ((saved_a == NULL) == (saved_b == NULL));
  if (saved_a != NULL)
    g_assert_true (g_date_time_equal (saved_a, saved_b));
}

/* Checks the answer to @id against @expected (floating: this sinks and frees it). */
static void
assert_answer (LipcheckAnswers *answers,
               const char      *id,
               GVariant        *expected)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (expected);
  GVariant *value = lipcheck_answers_lookup (answers, id);

  g_assert_nonnull (value);
  g_assert_cmpvariant (value, owned);
}

/* Loading */

static void
test_load_values (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers =
    load_string ("{\n"
                 "  \"saved\": \"2026-03-14T09:26:53+01:00\",\n"
                 "  \"answers\": {\n"
                 "    \"duration\": \"weeks\",\n"
                 "    \"pain\": true,\n"
                 "    \"vision\": false,\n"
                 "    \"caffeine-cups\": 50,\n"
                 "    \"sleep-hours\": 0,\n"
                 "    \"medications\": [\"other-new\", \"diuretic\"]\n"
                 "  }\n"
                 "}\n", &error);
  const char * const medications[] = { "other-new", "diuretic", NULL };
  g_autoptr(GDateTime) saved = g_date_time_new_from_iso8601 ("2026-03-14T08:26:53Z", NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 6);
  assert_answer (answers, "duration", g_variant_new_string ("weeks"));
  assert_answer (answers, "pain", g_variant_new_boolean (TRUE));
  assert_answer (answers, "vision", g_variant_new_boolean (FALSE));
  assert_answer (answers, "caffeine-cups", g_variant_new_int64 (50));
  assert_answer (answers, "sleep-hours", g_variant_new_int64 (0));
  assert_answer (answers, "medications", g_variant_new_strv (medications, -1));
  g_assert_null (lipcheck_answers_lookup (answers, "stress"));
  g_assert_true (g_date_time_equal (lipcheck_answers_get_saved (answers), saved));

  g_assert_finalize_object (answers);
}

static void
test_load_empty_answers (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = load_string ("{\"answers\": {}}", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 0);
  g_assert_null (lipcheck_answers_get_saved (answers));
  g_assert_finalize_object (answers);

  /* An empty several-answer is an answer: "none of these". */
  answers = load_string ("{\"answers\": {\"medications\": []}}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 1);
  g_assert_cmpuint (g_variant_n_children (lipcheck_answers_lookup (answers, "medications")), ==, 0);
  g_assert_finalize_object (answers);
}

/* Every example file round-trips through lipcheck_answers_to_json, in both orders */
static void
test_round_trip (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "answers", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      LipcheckAnswers *answers;
      LipcheckAnswers *again;
      g_autofree char *json = NULL;
      g_autofree char *json_again = NULL;
      g_autofree char *sorted = NULL;

      if (!g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".expected.json"))
        continue;

      g_test_message ("%s", name);
      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      answers = lipcheck_answers_new_from_file (kb, file, &error);
      g_assert_no_error (error);

      json = lipcheck_answers_to_json (answers, kb);
      again = load_string (json, &error);
      g_assert_no_error (error);
      assert_answers_equal (answers, again);

      /* Writing what was read back gives the same text. */
      json_again = lipcheck_answers_to_json (again, kb);
      g_assert_cmpstr (json, ==, json_again);
      g_assert_finalize_object (again);

      /* Without a knowledge base, the answers come sorted by id. */
      sorted = lipcheck_answers_to_json (answers, NULL);
      again = load_string (sorted, &error);
      g_assert_no_error (error);
      assert_answers_equal (answers, again);
      g_assert_finalize_object (again);

      g_assert_finalize_object (answers);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 25);
}

static void
test_round_trip_set (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = lipcheck_answers_new ();
  const char * const medications[] = { "antidepressant", "corticosteroid", NULL };
  g_autoptr(GDateTime) saved = g_date_time_new_utc (2026, 1, 31, 23, 59, 30.25);
  LipcheckAnswers *again;
  g_autofree char *json = NULL;

  lipcheck_answers_set_choice (answers, "duration", "today");
  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  lipcheck_answers_set_boolean (answers, "numbness", FALSE);
  lipcheck_answers_set_number (answers, "sleep-hours", 24);
  lipcheck_answers_set_several (answers, "medications", medications);
  lipcheck_answers_set_saved (answers, saved);

  json = lipcheck_answers_to_json (answers, kb);
  again = load_string (json, &error);
  g_assert_no_error (error);
  assert_answers_equal (answers, again);
  /* In the knowledge base's order of questions. */
  g_assert_true (strstr (json, "\"duration\"") < strstr (json, "\"stress\""));
  g_assert_true (strstr (json, "\"sleep-hours\"") < strstr (json, "\"medications\""));
  g_assert_true (strstr (json, "\"medications\"") < strstr (json, "\"numbness\""));

  g_assert_finalize_object (again);
  g_assert_finalize_object (answers);
}

/* Bad answers: the exact code, and the place in the message */

typedef struct
{
  const char *name;
  const char *json;
  int         code;
  const char *prefix; /* how the message starts: the file and the place */
  gboolean    known_gap; /* lipcheck-json.c's message does not say what was expected */
} BadCase;

static const BadCase bad_cases[] = {
  /* Answers that do not fit their question */
  { "unknown-question", "{\"answers\": {\"foo\": true}}", LIPCHECK_DATA_ERROR_UNKNOWN_KEY, "test.json: $.answers.foo: " },
  { "unknown-question-case", "{\"answers\": {\"Pain\": true}}", LIPCHECK_DATA_ERROR_UNKNOWN_KEY, "test.json: $.answers.Pain: " },
  { "unknown-question-after-good", "{\"answers\": {\"pain\": true, \"sleep\": 8}}", LIPCHECK_DATA_ERROR_UNKNOWN_KEY, "test.json: $.answers.sleep: " },
  { "yes-no-string", "{\"answers\": {\"pain\": \"yes\"}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.pain: " },
  { "yes-no-number", "{\"answers\": {\"stress\": 1}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.stress: " },
  { "yes-no-null", "{\"answers\": {\"vision\": null}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.vision: " },
  { "number-too-high", "{\"answers\": {\"caffeine-cups\": 51}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.caffeine-cups: " },
  { "number-negative", "{\"answers\": {\"sleep-hours\": -1}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.sleep-hours: " },
  { "number-over-24", "{\"answers\": {\"sleep-hours\": 25}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.sleep-hours: " },
  { "number-huge", "{\"answers\": {\"caffeine-cups\": 99999999999999999999}}", LIPCHECK_DATA_ERROR_VALUE, "test.json:1:31: " },
  { "number-decimal", "{\"answers\": {\"caffeine-cups\": 5.5}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.caffeine-cups: " },
  { "number-exponent", "{\"answers\": {\"caffeine-cups\": 1e1}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.caffeine-cups: " },
  { "number-string", "{\"answers\": {\"sleep-hours\": \"8\"}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.sleep-hours: " },
  { "choice-unknown", "{\"answers\": {\"duration\": \"months\"}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.duration: " },
  { "choice-label", "{\"answers\": {\"duration\": \"Two weeks or more\"}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.duration: " },
  { "choice-array", "{\"answers\": {\"duration\": [\"weeks\"]}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.duration: " },
  { "several-not-array", "{\"answers\": {\"medications\": \"diuretic\"}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.medications: " },
  { "several-unknown", "{\"answers\": {\"medications\": [\"diuretic\", \"aspirin\"]}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.medications[1]: " },
  { "several-duplicate", "{\"answers\": {\"medications\": [\"diuretic\", \"other-new\", \"diuretic\"]}}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.answers.medications[2]: " },
  { "several-not-string", "{\"answers\": {\"medications\": [true]}}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers.medications[0]: " },

  /* The document around the answers */
  { "missing-answers", "{}", LIPCHECK_DATA_ERROR_MISSING, "test.json: $.answers: " },
  { "missing-answers-saved", "{\"saved\": \"2026-03-14T09:26:53Z\"}", LIPCHECK_DATA_ERROR_MISSING, "test.json: $.answers: " },
  { "answers-not-object", "{\"answers\": [\"pain\"]}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.answers: " },
  { "unknown-top-level", "{\"answers\": {}, \"version\": 1}", LIPCHECK_DATA_ERROR_UNKNOWN_KEY, "test.json: $.version: " },
  { "saved-not-date", "{\"answers\": {}, \"saved\": \"yesterday\"}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.saved: " },
  { "saved-bad-month", "{\"answers\": {}, \"saved\": \"2026-13-01T00:00:00Z\"}", LIPCHECK_DATA_ERROR_VALUE, "test.json: $.saved: " },
  { "saved-number", "{\"answers\": {}, \"saved\": 20260314}", LIPCHECK_DATA_ERROR_TYPE, "test.json: $.saved: " },

  /* Not JSON, or not strict JSON */
  { "empty", "", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:1: " },
  { "blank", "  \n\n", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:1: " },
  { "ends-early", "{\n  \"answers\": {\n    \"pain\": true\n", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:4:1: " },
  { "trailing-comma", "{\"answers\": {\"pain\": true,}}", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:" },
  { "bare-word", "{\n\"answers\": {\"pain\": yes}}", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:2:" },
  { "single-quotes", "{'answers': {}}", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:2: ", TRUE },
  { "comment", "{\"answers\": {} /* none */}", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:16: ", TRUE },
  { "not-object", "[]", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:1:1: " },
  { "two-documents", "{\"answers\": {}}\n{}", LIPCHECK_DATA_ERROR_SYNTAX, "test.json:2:1: " },
  { "duplicate-key", "{\"answers\": {\"pain\": true, \"pain\": false}}", LIPCHECK_DATA_ERROR_DUPLICATE_KEY, "test.json:1:" },
  { "invalid-utf8", "{\"answers\": {\"pain\xff\": true}}", LIPCHECK_DATA_ERROR_ENCODING, "test.json:1:19: " },
  { "too-deep", "{\"answers\": {\"medications\": [[[[[[[[\"diuretic\"]]]]]]]]}}", LIPCHECK_DATA_ERROR_TOO_DEEP, "test.json:1:" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers;

  answers = load_string (c->json, &error);
  g_assert_null (answers);
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, c->code);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, c->prefix))
    g_error ("“%s” does not start with “%s”", error->message, c->prefix);

  if (c->known_gap && strstr (error->message, "expected") == NULL)
    g_test_incomplete ("the message does not say what was expected (lipcheck-json.c)");
  else
    g_assert_nonnull (strstr (error->message, "expected"));
}

/* A NUL byte, raw or escaped, is no part of an answer */
static void
test_bad_nul (void)
{
  static const char raw[] = "{\"answers\": {\"pain\": true}}\0";
  g_autoptr(GBytes) bytes = g_bytes_new (raw, sizeof raw - 1);
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = lipcheck_answers_new_from_bytes (kb, bytes, "test.json", &error);

  g_assert_null (answers);
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "test.json:1:28: "));
  g_clear_error (&error);

  /* "pain\u0000x" is not the question "pain", nor "weeks\u0000" the choice "weeks". */
  answers = load_string ("{\"answers\": {\"pain\\u0000x\": true}}", &error);
  if (answers != NULL)
    {
      g_assert_finalize_object (answers);
      g_test_incomplete ("an escaped NUL cuts a key short: “pain\\u0000x” is read as “pain”");
      return;
    }
  g_assert_nonnull (error);
  g_clear_error (&error);

  answers = load_string ("{\"answers\": {\"duration\": \"weeks\\u0000junk\"}}", &error);
  if (answers != NULL)
    {
      g_assert_finalize_object (answers);
      g_test_incomplete ("an escaped NUL cuts a value short: “weeks\\u0000junk” is read as “weeks”");
      return;
    }
  g_assert_nonnull (error);
}

static void
test_bad_too_large (void)
{
  g_autoptr(GString) json = g_string_new ("{\"answers\": {}, \"saved\": \"");
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers;

  while (json->len <= 256 * 1024)
    g_string_append (json, "0000000000");
  g_string_append (json, "\"}");

  answers = load_string (json->str, &error);
  g_assert_null (answers);
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "test.json: "));
}

static void
test_bad_missing_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "answers", "no-such-file.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = lipcheck_answers_new_from_file (kb, file, &error);

  g_assert_null (answers);
  g_assert_error (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
}

/* The files under tests/answers/bad, with the message each must give */
static void
test_bad_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "answers", "bad", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *stem = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GFile) file = NULL;
      LipcheckAnswers *answers;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_test_message ("%s", name);
      path = g_build_filename (dir_path, name, NULL);
      stem = g_strndup (name, strlen (name) - strlen (".json"));
      expected_path = g_strdup_printf ("%s/%s.expected-error.txt", dir_path, stem);
      g_file_get_contents (expected_path, &expected, NULL, &error);
      g_assert_no_error (error);
      g_strchomp (expected);
      g_assert_cmpstr (expected, !=, "");

      file = g_file_new_for_path (path);
      answers = lipcheck_answers_new_from_file (kb, file, &error);
      g_assert_null (answers);
      g_assert_nonnull (error);
      g_assert_true (error->domain == LIPCHECK_ANSWERS_ERROR);
      g_assert_true (g_str_has_prefix (error->message, path));
      if (strstr (error->message, expected) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, expected);
      g_assert_nonnull (strstr (error->message, "expected"));
      g_clear_error (&error);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/lipcheck/answers-file/load/values", test_load_values);
  g_test_add_func ("/lipcheck/answers-file/load/empty-answers", test_load_empty_answers);
  g_test_add_func ("/lipcheck/answers-file/round-trip/examples", test_round_trip);
  g_test_add_func ("/lipcheck/answers-file/round-trip/set", test_round_trip_set);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/lipcheck/answers-file/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/lipcheck/answers-file/bad/nul", test_bad_nul);
  g_test_add_func ("/lipcheck/answers-file/bad/too-large", test_bad_too_large);
  g_test_add_func ("/lipcheck/answers-file/bad/missing-file", test_bad_missing_file);
  g_test_add_func ("/lipcheck/answers-file/bad/files", test_bad_files);

  ret = g_test_run ();

  g_assert_finalize_object (kb);

  return ret;
}
