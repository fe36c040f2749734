/* test-answers.c: tests of the answers object: setting, looking up, clearing, its changed signal. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-answers"

#include "config.h"

#include "lipcheck-answers.h"

/* The answers object */

typedef struct
{
  guint  count;
  char  *last;
} Changes;

static void
changed_cb (LipcheckAnswers *answers,
            const char      *question_id,
            Changes         *changes)
{
  changes->count++;
  g_free (changes->last);
  changes->last = g_strdup (question_id != NULL ? question_id : "(null)");
}

static void
assert_changes (Changes    *changes,
                guint       count,
                const char *last)
{
  g_assert_cmpuint (changes->count, ==, count);
  g_assert_cmpstr (changes->last, ==, last);
}

static void
test_changed (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  const char * const two[] = { "diuretic", "other-new", NULL };
  const char * const two_again[] = { "diuretic", "other-new", NULL };
  const char * const other_order[] = { "other-new", "diuretic", NULL };
  Changes changes = { 0, NULL };

  g_signal_connect (answers, "changed", G_CALLBACK (changed_cb), &changes);

  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  assert_changes (&changes, 1, "pain");
  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  assert_changes (&changes, 1, "pain");
  lipcheck_answers_set_boolean (answers, "pain", FALSE);
  assert_changes (&changes, 2, "pain");

  lipcheck_answers_set_number (answers, "sleep-hours", 7);
  assert_changes (&changes, 3, "sleep-hours");
  lipcheck_answers_set_number (answers, "sleep-hours", 7);
  assert_changes (&changes, 3, "sleep-hours");
  lipcheck_answers_set (answers, "sleep-hours", g_variant_new_int64 (7));
  assert_changes (&changes, 3, "sleep-hours");
  lipcheck_answers_set_number (answers, "sleep-hours", 6);
  assert_changes (&changes, 4, "sleep-hours");

  lipcheck_answers_set_choice (answers, "duration", "days");
  assert_changes (&changes, 5, "duration");
  lipcheck_answers_set_choice (answers, "duration", "days");
  assert_changes (&changes, 5, "duration");

  lipcheck_answers_set_several (answers, "medications", two);
  assert_changes (&changes, 6, "medications");
  lipcheck_answers_set_several (answers, "medications", two_again);
  assert_changes (&changes, 6, "medications");
  lipcheck_answers_set_several (answers, "medications", other_order);
  assert_changes (&changes, 7, "medications");

  /* Unsetting an answer is a change; unsetting a missing one is not. */
  lipcheck_answers_unset (answers, "duration");
  assert_changes (&changes, 8, "duration");
  g_assert_null (lipcheck_answers_lookup (answers, "duration"));
  lipcheck_answers_unset (answers, "duration");
  assert_changes (&changes, 8, "duration");
  lipcheck_answers_set (answers, "stress", NULL);
  assert_changes (&changes, 8, "duration");

  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 3);

  g_free (changes.last);
  g_assert_finalize_object (answers);
}

static void
test_clear (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  g_autoptr(GDateTime) saved = g_date_time_new_utc (2026, 3, 14, 9, 26, 53);
  Changes changes = { 0, NULL };

  g_signal_connect (answers, "changed", G_CALLBACK (changed_cb), &changes);

  /* Clearing nothing is no change. */
  lipcheck_answers_clear (answers);
  assert_changes (&changes, 0, NULL);

  lipcheck_answers_set_boolean (answers, "stress", FALSE);
  lipcheck_answers_set_number (answers, "caffeine-cups", 0);
  lipcheck_answers_set_saved (answers, saved);
  assert_changes (&changes, 2, "caffeine-cups");

  /* One signal for all, with no question id. */
  lipcheck_answers_clear (answers);
  assert_changes (&changes, 3, "(null)");
  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 0);
  g_assert_null (lipcheck_answers_lookup (answers, "stress"));
  g_assert_null (lipcheck_answers_lookup (answers, "caffeine-cups"));

  lipcheck_answers_clear (answers);
  assert_changes (&changes, 3, "(null)");

  /* Cleared answers can be answered again. */
  lipcheck_answers_set_boolean (answers, "stress", FALSE);
  assert_changes (&changes, 4, "stress");

  g_free (changes.last);
  g_assert_finalize_object (answers);
}

/* A value is kept as given, and a floating one is sunk */
static void
test_set_lookup (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  GVariant *value = g_variant_ref_sink (g_variant_new_boolean (TRUE));

  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 0);
  g_assert_null (lipcheck_answers_lookup (answers, "pain"));

  lipcheck_answers_set (answers, "pain", value);
  g_assert_true (lipcheck_answers_lookup (answers, "pain") == value);
  g_variant_unref (value);

  lipcheck_answers_set_number (answers, "caffeine-cups", 3);
  g_assert_cmpint (g_variant_get_int64 (lipcheck_answers_lookup (answers, "caffeine-cups")), ==, 3);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (answers), ==, 2);

  g_assert_finalize_object (answers);
}

/* The ids answered, sorted, whatever the order they were set in */
static void
test_question_ids (void)
{
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_auto(GStrv) none = lipcheck_answers_dup_question_ids (answers);
  g_auto(GStrv) ids = NULL;
  const char * const expected[] = { "caffeine-cups", "duration", "stress", NULL };

  g_assert_nonnull (none);
  g_assert_null (none[0]);

  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  lipcheck_answers_set_choice (answers, "duration", "days");
  lipcheck_answers_set_number (answers, "caffeine-cups", 4);
  lipcheck_answers_set_boolean (answers, "pain", FALSE);
  lipcheck_answers_unset (answers, "pain");

  ids = lipcheck_answers_dup_question_ids (answers);
  g_assert_cmpstrv (ids, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lipcheck/answers/changed", test_changed);
  g_test_add_func ("/lipcheck/answers/clear", test_clear);
  g_test_add_func ("/lipcheck/answers/set-lookup", test_set_lookup);
  g_test_add_func ("/lipcheck/answers/question-ids", test_question_ids);

  return g_test_run ();
}
