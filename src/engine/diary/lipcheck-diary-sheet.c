/* lipcheck-diary-sheet.c: what the summary sheet shows of a diary, gathered from the diary. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-diary-patterns.h"
#include "lipcheck-diary-sheet.h"
#include "lipcheck-entry.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-summary.h"
#include "lipcheck-warning-sign.h"

/* The places in words, in the order of lipcheck_diary_places(). */
static const struct { const char *id; const char *label; } place_labels[] = {
  { "eyelid-left", NC_("place", "left eyelid") },
  { "eyelid-right", NC_("place", "right eyelid") },
  { "cheek-left", NC_("place", "left cheek") },
  { "cheek-right", NC_("place", "right cheek") },
  { "upper-lip-left", NC_("place", "left upper lip") },
  { "upper-lip-right", NC_("place", "right upper lip") },
  { "lower-lip-left", NC_("place", "left lower lip") },
  { "lower-lip-right", NC_("place", "right lower lip") },
  { "elsewhere", NC_("place", "elsewhere on the body") },
};

/**
 * lipcheck_diary_place_label:
 * @place: a place id of lipcheck_diary_places()
 *
 * Returns: the place in words, translated ("left upper lip"); left and right are the person's own
 */
const char *
lipcheck_diary_place_label (const char *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (place_labels); i++)
    if (g_str_equal (place_labels[i].id, place))
      return g_dpgettext2 (GETTEXT_PACKAGE, "place", place_labels[i].label);

  return place;
}

static char *
places_text (const char * const *places)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  for (guint i = 0; places != NULL && places[i] != NULL; i++)
    g_strv_builder_add (builder, lipcheck_diary_place_label (places[i]));
  labels = g_strv_builder_end (builder);

  return labels[0] != NULL ? g_strjoinv (", ", labels) : NULL;
}

static char *
date_text (guint32 julian)
{
  GDate date;
  g_autoptr(GDateTime) time = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);

  return lipcheck_summary_format_day (time);
}

static const char *
sign_name (LipcheckKnowledgeBase *kb,
           const char            *sign)
{
  LipcheckWarningSign *warning = lipcheck_knowledge_base_find_warning_sign (kb, sign);
  LipcheckQuestion *question;

  if (warning != NULL)
    return lipcheck_entry_get_name (LIPCHECK_ENTRY (warning));
  question = lipcheck_knowledge_base_lookup_question (kb, sign);
  if (question != NULL && lipcheck_question_get_short_text (question) != NULL)
    return lipcheck_question_get_short_text (question);

  return sign;
}

/* The strip: a cell a day from the start (or the last 28 days) to the latest entry. */
static void
fill_strip (LipcheckSummaryDiary *sheet,
            LipcheckDiary        *diary)
{
  guint n = lipcheck_diary_get_n_entries (diary);
  guint32 start = lipcheck_diary_get_start (diary);
  guint32 last;

  if (n == 0)
    return;

  last = lipcheck_diary_entry_get_julian (lipcheck_diary_get_entry (diary, n - 1));
  sheet->days_total = last - start + 1;
  sheet->strip_start = sheet->days_total > LIPCHECK_SUMMARY_DIARY_STRIP_DAYS
                     ? last - LIPCHECK_SUMMARY_DIARY_STRIP_DAYS + 1 : start;
  g_array_set_size (sheet->strip, last - sheet->strip_start + 1);
  for (guint i = 0; i < n; i++)
    {
      LipcheckDiaryEntry *entry = lipcheck_diary_get_entry (diary, i);
      guint32 julian = lipcheck_diary_entry_get_julian (entry);

      if (julian >= sheet->strip_start)
        g_array_index (sheet->strip, guint8, julian - sheet->strip_start) =
          LIPCHECK_STRIP_NONE + lipcheck_diary_entry_get_twitch (entry);
    }
  if (start + LIPCHECK_DIARY_TWO_WEEKS - 1 >= sheet->strip_start &&
      start + LIPCHECK_DIARY_TWO_WEEKS - 1 <= last)
    sheet->day_14 = start + LIPCHECK_DIARY_TWO_WEEKS - 1 - sheet->strip_start;
}

static void
fill_entry (LipcheckSummaryDiary  *sheet,
            LipcheckKnowledgeBase *kb,
            LipcheckDiaryEntry    *entry)
{
  const char * const *places = lipcheck_diary_entry_get_places (entry);
  const char * const *signs = lipcheck_diary_entry_get_new_signs (entry);
  g_autofree char *day = date_text (lipcheck_diary_entry_get_julian (entry));

  if (lipcheck_diary_entry_get_twitch (entry) != LIPCHECK_TWITCH_NONE)
    {
      sheet->days_with_twitch++;
      if (places != NULL && places[0] != NULL)
        {
          if (sheet->first_places == NULL)
            sheet->first_places = g_strdupv ((char **)places);
          g_strfreev (sheet->latest_places);
          sheet->latest_places = g_strdupv ((char **)places);
        }
    }
  for (guint i = 0; signs != NULL && signs[i] != NULL; i++)
    g_ptr_array_add (sheet->signs, g_strdup_printf ("%s: %s", day, sign_name (kb, signs[i])));
  if (lipcheck_diary_entry_get_new_medicine (entry) == LIPCHECK_TRISTATE_YES)
    g_ptr_array_add (sheet->medicines, g_strdup (day));
}

/* The patterns with enough days as sentences of counts, then those without in one line. */
static void
fill_patterns (LipcheckSummaryDiary *sheet,
               GPtrArray            *patterns)
{
  g_autoptr(GStrvBuilder) waiting = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < patterns->len; i++)
    {
      const LipcheckDiaryPattern *pattern = g_ptr_array_index (patterns, i);

      g_autofree char *part = NULL;

      if (lipcheck_diary_pattern_is_enough (pattern))
        {
          g_ptr_array_add (sheet->patterns, lipcheck_diary_pattern_describe (pattern));
          continue;
        }
      /* Translators: a cause and its days with and without it, of the three each side needs */
      part = g_strdup_printf (_("%s (%u/%u with, %u/%u without)"),
                              lipcheck_entry_get_name (LIPCHECK_ENTRY (pattern->cause)),
                              pattern->with_days, LIPCHECK_DIARY_PATTERN_MIN_DAYS,
                              pattern->without_days, LIPCHECK_DIARY_PATTERN_MIN_DAYS);
      g_strv_builder_add (waiting, part);
    }
  parts = g_strv_builder_end (waiting);
  if (parts[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv ("; ", parts);

      g_ptr_array_add (sheet->patterns, g_strdup_printf ("%s %s", _("Not enough days yet:"), joined));
    }
}

/**
 * lipcheck_diary_sheet_new:
 * @kb: the knowledge base, for the names of the signs and the patterns' causes
 *
 * Returns: (transfer full): what the summary sheet shows of @diary: when it was first noticed,
 *   the days logged and with a twitch, the strip of the days (the last 28 at most), the places
 *   first and latest, the warning signs and new medicines with their dates, and the patterns
 */
LipcheckSummaryDiary *
lipcheck_diary_sheet_new (LipcheckDiary         *diary,
                          LipcheckKnowledgeBase *kb)
{
  g_autoptr(LipcheckSummaryDiary) sheet = NULL;
  g_autoptr(GPtrArray) patterns = NULL;
  const GDate *noticed;
  guint n;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);

  sheet = lipcheck_summary_diary_new ();
  noticed = lipcheck_diary_get_noticed (diary);
  if (noticed != NULL)
    sheet->noticed = date_text (g_date_get_julian (noticed));
  n = lipcheck_diary_get_n_entries (diary);
  sheet->days_logged = n;
  for (guint i = 0; i < n; i++)
    fill_entry (sheet, kb, lipcheck_diary_get_entry (diary, i));
  sheet->first_text = places_text ((const char * const *)sheet->first_places);
  sheet->latest_text = places_text ((const char * const *)sheet->latest_places);
  fill_strip (sheet, diary);

  patterns = lipcheck_diary_patterns_compute (diary, kb);
  fill_patterns (sheet, patterns);

  return g_steal_pointer (&sheet);
}
