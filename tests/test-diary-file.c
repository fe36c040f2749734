/* test-diary-file.c: tests of the diary file: strict reading, exact errors, atomic writing, round trip. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diary-file"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-json.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* The day the tests take as today. */
#define TODAY "2026-12-01"

static GDate
date_of (const char *text)
{
  GDate date;

  g_assert_true (lipcheck_diary_parse_date (text, &date));
  return date;
}

static LipcheckDiary *
read_string (const char  *json,
             const char  *today,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  GDate day = date_of (today);

  return lipcheck_diary_file_read_bytes (kb, bytes, "diary.json", &day, error);
}

static const char full_diary[] =
  "{\"format\": 1, \"noticed\": \"2026-11-18\", \"settled\": null, \"entries\": ["
  "{\"date\": \"2026-11-21\", \"twitch\": \"none\", \"places\": [], \"new-signs\": null},"
  "{\"date\": \"2026-11-20\", \"twitch\": \"mild\", \"places\": [\"eyelid-left\", \"upper-lip-left\"],"
  " \"caffeine-cups\": 4, \"sleep-hours\": 6, \"stress\": true, \"alcohol\": false, \"new-medicine\": false,"
  " \"new-signs\": [], \"sudden\": null, \"note\": \"after a long night\"},"
  "{\"date\": \"2026-11-23\", \"twitch\": \"strong\", \"new-signs\": [\"pain\", \"stiff\"], \"sudden\": false}]}";

/* Every member is read, entries come out sorted, and missing and null are both unanswered. */
static void
test_read_full (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary = read_string (full_diary, TODAY, &error);
  LipcheckDiaryEntry *first, *second, *third;
  static const char * const places[] = { "eyelid-left", "upper-lip-left", NULL };
  static const char * const signs[] = { "pain", "stiff", NULL };
  GDate noticed = date_of ("2026-11-18");

  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 3);
  g_assert_cmpint (g_date_compare (lipcheck_diary_get_noticed (diary), &noticed), ==, 0);
  g_assert_null (lipcheck_diary_get_settled (diary));

  first = lipcheck_diary_get_entry (diary, 0);
  second = lipcheck_diary_get_entry (diary, 1);
  third = lipcheck_diary_get_entry (diary, 2);
  g_assert_cmpint (lipcheck_diary_entry_get_twitch (first), ==, LIPCHECK_TWITCH_MILD);
  g_assert_cmpstrv (lipcheck_diary_entry_get_places (first), places);
  g_assert_cmpint (lipcheck_diary_entry_get_caffeine_cups (first), ==, 4);
  g_assert_cmpint (lipcheck_diary_entry_get_sleep_hours (first), ==, 6);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (first), ==, LIPCHECK_TRISTATE_YES);
  g_assert_cmpint (lipcheck_diary_entry_get_alcohol (first), ==, LIPCHECK_TRISTATE_NO);
  g_assert_cmpint (lipcheck_diary_entry_get_new_medicine (first), ==, LIPCHECK_TRISTATE_NO);
  g_assert_nonnull (lipcheck_diary_entry_get_new_signs (first));
  g_assert_null (lipcheck_diary_entry_get_new_signs (first)[0]);
  g_assert_cmpint (lipcheck_diary_entry_get_sudden (first), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpstr (lipcheck_diary_entry_get_note (first), ==, "after a long night");

  g_assert_cmpint (lipcheck_diary_entry_get_twitch (second), ==, LIPCHECK_TWITCH_NONE);
  g_assert_nonnull (lipcheck_diary_entry_get_places (second));
  g_assert_null (lipcheck_diary_entry_get_new_signs (second));
  g_assert_cmpint (lipcheck_diary_entry_get_caffeine_cups (second), ==, LIPCHECK_DIARY_UNANSWERED);

  g_assert_null (lipcheck_diary_entry_get_places (third));
  g_assert_cmpstrv (lipcheck_diary_entry_get_new_signs (third), signs);
  g_assert_cmpint (lipcheck_diary_entry_get_sudden (third), ==, LIPCHECK_TRISTATE_NO);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (third), ==, LIPCHECK_TRISTATE_UNANSWERED);

  g_assert_finalize_object (diary);
}

/* What is written reads back the same, and writes the same text again. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = read_string (full_diary, TODAY, &error);
  g_autofree char *written = NULL;
  g_autofree char *written_again = NULL;
  LipcheckDiary *again;

  g_assert_no_error (error);
  written = lipcheck_diary_file_to_json (diary);
  again = read_string (written, TODAY, &error);
  g_assert_no_error (error);
  written_again = lipcheck_diary_file_to_json (again);
  g_assert_cmpstr (written, ==, written_again);
  g_assert_nonnull (strstr (written, "\"noticed\" : \"2026-11-18\""));
  g_assert_nonnull (strstr (written, "\"new-signs\" : null"));
  g_assert_nonnull (strstr (written, "\"new-signs\" : [\n"));
  g_assert_cmpuint (lipcheck_diary_get_n_entries (again), ==, 3);

  g_assert_finalize_object (again);
}

/* Written by rename: the file holds the diary whole, and a second write replaces it. */
static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = read_string (full_diary, TODAY, &error);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lipcheck", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LipcheckDiary) read = NULL;
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  GDate today = date_of (TODAY);

  g_assert_no_error (error);
  g_assert_true (lipcheck_diary_file_write (diary, file, &error));
  g_assert_no_error (error);

  entry = lipcheck_diary_entry_new (&today, LIPCHECK_TWITCH_NONE);
  replaced = lipcheck_diary_add (diary, entry);
  g_assert_true (lipcheck_diary_file_write (diary, file, &error));
  g_assert_no_error (error);

  read = lipcheck_diary_file_read (kb, file, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (read), ==, 4);
}

static void
test_write_fails (void)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autofree char *blocker = g_build_filename (g_get_user_data_dir (), "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "diary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (g_file_set_contents (blocker, "a file", -1, NULL));
  g_assert_false (lipcheck_diary_file_write (diary, file, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, path));
}

/* "Today" is a parameter: the same file is refused or read as the day moves. */
static void
test_today_moves (void)
{
  const char *json = "{\"format\": 1, \"entries\": [{\"date\": \"2026-12-05\", \"twitch\": \"mild\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) early = read_string (json, "2026-12-04", &error);
  g_autoptr(LipcheckDiary) on_the_day = NULL;

  g_assert_null (early);
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "diary.json: $.entries[0].date: “2026-12-05” is after today "
                                       "(2026-12-04); expected a day that has begun");
  g_clear_error (&error);

  on_the_day = read_string (json, "2026-12-05", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (on_the_day), ==, 1);
}

/* An empty diary (just started) is a diary. */
static void
test_read_empty (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary = read_string ("{\"format\": 1, \"noticed\": \"2026-11-30\", \"entries\": []}", TODAY, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 0);
  g_assert_nonnull (lipcheck_diary_get_noticed (diary));
  g_assert_finalize_object (diary);
}

static char *
many_entries (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": 1, \"entries\": [");
  GDate day = date_of ("1900-01-01");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = lipcheck_diary_format_date (g_date_get_julian (&day));

      g_string_append_printf (json, "%s{\"date\": \"%s\", \"twitch\": \"none\"}", i ? "," : "", text);
      g_date_add_days (&day, 1);
    }
  g_string_append (json, "]}");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
test_entry_limit (void)
{
  g_autofree char *most = many_entries (LIPCHECK_DIARY_MAX_ENTRIES);
  g_autofree char *too_many = many_entries (LIPCHECK_DIARY_MAX_ENTRIES + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = read_string (most, TODAY, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, LIPCHECK_DIARY_MAX_ENTRIES);
  g_assert_null (read_string (too_many, TODAY, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "diary.json: $.entries: 40001 entries; expected at most 40000");
}

/* A note of exactly 1,000 characters (not bytes) is allowed. */
static void
test_note_limit (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": 1, \"entries\": [{\"date\": \"2026-11-20\", \"twitch\": \"mild\", \"note\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;

  for (int i = 0; i < LIPCHECK_DIARY_NOTE_MAX; i++)
    g_string_append (json, "ä");
  g_string_append (json, "\"}]}");

  diary = read_string (json->str, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (lipcheck_diary_entry_get_note (lipcheck_diary_get_entry (diary, 0)), -1), ==, 1000);
}

static void
test_missing_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diary", "no-such-file.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GDate today = date_of (TODAY);

  g_assert_null (lipcheck_diary_file_read (kb, file, &today, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, path));
}

/* The person's diary: missing is a new diary, broken is moved aside, never dropped. */
static void
test_load (void)
{
  g_autoptr(GFile) file = lipcheck_diary_file_default ();
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *kept = NULL;
  GDate today = date_of (TODAY);

  g_assert_true (g_str_has_suffix (path, "/lipcheck/diary.json"));
  g_file_delete (file, NULL, NULL);
  g_assert_null (lipcheck_diary_file_load (kb, file, &today, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);

  g_mkdir_with_parents (g_file_peek_path (parent), 0700);
  g_assert_true (g_file_set_contents (path, full_diary, -1, NULL));
  diary = lipcheck_diary_file_load (kb, file, &today, &aside, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 3);

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"entries\": [", -1, NULL));
  g_assert_null (lipcheck_diary_file_load (kb, file, &today, &aside, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_SYNTAX);
  g_assert_nonnull (aside);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_true (g_file_query_exists (aside, NULL));
  g_assert_true (g_str_has_prefix (g_file_peek_path (aside), path));
  kept = g_strdup_printf ("The file was kept as %s.", g_file_peek_path (aside));
  g_assert_true (g_str_has_suffix (error->message, kept));
}

/* A diary that cannot be opened is reported and left where it is, not taken as broken. */
static void
test_load_unreadable (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "unreadable", "diary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = date_of (TODAY);

  /* A folder where the file should be: it exists, yet cannot be read as a file, even by root. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_null (lipcheck_diary_file_load (kb, file, &today, &aside, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO);
  g_assert_null (aside);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
}

/* An ended diary is archived beside the current one, readable, and the current one is gone. */
static void
test_archive (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = read_string (full_diary, TODAY, &error);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "archive", "diary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(LipcheckDiary) read = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  GDate today = date_of (TODAY);

  g_assert_no_error (error);
  g_assert_true (lipcheck_diary_file_write (diary, file, &error));
  first = lipcheck_diary_file_archive (diary, file, &error);
  g_assert_no_error (error);
  first_name = g_file_get_basename (first);
  g_assert_cmpstr (first_name, ==, "diary-2026-11-18.json");
  g_assert_false (g_file_query_exists (file, NULL));

  read = lipcheck_diary_file_read (kb, first, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lipcheck_diary_get_n_entries (read), ==, 3);

  second = lipcheck_diary_file_archive (diary, file, &error);
  g_assert_no_error (error);
  second_name = g_file_get_basename (second);
  g_assert_cmpstr (second_name, ==, "diary-2026-11-18-2.json");
}

static const struct
{
  const char        *name;
  LipcheckDataError  code;
} codes[] = {
  { "SYNTAX", LIPCHECK_DATA_ERROR_SYNTAX },
  { "ENCODING", LIPCHECK_DATA_ERROR_ENCODING },
  { "DUPLICATE_KEY", LIPCHECK_DATA_ERROR_DUPLICATE_KEY },
  { "TYPE", LIPCHECK_DATA_ERROR_TYPE },
  { "MISSING", LIPCHECK_DATA_ERROR_MISSING },
  { "UNKNOWN_KEY", LIPCHECK_DATA_ERROR_UNKNOWN_KEY },
  { "DUPLICATE_ID", LIPCHECK_DATA_ERROR_DUPLICATE_ID },
  { "VALUE", LIPCHECK_DATA_ERROR_VALUE },
  { "TOO_LARGE", LIPCHECK_DATA_ERROR_TOO_LARGE },
};

static int
code_of (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i].name, name))
      return codes[i].code;

  g_error ("unknown error code %s", name);
}

/* One file of tests/diary/bad: refused with the code and at the exact place its
 * .expected-error.txt gives (line 1: the code; line 2: line:column or the JSON path). */
static void
check_bad_file (const char *dir_path,
                const char *name)
{
  g_autofree char *path = g_build_filename (dir_path, name, NULL);
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".json"));
  g_autofree char *expected_path = g_strdup_printf ("%s/%s.expected-error.txt", dir_path, stem);
  g_autofree char *expected = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GDate today = date_of (TODAY);

  g_test_message ("%s", name);
  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (expected, "\n", 3);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);

  g_assert_null (lipcheck_diary_file_read (kb, file, &today, &error));
  g_assert_error (error, LIPCHECK_DIARY_ERROR, code_of (lines[0]));
  prefix = g_str_has_prefix (lines[1], "$") ? g_strdup_printf ("%s: %s: ", path, lines[1])
                                            : g_strdup_printf ("%s:%s: ", path, lines[1]);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  g_assert_nonnull (strstr (error->message, "expected"));
}

static void
test_bad_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "diary", "bad", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        check_bad_file (dir_path, name);
        n_files++;
      }

  g_assert_cmpuint (n_files, >=, 25);
}

/* The good example diaries all read. */
static void
test_good_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "diary", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GDate today = date_of (TODAY);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(LipcheckDiary) diary = NULL;

      if (!g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".expected.json"))
        continue;

      g_test_message ("%s", name);
      diary = lipcheck_diary_file_read (kb, file, &today, &error);
      g_assert_no_error (error);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 1);
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

  g_test_add_func ("/lipcheck/diary/file/read-full", test_read_full);
  g_test_add_func ("/lipcheck/diary/file/read-empty", test_read_empty);
  g_test_add_func ("/lipcheck/diary/file/round-trip", test_round_trip);
  g_test_add_func ("/lipcheck/diary/file/write", test_write);
  g_test_add_func ("/lipcheck/diary/file/write-fails", test_write_fails);
  g_test_add_func ("/lipcheck/diary/file/today-moves", test_today_moves);
  g_test_add_func ("/lipcheck/diary/file/entry-limit", test_entry_limit);
  g_test_add_func ("/lipcheck/diary/file/note-limit", test_note_limit);
  g_test_add_func ("/lipcheck/diary/file/missing-file", test_missing_file);
  g_test_add_func ("/lipcheck/diary/file/load", test_load);
  g_test_add_func ("/lipcheck/diary/file/load-unreadable", test_load_unreadable);
  g_test_add_func ("/lipcheck/diary/file/archive", test_archive);
  g_test_add_func ("/lipcheck/diary/file/bad-files", test_bad_files);
  g_test_add_func ("/lipcheck/diary/file/good-files", test_good_files);

  ret = g_test_run ();
  g_clear_object (&kb);
  return ret;
}
