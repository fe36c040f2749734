/* bench-engine.c: the engine's benchmarks: load, evaluate, summary PDF, browse filter. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Usage: bench-engine KNOWLEDGE-BASE.json ANSWERS.json [OPERATION]
 *
 * Each operation runs many times; the table gives the median wall time (g_get_monotonic_time),
 * the median CPU time of the thread (which a busy machine disturbs less), the target and
 * whether the wall time meets it. It never fails on a missed target: it only prints. The
 * knowledge bases of 1,000 and 10,000 entries are the shipped file with that many tips and
 * causes added (nine tips to one cause: a cause is four times a tip's size, and the whole must
 * stay under the loader's 4 MiB). The filter runs without a display: list models need none.
 *
 * With an OPERATION (load, load-1000, load-10000, evaluate, pdf, filter, search-filter) it runs
 * that one twice and prints nothing, for valgrind --tool=callgrind --toggle-collect=run_profiled. */

#define G_LOG_DOMAIN "lipcheck-bench"

#include "config.h"

#include <locale.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"
#include "lipcheck-search-filter.h"
#include "lipcheck-summary.h"

/* What the browse benchmark types, one character at a time, then erases. */
#define SEARCH_WORD "caffeine"

typedef struct
{
  const char *what;
  double      wall_ms;
  double      cpu_ms;
  double      target_ms; /* 0: no target */
  const char *note;
} Row;

static GArray *rows;

/* Times */

typedef struct
{
  gint64 wall;
  gint64 cpu;
} Clock;

/* Wall and CPU times of a series of runs, in microseconds. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
} Times;

static Clock
clock_now (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu);

  return (Clock) { g_get_monotonic_time (), cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000 };
}

static Clock
clock_since (Clock start)
{
  Clock now = clock_now ();

  return (Clock) { now.wall - start.wall, now.cpu - start.cpu };
}

static void
times_init (Times *times)
{
  times->wall = g_array_new (FALSE, FALSE, sizeof (gint64));
  times->cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
times_clear (Times *times)
{
  g_clear_pointer (&times->wall, g_array_unref);
  g_clear_pointer (&times->cpu, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Times, times_clear)

static void
times_add (Times *times,
           Clock  elapsed)
{
  g_array_append_val (times->wall, elapsed.wall);
  g_array_append_val (times->cpu, elapsed.cpu);
}

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

static Clock
times_max (Times *times)
{
  g_array_sort (times->wall, compare_times);
  g_array_sort (times->cpu, compare_times);

  return (Clock) { g_array_index (times->wall, gint64, times->wall->len - 1),
                   g_array_index (times->cpu, gint64, times->cpu->len - 1) };
}

static void
add_row (const char *what,
         Times      *times,
         double      target_ms,
         const char *note)
{
  Row row = { g_intern_string (what), median_ms (times->wall), median_ms (times->cpu), target_ms,
              note != NULL ? g_intern_string (note) : NULL };

  g_array_append_val (rows, row);
  g_printerr ("  %s: %.3f ms\n", what, row.wall_ms);
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

/* Loading */

static LipcheckKnowledgeBase *
load_kb (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_from_bytes (bytes, "knowledge-base.json", &error);

  g_assert_no_error (error);

  return kb;
}

static void
bench_load (GBytes *bytes,
            guint   repetitions,
            Times  *times)
{
  times_init (times);
  for (guint i = 0; i < repetitions; i++)
    {
      Clock start = clock_now ();
      g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);

      times_add (times, clock_since (start));
    }
}

/* What json-glib alone costs, parsing the text into a tree and freeing it: the loader's floor. */
static void
bench_json_glib (GBytes *bytes,
                 guint   repetitions,
                 Times  *times)
{
  times_init (times);
  for (guint i = 0; i < repetitions; i++)
    {
      Clock start = clock_now ();
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;

      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      g_clear_object (&parser);
      times_add (times, clock_since (start));
    }
}

static guint
count_entries (GBytes *bytes)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);
  guint n = 0;

  for (guint kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    n += g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (kb, kind));

  return n;
}

static char *
describe_kb (const char *what,
             GBytes     *bytes)
{
  return g_strdup_printf ("%s (%u entries, %zu KiB)", what, count_entries (bytes), g_bytes_get_size (bytes) / 1024);
}

static void
bench_loads (GBytes *shipped,
             GBytes *kb_1000,
             GBytes *kb_10000)
{
  g_autofree char *what0 = describe_kb ("load + validate the shipped file", shipped);
  g_autofree char *what1 = describe_kb ("load + validate, 1,000 entries added", kb_1000);
  g_autofree char *what2 = describe_kb ("load + validate, 10,000 entries added", kb_10000);
  g_autofree char *linearity = NULL;
  g_auto(Times) times0 = { 0 };
  g_auto(Times) times1 = { 0 };
  g_auto(Times) times2 = { 0 };
  g_auto(Times) floor = { 0 };
  double n1 = count_entries (kb_1000);
  double n2 = count_entries (kb_10000);
  double cpu1, cpu2;

  bench_load (shipped, 200, &times0);
  add_row (what0, &times0, 0, NULL);
  bench_load (kb_1000, 40, &times1);
  add_row (what1, &times1, 0, NULL);
  bench_load (kb_10000, 15, &times2);
  cpu1 = median_ms (times1.cpu);
  cpu2 = median_ms (times2.cpu);
  linearity = g_strdup_printf ("CPU time an entry: %.1f µs at 1,000, %.1f µs at 10,000, ratio %.2f; 1.00 is linear",
                               1000 * cpu1 / n1, 1000 * cpu2 / n2, (cpu2 / n2) / (cpu1 / n1));
  add_row (what2, &times2, 50, linearity);
  bench_json_glib (kb_10000, 15, &floor);
  add_row ("json-glib alone, parsing and freeing the 10,000 (the floor of a load)", &floor, 0, NULL);
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
  g_auto(Times) times = { 0 };

  times_init (&times);
  for (guint i = 0; i < 2000; i++)
    {
      Clock start = clock_now ();
      g_autoptr(LipcheckResult) result = evaluate (kb, answers_bytes);

      times_add (&times, clock_since (start));
    }

  add_row ("read + evaluate an answers file (every answer yes)", &times, 0, NULL);
}

static Clock
time_pdf (LipcheckResult *result,
          GFile          *file)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 1, 15, 10, 30, 0);
  g_autoptr(GError) error = NULL;
  Clock start = clock_now ();
  g_autoptr(LipcheckSummary) summary = lipcheck_summary_new (result, date);

  lipcheck_summary_write_pdf (summary, file, LIPCHECK_PAPER_A4, &error);
  g_assert_no_error (error);

  return clock_since (start);
}

static void
bench_pdf (LipcheckKnowledgeBase *kb,
           GBytes                *answers_bytes,
           const char            *directory)
{
  g_autoptr(LipcheckResult) result = evaluate (kb, answers_bytes);
  g_autofree char *path = g_build_filename (directory, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = NULL;
  g_auto(Times) times = { 0 };
  Clock cold = time_pdf (result, file);

  times_init (&times);
  for (guint i = 0; i < 30; i++)
    times_add (&times, time_pdf (result, file));
  g_unlink (path);

  first = g_strdup_printf ("the first in the process, with fonts to load: %.1f ms", cold.wall / 1000.0);
  add_row ("write the summary PDF (every answer yes)", &times, 100, first);
}

/* The browse filter */

/* The browse page's filter: GtkStringFilter as ui/lipcheck-browse-page.ui has it now, or
 * LipcheckSearchFilter, which folds the search once instead of every entry at every keystroke. */
typedef enum
{
  STRING_FILTER,
  SEARCH_FILTER,
} FilterKind;

static const char * const filter_names[] = { "GtkStringFilter", "LipcheckSearchFilter" };

static GtkFilter *
new_filter (FilterKind kind)
{
  GtkStringFilter *filter;

  if (kind == SEARCH_FILTER)
    return GTK_FILTER (lipcheck_search_filter_new ());

  filter = gtk_string_filter_new (gtk_property_expression_new (LIPCHECK_TYPE_ENTRY, NULL, "search-text"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, TRUE);

  return GTK_FILTER (filter);
}

/* The browse page's model: the filter under a single selection. */
static GtkSingleSelection *
browse_model (GListModel *entries,
              GtkFilter  *filter)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (entries), g_object_ref (filter));

  return gtk_single_selection_new (G_LIST_MODEL (filtered));
}

static Clock
keystroke (GtkFilter          *filter,
           GtkSingleSelection *selection,
           const char         *search,
           guint              *n_shown)
{
  Clock start = clock_now ();

  if (GTK_IS_STRING_FILTER (filter))
    gtk_string_filter_set_search (GTK_STRING_FILTER (filter), search);
  else
    lipcheck_search_filter_set_search (LIPCHECK_SEARCH_FILTER (filter), search);
  *n_shown = g_list_model_get_n_items (G_LIST_MODEL (selection));

  return clock_since (start);
}

/* Types the word and erases it; adds each keystroke's time to @times, returns the first's. */
static Clock
type_and_erase (GtkFilter          *filter,
                GtkSingleSelection *selection,
                Times              *times,
                guint              *n_shown)
{
  gsize length = strlen (SEARCH_WORD);
  Clock first = { 0 };
  guint shown;

  for (gsize i = 1; i <= 2 * length; i++)
    {
      gsize n = i <= length ? i : 2 * length - i;
      g_autofree char *search = g_strndup (SEARCH_WORD, n);
      Clock time = keystroke (filter, selection, search, &shown);

      if (i == 1)
        first = time;
      if (n == length)
        *n_shown = shown;
      times_add (times, time);
    }

  return first;
}

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

/* On a knowledge base just loaded: the first keystroke builds every entry's search text. */
static void
bench_filter (GBytes     *bytes,
              FilterKind  kind)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);
  g_autoptr(GListModel) entries = causes_and_tips (kb);
  g_autoptr(GtkFilter) filter = new_filter (kind);
  g_autoptr(GtkSingleSelection) selection = browse_model (entries, filter);
  g_autofree char *what = NULL;
  g_autofree char *what_worst = NULL;
  g_autofree char *note = NULL;
  g_auto(Times) times = { 0 };
  g_auto(Times) worst = { 0 };
  guint n_shown = 0;
  Clock first;

  times_init (&times);
  times_init (&worst);
  first = type_and_erase (filter, selection, &times, &n_shown);
  g_array_set_size (times.wall, 0);
  g_array_set_size (times.cpu, 0);

  for (guint i = 0; i < 20; i++)
    {
      g_auto(Times) round = { 0 };

      times_init (&round);
      type_and_erase (filter, selection, &round, &n_shown);
      g_array_append_vals (times.wall, round.wall->data, round.wall->len);
      g_array_append_vals (times.cpu, round.cpu->data, round.cpu->len);
      times_add (&worst, times_max (&round));
    }

  what = g_strdup_printf ("%s, %u entries: a keystroke of “%s”, typed and erased",
                          filter_names[kind], g_list_model_get_n_items (entries), SEARCH_WORD);
  what_worst = g_strdup_printf ("%s, %u entries: the slowest keystroke of the word",
                                filter_names[kind], g_list_model_get_n_items (entries));
  note = g_strdup_printf ("the first keystroke after loading, search texts to build: %.1f ms; “%s” shows %u",
                          first.wall / 1000.0, SEARCH_WORD, n_shown);
  add_row (what, &times, 16, NULL);
  add_row (what_worst, &worst, 16, note);
}

/* The table */

/* @text padded with spaces to @width characters: printf pads bytes. */
static char *
pad (const char *text,
     int         width)
{
  int length = g_utf8_strlen (text, -1);

  return g_strdup_printf ("%s%*s", text, MAX (0, width - length), "");
}

static void
print_table (void)
{
  g_autofree char *heading = pad ("what", 80);

  g_print ("\n%s %9s %9s %8s  %s\n", heading, "wall ms", "CPU ms", "target", "verdict");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      g_autofree char *what = pad (row->what, 80);
      g_autofree char *target = g_strdup_printf ("< %g", row->target_ms);
      const char *verdict = row->target_ms <= 0 ? "" : row->wall_ms < row->target_ms ? "met" : "MISSED";

      g_print ("%s %9.3f %9.3f %8s  %s\n", what, row->wall_ms, row->cpu_ms,
               row->target_ms > 0 ? target : "", verdict);
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

/* Profiling */

/* One operation, for a profiler: valgrind --tool=callgrind --toggle-collect=run_profiled. */
G_GNUC_NO_INLINE static void
run_profiled (const char            *operation,
              GBytes                *bytes,
              LipcheckKnowledgeBase *kb,
              GBytes                *answers,
              GFile                 *pdf)
{
  if (g_str_has_prefix (operation, "load"))
    g_object_unref (load_kb (bytes));
  else if (g_str_equal (operation, "evaluate"))
    g_object_unref (evaluate (kb, answers));
  else if (g_str_equal (operation, "pdf"))
    {
      g_autoptr(LipcheckResult) result = evaluate (kb, answers);

      time_pdf (result, pdf);
    }
  else if (g_str_equal (operation, "filter") || g_str_equal (operation, "search-filter"))
    {
      g_autoptr(GListModel) entries = causes_and_tips (kb);
      g_autoptr(GtkFilter) filter = new_filter (g_str_equal (operation, "filter") ? STRING_FILTER : SEARCH_FILTER);
      g_autoptr(GtkSingleSelection) selection = browse_model (entries, filter);
      g_auto(Times) times = { 0 };
      guint n_shown;

      times_init (&times);
      type_and_erase (filter, selection, &times, &n_shown);
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
  guint n_entries = g_str_equal (operation, "load-1000") ? 1000 :
                    g_str_equal (operation, "load-10000") || g_str_has_suffix (operation, "filter") ? 10000 : 0;
  g_autoptr(GBytes) bytes = n_entries > 0 ? generate_kb (shipped, n_entries) : g_bytes_ref (shipped);
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb (bytes);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "lipcheck-bench-profile.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (path);

  run_profiled (operation, bytes, kb, answers, pdf);
  run_profiled (operation, bytes, kb, answers, pdf);
  g_unlink (path);

  return 0;
}

/* meson's default test setup applies to benchmarks too, and G_DEBUG=gc-friendly or
 * G_SLICE=always-malloc change how GLib allocates: run again without them. GLib reads them
 * before main (), so they must be gone before the program starts. */
static void
leave_test_environment (char *argv[])
{
  static const char * const variables[] = { "G_DEBUG", "G_SLICE", "MALLOC_PERTURB_", "MALLOC_CHECK_" };
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    if (g_getenv (variables[i]) != NULL)
      {
        g_unsetenv (variables[i]);
        found = TRUE;
      }

  if (found)
    execv ("/proc/self/exe", argv);
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
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = NULL;
  gint64 start = g_get_monotonic_time ();

  leave_test_environment (argv);
  setlocale (LC_ALL, "");
  if (argc == 4)
    return profile (argv[1], argv[2], argv[3]);
  if (argc != 3)
    {
      g_printerr ("Usage: %s KNOWLEDGE-BASE.json ANSWERS.json [OPERATION]\n", argv[0]);
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
  bench_loads (shipped, kb_1000, kb_10000);
  kb = load_kb (shipped);
  bench_evaluate (kb, answers);
  bench_pdf (kb, answers, directory);
  bench_filter (kb_10000, STRING_FILTER);
  bench_filter (kb_10000, SEARCH_FILTER);
  g_rmdir (directory);

  print_table ();
  g_print ("\nengine benchmark wall time: %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
  g_array_unref (rows);

  return 0;
}
