/* test-kb-loader.c: tests of the knowledge-base loader on the shipped file, small good files and broken ones. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lipcheck-cause.h"
#include "lipcheck-condition.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-rule.h"
#include "lipcheck-source.h"
#include "lipcheck-step.h"
#include "lipcheck-test-util.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

#define MAX_SIZE  (4 * 1024 * 1024)
#define MAX_DEPTH 32

/* The shipped knowledge base */

static const char * const shipped_questions[] = {
  "duration", "spread", "severe", "stiff", "eye-onset", "stress", "sleep-hours", "caffeine-cups",
  "alcohol", "low-fluids", "low-mineral-diet", "medications", "weakness", "arm-weakness", "numbness", "pain",
  "asymmetry", "speech", "swallowing", "vision", "sudden", NULL
};

static const char * const shipped_warning_signs[] = {
  "weakness", "arm-weakness", "numbness", "pain", "asymmetry", "speech", "swallowing", "vision", NULL
};

static const char * const shipped_causes[] = {
  "medication", "caffeine", "fatigue", "stress", "dehydration", "mineral-deficiency", "alcohol", NULL
};

static const char * const shipped_conditions[] = {
  "bells-palsy", "hemifacial-spasm", "dystonia", "parkinsons", "als", NULL
};

/* The kinds whose every entry must name at least one source. */
static const LipcheckKind kinds_with_sources[] = {
  LIPCHECK_KIND_TIP, LIPCHECK_KIND_CONDITION, LIPCHECK_KIND_WARNING_SIGN, LIPCHECK_KIND_CAUSE,
  LIPCHECK_KIND_RULE, LIPCHECK_KIND_LEVEL,
};

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "kb", name, NULL);
}

static LipcheckKnowledgeBase *
load_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  kb = lipcheck_knowledge_base_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  return kb;
}

static guint
n_entries (LipcheckKnowledgeBase *kb,
           LipcheckKind           kind)
{
  return g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (kb, kind));
}

/* Checks that each of @ids is an entry of @kind, of @type, and that there are no others. */
static void
assert_ids (LipcheckKnowledgeBase *kb,
            LipcheckKind           kind,
            GType                  type,
            const char * const    *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      LipcheckEntry *entry = lipcheck_knowledge_base_lookup (kb, kind, ids[i]);

      g_assert_nonnull (entry);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (entry, type));
      g_assert_cmpstr (lipcheck_entry_get_id (entry), ==, ids[i]);
    }

  g_assert_cmpuint (n_entries (kb, kind), ==, g_strv_length ((char **)ids));
}

static void
assert_shipped_counts (LipcheckKnowledgeBase *kb)
{
  for (LipcheckKind kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    {
      g_assert_cmpuint (n_entries (kb, kind), >, 0);
      g_assert_cmpuint (n_entries (kb, kind), ==, lipcheck_test_shipped_counts[kind]);
    }

  assert_ids (kb, LIPCHECK_KIND_QUESTION, LIPCHECK_TYPE_QUESTION, shipped_questions);
  assert_ids (kb, LIPCHECK_KIND_WARNING_SIGN, LIPCHECK_TYPE_WARNING_SIGN, shipped_warning_signs);
  assert_ids (kb, LIPCHECK_KIND_CAUSE, LIPCHECK_TYPE_CAUSE, shipped_causes);
  assert_ids (kb, LIPCHECK_KIND_CONDITION, LIPCHECK_TYPE_CONDITION, shipped_conditions);
}

static void
test_load_default (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  g_assert_true (LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  assert_shipped_counts (kb);
  g_assert_cmpstr (lipcheck_knowledge_base_get_file_name (kb), ==, "knowledge-base.json");
  g_assert_nonnull (lipcheck_knowledge_base_get_version (kb));
  g_assert_nonnull (strstr (lipcheck_knowledge_base_get_disclaimer (kb), "not a diagnosis"));

  g_assert_finalize_object (kb);
}

static LipcheckKnowledgeBase *
load_source_file (void)
{
  const char *root = g_getenv ("LIPCHECK_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "knowledge-base.json", NULL);
  file = g_file_new_for_path (path);

  kb = lipcheck_knowledge_base_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (LIPCHECK_IS_KNOWLEDGE_BASE (kb));
  g_assert_cmpstr (lipcheck_knowledge_base_get_file_name (kb), ==, path);

  return kb;
}

static void
test_load_source_file (void)
{
  LipcheckKnowledgeBase *kb = NULL;
  LipcheckKnowledgeBase *builtin = NULL;
  g_autofree char *described = NULL;
  g_autofree char *described_builtin = NULL;

  if (g_getenv ("LIPCHECK_SOURCE_ROOT") == NULL)
    {
      g_test_skip ("LIPCHECK_SOURCE_ROOT is not set");
      return;
    }

  kb = load_source_file ();
  builtin = lipcheck_knowledge_base_new_default (NULL);
  g_assert_nonnull (builtin);
  assert_shipped_counts (kb);

  /* The file on disk and the one in the resource hold the same: "PATH: version V: counts" ends
   * with "knowledge-base.json: version V: counts". */
  described = lipcheck_knowledge_base_describe (kb);
  described_builtin = lipcheck_knowledge_base_describe (builtin);
  g_assert_true (g_str_has_suffix (described, described_builtin));
  g_assert_nonnull (strstr (described, "/data/knowledge-base.json: version "));

  g_assert_finalize_object (builtin);
  g_assert_finalize_object (kb);
}

static void
assert_sources (LipcheckKnowledgeBase *kb,
                GListModel            *sources)
{
  guint n = g_list_model_get_n_items (sources);

  g_assert_cmpuint (n, >=, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) source = g_list_model_get_item (sources, i);

      g_assert_true (LIPCHECK_IS_SOURCE (source));
      g_assert_true (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_SOURCE,
                                                     lipcheck_entry_get_id (source)) == source);
    }
}

/* Checks that every item of @model is the entry of @kind with its id, of @type. */
static void
assert_resolved (LipcheckKnowledgeBase *kb,
                 GListModel            *model,
                 LipcheckKind           kind,
                 GType                  type)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LipcheckEntry) entry = g_list_model_get_item (model, i);

      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (entry, type));
      g_assert_true (lipcheck_knowledge_base_lookup (kb, kind, lipcheck_entry_get_id (entry)) == entry);
    }
}

static void
test_references (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  LipcheckWarningSign *asymmetry;
  LipcheckCause *caffeine;
  GListModel *tips;

  g_assert_nonnull (kb);

  asymmetry = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_WARNING_SIGN, "asymmetry");
  g_assert_true (LIPCHECK_IS_WARNING_SIGN (asymmetry));
  g_assert_true (lipcheck_warning_sign_get_question (asymmetry) ==
                 lipcheck_knowledge_base_lookup_question (kb, "asymmetry"));
  g_assert_true (lipcheck_knowledge_base_find_warning_sign (kb, "asymmetry") == asymmetry);
  g_assert_null (lipcheck_knowledge_base_find_warning_sign (kb, "duration"));
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_warning_sign_get_conditions (asymmetry)), >, 0);
  assert_resolved (kb, lipcheck_warning_sign_get_conditions (asymmetry),
                   LIPCHECK_KIND_CONDITION, LIPCHECK_TYPE_CONDITION);

  caffeine = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "caffeine");
  g_assert_true (LIPCHECK_IS_CAUSE (caffeine));
  tips = lipcheck_cause_get_tips (caffeine);
  g_assert_cmpuint (g_list_model_get_n_items (tips), >, 0);
  assert_resolved (kb, tips, LIPCHECK_KIND_TIP, LIPCHECK_TYPE_TIP);
  g_assert_cmpuint (lipcheck_cause_get_reasons (caffeine)->len, >, 0);

  g_assert_finalize_object (kb);
}

/* Every reference of every kind is the very object that lookup finds. */
static void
test_references_all (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  GListModel *model;

  g_assert_nonnull (kb);

  model = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (model, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (sign));

      g_assert_true (lipcheck_warning_sign_get_question (sign) == lipcheck_knowledge_base_lookup_question (kb, id));
      g_assert_cmpint (lipcheck_question_get_kind (lipcheck_warning_sign_get_question (sign)), ==,
                       LIPCHECK_QUESTION_YES_NO);
      assert_resolved (kb, lipcheck_warning_sign_get_conditions (sign), LIPCHECK_KIND_CONDITION, LIPCHECK_TYPE_CONDITION);
    }

  model = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_CAUSE);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LipcheckCause) cause = g_list_model_get_item (model, i);

      assert_resolved (kb, lipcheck_cause_get_tips (cause), LIPCHECK_KIND_TIP, LIPCHECK_TYPE_TIP);
    }

  model = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_TIP);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LipcheckTip) tip = g_list_model_get_item (model, i);
      LipcheckEntry *group = lipcheck_tip_get_group (tip);

      g_assert_nonnull (group);
      g_assert_true (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP_GROUP, lipcheck_entry_get_id (group)) == group);
    }

  model = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_LEVEL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LipcheckLevel) level = g_list_model_get_item (model, i);

      assert_resolved (kb, lipcheck_level_get_tips (level), LIPCHECK_KIND_TIP, LIPCHECK_TYPE_TIP);
    }

  g_assert_finalize_object (kb);
}

/* Every question is in exactly one step, and the steps hold the question objects. */
static void
test_steps (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);
  GListModel *steps;

  g_assert_nonnull (kb);
  steps = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_STEP);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LipcheckStep) step = g_list_model_get_item (steps, i);
      GListModel *questions = lipcheck_step_get_questions (step);

      g_assert_cmpuint (g_list_model_get_n_items (questions), >, 0);
      assert_resolved (kb, questions, LIPCHECK_KIND_QUESTION, LIPCHECK_TYPE_QUESTION);
      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, j);

          g_assert_true (g_hash_table_add (placed, question));
        }
    }

  g_assert_cmpuint (g_hash_table_size (placed), ==, n_entries (kb, LIPCHECK_KIND_QUESTION));
  g_assert_finalize_object (kb);
}

static void
test_sources (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);

  g_assert_nonnull (kb);

  for (guint k = 0; k < G_N_ELEMENTS (kinds_with_sources); k++)
    {
      GListModel *model = lipcheck_knowledge_base_get_entries (kb, kinds_with_sources[k]);

      g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(LipcheckEntry) entry = g_list_model_get_item (model, i);

          assert_sources (kb, lipcheck_entry_get_sources (entry));
        }
    }

  assert_sources (kb, lipcheck_knowledge_base_get_emergency_sources (kb));
  g_assert_finalize_object (kb);
}

/* Small good files */

static void
test_minimal (void)
{
  LipcheckKnowledgeBase *kb = load_fixture ("minimal.json");
  LipcheckQuestion *cups, *duration, *triggers, *weakness;
  static const guint counts[LIPCHECK_N_KINDS] = { 2, 1, 1, 4, 1, 1, 1, 2, 1, 4 };

  for (LipcheckKind kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    g_assert_cmpuint (n_entries (kb, kind), ==, counts[kind]);
  g_assert_cmpstr (lipcheck_knowledge_base_get_version (kb), ==, "test-1");

  duration = lipcheck_knowledge_base_lookup_question (kb, "duration");
  g_assert_cmpint (lipcheck_question_get_kind (duration), ==, LIPCHECK_QUESTION_CHOICE);
  g_assert_cmpuint (lipcheck_question_get_choices (duration)->len, ==, 2);
  g_assert_cmpstr (lipcheck_question_find_choice (duration, "weeks")->label, ==, "Two weeks or more");
  g_assert_null (lipcheck_question_find_choice (duration, "months"));

  cups = lipcheck_knowledge_base_lookup_question (kb, "cups");
  g_assert_cmpint (lipcheck_question_get_kind (cups), ==, LIPCHECK_QUESTION_NUMBER);
  g_assert_cmpint (lipcheck_question_get_minimum (cups), ==, 0);
  g_assert_cmpint (lipcheck_question_get_maximum (cups), ==, 50);
  g_assert_cmpint (lipcheck_question_get_default_value (cups), ==, 0);
  g_assert_cmpstr (lipcheck_question_get_unit (cups), ==, "cups a day");

  triggers = lipcheck_knowledge_base_lookup_question (kb, "triggers");
  g_assert_cmpint (lipcheck_question_get_kind (triggers), ==, LIPCHECK_QUESTION_SEVERAL);
  g_assert_nonnull (lipcheck_question_get_ask_when (triggers));
  g_assert_null (lipcheck_question_get_ask_when (cups));

  weakness = lipcheck_knowledge_base_lookup_question (kb, "weakness");
  g_assert_cmpint (lipcheck_question_get_kind (weakness), ==, LIPCHECK_QUESTION_YES_NO);
  g_assert_true (lipcheck_knowledge_base_find_warning_sign (kb, "weakness") ==
                 lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_WARNING_SIGN, "weakness"));

  g_assert_cmpint (lipcheck_step_get_style (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_STEP, "twitch")), ==,
                   LIPCHECK_STEP_FORM);
  g_assert_cmpint (lipcheck_step_get_style (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_STEP, "signs")), ==,
                   LIPCHECK_STEP_CHECKLIST);
  g_assert_cmpint (lipcheck_rule_get_urgency (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_RULE, "urgent-weakness")), ==,
                   LIPCHECK_URGENCY_URGENT);

  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "GB"), ==, "999");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "DE"), ==, "112");
  assert_sources (kb, lipcheck_knowledge_base_get_emergency_sources (kb));

  g_assert_finalize_object (kb);
}

static void
test_minimal_details (void)
{
  LipcheckKnowledgeBase *kb = load_fixture ("minimal.json");
  LipcheckCondition *palsy = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CONDITION, "palsy");
  LipcheckTip *rest = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP, "rest");
  LipcheckSource *leaflet = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_SOURCE, "leaflet");
  LipcheckSource *book = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_SOURCE, "book");
  const char * const *foods;

  g_assert_cmpstr (lipcheck_condition_get_signs (palsy)[0], ==, "Weakness on one side of the face");
  g_assert_null (lipcheck_condition_get_signs (palsy)[1]);
  g_assert_true (lipcheck_condition_get_treatments (palsy) == NULL ||
                 lipcheck_condition_get_treatments (palsy)[0] == NULL);
  g_assert_cmpuint (lipcheck_condition_get_reasons (palsy)->len, ==, 1);

  foods = lipcheck_tip_get_foods (rest);
  g_assert_cmpstr (foods[0], ==, "Bananas");
  g_assert_true (lipcheck_tip_get_group (rest) == lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP_GROUP, "rest"));

  g_assert_cmpstr (lipcheck_source_get_publisher (leaflet), ==, "A clinic");
  g_assert_cmpstr (lipcheck_source_get_url (leaflet), ==, "https://example.org/leaflet");
  g_assert_null (lipcheck_source_get_publisher (book));
  g_assert_null (lipcheck_source_get_url (book));
  g_assert_cmpstr (lipcheck_entry_get_name (LIPCHECK_ENTRY (book)), ==, "A book about nerves");

  /* Optional lists that are absent are empty, not missing. */
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_level_get_tips (lipcheck_knowledge_base_get_level (kb, LIPCHECK_URGENCY_ROUTINE))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_level_get_tips (lipcheck_knowledge_base_get_level (kb, LIPCHECK_URGENCY_SELF_CARE))), ==, 1);

  g_assert_finalize_object (kb);
}

/* The same id in different kinds is fine: ids are unique only within their kind. */
static void
test_same_id_in_two_kinds (void)
{
  LipcheckKnowledgeBase *kb = load_fixture ("ok-shared-ids.json");
  gpointer question = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_QUESTION, "weakness");
  gpointer sign = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_WARNING_SIGN, "weakness");
  gpointer cause = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "weakness");
  gpointer step = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_STEP, "weakness");
  gpointer group = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP_GROUP, "rest");
  gpointer tip = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP, "rest");

  g_assert_true (LIPCHECK_IS_QUESTION (question));
  g_assert_true (LIPCHECK_IS_WARNING_SIGN (sign));
  g_assert_true (LIPCHECK_IS_CAUSE (cause));
  g_assert_true (LIPCHECK_IS_STEP (step));
  g_assert_true (LIPCHECK_IS_ENTRY (group) && !LIPCHECK_IS_TIP (group));
  g_assert_true (LIPCHECK_IS_TIP (tip));
  g_assert_true (lipcheck_tip_get_group (tip) == group);
  g_assert_null (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "caffeine"));

  g_assert_finalize_object (kb);
}

/* Broken files */

typedef struct
{
  const char        *name;      /* the fixture is kb/broken-NAME.json */
  LipcheckDataError  code;
  const char        *location;  /* what follows the file name: ":LINE:COL" or ": $.json.path" */
  const char        *detail;    /* a part of the message: what was expected */
} Broken;

static const Broken broken_files[] = {
  { "empty", LIPCHECK_DATA_ERROR_SYNTAX,
    ":1:1", "expected a JSON object" },
  { "whitespace", LIPCHECK_DATA_ERROR_SYNTAX,
    ":1:1", "expected a JSON object" },
  { "truncated", LIPCHECK_DATA_ERROR_SYNTAX,
    ":29:1", "expected the rest of it" },
  { "trailing-comma", LIPCHECK_DATA_ERROR_SYNTAX,
    ":7:42", "a comma before “}” with nothing after it" },
  { "comment", LIPCHECK_DATA_ERROR_SYNTAX,
    ":3:3", "a comment; expected JSON, which has no comments" },
  { "single-quote", LIPCHECK_DATA_ERROR_SYNTAX,
    ":3:14", "expected a string in double quotes" },
  { "hex-number", LIPCHECK_DATA_ERROR_SYNTAX,
    ":2:14", "expected a JSON value" },
  { "two-objects", LIPCHECK_DATA_ERROR_SYNTAX,
    ":181:1", "expected nothing more" },
  { "top-array", LIPCHECK_DATA_ERROR_SYNTAX,
    ":1:1", "must be a JSON object" },
  { "bare-word", LIPCHECK_DATA_ERROR_SYNTAX,
    ":2:16", "unexpected identifier" },
  { "nul-byte", LIPCHECK_DATA_ERROR_ENCODING,
    ":3:19", "a NUL byte; expected UTF-8 text" },
  { "invalid-utf8", LIPCHECK_DATA_ERROR_ENCODING,
    ":4:26", "invalid UTF-8; expected UTF-8 text" },
  { "duplicate-key", LIPCHECK_DATA_ERROR_DUPLICATE_KEY,
    ":113:33", "the key “summary” appears twice" },
  { "string-for-array", LIPCHECK_DATA_ERROR_TYPE,
    ": $.tips[0].sources", "found a string; expected an array" },
  { "number-for-text", LIPCHECK_DATA_ERROR_TYPE,
    ": $.causes[0].name", "found a whole number; expected a string" },
  { "null-for-text", LIPCHECK_DATA_ERROR_TYPE,
    ": $.sources[0].summary", "found null; expected a string" },
  { "decimal-for-integer", LIPCHECK_DATA_ERROR_TYPE,
    ": $.questions[1].max", "found a decimal number; expected a whole number" },
  { "missing-key", LIPCHECK_DATA_ERROR_MISSING,
    ": $.causes[0].mechanism", "the required key “mechanism” is missing; expected it in this object" },
  { "missing-top-key", LIPCHECK_DATA_ERROR_MISSING,
    ": $.disclaimer", "the required key “disclaimer” is missing; expected it in this object" },
  { "unknown-key", LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
    ": $.tip-groups[0].sumary", "unknown key “sumary”; expected one of: id, name, summary" },
  { "unknown-top-key", LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
    ": $.author", "unknown key “author”; expected one of:" },
  { "empty-text", LIPCHECK_DATA_ERROR_EMPTY,
    ": $.causes[0].name", "the text is empty; expected some text" },
  { "leading-space", LIPCHECK_DATA_ERROR_VALUE,
    ": $.warning-signs[0].summary", "expected it trimmed" },
  { "empty-sources", LIPCHECK_DATA_ERROR_EMPTY,
    ": $.tips[0].sources", "expected at least one item" },
  { "id-capital", LIPCHECK_DATA_ERROR_INVALID_ID,
    ": $.causes[0].id", "“Caffeine” is not a valid id; expected" },
  { "id-digit", LIPCHECK_DATA_ERROR_INVALID_ID,
    ": $.tip-groups[0].id", "“9x” is not a valid id; expected" },
  { "id-underscore", LIPCHECK_DATA_ERROR_INVALID_ID,
    ": $.sources[1].id", "“a_b” is not a valid id; expected" },
  { "choice-id", LIPCHECK_DATA_ERROR_INVALID_ID,
    ": $.questions[0].choices[0].id", "“Days” is not a valid id; expected" },
  { "duplicate-id", LIPCHECK_DATA_ERROR_DUPLICATE_ID,
    ": $.sources[1].id", "expected ids unique within “sources”" },
  { "duplicate-level", LIPCHECK_DATA_ERROR_DUPLICATE_ID,
    ": $.levels[3].id", "expected ids unique within “levels”" },
  { "duplicate-ref", LIPCHECK_DATA_ERROR_DUPLICATE_ID,
    ": $.levels[0].tips[1]", "“rest” is listed twice; expected each once" },
  { "unknown-group", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.tips[0].group", "there is no tip group “sleep”; expected" },
  { "unknown-question", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.warning-signs[0].question", "there is no question “numbness”; expected" },
  { "unknown-tip", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.causes[0].tips[0]", "there is no tip “sleep-more”; expected" },
  { "unknown-source", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.tips[0].sources[1]", "there is no source “journal”; expected" },
  { "sign-not-yes-no", LIPCHECK_DATA_ERROR_VALUE,
    ": $.warning-signs[0].question", "is not a yes-no question; expected one" },
  { "wrong-question-kind", LIPCHECK_DATA_ERROR_VALUE,
    ": $.rules[0].when.yes", "is a choice question; expected a yes-no question" },
  { "unknown-choice", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.conditions[0].reasons[0].when.all[1].is[1]", "has no choice “months”; expected one of its choices" },
  { "two-keys", LIPCHECK_DATA_ERROR_VALUE,
    ": $.rules[0].when", "a condition has exactly one key; expected one of:" },
  { "unknown-operator", LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
    ": $.rules[0].when.not", "unknown key “not”; expected one of: yes, is" },
  { "empty-condition", LIPCHECK_DATA_ERROR_VALUE,
    ": $.rules[0].when", "a condition has exactly one key" },
  { "empty-all", LIPCHECK_DATA_ERROR_EMPTY,
    ": $.conditions[0].reasons[0].when.all", "expected at least one item" },
  { "text-for-number", LIPCHECK_DATA_ERROR_TYPE,
    ": $.causes[0].reasons[0].when.more-than[1]", "found a string; expected a whole number" },
  { "ask-when-kind", LIPCHECK_DATA_ERROR_VALUE,
    ": $.questions[2].ask-when.any-chosen", "expected a several question" },
  { "unknown-placeholder", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.rules[0].why", "the placeholder “{nope}” names no question; expected" },
  { "unbalanced-brace", LIPCHECK_DATA_ERROR_VALUE,
    ": $.levels[0].advice", "without its “}”; expected" },
  { "stray-brace", LIPCHECK_DATA_ERROR_VALUE,
    ": $.rules[0].why", "without its “{”; expected" },
  { "missing-level", LIPCHECK_DATA_ERROR_MISSING,
    ": $.levels", "the level “routine” is missing; expected" },
  { "unknown-level", LIPCHECK_DATA_ERROR_VALUE,
    ": $.levels[2].id", "not an urgency level; expected one of" },
  { "self-care-rule", LIPCHECK_DATA_ERROR_VALUE,
    ": $.rules[0].level", "expected routine, urgent or emergency" },
  { "question-in-two-steps", LIPCHECK_DATA_ERROR_DUPLICATE_ID,
    ": $.steps[1].questions[1]", "the question “cups” is in two steps; expected each in one" },
  { "question-in-no-step", LIPCHECK_DATA_ERROR_REFERENCE,
    ": $.questions[2]", "the question “triggers” is in no step; expected" },
  { "unknown-style", LIPCHECK_DATA_ERROR_VALUE,
    ": $.steps[1].style", "expected one of: form, checklist" },
  { "number-without-min", LIPCHECK_DATA_ERROR_MISSING,
    ": $.questions[1]", "a number question needs “min”; expected" },
  { "min-above-max", LIPCHECK_DATA_ERROR_VALUE,
    ": $.questions[1]", "expected min ≤ max, found 60 and 50" },
  { "question-default", LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
    ": $.questions[1].default", "unknown key “default”; expected one of:" },
  { "min-not-integer", LIPCHECK_DATA_ERROR_TYPE,
    ": $.questions[1].min", "found an array; expected a whole number" },
  { "kind-not-string", LIPCHECK_DATA_ERROR_TYPE,
    ": $.questions[3].kind", "found a whole number; expected a string" },
  { "unit-one-on-choice", LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
    ": $.questions[0]", "a choice question takes no “unit-one”; expected none" },
  { "choice-without-choices", LIPCHECK_DATA_ERROR_MISSING,
    ": $.questions[0]", "a choice question needs “choices”; expected" },
  { "format-2", LIPCHECK_DATA_ERROR_VALUE,
    ": $.format", "format 2 is not supported; expected 1" },
  { "region-lowercase", LIPCHECK_DATA_ERROR_VALUE,
    ": $.emergency-numbers.regions.gb", "expected two capital letters" },
};

/* Checks that @error has @code and reads "PREFIX<location>: …<detail>…". */
static void
assert_broken (const GError      *error,
               LipcheckDataError  code,
               const char        *prefix,
               const char        *location,
               const char        *detail)
{
  g_autofree char *start = g_strconcat (prefix, location, ": ", NULL);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, LIPCHECK_KB_ERROR, (int)code);
  g_assert_true (g_str_has_prefix (error->message, start));
  g_assert_nonnull (strstr (error->message + strlen (start), detail));
}

/* Each broken file fails, from a file and from bytes, with the exact code and place. */
static void
test_broken (gconstpointer data)
{
  const Broken *broken = data;
  g_autofree char *name = g_strdup_printf ("broken-%s.json", broken->name);
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  kb = lipcheck_knowledge_base_new_from_file (file, &error);
  g_assert_null (kb);
  assert_broken (error, broken->code, path, broken->location, broken->detail);
  g_clear_error (&error);

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  kb = lipcheck_knowledge_base_new_from_bytes (bytes, name, &error);
  g_assert_null (kb);
  assert_broken (error, broken->code, name, broken->location, broken->detail);
}

/* Every broken-*.json in kb/ has its row in broken_files, and every row its file. */
static void
test_broken_fixtures_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "kb", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;
  guint n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
    g_assert_true (g_hash_table_add (listed, (gpointer)broken_files[i].name));

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;

      if (!g_str_has_prefix (name, "broken-") || !g_str_has_suffix (name, ".json"))
        continue;
      stem = g_strndup (name + strlen ("broken-"), strlen (name) - strlen ("broken-") - strlen (".json"));
      if (!g_hash_table_contains (listed, stem))
        g_error ("%s has no row in broken_files", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (broken_files));
  g_assert_cmpuint (n_files, >=, 25);
}

/* Generated broken input */

static GBytes *
read_minimal (void)
{
  g_autofree char *path = fixture_path ("minimal.json");
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

/* minimal.json with its disclaimer replaced by @disclaimer. */
static GBytes *
minimal_with_disclaimer (const char *disclaimer)
{
  g_autoptr(GBytes) minimal = read_minimal ();
  const char *old = "A small knowledge base for the tests, not medical advice.";
  g_auto(GStrv) parts = g_strsplit (g_bytes_get_data (minimal, NULL), old, -1);
  char *text;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  text = g_strjoin (disclaimer, parts[0], parts[1], NULL);

  return g_bytes_new_take (text, strlen (text));
}

/* An object of @size bytes: "{", spaces, "}". */
static GBytes *
make_padded (gsize size)
{
  char *text = g_malloc (size);

  memset (text, ' ', size);
  text[0] = '{';
  text[size - 1] = '}';

  return g_bytes_new_take (text, size);
}

static void
test_too_large (void)
{
  gsize size = 50 * 1024 * 1024;
  g_autoptr(GBytes) bytes = make_padded (size);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "lipcheck-test", NULL);
  g_autofree char *path = g_build_filename (dir, "broken-large.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  kb = lipcheck_knowledge_base_new_from_bytes (bytes, "broken-large.json", &error);
  g_assert_null (kb);
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_LARGE, "broken-large.json", "",
                 "the file has 52428800 bytes; expected at most 4194304");
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), size, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  kb = lipcheck_knowledge_base_new_from_file (file, &error);
  g_assert_null (kb);
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_LARGE, path, "", "expected at most 4194304");
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* 4 MiB is allowed (the file then fails for what it lacks); one byte more is not. */
static void
test_size_limit (void)
{
  g_autoptr(GBytes) at_limit = make_padded (MAX_SIZE);
  g_autoptr(GBytes) over_limit = make_padded (MAX_SIZE + 1);
  g_autoptr(GError) error = NULL;

  g_assert_null (lipcheck_knowledge_base_new_from_bytes (at_limit, "limit.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_MISSING, "limit.json", ": $.format", "“format” is missing");
  g_clear_error (&error);

  g_assert_null (lipcheck_knowledge_base_new_from_bytes (over_limit, "limit.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_LARGE, "limit.json", "", "the file has 4194305 bytes");
}

/* {"deep": [[[…]]]} with @depth levels in all, the object counting as one. */
static GBytes *
make_deep_arrays (guint depth)
{
  GString *text = g_string_new ("{\"deep\": ");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  return g_string_free_to_bytes (text);
}

/* {"a":{"a":…1…}} with @depth objects. */
static GBytes *
make_deep_objects (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, "{\"a\":");
  g_string_append_c (text, '1');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '}');

  return g_string_free_to_bytes (text);
}

static void
test_too_deep (void)
{
  g_autoptr(GBytes) arrays = make_deep_arrays (100000);
  g_autoptr(GBytes) objects = make_deep_objects (100000);
  g_autoptr(GError) error = NULL;

  /* The 33rd level: the 32nd "[" after the 9 characters of {"deep": . */
  g_assert_null (lipcheck_knowledge_base_new_from_bytes (arrays, "broken-deep.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_DEEP, "broken-deep.json", ":1:41", "nested deeper than 32 levels");
  g_clear_error (&error);

  /* The 33rd "{", after 32 times the 5 characters of {"a": . */
  g_assert_null (lipcheck_knowledge_base_new_from_bytes (objects, "broken-deep.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_DEEP, "broken-deep.json", ":1:161", "expected a flatter document");
}

/* 32 levels are allowed (the file then fails for its unknown key); 33 are not. Brackets inside
 * strings do not count. */
static void
test_depth_limit (void)
{
  g_autoptr(GBytes) at_limit = make_deep_arrays (MAX_DEPTH);
  g_autoptr(GBytes) over_limit = make_deep_arrays (MAX_DEPTH + 1);
  g_autoptr(GBytes) in_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *brackets = g_strnfill (1000, '[');
  LipcheckKnowledgeBase *kb;

  g_assert_null (lipcheck_knowledge_base_new_from_bytes (at_limit, "deep.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_UNKNOWN_KEY, "deep.json", ": $.deep", "unknown key “deep”");
  g_clear_error (&error);

  g_assert_null (lipcheck_knowledge_base_new_from_bytes (over_limit, "deep.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_DEEP, "deep.json", ":1:41", "nested deeper");
  g_clear_error (&error);

  in_text = minimal_with_disclaimer (brackets);
  kb = lipcheck_knowledge_base_new_from_bytes (in_text, "brackets.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lipcheck_knowledge_base_get_disclaimer (kb), ==, brackets);
  g_assert_finalize_object (kb);
}

/* A text may have 4,000 characters (not bytes), not one more. */
static void
test_text_limit (void)
{
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GBytes) at_limit = NULL;
  g_autoptr(GBytes) over_limit = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  for (guint i = 0; i < 4000; i++)
    g_string_append (longest, "é");
  at_limit = minimal_with_disclaimer (longest->str);
  kb = lipcheck_knowledge_base_new_from_bytes (at_limit, "long.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (lipcheck_knowledge_base_get_disclaimer (kb), -1), ==, 4000);
  g_assert_finalize_object (kb);

  g_string_append_c (longest, 'e');
  over_limit = minimal_with_disclaimer (longest->str);
  g_assert_null (lipcheck_knowledge_base_new_from_bytes (over_limit, "long.json", &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_TOO_LARGE, "long.json", ": $.disclaimer",
                 "longer than 4000 characters; expected a shorter text");
}

static void
test_missing_file (void)
{
  g_autofree char *path = fixture_path ("no-such-file.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_null (lipcheck_knowledge_base_new_from_file (file, &error));
  assert_broken (error, LIPCHECK_DATA_ERROR_IO, path, "", "cannot read the file");
}

#ifdef __SANITIZE_ADDRESS__
/* GLib keeps the user directories that G_TEST_OPTION_ISOLATE_DIRS replaces before each test, on
 * purpose; every other leak still fails the test under LeakSanitizer. The slow unwinder is needed
 * to see g_set_user_dirs through GLib's frames. */
const char *__lsan_default_options (void);
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions (void)
{
  return "leak:g_set_user_dirs\n";
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lipcheck/kb-loader/load-default", test_load_default);
  g_test_add_func ("/lipcheck/kb-loader/load-source-file", test_load_source_file);
  g_test_add_func ("/lipcheck/kb-loader/references", test_references);
  g_test_add_func ("/lipcheck/kb-loader/references-all", test_references_all);
  g_test_add_func ("/lipcheck/kb-loader/steps", test_steps);
  g_test_add_func ("/lipcheck/kb-loader/sources", test_sources);
  g_test_add_func ("/lipcheck/kb-loader/minimal", test_minimal);
  g_test_add_func ("/lipcheck/kb-loader/minimal-details", test_minimal_details);
  g_test_add_func ("/lipcheck/kb-loader/same-id-in-two-kinds", test_same_id_in_two_kinds);
  g_test_add_func ("/lipcheck/kb-loader/broken-fixtures-listed", test_broken_fixtures_listed);

  for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
    {
      g_autofree char *path = g_strconcat ("/lipcheck/kb-loader/broken/", broken_files[i].name, NULL);

      g_test_add_data_func (path, &broken_files[i], test_broken);
    }

  g_test_add_func ("/lipcheck/kb-loader/broken/too-large", test_too_large);
  g_test_add_func ("/lipcheck/kb-loader/size-limit", test_size_limit);
  g_test_add_func ("/lipcheck/kb-loader/broken/too-deep", test_too_deep);
  g_test_add_func ("/lipcheck/kb-loader/depth-limit", test_depth_limit);
  g_test_add_func ("/lipcheck/kb-loader/text-limit", test_text_limit);
  g_test_add_func ("/lipcheck/kb-loader/broken/missing-file", test_missing_file);

  return g_test_run ();
}
