/* lipcheck-report.c: a result as JSON or as plain text, for headless use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-report"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lipcheck-answers.h"
#include "lipcheck-finding.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"

/* The follow-up question whose answer the JSON report gives on its own, as "sudden". */
#define SUDDEN_QUESTION "sudden"

static void
add_ids (JsonBuilder *builder,
         const char  *member,
         GListModel  *entries)
{
  guint n = g_list_model_get_n_items (entries);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (entries, i);
      LipcheckEntry *entry = LIPCHECK_IS_FINDING (item) ? lipcheck_finding_get_entry (LIPCHECK_FINDING (item))
                                                        : LIPCHECK_ENTRY (item);

      json_builder_add_string_value (builder, lipcheck_entry_get_id (entry));
    }
  json_builder_end_array (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_findings (JsonBuilder *builder,
              const char  *member,
              GListModel  *findings)
{
  guint n = g_list_model_get_n_items (findings);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, lipcheck_entry_get_id (lipcheck_finding_get_entry (finding)));
      add_strv (builder, "because", lipcheck_finding_get_because (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The answer to @id if it is asked and answered yes or no, else null. */
static void
add_yes_no (JsonBuilder    *builder,
            const char     *member,
            LipcheckResult *result,
            const char     *id)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (result);
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, id);
  GVariant *answer = lipcheck_answers_lookup (lipcheck_result_get_answers (result), id);
  guint position;

  json_builder_set_member_name (builder, member);
  if (question != NULL && answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN) &&
      g_list_store_find (G_LIST_STORE (lipcheck_result_get_asked (result)), question, &position))
    json_builder_add_boolean_value (builder, g_variant_get_boolean (answer));
  else
    json_builder_add_null_value (builder);
}

/**
 * lipcheck_report_add_members:
 * @builder: a builder inside an object
 *
 * Adds the members of the JSON report of @result to the object @builder is writing, for
 * reports that hold a result among other members. @complete is written as the report's
 * `complete`: the result's own, or less when the report knows of more that is missing.
 */
void
lipcheck_report_add_members (JsonBuilder    *builder,
                             LipcheckResult *result,
                             gboolean        complete)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (LIPCHECK_IS_RESULT (result));

  json_builder_set_member_name (builder, "urgency");
  json_builder_add_string_value (builder, lipcheck_urgency_to_string (lipcheck_result_get_urgency (result)));
  json_builder_set_member_name (builder, "complete");
  json_builder_add_boolean_value (builder, complete);
  add_findings (builder, "factors", lipcheck_result_get_factors (result));
  add_ids (builder, "warning-signs", lipcheck_result_get_warning_signs (result));
  add_yes_no (builder, "sudden", result, SUDDEN_QUESTION);
  add_findings (builder, "conditions", lipcheck_result_get_conditions (result));
  add_ids (builder, "tips", lipcheck_result_get_tips (result));
  add_ids (builder, "more-tips", lipcheck_result_get_more_tips (result));
  add_strv (builder, "unanswered", lipcheck_result_get_unanswered (result));
}

/**
 * lipcheck_report_to_json:
 *
 * Returns: (transfer full): `{"urgency", "complete", "factors", "warning-signs", "sudden",
 *   "conditions", "tips", "more-tips", "unanswered"}`, as documented in the README
 */
char *
lipcheck_report_to_json (LipcheckResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  json_builder_begin_object (builder);
  lipcheck_report_add_members (builder, result, lipcheck_result_get_complete (result));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

static void
append_explanations (GString    *text,
                     GListModel *findings,
                     gboolean    with_names)
{
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (findings, i);
      const char * const *explanations = lipcheck_finding_get_explanations (finding);

      if (with_names)
        g_string_append_printf (text, "• %s\n", lipcheck_entry_get_name (lipcheck_finding_get_entry (finding)));
      for (guint j = 0; explanations[j] != NULL; j++)
        g_string_append_printf (text, with_names ? "    %s\n" : "• %s\n", explanations[j]);
    }
}

static void
append_section (GString    *text,
                const char *title)
{
  g_string_append_printf (text, "\n%s\n", title);
}

/**
 * lipcheck_report_describe_answer:
 * @answer: (nullable): the answer, or %NULL for none
 *
 * Returns: (transfer full): the answer in words, a number with its unit ("1 hour a night"), or
 *   "not answered"
 */
char *
lipcheck_report_describe_answer (LipcheckQuestion *question,
                                 GVariant         *answer)
{
  g_autofree char *words = NULL;
  const char *unit;

  g_return_val_if_fail (LIPCHECK_IS_QUESTION (question), NULL);

  words = lipcheck_question_describe_answer (question, answer);
  if (answer == NULL || lipcheck_question_get_kind (question) != LIPCHECK_QUESTION_NUMBER)
    return g_steal_pointer (&words);

  unit = lipcheck_question_get_unit_for (question, g_variant_get_int64 (answer));
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&words);

  /* Translators: a number answered and its unit, as in “7 hours a night” */
  return g_strdup_printf (_("%s %s"), words, unit);
}

/* Every question that applies, with its answer or "not answered". */
static void
append_answers (GString        *text,
                LipcheckResult *result)
{
  LipcheckAnswers *answers = lipcheck_result_get_answers (result);
  GListModel *asked = lipcheck_result_get_asked (result);

  append_section (text, _("Your answers"));
  if (lipcheck_result_get_unanswered (result)[0] != NULL)
    g_string_append_printf (text, "%s\n",
                            _("Some questions were not answered: the result above does not take them into account."));

  for (guint i = 0; i < g_list_model_get_n_items (asked); i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (asked, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
      g_autofree char *words = lipcheck_report_describe_answer (question, lipcheck_answers_lookup (answers, id));

      /* Translators: a question and its answer in the text report */
      g_string_append_printf (text, _("• %s — %s\n"), lipcheck_entry_get_name (LIPCHECK_ENTRY (question)), words);
    }
}

static void
append_tips (GString    *text,
             const char *title,
             GListModel *tips,
             gboolean    with_summaries)
{
  guint n = g_list_model_get_n_items (tips);

  if (n == 0)
    return;

  append_section (text, title);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (tips, i);

      if (with_summaries)
        g_string_append_printf (text, "• %s: %s\n", lipcheck_entry_get_name (tip), lipcheck_entry_get_summary (tip));
      else
        g_string_append_printf (text, "• %s\n", lipcheck_entry_get_name (tip));
    }
}

static void
append_findings (GString    *text,
                 const char *title,
                 GListModel *findings,
                 gboolean    with_names)
{
  if (g_list_model_get_n_items (findings) == 0)
    return;

  append_section (text, title);
  append_explanations (text, findings, with_names);
}

/**
 * lipcheck_report_to_text:
 *
 * Returns: (transfer full): what the result page says, in words, then every answer. An
 *   emergency says only to call the number now, with the check of the signs, and the answers.
 */
char *
lipcheck_report_to_text (LipcheckResult *result)
{
  LipcheckKnowledgeBase *kb;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean emergency;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  kb = lipcheck_result_get_knowledge_base (result);
  emergency = lipcheck_result_get_urgency (result) == LIPCHECK_URGENCY_EMERGENCY;

  g_string_append_printf (text, "%s\n%s\n", lipcheck_result_get_title (result), lipcheck_result_get_headline (result));

  if (!emergency)
    append_findings (text, _("Why"), lipcheck_result_get_rules (result), FALSE);

  append_section (text, _("What to do"));
  g_string_append_printf (text, "%s\n", lipcheck_result_get_advice (result));

  append_findings (text, _("Likely factors"), lipcheck_result_get_factors (result), TRUE);
  append_findings (text, _("Conditions a doctor may want to rule out"), lipcheck_result_get_conditions (result), TRUE);
  append_tips (text, _("What may help"), lipcheck_result_get_tips (result), TRUE);
  append_tips (text, _("More tips"), lipcheck_result_get_more_tips (result), FALSE);
  append_answers (text, result);

  g_string_append_printf (text, "\n%s\n", lipcheck_knowledge_base_get_disclaimer (kb));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
