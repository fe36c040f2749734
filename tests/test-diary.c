/* test-diary.c: tests of the diary entry and the diary model: unanswered states, order, replacing a day, ends. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diary"

#include "config.h"

#include <locale.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-diary.h"

static GDate
date_of (const char *text)
{
  GDate date;

  g_assert_true (lipcheck_diary_parse_date (text, &date));
  return date;
}

static LipcheckDiaryEntry *
entry_new (const char     *text,
           LipcheckTwitch  twitch)
{
  GDate date = date_of (text);

  return lipcheck_diary_entry_new (&date, twitch);
}

static void
add (LipcheckDiary  *diary,
     const char     *text,
     LipcheckTwitch  twitch)
{
  g_autoptr(LipcheckDiaryEntry) entry = entry_new (text, twitch);
  g_autoptr(LipcheckDiaryEntry) replaced = lipcheck_diary_add (diary, entry);
}

static char *
date_text (LipcheckDiaryEntry *entry)
{
  return lipcheck_diary_format_date (lipcheck_diary_entry_get_julian (entry));
}

/* A new entry has its date and twitch, and every other answer unanswered: never "no" or 0. */
static void
test_entry_unanswered (void)
{
  LipcheckDiaryEntry *entry = entry_new ("2026-11-20", LIPCHECK_TWITCH_MILD);
  g_autofree char *text = date_text (entry);

  g_assert_cmpstr (text, ==, "2026-11-20");
  g_assert_cmpint (lipcheck_diary_entry_get_twitch (entry), ==, LIPCHECK_TWITCH_MILD);
  g_assert_null (lipcheck_diary_entry_get_places (entry));
  g_assert_cmpint (lipcheck_diary_entry_get_caffeine_cups (entry), ==, LIPCHECK_DIARY_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_sleep_hours (entry), ==, LIPCHECK_DIARY_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_alcohol (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_new_medicine (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_null (lipcheck_diary_entry_get_new_signs (entry));
  g_assert_cmpint (lipcheck_diary_entry_get_sudden (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_null (lipcheck_diary_entry_get_note (entry));

  g_assert_finalize_object (entry);
}

/* "None of these" (an empty list) is an answer, apart from "not answered" (NULL). */
static void
test_entry_none_of_these (void)
{
  static const char * const none[] = { NULL };
  static const char * const pain[] = { "pain", NULL };
  LipcheckDiaryEntry *entry = entry_new ("2026-11-20", LIPCHECK_TWITCH_NONE);

  lipcheck_diary_entry_set_new_signs (entry, none);
  g_assert_nonnull (lipcheck_diary_entry_get_new_signs (entry));
  g_assert_cmpuint (g_strv_length ((char **)lipcheck_diary_entry_get_new_signs (entry)), ==, 0);
  g_assert_false (lipcheck_diary_entry_has_new_sign (entry, "pain"));

  lipcheck_diary_entry_set_new_signs (entry, pain);
  g_assert_true (lipcheck_diary_entry_has_new_sign (entry, "pain"));

  lipcheck_diary_entry_set_new_signs (entry, NULL);
  g_assert_null (lipcheck_diary_entry_get_new_signs (entry));

  g_assert_finalize_object (entry);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Setters notify once for a real change and not at all for the same value. */
static void
test_entry_notify (void)
{
  static const char * const places[] = { "cheek-left", NULL };
  LipcheckDiaryEntry *entry = entry_new ("2026-11-20", LIPCHECK_TWITCH_NONE);
  guint count = 0;

  g_signal_connect (entry, "notify", G_CALLBACK (count_cb), &count);
  lipcheck_diary_entry_set_caffeine_cups (entry, 3);
  lipcheck_diary_entry_set_caffeine_cups (entry, 3);
  lipcheck_diary_entry_set_stress (entry, LIPCHECK_TRISTATE_NO);
  lipcheck_diary_entry_set_stress (entry, LIPCHECK_TRISTATE_NO);
  lipcheck_diary_entry_set_places (entry, places);
  lipcheck_diary_entry_set_places (entry, places);
  lipcheck_diary_entry_set_note (entry, "coffee");
  lipcheck_diary_entry_set_note (entry, "coffee");
  lipcheck_diary_entry_set_twitch (entry, LIPCHECK_TWITCH_STRONG);
  lipcheck_diary_entry_set_twitch (entry, LIPCHECK_TWITCH_STRONG);
  g_assert_cmpuint (count, ==, 5);

  g_assert_cmpint (lipcheck_diary_entry_get_caffeine_cups (entry), ==, 3);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (entry), ==, LIPCHECK_TRISTATE_NO);
  g_assert_true (lipcheck_diary_entry_has_place (entry, "cheek-left"));
  g_assert_false (lipcheck_diary_entry_has_place (entry, "cheek-right"));

  g_assert_finalize_object (entry);
}

/* The properties are the getters' values, and a copy holds the same answers. */
static void
test_entry_properties_copy (void)
{
  static const char * const signs[] = { "stiff", NULL };
  LipcheckDiaryEntry *entry = entry_new ("2026-11-20", LIPCHECK_TWITCH_MILD);
  LipcheckDiaryEntry *copy;
  g_auto(GStrv) read_signs = NULL;
  LipcheckTristate alcohol;
  int hours;

  g_object_set (entry, "sleep-hours", 6, "alcohol", LIPCHECK_TRISTATE_YES, "new-signs", signs, NULL);
  g_object_get (entry, "sleep-hours", &hours, "alcohol", &alcohol, "new-signs", &read_signs, NULL);
  g_assert_cmpint (hours, ==, 6);
  g_assert_cmpint (alcohol, ==, LIPCHECK_TRISTATE_YES);
  g_assert_cmpstrv (read_signs, signs);

  copy = lipcheck_diary_entry_copy (entry);
  g_assert_cmpint (lipcheck_diary_entry_get_julian (copy), ==, lipcheck_diary_entry_get_julian (entry));
  g_assert_cmpint (lipcheck_diary_entry_get_sleep_hours (copy), ==, 6);
  g_assert_cmpint (lipcheck_diary_entry_get_alcohol (copy), ==, LIPCHECK_TRISTATE_YES);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (copy), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpstrv (lipcheck_diary_entry_get_new_signs (copy), signs);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (entry);
}

static void
test_places_and_twitch (void)
{
  LipcheckTwitch twitch;

  g_assert_cmpuint (g_strv_length ((char **)lipcheck_diary_places ()), ==, 9);
  g_assert_true (lipcheck_diary_is_place ("upper-lip-right"));
  g_assert_true (lipcheck_diary_is_place ("elsewhere"));
  g_assert_false (lipcheck_diary_is_place ("nose"));

  g_assert_true (lipcheck_twitch_from_string ("strong", &twitch));
  g_assert_cmpint (twitch, ==, LIPCHECK_TWITCH_STRONG);
  g_assert_false (lipcheck_twitch_from_string ("Strong", &twitch));
  g_assert_cmpstr (lipcheck_twitch_to_string (LIPCHECK_TWITCH_NONE), ==, "none");
}

/* Entries added in any order are listed by date, as a GListModel of entries. */
static void
test_diary_sorted (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GListModel *model = G_LIST_MODEL (diary);
  const char *expected[] = { "2026-11-18", "2026-11-20", "2026-11-21", "2026-11-25" };

  add (diary, "2026-11-21", LIPCHECK_TWITCH_MILD);
  add (diary, "2026-11-18", LIPCHECK_TWITCH_MILD);
  add (diary, "2026-11-25", LIPCHECK_TWITCH_NONE);
  add (diary, "2026-11-20", LIPCHECK_TWITCH_STRONG);

  g_assert_true (g_list_model_get_item_type (model) == LIPCHECK_TYPE_DIARY_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LipcheckDiaryEntry) entry = g_list_model_get_item (model, i);
      g_autofree char *text = date_text (entry);

      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_null (g_list_model_get_item (model, 4));

  g_assert_finalize_object (diary);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

/* Adding the entry of a day that has one replaces it: correcting yesterday. */
static void
test_diary_replace (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  g_autoptr(LipcheckDiaryEntry) correction = entry_new ("2026-11-20", LIPCHECK_TWITCH_STRONG);
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  GDate day = date_of ("2026-11-20");
  GDate other = date_of ("2026-11-22");

  add (diary, "2026-11-20", LIPCHECK_TWITCH_MILD);
  add (diary, "2026-11-21", LIPCHECK_TWITCH_MILD);
  g_signal_connect (diary, "items-changed", G_CALLBACK (items_changed_cb), log);

  replaced = lipcheck_diary_add (diary, correction);
  g_assert_nonnull (replaced);
  g_assert_cmpint (lipcheck_diary_entry_get_twitch (replaced), ==, LIPCHECK_TWITCH_MILD);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 2);
  g_assert_true (lipcheck_diary_lookup (diary, &day) == correction);
  g_assert_null (lipcheck_diary_lookup (diary, &other));
  g_assert_cmpstr (log->str, ==, "0-1+1 ");

  add (diary, "2026-11-22", LIPCHECK_TWITCH_NONE);
  g_assert_cmpstr (log->str, ==, "0-1+1 2-0+1 ");

  g_assert_finalize_object (diary);
}

static void
test_diary_noticed_settled (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate noticed = date_of ("2026-11-18");
  guint count = 0;

  g_assert_null (lipcheck_diary_get_noticed (diary));
  g_assert_null (lipcheck_diary_get_settled (diary));

  g_signal_connect (diary, "notify::noticed", G_CALLBACK (count_cb), &count);
  lipcheck_diary_set_noticed (diary, &noticed);
  lipcheck_diary_set_noticed (diary, &noticed);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (g_date_compare (lipcheck_diary_get_noticed (diary), &noticed), ==, 0);
  lipcheck_diary_set_noticed (diary, NULL);
  g_assert_null (lipcheck_diary_get_noticed (diary));
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (diary);
}

/* Days lasted: from noticed, or else the first entry, to the last day with a twitch. */
static void
test_diary_days_lasted (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate noticed = date_of ("2026-11-10");

  g_assert_cmpint (lipcheck_diary_get_days_lasted (diary), ==, -1);
  add (diary, "2026-11-15", LIPCHECK_TWITCH_NONE);
  g_assert_cmpint (lipcheck_diary_get_days_lasted (diary), ==, -1);
  add (diary, "2026-11-17", LIPCHECK_TWITCH_MILD);
  g_assert_cmpint (lipcheck_diary_get_days_lasted (diary), ==, 2);
  add (diary, "2026-11-20", LIPCHECK_TWITCH_NONE);
  g_assert_cmpint (lipcheck_diary_get_days_lasted (diary), ==, 2);
  lipcheck_diary_set_noticed (diary, &noticed);
  g_assert_cmpint (lipcheck_diary_get_days_lasted (diary), ==, 7);

  g_assert_finalize_object (diary);
}

/* The diary keeps noticed on or before its first entry, so that what it writes always reads back. */
static void
test_diary_noticed_first (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate noticed = date_of ("2026-11-18");
  GDate later = date_of ("2026-11-25");
  g_autofree char *moved = NULL;
  g_autofree char *clamped = NULL;

  lipcheck_diary_set_noticed (diary, &noticed);
  add (diary, "2026-11-20", LIPCHECK_TWITCH_MILD);
  add (diary, "2026-11-15", LIPCHECK_TWITCH_NONE);
  moved = lipcheck_diary_format_date (g_date_get_julian (lipcheck_diary_get_noticed (diary)));
  g_assert_cmpstr (moved, ==, "2026-11-15");

  lipcheck_diary_set_noticed (diary, &later);
  clamped = lipcheck_diary_format_date (g_date_get_julian (lipcheck_diary_get_noticed (diary)));
  g_assert_cmpstr (clamped, ==, "2026-11-15");

  g_assert_finalize_object (diary);
}

static void
test_diary_ends (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate settled = date_of ("2026-11-24");

  add (diary, "2026-11-10", LIPCHECK_TWITCH_MILD);
  add (diary, "2026-11-23", LIPCHECK_TWITCH_MILD);
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_NONE);
  g_assert_null (lipcheck_diary_end_to_string (lipcheck_diary_get_end (diary)));

  lipcheck_diary_set_settled (diary, &settled);
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_SETTLED);
  g_assert_cmpstr (lipcheck_diary_end_to_string (lipcheck_diary_get_end (diary)), ==, "settled");

  /* Fourteen days after the start the twitch has lasted two weeks: that end wins. */
  add (diary, "2026-11-24", LIPCHECK_TWITCH_MILD);
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_TWO_WEEKS);
  g_assert_cmpstr (lipcheck_diary_end_to_string (lipcheck_diary_get_end (diary)), ==, "two-weeks");

  g_assert_finalize_object (diary);
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *text = NULL;

  g_assert_true (lipcheck_diary_parse_date ("2028-02-29", &date));
  text = lipcheck_diary_format_date (g_date_get_julian (&date));
  g_assert_cmpstr (text, ==, "2028-02-29");

  g_assert_false (lipcheck_diary_parse_date ("2026-02-29", &date));
  g_assert_false (lipcheck_diary_parse_date ("2026-13-01", &date));
  g_assert_false (lipcheck_diary_parse_date ("2026-1-01", &date));
  g_assert_false (lipcheck_diary_parse_date ("2026-11-20T10:00", &date));
  g_assert_false (lipcheck_diary_parse_date ("0000-01-01", &date));
  g_assert_false (lipcheck_diary_parse_date ("+026-11-20", &date));
  g_assert_false (g_date_valid (&date));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lipcheck/diary/entry/unanswered", test_entry_unanswered);
  g_test_add_func ("/lipcheck/diary/entry/none-of-these", test_entry_none_of_these);
  g_test_add_func ("/lipcheck/diary/entry/notify", test_entry_notify);
  g_test_add_func ("/lipcheck/diary/entry/properties-copy", test_entry_properties_copy);
  g_test_add_func ("/lipcheck/diary/entry/places-and-twitch", test_places_and_twitch);
  g_test_add_func ("/lipcheck/diary/model/sorted", test_diary_sorted);
  g_test_add_func ("/lipcheck/diary/model/replace", test_diary_replace);
  g_test_add_func ("/lipcheck/diary/model/noticed-settled", test_diary_noticed_settled);
  g_test_add_func ("/lipcheck/diary/model/days-lasted", test_diary_days_lasted);
  g_test_add_func ("/lipcheck/diary/model/noticed-first", test_diary_noticed_first);
  g_test_add_func ("/lipcheck/diary/model/ends", test_diary_ends);
  g_test_add_func ("/lipcheck/diary/dates", test_dates);

  return g_test_run ();
}
