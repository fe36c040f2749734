/* test-knowledge-base.c: tests of the model: lookups by kind and id, the kinds, levels, warning signs. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

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

static void
test_lookup (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  LipcheckQuestion *question;

  g_assert_nonnull (kb);

  question = lipcheck_knowledge_base_lookup_question (kb, "caffeine-cups");
  g_assert_true (LIPCHECK_IS_QUESTION (question));
  g_assert_cmpint (lipcheck_question_get_kind (question), ==, LIPCHECK_QUESTION_NUMBER);
  g_assert_true (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_QUESTION, "caffeine-cups") == question);
  g_assert_true (LIPCHECK_IS_SOURCE (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_SOURCE, "nhs-twitching")));
  g_assert_true (LIPCHECK_IS_TIP (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP, "drink-water")));
  g_assert_true (LIPCHECK_IS_STEP (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_STEP, "warning-signs")));

  /* Unknown ids, and ids of another kind. */
  g_assert_null (lipcheck_knowledge_base_lookup_question (kb, "no-such-question"));
  g_assert_null (lipcheck_knowledge_base_lookup_question (kb, ""));
  g_assert_null (lipcheck_knowledge_base_lookup_question (kb, "Duration"));
  g_assert_null (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "asymmetry"));
  g_assert_null (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_QUESTION, "bells-palsy"));
  g_assert_null (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP, "sleep"));

  /* "stress" is a question, a cause and a tip group at once. */
  g_assert_true (LIPCHECK_IS_QUESTION (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_QUESTION, "stress")));
  g_assert_true (LIPCHECK_IS_CAUSE (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "stress")));
  g_assert_nonnull (lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_TIP_GROUP, "stress"));

  for (LipcheckUrgency u = LIPCHECK_URGENCY_SELF_CARE; u <= LIPCHECK_URGENCY_EMERGENCY; u++)
    {
      LipcheckLevel *level = lipcheck_knowledge_base_get_level (kb, u);

      g_assert_true (LIPCHECK_IS_LEVEL (level));
      g_assert_cmpint (lipcheck_level_get_urgency (level), ==, u);
    }

  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "GB"), ==, "999");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "US"), ==, "911");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "FR"), ==, "112");

  g_assert_finalize_object (kb);
}

static void
test_describe (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  g_autofree char *text = NULL;

  g_assert_nonnull (kb);
  text = lipcheck_knowledge_base_describe (kb);
  g_test_message ("%s", text);

  g_assert_true (g_str_has_prefix (text, "knowledge-base.json: version "));
  g_assert_nonnull (strstr (text, lipcheck_knowledge_base_get_version (kb)));
  for (LipcheckKind kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    {
      g_autofree char *count = g_strdup_printf (" %u %s", lipcheck_test_shipped_counts[kind], lipcheck_kind_get_key (kind));

      g_assert_nonnull (strstr (text, count));
    }

  g_assert_finalize_object (kb);
}

/* Dropping the knowledge base frees its entries too: nothing holds them in a cycle. */
static void
test_finalize (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  gpointer question, sign, level;

  g_assert_nonnull (kb);
  question = lipcheck_knowledge_base_lookup_question (kb, "asymmetry");
  sign = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_WARNING_SIGN, "asymmetry");
  level = lipcheck_knowledge_base_get_level (kb, LIPCHECK_URGENCY_EMERGENCY);
  g_object_add_weak_pointer (question, &question);
  g_object_add_weak_pointer (sign, &sign);
  g_object_add_weak_pointer (level, &level);

  g_assert_finalize_object (kb);
  g_assert_null (question);
  g_assert_null (sign);
  g_assert_null (level);
}

/* Each kind's key (as in the file), name (as in messages) and the class of its entries */
static void
test_kinds (void)
{
  static const struct
  {
    LipcheckKind kind;
    const char  *key;
    const char  *name;
    GType      (*get_type) (void);
  } expected[] = {
    { LIPCHECK_KIND_SOURCE, "sources", "source", lipcheck_source_get_type },
    { LIPCHECK_KIND_TIP_GROUP, "tip-groups", "tip group", lipcheck_entry_get_type },
    { LIPCHECK_KIND_TIP, "tips", "tip", lipcheck_tip_get_type },
    { LIPCHECK_KIND_QUESTION, "questions", "question", lipcheck_question_get_type },
    { LIPCHECK_KIND_CONDITION, "conditions", "condition", lipcheck_condition_get_type },
    { LIPCHECK_KIND_WARNING_SIGN, "warning-signs", "warning sign", lipcheck_warning_sign_get_type },
    { LIPCHECK_KIND_CAUSE, "causes", "cause", lipcheck_cause_get_type },
    { LIPCHECK_KIND_STEP, "steps", "step", lipcheck_step_get_type },
    { LIPCHECK_KIND_RULE, "rules", "rule", lipcheck_rule_get_type },
    { LIPCHECK_KIND_LEVEL, "levels", "level", lipcheck_level_get_type },
  };
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);

  g_assert_nonnull (kb);
  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, LIPCHECK_N_KINDS);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GListModel *entries = lipcheck_knowledge_base_get_entries (kb, expected[i].kind);
      g_autoptr(GObject) first = g_list_model_get_item (entries, 0);

      g_assert_cmpstr (lipcheck_kind_get_key (expected[i].kind), ==, expected[i].key);
      g_assert_cmpstr (lipcheck_kind_get_name (expected[i].kind), ==, expected[i].name);
      g_assert_true (g_list_model_get_item_type (entries) == expected[i].get_type ());
      g_assert_true (G_OBJECT_TYPE (first) == expected[i].get_type ());
    }

  g_assert_finalize_object (kb);
}

/* Each warning sign is found from the question that asks about it, and no other question finds one */
static void
test_find_warning_sign (void)
{
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (NULL);
  GListModel *signs;

  g_assert_nonnull (kb);
  signs = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);
      LipcheckEntry *question = LIPCHECK_ENTRY (lipcheck_warning_sign_get_question (sign));

      g_assert_true (lipcheck_knowledge_base_find_warning_sign (kb, lipcheck_entry_get_id (question)) == sign);
    }

  g_assert_nonnull (lipcheck_knowledge_base_find_warning_sign (kb, "pain"));
  g_assert_null (lipcheck_knowledge_base_find_warning_sign (kb, "caffeine-cups"));
  g_assert_null (lipcheck_knowledge_base_find_warning_sign (kb, "stress"));
  g_assert_null (lipcheck_knowledge_base_find_warning_sign (kb, "no-such-question"));

  g_assert_finalize_object (kb);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lipcheck/knowledge-base/lookup", test_lookup);
  g_test_add_func ("/lipcheck/knowledge-base/describe", test_describe);
  g_test_add_func ("/lipcheck/knowledge-base/finalize", test_finalize);
  g_test_add_func ("/lipcheck/knowledge-base/kinds", test_kinds);
  g_test_add_func ("/lipcheck/knowledge-base/find-warning-sign", test_find_warning_sign);

  return g_test_run ();
}
