/* lipcheck-diary-report.c: a diary's state and advice as JSON or as plain text, for headless use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-report"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-diary-patterns.h"
#include "lipcheck-diary-report.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"

/* The facts of a diary the reports give. */
typedef struct
{
  guint32 first_day;
  guint32 last_day;
  guint   days_with_twitch;
  int     span;           /* days from the start to the last twitch, both counted; -1: none */
  char  **places;         /* every place of a day with a twitch, in the face map's order */
  char  **first_places;   /* those of the first day that named some; NULL when none did */
} Summary;

static void
summary_clear (Summary *summary)
{
  g_clear_pointer (&summary->places, g_strfreev);
  g_clear_pointer (&summary->first_places, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Summary, summary_clear)

static void
summarize_entry (Summary            *summary,
                 LipcheckDiaryEntry *entry,
                 GHashTable         *seen)
{
  const char * const *places = lipcheck_diary_entry_get_places (entry);

  if (lipcheck_diary_entry_get_twitch (entry) == LIPCHECK_TWITCH_NONE)
    return;

  summary->days_with_twitch++;
  for (guint i = 0; places != NULL && places[i] != NULL; i++)
    g_hash_table_add (seen, (gpointer)places[i]);
  if (summary->first_places == NULL && places != NULL && places[0] != NULL)
    summary->first_places = g_strdupv ((char **)places);
}

static void
summarize (Summary       *summary,
           LipcheckDiary *diary)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) places = g_strv_builder_new ();
  const char * const *all = lipcheck_diary_places ();
  guint n = lipcheck_diary_get_n_entries (diary);
  int lasted = lipcheck_diary_get_days_lasted (diary);

  *summary = (Summary) { 0 };
  for (guint i = 0; i < n; i++)
    summarize_entry (summary, lipcheck_diary_get_entry (diary, i), seen);
  for (guint i = 0; all[i] != NULL; i++)
    if (g_hash_table_contains (seen, all[i]))
      g_strv_builder_add (places, all[i]);

  summary->places = g_strv_builder_end (places);
  summary->span = lasted >= 0 ? lasted + 1 : -1;
  if (n > 0)
    {
      summary->first_day = lipcheck_diary_entry_get_julian (lipcheck_diary_get_entry (diary, 0));
      summary->last_day = lipcheck_diary_entry_get_julian (lipcheck_diary_get_entry (diary, n - 1));
    }
}

static void
add_day (JsonBuilder *builder,
         const char  *member,
         guint32      julian)
{
  g_autofree char *text = julian != 0 ? lipcheck_diary_format_date (julian) : NULL;

  json_builder_set_member_name (builder, member);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder  *builder,
          const char   *member,
          char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_diary_members (JsonBuilder   *builder,
                   LipcheckDiary *diary,
                   Summary       *summary)
{
  const GDate *noticed = lipcheck_diary_get_noticed (diary);
  const char *ended = lipcheck_diary_end_to_string (lipcheck_diary_get_end (diary));

  add_day (builder, "noticed", noticed != NULL ? g_date_get_julian (noticed) : 0);
  add_day (builder, "first-day", summary->first_day);
  add_day (builder, "last-day", summary->last_day);
  json_builder_set_member_name (builder, "days-logged");
  json_builder_add_int_value (builder, lipcheck_diary_get_n_entries (diary));
  json_builder_set_member_name (builder, "days-with-twitch");
  json_builder_add_int_value (builder, summary->days_with_twitch);
  json_builder_set_member_name (builder, "twitch-days-span");
  if (summary->span >= 0)
    json_builder_add_int_value (builder, summary->span);
  else
    json_builder_add_null_value (builder);
  add_strv (builder, "places", summary->places);
  add_strv (builder, "first-places", summary->first_places);
  json_builder_set_member_name (builder, "ended");
  if (ended != NULL)
    json_builder_add_string_value (builder, ended);
  else
    json_builder_add_null_value (builder);
}

static void
add_group (JsonBuilder *builder,
           const char  *member,
           guint        days,
           guint        twitch_days)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "days");
  json_builder_add_int_value (builder, days);
  json_builder_set_member_name (builder, "twitch-days");
  json_builder_add_int_value (builder, twitch_days);
  json_builder_end_object (builder);
}

static void
add_patterns (JsonBuilder   *builder,
              LipcheckDiary *diary,
              LipcheckResult *result)
{
  g_autoptr(GPtrArray) patterns =
    lipcheck_diary_patterns_compute (diary, lipcheck_result_get_knowledge_base (result));

  json_builder_set_member_name (builder, "patterns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < patterns->len; i++)
    {
      const LipcheckDiaryPattern *pattern = g_ptr_array_index (patterns, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "factor");
      json_builder_add_string_value (builder, lipcheck_entry_get_id (LIPCHECK_ENTRY (pattern->cause)));
      json_builder_set_member_name (builder, "enough");
      json_builder_add_boolean_value (builder, lipcheck_diary_pattern_is_enough (pattern));
      add_group (builder, "with", pattern->with_days, pattern->with_twitch_days);
      add_group (builder, "without", pattern->without_days, pattern->without_twitch_days);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * lipcheck_diary_report_to_json:
 * @result: the result of @diary, from lipcheck_diary_triage_evaluate()
 *
 * Returns: (transfer full): the diary's state (`noticed`, `first-day`, `last-day`, `days-logged`,
 *   `days-with-twitch`, `twitch-days-span`, `places`, `first-places`, `ended`, `complete`), the
 *   members of the answers report for @result, then `patterns`, as documented in the README
 */
char *
lipcheck_diary_report_to_json (LipcheckDiary  *diary,
                               LipcheckResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(Summary) summary = { 0 };

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  summarize (&summary, diary);
  json_builder_begin_object (builder);
  add_diary_members (builder, diary, &summary);
  lipcheck_report_add_members (builder, result,
                               lipcheck_diary_triage_is_complete (diary) && lipcheck_result_get_complete (result));
  add_patterns (builder, diary, result);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

static void
append_day (GString    *text,
            const char *label,
            guint32     julian)
{
  g_autofree char *day = julian != 0 ? lipcheck_diary_format_date (julian) : NULL;

  g_string_append_printf (text, "%s: %s\n", label, day != NULL ? day : _("not answered"));
}

static const char *
describe_end (LipcheckDiaryEnd end)
{
  switch (end)
    {
    case LIPCHECK_DIARY_END_TWO_WEEKS:
      return _("Ended: the twitch has lasted two weeks.");

    case LIPCHECK_DIARY_END_SETTLED:
      return _("Ended: marked as settled.");

    case LIPCHECK_DIARY_END_NONE:
    default:
      return _("Still being kept.");
    }
}

static void
append_diary (GString       *text,
              LipcheckDiary *diary,
              Summary       *summary)
{
  const GDate *noticed = lipcheck_diary_get_noticed (diary);
  g_autofree char *places = g_strjoinv (", ", summary->places);

  g_string_append_printf (text, "%s\n", _("Twitch diary"));
  append_day (text, _("First noticed"), noticed != NULL ? g_date_get_julian (noticed) : 0);
  append_day (text, _("First entry"), summary->first_day);
  append_day (text, _("Latest entry"), summary->last_day);
  g_string_append_printf (text, _("Days logged: %u, with a twitch: %u\n"),
                          lipcheck_diary_get_n_entries (diary), summary->days_with_twitch);
  if (summary->span >= 0)
    g_string_append_printf (text, _("Day %d of the twitch\n"), summary->span);
  g_string_append_printf (text, _("Places: %s\n"), places[0] != '\0' ? places : _("none named"));
  g_string_append_printf (text, "%s\n", describe_end (lipcheck_diary_get_end (diary)));
  if (!lipcheck_diary_triage_is_complete (diary))
    g_string_append_printf (text, "%s\n", _("Incomplete: the latest entry does not say whether anything new happened."));
}

static void
append_patterns (GString        *text,
                 LipcheckDiary  *diary,
                 LipcheckResult *result)
{
  g_autoptr(GPtrArray) patterns =
    lipcheck_diary_patterns_compute (diary, lipcheck_result_get_knowledge_base (result));

  if (patterns->len == 0)
    return;
  g_string_append_printf (text, "%s\n", _("Days with a twitch, with and without:"));
  for (guint i = 0; i < patterns->len; i++)
    {
      g_autofree char *line = lipcheck_diary_pattern_describe (g_ptr_array_index (patterns, i));

      g_string_append_printf (text, "- %s\n", line);
    }
}

/**
 * lipcheck_diary_report_to_text:
 * @result: the result of @diary, from lipcheck_diary_triage_evaluate()
 *
 * Returns: (transfer full): the diary's state in words, then what the result page says
 */
char *
lipcheck_diary_report_to_text (LipcheckDiary  *diary,
                               LipcheckResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *advice = NULL;
  g_auto(Summary) summary = { 0 };

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  summarize (&summary, diary);
  append_diary (text, diary, &summary);
  append_patterns (text, diary, result);
  advice = lipcheck_report_to_text (result);
  g_string_append_printf (text, "\n%s", advice);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
