/* bench-timeline.c: the timeline's benchmark: a frame of a year of entries, its drawing kept and made again. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Usage: bench-timeline (needs a display: build-aux/bench.sh runs it under xvfb-run)
 *
 * Puts a timeline of a 365-day diary (every answer given) in a 360-pixel-wide scrolled window and
 * times, as medians over many frames, the timeline's snapshot with the days' drawing kept, and
 * with it made again after an entry was replaced (items-changed). Target: under 4 ms
 * a frame. It never fails on a figure: it only prints. */

#define G_LOG_DOMAIN "lipcheck-bench-timeline"

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "lipcheck-diary.h"
#include "lipcheck-timeline.h"

#define FRAMES 200

static LipcheckDiary *
year_diary (void)
{
  static const char * const places[] = { "eyelid-left", "upper-lip-left", NULL };
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2025);
  for (guint i = 0; i < 365; i++, g_date_add_days (&date, 1))
    {
      g_autoptr(LipcheckDiaryEntry) entry = lipcheck_diary_entry_new (&date, i % 3);
      g_autoptr(LipcheckDiaryEntry) replaced = NULL;

      g_object_set (entry, "places", places, "caffeine-cups", (int)(i % 8), "sleep-hours", (int)(4 + i % 6),
                    "stress", LIPCHECK_TRISTATE_NO + i % 2, "alcohol", LIPCHECK_TRISTATE_NO + i % 2, NULL);
      replaced = lipcheck_diary_add (diary, entry);
    }

  return diary;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* One frame's snapshot of the timeline (its own snapshot function, as GTK calls it), in ms. */
static double
time_frame (GtkWidget *widget,
            gboolean   remake)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 start;

  /* An entry replaced by a copy: items-changed, as when the person edits a day. */
  if (remake)
    {
      LipcheckDiary *diary = lipcheck_timeline_get_diary (LIPCHECK_TIMELINE (widget));
      g_autoptr(LipcheckDiaryEntry) copy = lipcheck_diary_entry_copy (lipcheck_diary_get_entry (diary, 100));
      g_autoptr(LipcheckDiaryEntry) replaced = lipcheck_diary_add (diary, copy);
    }

  start = g_get_monotonic_time ();
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
median_frame (GtkWidget *widget,
              gboolean   remake)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < FRAMES; i++)
    {
      double ms = time_frame (widget, remake);

      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LipcheckDiary) diary = NULL;
  GtkWidget *window, *scroller, *timeline;
  guint draws;
  double kept, remade;

  setlocale (LC_ALL, "");
  gtk_init ();
  diary = year_diary ();
  window = gtk_window_new ();
  scroller = gtk_scrolled_window_new ();
  timeline = lipcheck_timeline_new ();
  lipcheck_timeline_set_diary (LIPCHECK_TIMELINE (timeline), diary);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), timeline);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 200);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  kept = median_frame (timeline, FALSE);
  draws = lipcheck_timeline_get_n_draws (LIPCHECK_TIMELINE (timeline));
  remade = median_frame (timeline, TRUE);

  g_print ("%-52s %8s\n", "timeline of 365 entries, 360 px (median of frames)", "frame");
  g_print ("%-52s %6.2f ms   (target under 4 ms%s)\n", "drawing kept (a redraw, scrolling)", kept, kept < 4 ? "" : ": MISSED");
  g_print ("%-52s %6.2f ms   (target under 4 ms%s)\n", "drawing made again (an entry replaced)", remade,
           remade < 4 ? "" : ": MISSED");
  g_print ("drawings made: %u for %u kept frames, %u for %u remade ones\n", draws, FRAMES,
           lipcheck_timeline_get_n_draws (LIPCHECK_TIMELINE (timeline)) - draws, FRAMES);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
