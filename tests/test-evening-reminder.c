/* test-evening-reminder.c: tests of the Diary's evening reminder: its button, its autostart entry
 * as the person turns it on and off and ends the diary, and the notification's action. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-evening-reminder"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lipcheck-application.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-evening-reminder.h"
#include "lipcheck-reminder.h"
#include "lipcheck-reminder-button.h"
#include "lipcheck-window.h"
#include "lipcheck-test-widgets.h"

typedef struct
{
  LipcheckApplication     *app;
  GSettings               *settings;
  LipcheckEveningReminder *reminder;
  LipcheckWindow          *window;
  LipcheckDiaryPage       *page;
  GFile                   *autostart;
} Fixture;

/* The person's own diary, begun yesterday with no entry yet. */
static void
write_own_diary (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *day = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *json = g_strdup_printf ("{\"format\": 1, \"noticed\": \"%s\", \"settled\": null, \"entries\": []}", day);
  g_autoptr(GFile) file = lipcheck_diary_file_default ();
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (parent, NULL, NULL);
  g_file_replace_contents (file, json, strlen (json), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  write_own_diary ();
  fixture->app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, &error));
  g_assert_no_error (error);
  fixture->settings = lipcheck_application_get_settings (fixture->app);
  g_assert_nonnull (fixture->settings);
  g_settings_reset (fixture->settings, "reminder");
  g_settings_reset (fixture->settings, "reminder-time");
  /* Already sent today, whatever the clock says: these tests send none. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    g_settings_set_string (fixture->settings, "reminder-sent", today);
  }
  kb = lipcheck_application_get_knowledge_base (fixture->app);

  /* The one instance's reminder, as the application starts it. */
  fixture->reminder = lipcheck_evening_reminder_new (G_APPLICATION (fixture->app), kb, fixture->settings);
  lipcheck_evening_reminder_update (fixture->reminder);
  fixture->autostart = lipcheck_reminder_autostart_file ();

  fixture->window = lipcheck_window_new (GTK_APPLICATION (fixture->app), kb, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "diary");
  lipcheck_test_iterate ();
  fixture->page = LIPCHECK_DIARY_PAGE (lipcheck_test_find_by_type (GTK_WIDGET (fixture->window), LIPCHECK_TYPE_DIARY_PAGE));
  g_assert_nonnull (fixture->page);
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "keeping");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) diary = lipcheck_diary_file_default ();

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "reminder");
  g_clear_object (&fixture->reminder);
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->autostart);
  g_file_delete (diary, NULL, NULL);
}

static GtkWidget *
find_reminder_button (Fixture *fixture)
{
  GtkWidget *button = lipcheck_test_find_by_type (GTK_WIDGET (fixture->page), LIPCHECK_TYPE_REMINDER_BUTTON);

  g_assert_nonnull (button);
  return button;
}

static GtkCheckButton *
find_check (Fixture *fixture)
{
  GtkWidget *check = lipcheck_test_find_by_label (find_reminder_button (fixture), GTK_TYPE_CHECK_BUTTON,
                                                  "_Remind me each evening");

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

static const char *
menu_button_label (Fixture *fixture)
{
  GtkWidget *menu = lipcheck_test_find_by_type (find_reminder_button (fixture), GTK_TYPE_MENU_BUTTON);

  return gtk_menu_button_get_label (GTK_MENU_BUTTON (menu));
}

/* Waits for the reminder to see a change of the diary's file, for at most ten seconds. */
static gboolean
wait_for_autostart (Fixture  *fixture,
                    gboolean  exists)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_file_query_exists (fixture->autostart, NULL) != exists && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (10000), TRUE);

  return g_file_query_exists (fixture->autostart, NULL) == exists;
}

/* Off by default; the button says so without being opened. */
static void
test_off_by_default (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_true (gtk_widget_get_visible (find_reminder_button (fixture)));
  g_assert_false (g_settings_get_boolean (fixture->settings, "reminder"));
  g_assert_false (gtk_check_button_get_active (find_check (fixture)));
  g_assert_cmpstr (menu_button_label (fixture), ==, "Reminder: Off");
  g_assert_false (g_file_query_exists (fixture->autostart, NULL));
}

/* Turned on, the autostart entry appears; turned off, it goes. */
static void
test_turn_on_and_off (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkSpinButton *hour;
  g_autofree char *time = NULL;

  gtk_check_button_set_active (find_check (fixture), TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "reminder"));
  g_assert_true (g_file_query_exists (fixture->autostart, NULL));
  g_assert_cmpstr (menu_button_label (fixture), ==, "Reminder at 20:00");

  hour = GTK_SPIN_BUTTON (lipcheck_test_find_by_type (find_reminder_button (fixture), GTK_TYPE_SPIN_BUTTON));
  gtk_spin_button_set_value (hour, 21);
  time = g_settings_get_string (fixture->settings, "reminder-time");
  g_assert_cmpstr (time, ==, "21:00");
  g_assert_cmpstr (menu_button_label (fixture), ==, "Reminder at 21:00");

  gtk_check_button_set_active (find_check (fixture), FALSE);
  g_assert_false (g_file_query_exists (fixture->autostart, NULL));
  g_assert_cmpstr (menu_button_label (fixture), ==, "Reminder: Off");
}

/* Settling the diary ends it: the reminder lets go of its autostart entry. */
static void
test_settling_removes_autostart (Fixture       *fixture,
                                 gconstpointer  data)
{
  gtk_check_button_set_active (find_check (fixture), TRUE);
  g_assert_true (g_file_query_exists (fixture->autostart, NULL));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.settle", NULL);
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "ended");
  g_assert_true (wait_for_autostart (fixture, FALSE));
  /* The setting stays as the person left it, for the next diary. */
  g_assert_true (g_settings_get_boolean (fixture->settings, "reminder"));
}

/* Archiving the ended diary for a new one leaves no diary: still no autostart entry, and a new
 * diary begun brings it back. */
static void
test_new_diary_brings_it_back (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *entry;

  gtk_check_button_set_active (find_check (fixture), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.settle", NULL);
  g_assert_true (wait_for_autostart (fixture, FALSE));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.new", NULL);
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "start");
  g_assert_true (wait_for_autostart (fixture, FALSE));

  entry = lipcheck_test_find_by_buildable_id (GTK_WIDGET (fixture->page), "noticed_entry");
  g_assert_nonnull (entry);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.start-undated", NULL);
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "keeping");
  g_assert_true (wait_for_autostart (fixture, TRUE));
}

/* Another diary file opened with --diary has no reminder: it is the person's own diary's. */
static void
test_not_for_another_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) other = g_file_new_build_filename (g_get_tmp_dir (), "other-diary.json", NULL);

  lipcheck_window_open_diary (fixture->window, other);
  g_assert_false (gtk_widget_get_visible (find_reminder_button (fixture)));
}

/* The notification's action opens the Diary on today's entry. */
static void
test_open_diary_today (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *page = NULL;
  GtkWidget *today_editor;

  lipcheck_window_show_page (fixture->window, "causes", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "open-diary-today", NULL);
  lipcheck_test_iterate ();

  g_object_get (fixture->window, "visible-page", &page, NULL);
  g_assert_cmpstr (page, ==, "diary");
  today_editor = lipcheck_test_find_by_buildable_id (GTK_WIDGET (fixture->page), "today_editor");
  g_assert_nonnull (today_editor);
  g_assert_true (gtk_widget_get_mapped (today_editor));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add ("/lipcheck/evening-reminder/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("off-by-default", test_off_by_default);
  ADD ("turn-on-and-off", test_turn_on_and_off);
  ADD ("settling-removes-autostart", test_settling_removes_autostart);
  ADD ("new-diary-brings-it-back", test_new_diary_brings_it_back);
  ADD ("not-for-another-file", test_not_for_another_file);
  ADD ("open-diary-today", test_open_diary_today);
#undef ADD

  return g_test_run ();
}
