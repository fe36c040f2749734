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

/**
 * lipcheck_report_add_members:
 * @builder: a builder inside an object
 *
 * Adds the members of the JSON report of @result to the object @builder is writing, for
 * reports that hold a result among other members.
 */
void
lipcheck_report_add_members (JsonBuilder    *builder,
                             LipcheckResult *result)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (LIPCHECK_IS_RESULT (result));

  json_builder_set_member_name (builder, "urgency");
  json_builder_add_string_value (builder, lipcheck_urgency_to_string (lipcheck_result_get_urgency (result)));
  add_findings (builder, "factors", lipcheck_result_get_factors (result));
  add_ids (builder, "warning-signs", lipcheck_result_get_warning_signs (result));
  add_findings (builder, "conditions", lipcheck_result_get_conditions (result));
  add_ids (builder, "tips", lipcheck_result_get_tips (result));
  add_strv (builder, "unanswered", lipcheck_result_get_unanswered (result));
}

/**
 * lipcheck_report_to_json:
 *
 * Returns: (transfer full): `{"urgency", "factors", "warning-signs", "conditions", "tips",
 *   "unanswered"}`, as documented in the README
 */
char *
lipcheck_report_to_json (LipcheckResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  json_builder_begin_object (builder);
  lipcheck_report_add_members (builder, result);
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

static void
append_unanswered (GString        *text,
                   LipcheckResult *result)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (result);
  const char * const *unanswered = lipcheck_result_get_unanswered (result);

  if (unanswered[0] == NULL)
    return;

  append_section (text, _("Not answered (the advice above does not take these into account)"));
  for (guint i = 0; unanswered[i] != NULL; i++)
    {
      LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, unanswered[i]);

      g_string_append_printf (text, "• %s\n", lipcheck_entry_get_name (LIPCHECK_ENTRY (question)));
    }
}

/**
 * lipcheck_report_to_text:
 *
 * Returns: (transfer full): what the result page says, in words
 */
char *
lipcheck_report_to_text (LipcheckResult *result)
{
  LipcheckKnowledgeBase *kb;
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *tips;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  kb = lipcheck_result_get_knowledge_base (result);
  tips = lipcheck_result_get_tips (result);

  g_string_append_printf (text, "%s\n%s\n",
                          lipcheck_entry_get_name (LIPCHECK_ENTRY (lipcheck_result_get_level (result))),
                          lipcheck_result_get_headline (result));

  if (g_list_model_get_n_items (lipcheck_result_get_rules (result)) > 0)
    {
      append_section (text, _("Why"));
      append_explanations (text, lipcheck_result_get_rules (result), FALSE);
    }

  append_section (text, _("What to do"));
  g_string_append_printf (text, "%s\n", lipcheck_result_get_advice (result));

  if (g_list_model_get_n_items (lipcheck_result_get_factors (result)) > 0)
    {
      append_section (text, _("Likely factors"));
      append_explanations (text, lipcheck_result_get_factors (result), TRUE);
    }

  if (g_list_model_get_n_items (lipcheck_result_get_conditions (result)) > 0)
    {
      append_section (text, _("Conditions a doctor may want to rule out"));
      append_explanations (text, lipcheck_result_get_conditions (result), TRUE);
    }

  if (g_list_model_get_n_items (tips) > 0)
    {
      append_section (text, _("What may help"));
      for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
        {
          g_autoptr(LipcheckEntry) tip = g_list_model_get_item (tips, i);

          g_string_append_printf (text, "• %s: %s\n", lipcheck_entry_get_name (tip), lipcheck_entry_get_summary (tip));
        }
    }

  append_unanswered (text, result);

  g_string_append_printf (text, "\n%s\n", lipcheck_knowledge_base_get_disclaimer (kb));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
