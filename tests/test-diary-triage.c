/* test-diary-triage.c: tests of the answers and result a whole diary gives, and that entries never lower the urgency. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diary-triage"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lipcheck-answers.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"
#include "lipcheck-warning-sign.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

static GDate
date_of (const char *text)
{
  GDate date;

  g_assert_true (lipcheck_diary_parse_date (text, &date));
  return date;
}

/* Adds the day @text with @twitch and the places given, NULL-terminated; returns it to set more. */
static LipcheckDiaryEntry *
add_day (LipcheckDiary  *diary,
         const char     *text,
         LipcheckTwitch  twitch,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) places = NULL;
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  GDate date = date_of (text);
  const char *place;
  va_list args;

  va_start (args, twitch);
  while ((place = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, place);
  va_end (args);

  places = g_strv_builder_end (builder);
  entry = lipcheck_diary_entry_new (&date, twitch);
  if (places[0] != NULL)
    lipcheck_diary_entry_set_places (entry, (const char * const *)places);
  replaced = lipcheck_diary_add (diary, entry);

  return entry;
}

static LipcheckAnswers *
answers_of (LipcheckDiary *diary)
{
  return lipcheck_diary_triage_answers (diary, kb);
}

static void
assert_unanswered (LipcheckDiary *diary,
                   const char    *id)
{
  g_autoptr(LipcheckAnswers) answers = answers_of (diary);

  if (lipcheck_answers_lookup (answers, id) != NULL)
    g_error ("“%s” is answered; expected it unanswered", id);
}

static void
assert_choice (LipcheckDiary *diary,
               const char    *id,
               const char    *expected)
{
  g_autoptr(LipcheckAnswers) answers = answers_of (diary);
  GVariant *value = lipcheck_answers_lookup (answers, id);

  g_assert_nonnull (value);
  g_assert_cmpstr (g_variant_get_string (value, NULL), ==, expected);
}

static void
assert_boolean (LipcheckDiary *diary,
                const char    *id,
                gboolean       expected)
{
  g_autoptr(LipcheckAnswers) answers = answers_of (diary);
  GVariant *value = lipcheck_answers_lookup (answers, id);

  if (value == NULL)
    g_error ("“%s” is unanswered; expected %s", id, expected ? "yes" : "no");
  g_assert_cmpint (g_variant_get_boolean (value), ==, expected);
}

static void
assert_number (LipcheckDiary *diary,
               const char    *id,
               gint64         expected)
{
  g_autoptr(LipcheckAnswers) answers = answers_of (diary);
  GVariant *value = lipcheck_answers_lookup (answers, id);

  g_assert_nonnull (value);
  g_assert_cmpint (g_variant_get_int64 (value), ==, expected);
}

static LipcheckUrgency
urgency_of (LipcheckDiary *diary)
{
  g_autoptr(LipcheckResult) result = lipcheck_diary_triage_evaluate (diary, kb, NULL);

  return lipcheck_result_get_urgency (result);
}

static void
test_duration_from_noticed (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  GDate noticed = date_of ("2026-11-01");

  lipcheck_diary_set_noticed (diary, &noticed);
  assert_choice (diary, "duration", "today");
  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  assert_choice (diary, "duration", "days");
  add_day (diary, "2026-11-14", LIPCHECK_TWITCH_MILD, NULL);
  assert_choice (diary, "duration", "days");
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_SELF_CARE);

  /* Two weeks after it was noticed: "weeks", the routine advice, and the diary ends. */
  add_day (diary, "2026-11-15", LIPCHECK_TWITCH_MILD, NULL);
  assert_choice (diary, "duration", "weeks");
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_ROUTINE);
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_TWO_WEEKS);
}

static void
test_duration_from_first_entry (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  assert_unanswered (diary, "duration");
  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_NONE, NULL);
  assert_unanswered (diary, "duration");
  add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, NULL);
  assert_choice (diary, "duration", "days");
  add_day (diary, "2026-11-24", LIPCHECK_TWITCH_STRONG, NULL);
  assert_choice (diary, "duration", "weeks");
}

/* Only a day with a twitch extends it: later days without one do not. */
static void
test_duration_last_twitch (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  assert_choice (diary, "duration", "today");
  add_day (diary, "2026-11-30", LIPCHECK_TWITCH_NONE, NULL);
  assert_choice (diary, "duration", "today");
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_NONE);
}

static void
test_spread (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(LipcheckDiary) elsewhere = lipcheck_diary_new ();

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  assert_unanswered (diary, "spread");
  add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, "upper-lip-left", NULL);
  assert_boolean (diary, "spread", FALSE);
  /* A place on a day without a twitch does not count. */
  add_day (diary, "2026-11-12", LIPCHECK_TWITCH_NONE, "cheek-right", NULL);
  assert_boolean (diary, "spread", FALSE);
  add_day (diary, "2026-11-13", LIPCHECK_TWITCH_MILD, "lower-lip-left", NULL);
  assert_boolean (diary, "spread", TRUE);
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_ROUTINE);

  add_day (elsewhere, "2026-11-10", LIPCHECK_TWITCH_MILD, "elsewhere", NULL);
  assert_boolean (elsewhere, "spread", TRUE);
}

static void
test_eye_onset_same_side (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, "eyelid-right", NULL);
  assert_boolean (diary, "eye-onset", FALSE);
  add_day (diary, "2026-11-12", LIPCHECK_TWITCH_MILD, "eyelid-right", "lower-lip-right", NULL);
  assert_boolean (diary, "eye-onset", TRUE);
}

static void
test_eye_onset_not_across_sides (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, "eyelid-left", NULL);
  add_day (diary, "2026-11-12", LIPCHECK_TWITCH_MILD, "upper-lip-right", NULL);
  assert_boolean (diary, "eye-onset", FALSE);
  assert_boolean (diary, "spread", TRUE);
}

/* Eyelid and lip on the same day, or the lip first: not the eye-onset pattern. */
static void
test_eye_onset_order (void)
{
  g_autoptr(LipcheckDiary) same_day = lipcheck_diary_new ();
  g_autoptr(LipcheckDiary) lip_first = lipcheck_diary_new ();
  g_autoptr(LipcheckDiary) unnamed = lipcheck_diary_new ();

  add_day (same_day, "2026-11-10", LIPCHECK_TWITCH_MILD, "eyelid-left", "upper-lip-left", NULL);
  assert_boolean (same_day, "eye-onset", FALSE);

  add_day (lip_first, "2026-11-10", LIPCHECK_TWITCH_MILD, "upper-lip-left", NULL);
  add_day (lip_first, "2026-11-11", LIPCHECK_TWITCH_MILD, "eyelid-left", NULL);
  assert_boolean (lip_first, "eye-onset", FALSE);

  add_day (unnamed, "2026-11-10", LIPCHECK_TWITCH_STRONG, NULL);
  assert_unanswered (unnamed, "eye-onset");
}

static void
test_severe (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  assert_unanswered (diary, "severe");
  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  assert_boolean (diary, "severe", FALSE);
  add_day (diary, "2026-11-11", LIPCHECK_TWITCH_STRONG, NULL);
  add_day (diary, "2026-11-12", LIPCHECK_TWITCH_NONE, NULL);
  assert_boolean (diary, "severe", TRUE);
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_ROUTINE);
}

static void
test_medicine (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autofree const char **medicines = NULL;
  GVariant *value;

  lipcheck_diary_entry_set_new_medicine (add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL), LIPCHECK_TRISTATE_NO);
  /* The diary asks only about a new medicine: "no" does not answer the medicines question. */
  assert_unanswered (diary, "medications");
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_SELF_CARE);

  lipcheck_diary_entry_set_new_medicine (add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, NULL), LIPCHECK_TRISTATE_YES);
  lipcheck_diary_entry_set_new_medicine (add_day (diary, "2026-11-12", LIPCHECK_TWITCH_MILD, NULL), LIPCHECK_TRISTATE_NO);
  answers = answers_of (diary);
  value = lipcheck_answers_lookup (answers, "medications");
  g_assert_nonnull (value);
  medicines = g_variant_get_strv (value, NULL);
  g_assert_cmpstrv (medicines, ((const char * const[]) { "other-new", NULL }));
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_ROUTINE);
}

static void
add_numbers (LipcheckDiary *diary,
             const int     *cups,
             guint          n)
{
  GDate day = date_of ("2026-11-01");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckDiaryEntry) entry = lipcheck_diary_entry_new (&day, LIPCHECK_TWITCH_MILD);
      g_autoptr(LipcheckDiaryEntry) replaced = NULL;

      lipcheck_diary_entry_set_caffeine_cups (entry, cups[i]);
      lipcheck_diary_entry_set_sleep_hours (entry, cups[i] == LIPCHECK_DIARY_UNANSWERED ? 8 : 10 - cups[i]);
      replaced = lipcheck_diary_add (diary, entry);
      g_date_add_days (&day, 1);
    }
}

/* The median logged day: the middle value, the lower middle for an even count, skipping days
 * that did not answer. */
static void
test_median_factors (void)
{
  static const int odd[] = { 1, 9, 5, LIPCHECK_DIARY_UNANSWERED };
  static const int even[] = { 8, 2, 6, 4 };
  g_autoptr(LipcheckDiary) none = lipcheck_diary_new ();
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(LipcheckDiary) diary_even = lipcheck_diary_new ();
  g_autoptr(LipcheckResult) result = NULL;

  add_day (none, "2026-11-01", LIPCHECK_TWITCH_MILD, NULL);
  assert_unanswered (none, "caffeine-cups");
  assert_unanswered (none, "sleep-hours");

  add_numbers (diary, odd, G_N_ELEMENTS (odd));
  assert_number (diary, "caffeine-cups", 5);
  assert_number (diary, "sleep-hours", 5);   /* 9, 1, 5 and 8 hours: the lower middle of four */

  add_numbers (diary_even, even, G_N_ELEMENTS (even));
  assert_number (diary_even, "caffeine-cups", 4);
  assert_number (diary_even, "sleep-hours", 4);

  /* The check's thresholds apply to that day: 5 cups a day points to caffeine. */
  result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_factors (result)), >, 0);
}

static void
add_stress (LipcheckDiary    *diary,
            const char       *text,
            LipcheckTristate  stress)
{
  LipcheckDiaryEntry *entry = add_day (diary, text, LIPCHECK_TWITCH_MILD, NULL);

  lipcheck_diary_entry_set_stress (entry, stress);
  lipcheck_diary_entry_set_alcohol (entry, stress);
}

/* Yes/no factors: yes when at least half the days that answered say yes. */
static void
test_majority_factors (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  add_stress (diary, "2026-11-01", LIPCHECK_TRISTATE_UNANSWERED);
  assert_unanswered (diary, "stress");
  add_stress (diary, "2026-11-02", LIPCHECK_TRISTATE_NO);
  assert_boolean (diary, "stress", FALSE);
  add_stress (diary, "2026-11-03", LIPCHECK_TRISTATE_YES);
  assert_boolean (diary, "stress", TRUE);
  assert_boolean (diary, "alcohol", TRUE);
  add_stress (diary, "2026-11-04", LIPCHECK_TRISTATE_NO);
  assert_boolean (diary, "stress", FALSE);
  assert_boolean (diary, "alcohol", FALSE);
}

static void
set_signs (LipcheckDiaryEntry *entry,
           const char         *sign)
{
  const char * const signs[] = { sign, NULL };

  lipcheck_diary_entry_set_new_signs (entry, signs);
}

/* No entry answered "anything new?": every warning sign stays unanswered, never "no". */
static void
test_signs_unanswered (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  GListModel *signs = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);
  g_autoptr(LipcheckResult) result = NULL;

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);

      assert_unanswered (diary, lipcheck_entry_get_id (LIPCHECK_ENTRY (lipcheck_warning_sign_get_question (sign))));
    }
  assert_unanswered (diary, "stiff");
  assert_unanswered (diary, "sudden");
  g_assert_false (lipcheck_diary_triage_is_complete (diary));

  result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
  g_assert_true (g_strv_contains (lipcheck_result_get_unanswered (result), "pain"));
}

/* A sign recorded once stays yes, whatever later days say; "none of these" answers no. */
static void
test_signs_stay (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  set_signs (add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL), NULL);
  assert_boolean (diary, "pain", FALSE);
  assert_boolean (diary, "stiff", FALSE);
  g_assert_true (lipcheck_diary_triage_is_complete (diary));
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_SELF_CARE);

  set_signs (add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, NULL), "pain");
  set_signs (add_day (diary, "2026-11-12", LIPCHECK_TWITCH_MILD, NULL), NULL);
  add_day (diary, "2026-11-13", LIPCHECK_TWITCH_MILD, NULL);
  assert_boolean (diary, "pain", TRUE);
  assert_boolean (diary, "numbness", FALSE);
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_URGENT);
  /* The latest entry left "anything new?" unanswered. */
  g_assert_false (lipcheck_diary_triage_is_complete (diary));

  set_signs (add_day (diary, "2026-11-14", LIPCHECK_TWITCH_MILD, NULL), "stiff");
  assert_boolean (diary, "stiff", TRUE);
}

static void
test_sudden (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  LipcheckDiaryEntry *entry;

  set_signs (add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL), "asymmetry");
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_URGENT);
  lipcheck_diary_entry_set_sudden (lipcheck_diary_get_entry (diary, 0), LIPCHECK_TRISTATE_NO);
  assert_boolean (diary, "sudden", FALSE);

  entry = add_day (diary, "2026-11-11", LIPCHECK_TWITCH_MILD, NULL);
  lipcheck_diary_entry_set_sudden (entry, LIPCHECK_TRISTATE_YES);
  add_day (diary, "2026-11-12", LIPCHECK_TWITCH_MILD, NULL);
  assert_boolean (diary, "sudden", TRUE);
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_EMERGENCY);
}

/* A gap tells nothing: not a day without a twitch, and no answer falls because of it. */
static void
test_gaps (void)
{
  g_autoptr(LipcheckDiary) gap = lipcheck_diary_new ();
  g_autoptr(LipcheckAnswers) answers = NULL;

  set_signs (add_day (gap, "2026-11-01", LIPCHECK_TWITCH_MILD, "eyelid-left", NULL), NULL);
  add_day (gap, "2026-11-20", LIPCHECK_TWITCH_MILD, "upper-lip-left", NULL);
  /* Eighteen days missing between them: still one twitch, of nineteen days, eyelid then lip. */
  assert_choice (gap, "duration", "weeks");
  assert_boolean (gap, "eye-onset", TRUE);
  assert_boolean (gap, "pain", FALSE);
  g_assert_cmpint (lipcheck_diary_get_n_entries (gap), ==, 2);
  g_assert_cmpint (urgency_of (gap), ==, LIPCHECK_URGENCY_ROUTINE);

  /* Filling the gap with days that answer nothing new changes nothing that was answered. */
  for (int day = 2; day < 20; day++)
    {
      g_autofree char *text = g_strdup_printf ("2026-11-%02d", day);

      add_day (gap, text, LIPCHECK_TWITCH_NONE, NULL);
      g_assert_cmpint (urgency_of (gap), ==, LIPCHECK_URGENCY_ROUTINE);
    }
  answers = answers_of (gap);
  g_assert_cmpstr (g_variant_get_string (lipcheck_answers_lookup (answers, "duration"), NULL), ==, "weeks");
}

static void
test_settled (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  GDate settled = date_of ("2026-11-15");

  add_day (diary, "2026-11-10", LIPCHECK_TWITCH_MILD, NULL);
  add_day (diary, "2026-11-14", LIPCHECK_TWITCH_NONE, NULL);
  lipcheck_diary_set_settled (diary, &settled);
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_SETTLED);
  g_assert_cmpint (urgency_of (diary), ==, LIPCHECK_URGENCY_SELF_CARE);
}

/* The property test */

#define PROPERTY_CASES 3000
#define PROPERTY_DAYS  40

static const char *
random_sign (GRand *rand)
{
  static const char * const signs[] = {
    "weakness", "numbness", "pain", "asymmetry", "speech", "swallowing", "vision", "stiff"
  };

  return signs[g_rand_int_range (rand, 0, G_N_ELEMENTS (signs))];
}

static LipcheckTristate
random_tristate (GRand *rand)
{
  return g_rand_int_range (rand, 0, 3);
}

static void
randomize_places (LipcheckDiaryEntry *entry,
                  GRand              *rand)
{
  const char * const *all = lipcheck_diary_places ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) places = NULL;

  if (g_rand_int_range (rand, 0, 4) == 0)
    return;
  for (guint i = 0; all[i] != NULL; i++)
    if (g_rand_int_range (rand, 0, 6) == 0)
      g_strv_builder_add (builder, all[i]);
  places = g_strv_builder_end (builder);
  lipcheck_diary_entry_set_places (entry, (const char * const *)places);
}

static LipcheckDiaryEntry *
random_entry (GRand   *rand,
              guint32  julian)
{
  GDate date;
  LipcheckDiaryEntry *entry;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = lipcheck_diary_entry_new (&date, g_rand_int_range (rand, 0, 3));
  randomize_places (entry, rand);
  if (g_rand_boolean (rand))
    lipcheck_diary_entry_set_caffeine_cups (entry, g_rand_int_range (rand, 0, 10));
  if (g_rand_boolean (rand))
    lipcheck_diary_entry_set_sleep_hours (entry, g_rand_int_range (rand, 3, 10));
  lipcheck_diary_entry_set_stress (entry, random_tristate (rand));
  lipcheck_diary_entry_set_alcohol (entry, random_tristate (rand));
  if (g_rand_int_range (rand, 0, 8) == 0)
    lipcheck_diary_entry_set_new_medicine (entry, random_tristate (rand));
  if (g_rand_boolean (rand))
    set_signs (entry, g_rand_int_range (rand, 0, 6) == 0 ? random_sign (rand) : NULL);
  if (g_rand_int_range (rand, 0, 6) == 0)
    lipcheck_diary_entry_set_sudden (entry, random_tristate (rand));

  return entry;
}

static guint32
free_day (LipcheckDiary *diary,
          GRand         *rand,
          guint32        first)
{
  for (;;)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, first + g_rand_int_range (rand, 0, PROPERTY_DAYS));
      if (lipcheck_diary_lookup (diary, &date) == NULL)
        return g_date_get_julian (&date);
    }
}

static LipcheckDiary *
random_diary (GRand   *rand,
              guint32  first)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  int n = g_rand_int_range (rand, 0, 15);

  if (g_rand_boolean (rand))
    {
      GDate noticed;

      g_date_clear (&noticed, 1);
      g_date_set_julian (&noticed, first - g_rand_int_range (rand, 0, 10));
      lipcheck_diary_set_noticed (diary, &noticed);
    }

  for (int i = 0; i < n; i++)
    {
      g_autoptr(LipcheckDiaryEntry) entry = random_entry (rand, free_day (diary, rand, first));
      g_autoptr(LipcheckDiaryEntry) replaced = lipcheck_diary_add (diary, entry);
    }

  return diary;
}

/* What the diary writes reads back as the same diary and the same result. */
static void
check_round_trip (LipcheckDiary  *diary,
                  LipcheckResult *result)
{
  g_autofree char *json = lipcheck_diary_file_to_json (diary);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) read = NULL;
  g_autoptr(LipcheckResult) read_result = NULL;
  g_autofree char *json_again = NULL;
  GDate future = date_of ("2030-01-01");

  read = lipcheck_diary_file_read_bytes (kb, bytes, "round-trip.json", &future, &error);
  if (read == NULL)
    g_error ("%s\n%s", error->message, json);
  json_again = lipcheck_diary_file_to_json (read);
  g_assert_cmpstr (json, ==, json_again);
  read_result = lipcheck_diary_triage_evaluate (read, kb, NULL);
  g_assert_cmpint (lipcheck_result_get_urgency (read_result), ==, lipcheck_result_get_urgency (result));
}

/* Over random diaries: adding any entry, on any free day, never lowers the urgency, and keeps
 * every warning sign that was answered yes. */
static void
test_property_never_lower (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  GDate start = date_of ("2026-10-01");
  guint rises = 0;

  for (guint i = 0; i < PROPERTY_CASES; i++)
    {
      g_autoptr(LipcheckDiary) diary = random_diary (rand, g_date_get_julian (&start));
      g_autoptr(LipcheckResult) before = lipcheck_diary_triage_evaluate (diary, kb, NULL);
      g_autoptr(LipcheckDiaryEntry) entry = random_entry (rand, free_day (diary, rand, g_date_get_julian (&start)));
      g_autoptr(LipcheckDiaryEntry) replaced = lipcheck_diary_add (diary, entry);
      g_autoptr(LipcheckResult) after = lipcheck_diary_triage_evaluate (diary, kb, NULL);
      GListModel *signs_before = lipcheck_result_get_warning_signs (before);

      g_assert_null (replaced);
      if (lipcheck_result_get_urgency (after) < lipcheck_result_get_urgency (before))
        {
          g_autofree char *json = lipcheck_diary_file_to_json (diary);

          g_error ("case %u: the urgency fell from %d to %d when adding %u:\n%s", i,
                   lipcheck_result_get_urgency (before), lipcheck_result_get_urgency (after),
                   lipcheck_diary_entry_get_julian (entry), json);
        }
      g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_warning_signs (after)), >=,
                        g_list_model_get_n_items (signs_before));
      rises += lipcheck_result_get_urgency (after) > lipcheck_result_get_urgency (before);
      check_round_trip (diary, after);
    }

  /* The cases are not all trivial: some entries raised the urgency. */
  g_assert_cmpuint (rises, >, PROPERTY_CASES / 20);
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

  g_test_add_func ("/lipcheck/diary/triage/duration/from-noticed", test_duration_from_noticed);
  g_test_add_func ("/lipcheck/diary/triage/duration/from-first-entry", test_duration_from_first_entry);
  g_test_add_func ("/lipcheck/diary/triage/duration/last-twitch", test_duration_last_twitch);
  g_test_add_func ("/lipcheck/diary/triage/spread", test_spread);
  g_test_add_func ("/lipcheck/diary/triage/eye-onset/same-side", test_eye_onset_same_side);
  g_test_add_func ("/lipcheck/diary/triage/eye-onset/not-across-sides", test_eye_onset_not_across_sides);
  g_test_add_func ("/lipcheck/diary/triage/eye-onset/order", test_eye_onset_order);
  g_test_add_func ("/lipcheck/diary/triage/severe", test_severe);
  g_test_add_func ("/lipcheck/diary/triage/medicine", test_medicine);
  g_test_add_func ("/lipcheck/diary/triage/factors/median", test_median_factors);
  g_test_add_func ("/lipcheck/diary/triage/factors/majority", test_majority_factors);
  g_test_add_func ("/lipcheck/diary/triage/signs/unanswered", test_signs_unanswered);
  g_test_add_func ("/lipcheck/diary/triage/signs/stay", test_signs_stay);
  g_test_add_func ("/lipcheck/diary/triage/sudden", test_sudden);
  g_test_add_func ("/lipcheck/diary/triage/gaps", test_gaps);
  g_test_add_func ("/lipcheck/diary/triage/settled", test_settled);
  g_test_add_func ("/lipcheck/diary/triage/property/never-lower", test_property_never_lower);

  ret = g_test_run ();
  g_clear_object (&kb);
  return ret;
}
