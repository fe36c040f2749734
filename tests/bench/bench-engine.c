/* bench-engine.c: the engine's benchmarks: load, evaluate, summary PDF, browse filter. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Usage: bench-engine KNOWLEDGE-BASE.json ANSWERS.json
 *
 * Each operation runs many times; the table gives the median, the target and whether the
 * median meets it. It never fails on a missed target: it only prints. The knowledge bases of
 * 1,000 and 10,000 entries are the shipped file with that many tips and causes added (nine
 * tips to one cause: a cause is four times a tip's size, and the whole must stay under the
 * loader's 4 MiB). The filter runs without a display: list models need none. */

#define G_LOG_DOMAIN "lipcheck-bench"

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"

/* What the browse benchmark types, one character at a time, then erases. */
#define SEARCH_WORD "caffeine"

typedef struct
{
  const char *what;
  double      median_ms;
  double      target_ms; /* 0: no target */
  const char *note;
} Row;

static GArray *rows;

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

/* The median of @times, in microseconds, as milliseconds. */
static double
median_ms (GArray *times)
{
  g_array_sort (times, compare_times);

  return g_array_index (times, gint64, times->len / 2) / 1000.0;
}

static double
max_ms (GArray *times)
{
  g_array_sort (times, compare_times);

  return g_array_index (times, gint64, times->len - 1) / 1000.0;
}

static void
add_row (const char *what,
         double      ms,
         double      target_ms,
         const char *note)
{
  Row row = { g_intern_string (what), ms, target_ms, note != NULL ? g_intern_string (note) : NULL };

  g_array_append_val (rows, row);
  g_printerr ("  %s: %.3f ms\n", what, ms);
}

/* Generated knowledge bases */

/* A copy of @object with a new id and name; the other members are shared, never changed. */
static JsonNode *
copy_entry (JsonObject *object,
            guint       n)
{
  g_autoptr(JsonObject) copy = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);
  g_autofree char *id = g_strdup_printf ("%s-%u", json_object_get_string_member (object, "id"), n);
  g_autofree char *name = g_strdup_printf ("%s, variant %u", json_object_get_string_member (object, "name"), n);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (object, l->data)));
  json_object_set_string_member (copy, "id", id);
  json_object_set_string_member (copy, "name", name);
  json_node_set_object (node, copy);

  return node;
}

/* The shipped knowledge base with @n_entries more: every tenth a cause, the others tips. */
static GBytes *
generate_kb (GBytes *shipped,
             guint   n_entries)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *tips, *causes;
  guint n_tips, n_causes;
  gsize length;
  char *data;

  json_parser_load_from_data (parser, g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  tips = json_object_get_array_member (root, "tips");
  causes = json_object_get_array_member (root, "causes");
  n_tips = json_array_get_length (tips);
  n_causes = json_array_get_length (causes);

  for (guint i = 0; i < n_entries; i++)
    {
      gboolean cause = i % 10 == 9;
      JsonArray *array = cause ? causes : tips;
      JsonObject *model = json_array_get_object_element (array, i % (cause ? n_causes : n_tips));

      json_array_add_element (array, copy_entry (model, i));
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

static guint
count_entries (LipcheckKnowledgeBase *kb)
{
  guint n = 0;

  for (guint kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    n += g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (kb, kind));

  return n;
}

/* Loading */

static LipcheckKnowledgeBase *
load_kb (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_from_bytes (bytes, "knowledge-base.json", &error);

  g_assert_no_error (error);

  return kb;
}

static double
bench_load (GBytes *bytes,
            guint   repetitions)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < repetitions; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);
      gint64 time = g_get_monotonic_time () - start;

      g_array_append_val (times, time);
    }

  return median_ms (times);
}

static void
bench_loads (GBytes  *shipped,
             GBytes  *kb_1000,
             GBytes  *kb_10000,
             guint   *n_1000,
             guint   *n_10000)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb (shipped);
  g_autoptr(LipcheckKnowledgeBase) kb1 = load_kb (kb_1000);
  g_autoptr(LipcheckKnowledgeBase) kb2 = load_kb (kb_10000);
  g_autofree char *what0 = g_strdup_printf ("load + validate the shipped file (%u entries, %zu KiB)",
                                            count_entries (kb), g_bytes_get_size (shipped) / 1024);
  g_autofree char *what1 = NULL;
  g_autofree char *what2 = NULL;
  g_autofree char *linearity = NULL;
  double ms1, ms2;

  *n_1000 = count_entries (kb1);
  *n_10000 = count_entries (kb2);
  what1 = g_strdup_printf ("load + validate, 1,000 more entries (%u, %zu KiB)",
                           *n_1000, g_bytes_get_size (kb_1000) / 1024);
  what2 = g_strdup_printf ("load + validate, 10,000 more entries (%u, %zu KiB)",
                           *n_10000, g_bytes_get_size (kb_10000) / 1024);

  add_row (what0, bench_load (shipped, 200), 0, NULL);
  ms1 = bench_load (kb_1000, 40);
  add_row (what1, ms1, 0, NULL);
  ms2 = bench_load (kb_10000, 15);
  linearity = g_strdup_printf ("linear growth: %.2f µs an entry at 1,000, %.2f µs at 10,000: ratio %.2f, 1.00 is linear",
                               1000.0 * ms1 / *n_1000, 1000.0 * ms2 / *n_10000,
                               (ms2 / *n_10000) / (ms1 / *n_1000));
  add_row (what2, ms2, 50, linearity);
}

/* Evaluating and the summary */

static LipcheckResult *
evaluate (LipcheckKnowledgeBase *kb,
          GBytes                *answers_bytes)
{
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = lipcheck_answers_new_from_bytes (kb, answers_bytes, "answers.json", &error);
  g_assert_no_error (error);

  return lipcheck_evaluate (kb, answers, NULL);
}

static void
bench_evaluate (LipcheckKnowledgeBase *kb,
                GBytes                *answers_bytes)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < 2000; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LipcheckResult) result = evaluate (kb, answers_bytes);
      gint64 time = g_get_monotonic_time () - start;

      g_array_append_val (times, time);
    }

  add_row ("read + evaluate an answers file (every answer yes)", median_ms (times), 0, NULL);
}

static gint64
time_pdf (LipcheckResult *result,
          GFile          *file)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 1, 15, 10, 30, 0);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(LipcheckSummary) summary = lipcheck_summary_new (result, date);

  lipcheck_summary_write_pdf (summary, file, LIPCHECK_PAPER_A4, &error);
  g_assert_no_error (error);

  return g_get_monotonic_time () - start;
}

static void
bench_pdf (LipcheckKnowledgeBase *kb,
           GBytes                *answers_bytes,
           const char            *directory)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(LipcheckResult) result = evaluate (kb, answers_bytes);
  g_autofree char *path = g_build_filename (directory, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = NULL;
  gint64 cold = time_pdf (result, file);

  for (guint i = 0; i < 30; i++)
    {
      gint64 time = time_pdf (result, file);

      g_array_append_val (times, time);
    }
  g_unlink (path);

  first = g_strdup_printf ("the first, with fonts to load: %.1f ms", cold / 1000.0);
  add_row ("write the summary PDF (every answer yes)", median_ms (times), 100, first);
}

/* The browse filter */

static GListModel *
causes_and_tips (LipcheckKnowledgeBase *kb)
{
  GListStore *store = g_list_store_new (LIPCHECK_TYPE_ENTRY);
  LipcheckKind kinds[] = { LIPCHECK_KIND_CAUSE, LIPCHECK_KIND_TIP };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GListModel *entries = lipcheck_knowledge_base_get_entries (kb, kinds[k]);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (entries, i);

          g_list_store_append (store, entry);
        }
    }

  return G_LIST_MODEL (store);
}

/* The browse page's model: a GtkStringFilter on "search-text" under a single selection. */
static GtkSingleSelection *
browse_model (GListModel       *entries,
              GtkStringFilter **filter)
{
  GtkExpression *expression = gtk_property_expression_new (LIPCHECK_TYPE_ENTRY, NULL, "search-text");
  GtkFilterListModel *filtered;

  *filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (*filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (*filter, TRUE);
  filtered = gtk_filter_list_model_new (g_object_ref (entries), GTK_FILTER (g_object_ref (*filter)));

  return gtk_single_selection_new (G_LIST_MODEL (filtered));
}

static gint64
keystroke (GtkStringFilter    *filter,
           GtkSingleSelection *selection,
           const char         *search,
           guint              *n_shown)
{
  gint64 start = g_get_monotonic_time ();

  gtk_string_filter_set_search (filter, search);
  *n_shown = g_list_model_get_n_items (G_LIST_MODEL (selection));

  return g_get_monotonic_time () - start;
}

/* Types the word and erases it; adds each keystroke's time to @times, returns the first's. */
static gint64
type_and_erase (GtkStringFilter    *filter,
                GtkSingleSelection *selection,
                GArray             *times,
                guint              *n_shown)
{
  gsize length = strlen (SEARCH_WORD);
  gint64 first = 0;
  guint shown;

  for (gsize i = 1; i <= 2 * length; i++)
    {
      gsize n = i <= length ? i : 2 * length - i;
      g_autofree char *search = g_strndup (SEARCH_WORD, n);
      gint64 time = keystroke (filter, selection, search, &shown);

      if (i == 1)
        first = time;
      if (n == length)
        *n_shown = shown;
      g_array_append_val (times, time);
    }

  return first;
}

static void
bench_filter (LipcheckKnowledgeBase *kb)
{
  g_autoptr(GListModel) entries = causes_and_tips (kb);
  g_autoptr(GtkStringFilter) filter = NULL;
  g_autoptr(GtkSingleSelection) selection = browse_model (entries, &filter);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) worst = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *what = NULL;
  g_autofree char *what_worst = NULL;
  g_autofree char *cold = NULL;
  guint n_shown = 0;
  gint64 first = type_and_erase (filter, selection, times, &n_shown);

  g_array_set_size (times, 0);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GArray) round = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 max;

      type_and_erase (filter, selection, round, &n_shown);
      g_array_append_vals (times, round->data, round->len);
      max = (gint64)(max_ms (round) * 1000);
      g_array_append_val (worst, max);
    }

  what = g_strdup_printf ("filter %u entries, a keystroke typing and erasing “%s”",
                          g_list_model_get_n_items (entries), SEARCH_WORD);
  what_worst = g_strdup_printf ("filter %u entries, the slowest keystroke of the word", g_list_model_get_n_items (entries));
  cold = g_strdup_printf ("the very first, search texts to build: %.1f ms; “%s” shows %u",
                          first / 1000.0, SEARCH_WORD, n_shown);
  add_row (what, median_ms (times), 16, NULL);
  add_row (what_worst, median_ms (worst), 16, cold);
}

/* The table */

static void
print_table (void)
{
  g_print ("\n%-72s %10s %8s  %s\n", "what", "median ms", "target", "verdict");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      g_autofree char *target = row->target_ms > 0 ? g_strdup_printf ("< %g", row->target_ms) : g_strdup ("—");
      const char *verdict = row->target_ms <= 0 ? "" : row->median_ms < row->target_ms ? "met" : "MISSED";

      g_print ("%-72s %10.3f %8s  %s\n", row->what, row->median_ms, target, verdict);
      if (row->note != NULL)
        g_print ("    (%s)\n", row->note);
    }
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, length);
}

/* One operation, run once after a first run, for a profiler (valgrind --tool=callgrind
 * --toggle-collect=run_profiled): no table. */
G_GNUC_NO_INLINE static void
run_profiled (const char            *operation,
              GBytes                *bytes,
              LipcheckKnowledgeBase *kb,
              GBytes                *answers,
              GFile                 *pdf)
{
  if (g_str_equal (operation, "load") || g_str_equal (operation, "load-10000"))
    g_object_unref (load_kb (bytes));
  else if (g_str_equal (operation, "evaluate"))
    g_object_unref (evaluate (kb, answers));
  else if (g_str_equal (operation, "pdf"))
    {
      g_autoptr(LipcheckResult) result = evaluate (kb, answers);

      time_pdf (result, pdf);
    }
  else if (g_str_equal (operation, "filter"))
    {
      g_autoptr(GListModel) entries = causes_and_tips (kb);
      g_autoptr(GtkStringFilter) filter = NULL;
      g_autoptr(GtkSingleSelection) selection = browse_model (entries, &filter);
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint n_shown;

      type_and_erase (filter, selection, times, &n_shown);
    }
  else
    g_error ("No operation “%s”", operation);
}

static int
profile (const char *kb_path,
         const char *answers_path,
         const char *operation)
{
  g_autoptr(GBytes) shipped = read_file (kb_path);
  g_autoptr(GBytes) answers = read_file (answers_path);
  gboolean big = g_str_equal (operation, "load-10000") || g_str_equal (operation, "filter");
  g_autoptr(GBytes) bytes = big ? generate_kb (shipped, 10000) : g_bytes_ref (shipped);
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "lipcheck-bench-profile.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (path);

  run_profiled (operation, bytes, kb, answers, pdf);
  run_profiled (operation, bytes, kb, answers, pdf);
  g_unlink (path);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) shipped = NULL;
  g_autoptr(GBytes) answers = NULL;
  g_autoptr(GBytes) kb_1000 = NULL;
  g_autoptr(GBytes) kb_10000 = NULL;
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(LipcheckKnowledgeBase) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = NULL;
  guint n_1000, n_10000;
  gint64 start = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  if (argc == 4)
    return profile (argv[1], argv[2], argv[3]);
  if (argc != 3)
    {
      g_printerr ("Usage: %s KNOWLEDGE-BASE.json ANSWERS.json [load|load-10000|evaluate|pdf|filter]\n", argv[0]);
      return 2;
    }

  rows = g_array_new (FALSE, FALSE, sizeof (Row));
  shipped = read_file (argv[1]);
  answers = read_file (argv[2]);
  kb_1000 = generate_kb (shipped, 1000);
  kb_10000 = generate_kb (shipped, 10000);
  directory = g_dir_make_tmp ("lipcheck-bench-XXXXXX", &error);
  g_assert_no_error (error);

  g_printerr ("Engine benchmarks (median of many runs):\n");
  bench_loads (shipped, kb_1000, kb_10000, &n_1000, &n_10000);
  kb = load_kb (shipped);
  bench_evaluate (kb, answers);
  bench_pdf (kb, answers, directory);
  big = load_kb (kb_10000);
  bench_filter (big);
  g_rmdir (directory);

  print_table ();
  g_print ("\nengine benchmark wall time: %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
  g_array_unref (rows);

  return 0;
}
