/* lipcheck-evaluator.c: turns answers into a result with the knowledge base's rules. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-evaluator"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-cause.h"
#include "lipcheck-condition.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-finding.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-result-private.h"
#include "lipcheck-rule.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

/* After a number placeholder, the question's unit as the template writes it ("{sleep-hours} hours
 * a night") takes its singular when the answer is 1: returns the text after it, and appends the
 * unit for the number to @out; else returns @after unchanged. */
static const char *
render_unit (GString          *out,
             LipcheckQuestion *question,
             GVariant         *answer,
             const char       *after)
{
  const char *unit = lipcheck_question_get_unit (question);
  gsize length;

  if (answer == NULL || lipcheck_question_get_kind (question) != LIPCHECK_QUESTION_NUMBER ||
      unit == NULL || after[0] != ' ' || !g_str_has_prefix (after + 1, unit))
    return after;

  length = strlen (unit) + 1;
  g_string_append_c (out, ' ');
  g_string_append (out, lipcheck_question_get_unit_for (question, g_variant_get_int64 (answer)));
  return after + length;
}

/**
 * lipcheck_template_render:
 * @text: a template from the knowledge base
 *
 * Replaces `{question-id}` with the answer in words and `{emergency-number}` with
 * @emergency_number. A number's placeholder followed by its question's unit gives the unit in the
 * form for the number ("1 hour a night"). Nothing else in @text is interpreted.
 *
 * Returns: (transfer full): the text to show
 */
char *
lipcheck_template_render (const char            *text,
                          LipcheckKnowledgeBase *kb,
                          LipcheckAnswers       *answers,
                          const char            *emergency_number)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close = open != NULL ? strchr (open, '}') : NULL;
      g_autofree char *name = NULL;
      LipcheckQuestion *question;

      if (close == NULL)
        {
          g_string_append (out, p);
          break;
        }

      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 1, close - open - 1);

      if (g_str_equal (name, "emergency-number"))
        g_string_append (out, emergency_number);
      else if ((question = lipcheck_knowledge_base_lookup_question (kb, name)) != NULL)
        {
          GVariant *value = lipcheck_answers_lookup (answers, name);
          g_autofree char *answer = lipcheck_question_describe_answer (question, value);

          g_string_append (out, answer);
          p = render_unit (out, question, value, close + 1);
          continue;
        }
      else
        g_string_append_len (out, open, close - open + 1);

      p = close + 1;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * lipcheck_question_is_asked:
 *
 * Returns: whether @question applies to @answers: it has no "ask-when", or that holds
 */
gboolean
lipcheck_question_is_asked (LipcheckQuestion *question,
                            LipcheckAnswers  *answers)
{
  LipcheckExpr *ask_when = lipcheck_question_get_ask_when (question);

  return ask_when == NULL || lipcheck_expr_eval (ask_when, answers, NULL);
}

static GPtrArray *
new_strv_array (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static const char * const *
as_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  return (const char * const *)array->pdata;
}

/* A finding for @entry when any of its @reasons hold, with every holding reason's "why". */
static LipcheckFinding *
find_by_reasons (LipcheckResult *result,
                 LipcheckEntry  *entry,
                 GPtrArray      *reasons)
{
  g_autoptr(GPtrArray) because = new_strv_array ();
  g_autoptr(GPtrArray) explanations = new_strv_array ();

  for (guint i = 0; reasons != NULL && i < reasons->len; i++)
    {
      LipcheckReason *reason = g_ptr_array_index (reasons, i);

      if (lipcheck_expr_eval (reason->when, result->answers, because))
        g_ptr_array_add (explanations,
                         lipcheck_template_render (reason->why, result->kb, result->answers,
                                                   result->emergency_number));
    }

  if (explanations->len == 0)
    return NULL;

  return lipcheck_finding_new (entry, as_strv (because), as_strv (explanations));
}

static int
compare_rule_findings (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  LipcheckRule *rule_a = LIPCHECK_RULE (lipcheck_finding_get_entry ((LipcheckFinding *)a));
  LipcheckRule *rule_b = LIPCHECK_RULE (lipcheck_finding_get_entry ((LipcheckFinding *)b));

  return (int)lipcheck_rule_get_urgency (rule_b) - (int)lipcheck_rule_get_urgency (rule_a);
}

/* An emergency's reasons are the emergency rules alone: the others' advice (see a doctor soon)
 * would be a second message. @rules is sorted, highest level first. */
static void
keep_emergency_rules (GListStore *rules)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (rules));
  guint keep = 0;

  for (; keep < n; keep++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (G_LIST_MODEL (rules), keep);

      if (lipcheck_rule_get_urgency (LIPCHECK_RULE (lipcheck_finding_get_entry (finding))) < LIPCHECK_URGENCY_EMERGENCY)
        break;
    }

  g_list_store_splice (rules, keep, n - keep, NULL, 0);
}

static void
evaluate_rules (LipcheckResult *result)
{
  GListModel *rules = lipcheck_knowledge_base_get_entries (result->kb, LIPCHECK_KIND_RULE);
  guint n = g_list_model_get_n_items (rules);

  result->urgency = LIPCHECK_URGENCY_SELF_CARE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckRule) rule = g_list_model_get_item (rules, i);
      g_autoptr(GPtrArray) because = new_strv_array ();
      g_autofree char *why = NULL;
      const char *explanations[2] = { NULL, NULL };
      g_autoptr(LipcheckFinding) finding = NULL;

      if (!lipcheck_expr_eval (lipcheck_rule_get_when (rule), result->answers, because))
        continue;

      result->urgency = MAX (result->urgency, lipcheck_rule_get_urgency (rule));
      why = lipcheck_template_render (lipcheck_rule_get_why (rule), result->kb, result->answers,
                                      result->emergency_number);
      explanations[0] = why;
      finding = lipcheck_finding_new (LIPCHECK_ENTRY (rule), as_strv (because), explanations);
      g_list_store_append (result->rules, finding);
    }

  g_list_store_sort (result->rules, compare_rule_findings, NULL);
  if (result->urgency == LIPCHECK_URGENCY_EMERGENCY)
    keep_emergency_rules (result->rules);
}

static void
evaluate_reasons (LipcheckResult *result,
                  LipcheckKind    kind,
                  GListStore     *store)
{
  GListModel *entries = lipcheck_knowledge_base_get_entries (result->kb, kind);
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(LipcheckFinding) finding = NULL;
      GPtrArray *reasons;

      if (kind == LIPCHECK_KIND_CAUSE)
        reasons = lipcheck_cause_get_reasons (LIPCHECK_CAUSE (entry));
      else
        reasons = lipcheck_condition_get_reasons (LIPCHECK_CONDITION (entry));

      if ((finding = find_by_reasons (result, entry, reasons)))
        g_list_store_append (store, finding);
    }
}

/* Question id → the first warning sign that asks it (borrowed from @kb). Looking each question's
 * sign up with lipcheck_knowledge_base_find_warning_sign(), which walks every sign, took time in
 * questions × signs: 47 s for a knowledge base of 15000 of each. */
static GHashTable *
index_warning_signs (LipcheckKnowledgeBase *kb)
{
  GListModel *signs = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (signs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (lipcheck_warning_sign_get_question (sign)));

      if (!g_hash_table_contains (index, id))
        g_hash_table_insert (index, (gpointer)id, sign);
    }

  return index;
}

/* The questions without whose answers a result is incomplete, each with what to name it by: a
 * warning sign's question by the sign, and every question an urgent or emergency rule tests (the
 * follow-up "did it come on suddenly") by itself. */
static GHashTable *
index_safety_questions (LipcheckKnowledgeBase *kb)
{
  GListModel *rules = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_RULE);
  GHashTable *index = index_warning_signs (kb);
  guint n = g_list_model_get_n_items (rules);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckRule) rule = g_list_model_get_item (rules, i);
      g_autoptr(GPtrArray) ids = new_strv_array ();

      if (lipcheck_rule_get_urgency (rule) < LIPCHECK_URGENCY_URGENT)
        continue;

      lipcheck_expr_collect_questions (lipcheck_rule_get_when (rule), ids);
      for (guint j = 0; j < ids->len; j++)
        {
          LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, ids->pdata[j]);

          if (question != NULL && !g_hash_table_contains (index, ids->pdata[j]))
            g_hash_table_insert (index, (gpointer)lipcheck_entry_get_id (LIPCHECK_ENTRY (question)), question);
        }
    }

  return index;
}

/* Files a warning sign's answer: present when yes, absent when no. */
static void
file_warning_sign (LipcheckResult *result,
                   gpointer        item,
                   GVariant       *answer)
{
  if (!LIPCHECK_IS_WARNING_SIGN (item))
    return;

  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (answer))
    g_list_store_append (result->warning_signs, item);
  else
    g_list_store_append (result->absent_warning_signs, item);
}

static void
evaluate_questions (LipcheckResult *result)
{
  GListModel *questions = lipcheck_knowledge_base_get_entries (result->kb, LIPCHECK_KIND_QUESTION);
  g_autoptr(GHashTable) safety = index_safety_questions (result->kb);
  g_autoptr(GPtrArray) unanswered = new_strv_array ();
  guint n = g_list_model_get_n_items (questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (questions, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
      gpointer item = g_hash_table_lookup (safety, id);
      GVariant *answer;

      if (!lipcheck_question_is_asked (question, result->answers))
        continue;

      g_list_store_append (result->asked, question);
      answer = lipcheck_answers_lookup (result->answers, id);

      if (answer == NULL)
        g_ptr_array_add (unanswered, g_strdup (id));
      if (answer == NULL && item != NULL)
        g_list_store_append (result->missing, item);
      else if (item != NULL)
        file_warning_sign (result, item, answer);
    }

  g_ptr_array_add (unanswered, NULL);
  result->unanswered = (char **)g_ptr_array_steal (unanswered, NULL);
  result->complete = g_list_model_get_n_items (G_LIST_MODEL (result->missing)) == 0;
}

static void
add_tips (GListStore *tips,
          GListModel *more)
{
  guint n = g_list_model_get_n_items (more);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckTip) tip = g_list_model_get_item (more, i);

      if (!g_list_store_find (tips, tip, NULL))
        g_list_store_append (tips, tip);
    }
}

/* Tips follow from the factors, strongest first, then the level's own, which an incomplete
 * result leaves out as they are given to every result of the level; the first
 * LIPCHECK_RESULT_MAX_TIPS are to try first, the others more tips. An emergency result shows
 * none, so that nothing stands between the person and the call. */
static void
choose_tips (LipcheckResult *result)
{
  GListModel *factors = G_LIST_MODEL (result->factors);
  g_autoptr(GListStore) all = g_list_store_new (LIPCHECK_TYPE_TIP);
  guint n = g_list_model_get_n_items (factors);

  if (result->urgency == LIPCHECK_URGENCY_EMERGENCY)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) factor = g_list_model_get_item (factors, i);

      add_tips (all, lipcheck_cause_get_tips (LIPCHECK_CAUSE (lipcheck_finding_get_entry (factor))));
    }

  if (result->complete)
    add_tips (all, lipcheck_level_get_tips (result->level));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(LipcheckTip) tip = g_list_model_get_item (G_LIST_MODEL (all), i);

      g_list_store_append (i < LIPCHECK_RESULT_MAX_TIPS ? result->tips : result->more_tips, tip);
    }
}

/* The names of what is missing, joined: "Muscle weakness, Numbness". */
static char *
join_missing (LipcheckResult *result)
{
  GListModel *missing = G_LIST_MODEL (result->missing);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr(LipcheckEntry) entry = g_list_model_get_item (missing, i);

      if (i > 0)
        /* Translators: between two names in the list of unanswered warning signs */
        g_string_append (names, _(", "));
      g_string_append (names, lipcheck_entry_get_name (entry));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
render (LipcheckResult *result,
        const char     *template)
{
  return lipcheck_template_render (template, result->kb, result->answers, result->emergency_number);
}

/* "<the knowledge base's request> Muscle weakness, Numbness." */
static char *
incomplete_headline (LipcheckResult *result)
{
  const char *request = lipcheck_knowledge_base_get_incomplete_headline (result->kb);
  g_autofree char *names = join_missing (result);

  if (request == NULL)
    return g_strdup_printf (C_("incomplete headline", "%s."), names);

  /* Translators: an incomplete result's headline: the knowledge base's request for the answers,
   * then the names of the warning signs not answered */
  return g_strdup_printf (C_("incomplete headline", "%s %s."), request, names);
}

/* The level's name, headline and advice; below an emergency, an incomplete result asks for the
 * missing answers instead of its headline, and at self-care takes the incomplete name and advice,
 * as the level's would reassure. */
static void
write_headline (LipcheckResult *result)
{
  const char *name = lipcheck_knowledge_base_get_incomplete_name (result->kb);
  const char *advice = lipcheck_knowledge_base_get_incomplete_advice (result->kb);
  gboolean ask = !result->complete && result->urgency < LIPCHECK_URGENCY_EMERGENCY;
  gboolean self_care = result->urgency == LIPCHECK_URGENCY_SELF_CARE;

  if (ask && self_care && name != NULL)
    result->title = g_strdup (name);
  else
    result->title = g_strdup (lipcheck_entry_get_name (LIPCHECK_ENTRY (result->level)));

  if (ask)
    result->headline = incomplete_headline (result);
  else
    result->headline = render (result, lipcheck_level_get_headline (result->level));

  if (ask && self_care && advice != NULL)
    result->advice = render (result, advice);
  else
    result->advice = render (result, lipcheck_level_get_advice (result->level));
}

/**
 * lipcheck_evaluate:
 * @region: (nullable): the region whose emergency number to show, or %NULL for the locale's
 *
 * The urgency is the highest level of the rules that hold, self-care when none does. Factors
 * are the causes with a reason that holds, in the knowledge base's order; conditions are named
 * only when their pattern shows and the result is above self-care. An emergency result has
 * neither, nor tips: it says one thing, call the number now.
 *
 * Returns: (transfer full): the result
 */
LipcheckResult *
lipcheck_evaluate (LipcheckKnowledgeBase *kb,
                   LipcheckAnswers       *answers,
                   const char            *region)
{
  LipcheckResult *result;

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (answers), NULL);

  result = g_object_new (LIPCHECK_TYPE_RESULT, NULL);
  result->kb = g_object_ref (kb);
  result->answers = g_object_ref (answers);
  result->emergency_number = g_strdup (lipcheck_knowledge_base_get_emergency_number (kb, region));

  evaluate_rules (result);
  evaluate_questions (result);
  if (result->urgency < LIPCHECK_URGENCY_EMERGENCY)
    evaluate_reasons (result, LIPCHECK_KIND_CAUSE, result->factors);
  if (result->urgency > LIPCHECK_URGENCY_SELF_CARE && result->urgency < LIPCHECK_URGENCY_EMERGENCY)
    evaluate_reasons (result, LIPCHECK_KIND_CONDITION, result->conditions);

  result->level = g_object_ref (lipcheck_knowledge_base_get_level (kb, result->urgency));
  write_headline (result);
  choose_tips (result);

  return result;
}
