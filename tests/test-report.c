/* test-report.c: tests of the JSON and text reports of a result, on the example answers files. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "lipcheck-entry.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"
#include "lipcheck-test-util.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The JSON report of every example is its .expected.json, member for member */
static void
test_json_examples (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "answers", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *base = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *report = NULL;
      g_autofree char *answers = NULL;
      g_autoptr(LipcheckResult) result = NULL;
      g_autoptr(JsonNode) want = NULL;
      g_autoptr(JsonNode) got = NULL;

      if (!g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".expected.json"))
        continue;

      base = g_strndup (name, strlen (name) - strlen (".json"));
      expected_path = g_strconcat (dir, G_DIR_SEPARATOR_S, base, ".expected.json", NULL);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      answers = g_build_filename ("answers", name, NULL);
      result = lipcheck_test_evaluate_file (kb, answers);
      report = lipcheck_report_to_json (result);
      want = parse (expected);
      got = parse (report);
      if (!json_node_equal (want, got))
        g_test_fail_printf ("%s: the report is\n%s\nexpected\n%s", name, report, expected);
      n++;
    }

  g_assert_cmpuint (n, >=, 47);
}

/* The JSON report is an object with exactly the documented members, in order */
static void
test_json_members (void)
{
  g_autoptr(LipcheckResult) result = lipcheck_test_evaluate_file (kb, "answers/44-urgent-with-factors.json");
  g_autofree char *report = lipcheck_report_to_json (result);
  g_autoptr(JsonNode) root = parse (report);
  const char * const members[] = { "urgency", "complete", "factors", "warning-signs", "sudden", "conditions",
                                   "tips", "more-tips", "unanswered" };
  const char *last = report;
  JsonObject *object;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (members));
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *key = g_strdup_printf ("\"%s\"", members[i]);
      const char *at = strstr (report, key);

      g_assert_true (json_object_has_member (object, members[i]));
      g_assert_nonnull (at);
      g_assert_true (at >= last);
      last = at;
    }
  g_assert_cmpstr (json_object_get_string_member (object, "urgency"), ==, "urgent");
}

/* The text report: the level's name first, then the sections in order, the disclaimer last */
static void
test_text (void)
{
  g_autoptr(LipcheckResult) result = lipcheck_test_evaluate_file (kb, "answers/44-urgent-with-factors.json");
  g_autofree char *text = lipcheck_report_to_text (result);
  LipcheckLevel *level = lipcheck_knowledge_base_get_level (kb, LIPCHECK_URGENCY_URGENT);
  const char *name = lipcheck_entry_get_name (LIPCHECK_ENTRY (level));
  const char * const sections[] = { "\nWhy\n", "\nWhat to do\n", "\nLikely factors\n", "\nWhat may help\n" };
  const char * const factors[] = { "medication", "fatigue", "stress" };
  const char *last = text;
  const char *tips;

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, name));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *at = strstr (text, sections[i]);

      g_assert_nonnull (at);
      g_assert_true (at > last);
      last = at;
    }
  /* The factors, in order, under their heading. */
  tips = last;
  last = strstr (text, sections[2]);
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      LipcheckEntry *cause = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, factors[i]);
      g_autofree char *item = g_strconcat ("\n• ", lipcheck_entry_get_name (cause), "\n", NULL);
      const char *at = strstr (text, item);

      g_assert_nonnull (at);
      g_assert_true (at > last);
      g_assert_true (at < tips);
      last = at;
    }
  g_assert_null (strstr (text, "Not answered"));
  g_assert_null (strstr (text, "Conditions a doctor may want to rule out"));
  g_assert_true (g_str_has_suffix (g_strchomp (text), lipcheck_knowledge_base_get_disclaimer (kb)));
}

/* Unanswered questions are said to be so, in their words, after the advice: never taken as "no" */
static void
test_text_unanswered (void)
{
  g_autoptr(LipcheckResult) result = lipcheck_test_evaluate_file (kb, "answers/40-unanswered-warning-signs.json");
  g_autofree char *text = lipcheck_report_to_text (result);
  const char *section = strstr (text, "\nSome questions were not answered: the result above does not take them into account.\n");
  const char * const unanswered[] = { "pain", "vision", "sudden" };

  g_assert_nonnull (section);
  g_assert_true (section > strstr (text, "\nWhat to do\n"));
  for (guint i = 0; i < G_N_ELEMENTS (unanswered); i++)
    {
      LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, unanswered[i]);
      g_autofree char *item = g_strconcat ("\n• ", lipcheck_entry_get_name (LIPCHECK_ENTRY (question)),
                                           " — not answered\n", NULL);

      g_assert_nonnull (strstr (section, item));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/lipcheck/report/json/examples", test_json_examples);
  g_test_add_func ("/lipcheck/report/json/members", test_json_members);
  g_test_add_func ("/lipcheck/report/text/sections", test_text);
  g_test_add_func ("/lipcheck/report/text/unanswered", test_text_unanswered);

  ret = g_test_run ();
  g_assert_finalize_object (kb);

  return ret;
}
