/* lipcheck-diary-patterns.c: days with a twitch counted among the days with and without each cause. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-patterns"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-cause.h"
#include "lipcheck-diary-patterns.h"
#include "lipcheck-entry.h"
#include "lipcheck-knowledge-base.h"

/* The questions one diary day answers; a cause has a pattern when a reason of it reads only these. */
static const char * const day_questions[] = { "caffeine-cups", "sleep-hours", "stress", "alcohol", NULL };

static void
pattern_free (LipcheckDiaryPattern *pattern)
{
  g_clear_object (&pattern->cause);
  g_free (pattern);
}

static LipcheckAnswers *
day_answers (LipcheckDiaryEntry *entry)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  int cups = lipcheck_diary_entry_get_caffeine_cups (entry);
  int hours = lipcheck_diary_entry_get_sleep_hours (entry);
  LipcheckTristate stress = lipcheck_diary_entry_get_stress (entry);
  LipcheckTristate alcohol = lipcheck_diary_entry_get_alcohol (entry);

  if (cups != LIPCHECK_DIARY_UNANSWERED)
    lipcheck_answers_set_number (answers, "caffeine-cups", cups);
  if (hours != LIPCHECK_DIARY_UNANSWERED)
    lipcheck_answers_set_number (answers, "sleep-hours", hours);
  if (stress != LIPCHECK_TRISTATE_UNANSWERED)
    lipcheck_answers_set_boolean (answers, "stress", stress == LIPCHECK_TRISTATE_YES);
  if (alcohol != LIPCHECK_TRISTATE_UNANSWERED)
    lipcheck_answers_set_boolean (answers, "alcohol", alcohol == LIPCHECK_TRISTATE_YES);

  return answers;
}

/* The questions of @reason, when a diary day answers them all; else NULL. */
static GPtrArray *
reason_day_questions (const LipcheckReason *reason)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  lipcheck_expr_collect_questions (reason->when, ids);
  if (ids->len == 0)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    if (!g_strv_contains (day_questions, g_ptr_array_index (ids, i)))
      return NULL;

  return g_steal_pointer (&ids);
}

static gboolean
all_answered (LipcheckAnswers *answers,
              GPtrArray       *ids)
{
  for (guint i = 0; i < ids->len; i++)
    if (lipcheck_answers_lookup (answers, g_ptr_array_index (ids, i)) == NULL)
      return FALSE;

  return TRUE;
}

/* Counts @entry in one group of @pattern: "with" when a diary reason holds, "without" when
 * every diary reason was answered and none holds, neither when the day left one unanswered. */
static void
count_day (LipcheckDiaryPattern *pattern,
           GPtrArray            *reasons,
           LipcheckDiaryEntry   *entry,
           LipcheckAnswers      *answers)
{
  gboolean twitch = lipcheck_diary_entry_get_twitch (entry) != LIPCHECK_TWITCH_NONE;
  gboolean answered = TRUE;

  for (guint i = 0; i < reasons->len; i++)
    {
      const LipcheckReason *reason = g_ptr_array_index (reasons, i);
      g_autoptr(GPtrArray) ids = reason_day_questions (reason);

      if (ids == NULL)
        continue;
      if (lipcheck_expr_eval (reason->when, answers, NULL))
        {
          pattern->with_days++;
          pattern->with_twitch_days += twitch;
          return;
        }
      answered = answered && all_answered (answers, ids);
    }

  if (answered)
    {
      pattern->without_days++;
      pattern->without_twitch_days += twitch;
    }
}

static gboolean
has_day_reason (GPtrArray *reasons)
{
  for (guint i = 0; reasons != NULL && i < reasons->len; i++)
    {
      g_autoptr(GPtrArray) ids = reason_day_questions (g_ptr_array_index (reasons, i));

      if (ids != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * lipcheck_diary_patterns_compute:
 * @kb: the knowledge base whose causes' reasons say what a day "with" a cause is
 *
 * Counts, for each cause of @kb with a reason that reads only what a diary day records (its
 * cups, hours slept, stress and alcohol), the days with a twitch among the days with it and
 * among those without it. The thresholds are the reasons' own.
 *
 * Returns: (transfer container) (element-type LipcheckDiaryPattern): one pattern per such cause,
 *   in the knowledge base's order
 */
GPtrArray *
lipcheck_diary_patterns_compute (LipcheckDiary         *diary,
                                 LipcheckKnowledgeBase *kb)
{
  GListModel *causes;
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func ((GDestroyNotify)pattern_free);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_entries;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);

  n_entries = lipcheck_diary_get_n_entries (diary);
  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (days, day_answers (lipcheck_diary_get_entry (diary, i)));

  causes = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_CAUSE);
  for (guint i = 0; i < g_list_model_get_n_items (causes); i++)
    {
      g_autoptr(LipcheckCause) cause = g_list_model_get_item (causes, i);
      GPtrArray *reasons = lipcheck_cause_get_reasons (cause);
      LipcheckDiaryPattern *pattern;

      if (!has_day_reason (reasons))
        continue;
      pattern = g_new0 (LipcheckDiaryPattern, 1);
      pattern->cause = g_steal_pointer (&cause);
      for (guint j = 0; j < n_entries; j++)
        count_day (pattern, reasons, lipcheck_diary_get_entry (diary, j), g_ptr_array_index (days, j));
      g_ptr_array_add (patterns, pattern);
    }

  return g_steal_pointer (&patterns);
}

/**
 * lipcheck_diary_pattern_is_enough:
 *
 * Returns: whether at least %LIPCHECK_DIARY_PATTERN_MIN_DAYS days are on each side
 */
gboolean
lipcheck_diary_pattern_is_enough (const LipcheckDiaryPattern *pattern)
{
  g_return_val_if_fail (pattern != NULL, FALSE);

  return pattern->with_days >= LIPCHECK_DIARY_PATTERN_MIN_DAYS &&
         pattern->without_days >= LIPCHECK_DIARY_PATTERN_MIN_DAYS;
}

/**
 * lipcheck_diary_pattern_shows:
 *
 * Returns: how the share of days with a twitch compares between the two groups (compared
 *   exactly, as counts), or %LIPCHECK_DIARY_PATTERN_NOT_ENOUGH before there are enough days
 */
LipcheckDiaryPatternShows
lipcheck_diary_pattern_shows (const LipcheckDiaryPattern *pattern)
{
  guint64 with, without;

  g_return_val_if_fail (pattern != NULL, LIPCHECK_DIARY_PATTERN_NOT_ENOUGH);

  if (!lipcheck_diary_pattern_is_enough (pattern))
    return LIPCHECK_DIARY_PATTERN_NOT_ENOUGH;

  with = (guint64)pattern->with_twitch_days * pattern->without_days;
  without = (guint64)pattern->without_twitch_days * pattern->with_days;
  if (with > without)
    return LIPCHECK_DIARY_PATTERN_MORE_WITH;
  if (with < without)
    return LIPCHECK_DIARY_PATTERN_FEWER_WITH;

  return LIPCHECK_DIARY_PATTERN_NO_DIFFERENCE;
}

static const char *
group_name (const char *name,
            const char *fallback)
{
  return name != NULL ? name : fallback;
}

static char *
describe_counts (const LipcheckDiaryPattern *pattern)
{
  const char *with = group_name (lipcheck_cause_get_diary_with (pattern->cause), _("with it"));
  const char *without = group_name (lipcheck_cause_get_diary_without (pattern->cause), _("without it"));
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  /* Translators: "a twitch on 6 of 8 days with more than three cups" */
  first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a twitch on %u of %u day %s",
                                        "a twitch on %u of %u days %s", pattern->with_days),
                           pattern->with_twitch_days, pattern->with_days, with);
  /* Translators: "on 2 of 7 days with three cups or fewer" */
  second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "on %u of %u day %s",
                                         "on %u of %u days %s", pattern->without_days),
                            pattern->without_twitch_days, pattern->without_days, without);

  /* Translators: the two counts of a pattern, joined */
  return g_strdup_printf (_("%s, %s."), first, second);
}

static char *
describe_not_enough (const LipcheckDiaryPattern *pattern)
{
  /* Translators: how many days each side has, of the three it needs */
  return g_strdup_printf (_("Not enough days yet (%u of %u with, %u of %u without)."),
                          pattern->with_days, LIPCHECK_DIARY_PATTERN_MIN_DAYS,
                          pattern->without_days, LIPCHECK_DIARY_PATTERN_MIN_DAYS);
}

/**
 * lipcheck_diary_pattern_describe:
 *
 * Returns: (transfer full): the pattern in words, counts and no word of cause: the cause's
 *   name, then "not enough days yet (…)", or the two counts, followed by "no difference seen"
 *   when the shares are equal and, where more days with it had a twitch, by the experiment the
 *   knowledge base gives
 */
char *
lipcheck_diary_pattern_describe (const LipcheckDiaryPattern *pattern)
{
  const char *name;
  const char *experiment;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (pattern != NULL, NULL);

  name = lipcheck_entry_get_name (LIPCHECK_ENTRY (pattern->cause));
  experiment = lipcheck_cause_get_diary_experiment (pattern->cause);
  switch (lipcheck_diary_pattern_shows (pattern))
    {
    case LIPCHECK_DIARY_PATTERN_NOT_ENOUGH:
      counts = describe_not_enough (pattern);
      return g_strdup_printf ("%s: %s", name, counts);

    case LIPCHECK_DIARY_PATTERN_MORE_WITH:
      counts = describe_counts (pattern);
      if (experiment != NULL)
        return g_strdup_printf ("%s: %s %s", name, counts, experiment);
      return g_strdup_printf ("%s: %s", name, counts);

    case LIPCHECK_DIARY_PATTERN_NO_DIFFERENCE:
      counts = describe_counts (pattern);
      return g_strdup_printf ("%s: %s %s", name, counts, _("No difference seen."));

    case LIPCHECK_DIARY_PATTERN_FEWER_WITH:
    default:
      counts = describe_counts (pattern);
      return g_strdup_printf ("%s: %s", name, counts);
    }
}
