/* test-timeline.c: the diary's timeline on its own: keyboard, accessible rows, scrolling, redraws. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "lipcheck-diary.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-timeline.h"

/* Tuesday 24 November 2026, the example day. */
#define EXAMPLE_DAY 24

static guint32
november (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_NOVEMBER, 2026);
  return g_date_get_julian (&date);
}

static LipcheckDiaryEntry *
add_day (LipcheckDiary  *diary,
         guint32         julian,
         LipcheckTwitch  twitch)
{
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = lipcheck_diary_entry_new (&date, twitch);
  replaced = lipcheck_diary_add (diary, entry);
  return entry;
}

/* 20 to 24 November without the 22nd; the 24th is the sentence. */
static LipcheckDiary *
example_diary (void)
{
  LipcheckDiary *diary = lipcheck_diary_new ();
  static const char * const places[] = { "upper-lip-left", NULL };
  LipcheckDiaryEntry *entry;

  add_day (diary, november (20), LIPCHECK_TWITCH_STRONG);
  add_day (diary, november (21), LIPCHECK_TWITCH_NONE);
  add_day (diary, november (23), LIPCHECK_TWITCH_MILD);
  entry = add_day (diary, november (EXAMPLE_DAY), LIPCHECK_TWITCH_MILD);
  lipcheck_diary_entry_set_places (entry, places);
  lipcheck_diary_entry_set_caffeine_cups (entry, 5);
  lipcheck_diary_entry_set_sleep_hours (entry, 6);
  lipcheck_diary_entry_set_stress (entry, LIPCHECK_TRISTATE_YES);
  return diary;
}

typedef struct
{
  GtkWindow        *window;
  GtkWidget        *scroller;
  LipcheckTimeline *timeline;
  LipcheckDiary    *diary;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->diary = example_diary ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->scroller = gtk_scrolled_window_new ();
  fixture->timeline = LIPCHECK_TIMELINE (lipcheck_timeline_new ());
  lipcheck_timeline_set_diary (fixture->timeline, fixture->diary);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fixture->scroller), GTK_WIDGET (fixture->timeline));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (fixture->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_window_set_child (fixture->window, fixture->scroller);
  gtk_window_set_default_size (fixture->window, 360, 300);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  lipcheck_test_iterate ();
  g_assert_finalize_object (fixture->diary);
}

static char *
row_text (LipcheckTimeline *timeline,
          int               index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (lipcheck_timeline_get_rows (timeline), index);

  g_assert_nonnull (row);
  return g_strdup (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row))));
}

static int
selected_index (LipcheckTimeline *timeline)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (lipcheck_timeline_get_rows (timeline));

  g_assert_nonnull (row);
  return gtk_list_box_row_get_index (row);
}

/* A row per day, gaps too, each a sentence; nothing unanswered said as "no". */
static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *first = row_text (fixture->timeline, 0);
  g_autofree char *second = row_text (fixture->timeline, 1);
  g_autofree char *gap = row_text (fixture->timeline, 2);
  g_autofree char *last = row_text (fixture->timeline, 4);

  g_assert_cmpuint (lipcheck_timeline_get_n_days (fixture->timeline), ==, 5);
  g_assert_null (gtk_list_box_get_row_at_index (lipcheck_timeline_get_rows (fixture->timeline), 5));
  g_assert_cmpstr (first, ==, "Friday 20 November: strong twitch");
  g_assert_cmpstr (second, ==, "Saturday 21 November: no twitch");
  g_assert_cmpstr (gap, ==, "Sunday 22 November: no entry");
  g_assert_cmpstr (last, ==, "Tuesday 24 November: mild twitch, left upper lip; 5 cups; 6 hours of sleep; stressed");
}

/* The latest day is selected first; Left and Right move day by day, over gaps too, and stop at
 * the ends; the accessible list and description follow. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *timeline = GTK_WIDGET (fixture->timeline);
  g_autofree char *sentence = NULL;

  g_assert_cmpuint (lipcheck_timeline_get_selected (fixture->timeline), ==, november (EXAMPLE_DAY));
  g_assert_cmpint (selected_index (fixture->timeline), ==, 4);

  gtk_widget_activate_action (timeline, "timeline.next-day", NULL);
  g_assert_cmpuint (lipcheck_timeline_get_selected (fixture->timeline), ==, november (EXAMPLE_DAY));
  gtk_widget_activate_action (timeline, "timeline.previous-day", NULL);
  gtk_widget_activate_action (timeline, "timeline.previous-day", NULL);
  g_assert_cmpuint (lipcheck_timeline_get_selected (fixture->timeline), ==, november (22));
  g_assert_cmpint (selected_index (fixture->timeline), ==, 2);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Sunday 22 November: no entry");

  gtk_widget_activate_action (timeline, "timeline.first-day", NULL);
  gtk_widget_activate_action (timeline, "timeline.previous-day", NULL);
  g_assert_cmpuint (lipcheck_timeline_get_selected (fixture->timeline), ==, november (20));
  gtk_widget_activate_action (timeline, "timeline.last-day", NULL);
  g_assert_cmpuint (lipcheck_timeline_get_selected (fixture->timeline), ==, november (EXAMPLE_DAY));
  sentence = row_text (fixture->timeline, 4);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence);
  g_assert_true (gtk_widget_get_focusable (timeline));
}

static void
activated_cb (LipcheckTimeline *timeline,
              const GDate      *date,
              guint32          *julian)
{
  *julian = g_date_get_julian (date);
}

/* Enter emits day-activated with the selected day's date. */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  guint32 julian = 0;

  g_signal_connect (fixture->timeline, "day-activated", G_CALLBACK (activated_cb), &julian);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.previous-day", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.activate-day", NULL);
  g_assert_cmpuint (julian, ==, november (23));
}

/* The drawing is made again when the diary changes, not for a redraw alone; rows follow. */
static void
test_redraw_on_change (Fixture       *fixture,
                       gconstpointer  data)
{
  guint draws = lipcheck_timeline_get_n_draws (fixture->timeline);
  g_autofree char *gap = NULL;

  g_assert_cmpuint (draws, >=, 1);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->timeline));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (lipcheck_timeline_get_n_draws (fixture->timeline), ==, draws);

  add_day (fixture->diary, november (22), LIPCHECK_TWITCH_STRONG);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (lipcheck_timeline_get_n_draws (fixture->timeline), ==, draws + 1);
  gap = row_text (fixture->timeline, 2);
  g_assert_cmpstr (gap, ==, "Sunday 22 November: strong twitch");

  add_day (fixture->diary, november (26), LIPCHECK_TWITCH_NONE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (lipcheck_timeline_get_n_days (fixture->timeline), ==, 7);
  g_assert_cmpuint (lipcheck_timeline_get_n_draws (fixture->timeline), ==, draws + 2);
}

/* Two months in a 360-pixel window: it scrolls, with the latest day in view. */
static void
test_latest_in_view (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (fixture->scroller));
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();

  for (guint i = 0; i < 60; i += 2)
    add_day (diary, november (1) - 30 + i, i % 3);
  lipcheck_timeline_set_diary (fixture->timeline, diary);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  lipcheck_test_iterate ();

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment),
                                  gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.first-day", NULL);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), 0, 1);
  lipcheck_timeline_set_diary (fixture->timeline, NULL);
  g_assert_cmpuint (lipcheck_timeline_get_n_days (fixture->timeline), ==, 0);
}

/* The day's sentence in the interface's language, its names from Lipcheck's catalogue and not
 * from LC_TIME: only C.UTF-8 is installed, so g_date_time_format() would say "Tuesday". */
static void
test_translated_day (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct { const char *language, *sentence, *gap; } expected[] = {
    { "de", "Dienstag, 24. November: leichtes Zucken, linke Oberlippe; 5 Tassen; 6 Stunden Schlaf; gestresst",
      "Sonntag, 22. November: " },
    { "es", "martes, 24 de noviembre: ", "domingo, 22 de noviembre: " },
  };
  g_autofree char *locale_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);

  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *sentence = NULL;
      g_autofree char *gap = NULL;

      g_setenv ("LANGUAGE", expected[i].language, TRUE);
      setlocale (LC_ALL, "");
      sentence = lipcheck_timeline_describe_day (fixture->diary, november (EXAMPLE_DAY));
      gap = lipcheck_timeline_describe_day (fixture->diary, november (22));
      g_assert_true (g_str_has_prefix (sentence, expected[i].sentence));
      g_assert_true (g_str_has_prefix (gap, expected[i].gap));
      g_assert_null (strstr (sentence, "Tuesday"));
    }
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "C");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/lipcheck/timeline/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/lipcheck/timeline/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/lipcheck/timeline/activate", Fixture, NULL, fixture_set_up, test_activate, fixture_tear_down);
  g_test_add ("/lipcheck/timeline/redraw-on-change", Fixture, NULL, fixture_set_up, test_redraw_on_change, fixture_tear_down);
  g_test_add ("/lipcheck/timeline/latest-in-view", Fixture, NULL, fixture_set_up, test_latest_in_view, fixture_tear_down);
  g_test_add ("/lipcheck/timeline/translated-day", Fixture, NULL, fixture_set_up, test_translated_day, fixture_tear_down);

  return g_test_run ();
}
