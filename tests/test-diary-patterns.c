/* test-diary-patterns.c: tests of the days with a twitch counted with and without each cause. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diary-patterns"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lipcheck-cause.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-patterns.h"
#include "lipcheck-entry.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* Adds day @day of December 2026 with @twitch and @cups (LIPCHECK_DIARY_UNANSWERED: none given). */
static LipcheckDiaryEntry *
add_day (LipcheckDiary  *diary,
         int             day,
         LipcheckTwitch  twitch,
         int             cups)
{
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_DECEMBER, 2026);
  entry = lipcheck_diary_entry_new (&date, twitch);
  lipcheck_diary_entry_set_caffeine_cups (entry, cups);
  replaced = lipcheck_diary_add (diary, entry);

  return entry;
}

/* Adds @n days from @first on with @twitch for @n_twitch of them and @cups each. */
static int
add_days (LipcheckDiary *diary,
          int            first,
          guint          n,
          guint          n_twitch,
          int            cups)
{
  for (guint i = 0; i < n; i++)
    add_day (diary, first + i, i < n_twitch ? LIPCHECK_TWITCH_MILD : LIPCHECK_TWITCH_NONE, cups);

  return first + n;
}

static const LipcheckDiaryPattern *
find_pattern (GPtrArray  *patterns,
              const char *factor)
{
  for (guint i = 0; i < patterns->len; i++)
    {
      const LipcheckDiaryPattern *pattern = g_ptr_array_index (patterns, i);

      if (g_str_equal (lipcheck_entry_get_id (LIPCHECK_ENTRY (pattern->cause)), factor))
        return pattern;
    }

  g_error ("no pattern for “%s”", factor);
}

static void
assert_counts (const LipcheckDiaryPattern *pattern,
               guint                       with_days,
               guint                       with_twitch_days,
               guint                       without_days,
               guint                       without_twitch_days)
{
  g_assert_cmpuint (pattern->with_days, ==, with_days);
  g_assert_cmpuint (pattern->with_twitch_days, ==, with_twitch_days);
  g_assert_cmpuint (pattern->without_days, ==, without_days);
  g_assert_cmpuint (pattern->without_twitch_days, ==, without_twitch_days);
}

static void
test_factors (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = lipcheck_diary_patterns_compute (diary, kb);
  const char *expected[] = { "caffeine", "fatigue", "stress", "alcohol" };

  g_assert_cmpuint (patterns->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const LipcheckDiaryPattern *pattern = g_ptr_array_index (patterns, i);

      g_assert_cmpstr (lipcheck_entry_get_id (LIPCHECK_ENTRY (pattern->cause)), ==, expected[i]);
      assert_counts (pattern, 0, 0, 0, 0);
      g_assert_false (lipcheck_diary_pattern_is_enough (pattern));
      g_assert_nonnull (lipcheck_cause_get_diary_experiment (pattern->cause));
    }
}

/* The example: 6 of 8 days with more than three cups, 2 of 7 with fewer. */
static void
test_example (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;
  g_autofree char *text = NULL;
  int day = 1;

  day = add_days (diary, day, 8, 6, 5);
  day = add_days (diary, day, 7, 2, 2);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  assert_counts (find_pattern (patterns, "caffeine"), 8, 6, 7, 2);
  g_assert_cmpint (lipcheck_diary_pattern_shows (find_pattern (patterns, "caffeine")), ==,
                   LIPCHECK_DIARY_PATTERN_MORE_WITH);

  text = lipcheck_diary_pattern_describe (find_pattern (patterns, "caffeine"));
  g_assert_cmpstr (text, ==, "Caffeine: a twitch on 6 of 8 days with more than three cups, "
                             "on 2 of 7 days with three cups or fewer. "
                             "Try cutting down on caffeine for a week, keep logging, and see whether the twitch eases.");
  g_assert_null (strstr (text, "%"));
  g_assert_null (strstr (text, "cause"));
}

/* The threshold is the knowledge base's "more than three": three cups is a day without. */
static void
test_threshold (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;

  add_day (diary, 1, LIPCHECK_TWITCH_MILD, 3);
  add_day (diary, 2, LIPCHECK_TWITCH_MILD, 4);
  add_day (diary, 3, LIPCHECK_TWITCH_NONE, 0);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  assert_counts (find_pattern (patterns, "caffeine"), 1, 1, 2, 1);
}

/* Three days on each side are enough; two on either side are not. */
static void
test_gate_edges (void)
{
  struct { guint with, without; gboolean enough; } cases[] = {
    { 2, 3, FALSE }, { 3, 2, FALSE }, { 3, 3, TRUE }, { 2, 2, FALSE }, { 4, 3, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
      g_autoptr(GPtrArray) patterns = NULL;
      const LipcheckDiaryPattern *pattern;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      int day = add_days (diary, 1, cases[i].with, cases[i].with, 6);

      add_days (diary, day, cases[i].without, 0, 1);
      patterns = lipcheck_diary_patterns_compute (diary, kb);
      pattern = find_pattern (patterns, "caffeine");
      g_assert_cmpint (lipcheck_diary_pattern_is_enough (pattern), ==, cases[i].enough);
      text = lipcheck_diary_pattern_describe (pattern);
      expected = g_strdup_printf ("Caffeine: Not enough days yet (%u of 3 with, %u of 3 without).",
                                  cases[i].with, cases[i].without);
      if (cases[i].enough)
        g_assert_cmpstr (text, !=, expected);
      else
        g_assert_cmpstr (text, ==, expected);
    }
}

/* Equal shares (2 of 4 and 3 of 6) are "no difference seen", with no experiment suggested. */
static void
test_tie (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;
  g_autofree char *text = NULL;
  int day = add_days (diary, 1, 4, 2, 8);

  add_days (diary, day, 6, 3, 0);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  g_assert_cmpint (lipcheck_diary_pattern_shows (find_pattern (patterns, "caffeine")), ==,
                   LIPCHECK_DIARY_PATTERN_NO_DIFFERENCE);
  text = lipcheck_diary_pattern_describe (find_pattern (patterns, "caffeine"));
  g_assert_cmpstr (text, ==, "Caffeine: a twitch on 2 of 4 days with more than three cups, "
                             "on 3 of 6 days with three cups or fewer. No difference seen.");
}

/* Fewer twitches on the days with it: the counts, and nothing suggested. */
static void
test_fewer_with (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;
  g_autofree char *text = NULL;
  int day = add_days (diary, 1, 3, 0, 8);

  add_days (diary, day, 3, 3, 0);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  g_assert_cmpint (lipcheck_diary_pattern_shows (find_pattern (patterns, "caffeine")), ==,
                   LIPCHECK_DIARY_PATTERN_FEWER_WITH);
  text = lipcheck_diary_pattern_describe (find_pattern (patterns, "caffeine"));
  g_assert_null (strstr (text, "Try"));
  g_assert_null (strstr (text, "No difference"));
}

/* A day that left the cups unanswered counts on neither side: a gap is never a "no". */
static void
test_gaps (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;
  int day = add_days (diary, 1, 3, 3, 5);

  day = add_days (diary, day, 5, 5, LIPCHECK_DIARY_UNANSWERED);
  add_days (diary, day + 4, 2, 0, 1);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  assert_counts (find_pattern (patterns, "caffeine"), 3, 3, 2, 0);
  g_assert_false (lipcheck_diary_pattern_is_enough (find_pattern (patterns, "caffeine")));
  /* Nothing else was answered on any day. */
  assert_counts (find_pattern (patterns, "stress"), 0, 0, 0, 0);
  assert_counts (find_pattern (patterns, "fatigue"), 0, 0, 0, 0);
}

/* Sleep ("less than seven") and the yes/no factors read their own answers. */
static void
test_other_factors (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GPtrArray) patterns = NULL;
  LipcheckDiaryEntry *entry;

  entry = add_day (diary, 1, LIPCHECK_TWITCH_STRONG, LIPCHECK_DIARY_UNANSWERED);
  lipcheck_diary_entry_set_sleep_hours (entry, 6);
  lipcheck_diary_entry_set_stress (entry, LIPCHECK_TRISTATE_YES);
  entry = add_day (diary, 2, LIPCHECK_TWITCH_NONE, LIPCHECK_DIARY_UNANSWERED);
  lipcheck_diary_entry_set_sleep_hours (entry, 7);
  lipcheck_diary_entry_set_stress (entry, LIPCHECK_TRISTATE_NO);
  lipcheck_diary_entry_set_alcohol (entry, LIPCHECK_TRISTATE_NO);
  patterns = lipcheck_diary_patterns_compute (diary, kb);
  assert_counts (find_pattern (patterns, "fatigue"), 1, 1, 1, 0);
  assert_counts (find_pattern (patterns, "stress"), 1, 1, 1, 0);
  assert_counts (find_pattern (patterns, "alcohol"), 0, 0, 1, 0);
  assert_counts (find_pattern (patterns, "caffeine"), 0, 0, 0, 0);
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

  g_test_add_func ("/lipcheck/diary/patterns/factors", test_factors);
  g_test_add_func ("/lipcheck/diary/patterns/example", test_example);
  g_test_add_func ("/lipcheck/diary/patterns/threshold", test_threshold);
  g_test_add_func ("/lipcheck/diary/patterns/gate-edges", test_gate_edges);
  g_test_add_func ("/lipcheck/diary/patterns/tie", test_tie);
  g_test_add_func ("/lipcheck/diary/patterns/fewer-with", test_fewer_with);
  g_test_add_func ("/lipcheck/diary/patterns/gaps", test_gaps);
  g_test_add_func ("/lipcheck/diary/patterns/other-factors", test_other_factors);

  ret = g_test_run ();
  g_assert_finalize_object (kb);

  return ret;
}
