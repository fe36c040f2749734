/* bench-diary.c: the diary's benchmark: load and triage a one-year and a ten-year diary; the sheet of 14 days. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Usage: bench-diary
 *
 * Generates diaries of 365 and 3,650 days (every answer given, a note every fifth day), then
 * times, as medians over many runs, json-glib's own json_parser_load_from_data of the same bytes
 * and Lipcheck's strict read of the diary followed by its triage (the answers and their result).
 * It prints both, their ratio and the growth from one year to ten (10× is linear). Then it times
 * the summary sheet of a 14-day diary (its diary section gathered, laid out and written as a PDF;
 * target under 100 ms). It never fails on a figure: it only prints. */

#define G_LOG_DOMAIN "lipcheck-bench-diary"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-diary-sheet.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"

#define RUNS_PER_YEAR 200

static LipcheckKnowledgeBase *kb;
static GDate today;

static LipcheckDiaryEntry *
generated_entry (GRand   *rand,
                 guint32  julian,
                 guint    day)
{
  static const char * const places[] = { "eyelid-left", "upper-lip-left", NULL };
  static const char * const none[] = { NULL };
  LipcheckDiaryEntry *entry;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = lipcheck_diary_entry_new (&date, g_rand_int_range (rand, 0, 3));
  g_object_set (entry, "places", places, "caffeine-cups", g_rand_int_range (rand, 0, 8),
                "sleep-hours", g_rand_int_range (rand, 4, 10), "stress", g_rand_int_range (rand, 1, 3),
                "alcohol", g_rand_int_range (rand, 1, 3), "new-medicine", LIPCHECK_TRISTATE_NO,
                "new-signs", none, "sudden", LIPCHECK_TRISTATE_UNANSWERED,
                "note", day % 5 == 0 ? "a long day at work, more coffee than usual" : NULL, NULL);

  return entry;
}

/* A diary of @days days ending today, as the bytes of its file. */
static GBytes *
generate (guint days)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (days);
  guint32 first = g_date_get_julian (&today) - days + 1;
  GDate noticed;
  char *json;

  g_date_clear (&noticed, 1);
  g_date_set_julian (&noticed, first);
  lipcheck_diary_set_noticed (diary, &noticed);
  for (guint i = 0; i < days; i++)
    {
      g_autoptr(LipcheckDiaryEntry) entry = generated_entry (rand, first + i, i);
      g_autoptr(LipcheckDiaryEntry) replaced = lipcheck_diary_add (diary, entry);
    }

  json = lipcheck_diary_file_to_json (diary);
  return g_bytes_new_take (json, strlen (json));
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

static double
time_json_glib (GBytes *bytes,
                guint   runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!json_parser_load_from_data (parser, data, len, NULL))
        g_error ("json-glib refused the generated diary");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  return median (times);
}

static double
time_diary (GBytes *bytes,
            guint   runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LipcheckDiary) diary = lipcheck_diary_file_read_bytes (kb, bytes, "bench.json", &today, &error);
      g_autoptr(LipcheckResult) result = NULL;
      double ms;

      g_assert_no_error (error);
      result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  return median (times);
}

/* The sheet of a diary: its section gathered, its pages laid out and written as an A4 PDF. */
static double
time_sheet (GBytes *bytes,
            guint   runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_file_read_bytes (kb, bytes, "bench.json", &today, &error);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "lipcheck-bench-sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LipcheckResult) result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
      g_autoptr(LipcheckSummary) summary = lipcheck_summary_new (result, NULL);
      double ms;

      lipcheck_summary_set_diary (summary, lipcheck_diary_sheet_new (diary, kb));
      if (!lipcheck_summary_write_pdf (summary, file, LIPCHECK_PAPER_A4, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_file_delete (file, NULL, NULL);

  return median (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) year = NULL;
  g_autoptr(GBytes) decade = NULL;
  g_autoptr(GBytes) fortnight = NULL;
  double year_json, year_diary, decade_json, decade_diary, sheet;

  setlocale (LC_ALL, "");
  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_DECEMBER, 2026);

  year = generate (365);
  decade = generate (3650);
  year_json = time_json_glib (year, RUNS_PER_YEAR);
  year_diary = time_diary (year, RUNS_PER_YEAR);
  decade_json = time_json_glib (decade, RUNS_PER_YEAR / 10);
  decade_diary = time_diary (decade, RUNS_PER_YEAR / 10);

  g_print ("%-44s %10s %12s %8s\n", "diary (median of runs)", "lipcheck", "json-glib", "ratio");
  g_print ("%-44s %8.2f ms %10.2f ms %7.2f×\n", "one year, 365 entries: read and triage",
           year_diary, year_json, year_diary / year_json);
  g_print ("%-44s %8.2f ms %10.2f ms %7.2f×\n", "ten years, 3,650 entries: read and triage",
           decade_diary, decade_json, decade_diary / decade_json);
  g_print ("%-44s %8.1f× %11.1f×   (10× is linear)\n", "growth from one year to ten",
           decade_diary / year_diary, decade_json / year_json);
  g_print ("file sizes: %zu and %zu bytes\n", g_bytes_get_size (year), g_bytes_get_size (decade));

  fortnight = generate (14);
  sheet = time_sheet (fortnight, 50);
  g_print ("%-44s %8.2f ms   (target under 100 ms%s)\n", "the sheet of 14 days: gather, lay out, PDF",
           sheet, sheet < 100 ? "" : ": MISSED");

  g_clear_object (&kb);
  return 0;
}
