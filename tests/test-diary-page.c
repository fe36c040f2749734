/* test-diary-page.c: the twitch diary in the window, driven as a person would, with dates moved. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-diary-page"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <unistd.h>

#include "lipcheck-answers.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-timeline.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"
#include "lipcheck-result-view.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-window.h"

#define iterate lipcheck_test_iterate

static LipcheckKnowledgeBase *kb;

typedef struct
{
  char              *dir;
  GFile             *file;
  GtkWidget         *window;
  LipcheckDiaryPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lipcheck-diary-page-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_build_filename (fixture->dir, "diary.json", NULL);
}

/* Writes @json as the diary file (when not NULL) and shows the page on it, on @today. */
static void
show_page (Fixture    *fixture,
           const char *json,
           const char *today)
{
  g_autoptr(GError) error = NULL;

  if (json != NULL)
    {
      g_file_set_contents (g_file_peek_path (fixture->file), json, -1, &error);
      g_assert_no_error (error);
    }

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = g_object_new (LIPCHECK_TYPE_DIARY_PAGE, "today", today, NULL);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  lipcheck_diary_page_set_file (fixture->page, fixture->file);
  lipcheck_diary_page_set_knowledge_base (fixture->page, kb);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_chmod (child, 0700);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->file);
}

/* Finding and pressing, as a person with a keyboard */

static GtkWidget *
find_id (Fixture    *fixture,
         const char *id)
{
  GtkWidget *widget = lipcheck_test_find_by_buildable_id (GTK_WIDGET (fixture->page), id);

  g_assert_nonnull (widget);
  return widget;
}

/* A control (not a label) whose accessible name is @data. */
static gboolean
is_named_control (GtkWidget     *widget,
                  gconstpointer  data)
{
  g_autofree char *mismatch = NULL;

  if (GTK_IS_LABEL (widget) || !(gtk_widget_get_focusable (widget) || GTK_IS_EDITABLE (widget)))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, data);
  return mismatch == NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  GtkWidget *widget = lipcheck_test_find (root, is_named_control, name);

  if (widget == NULL)
    {
      GtkLabel *label = lipcheck_test_find_label (root, name);

      /* A button or check button named by its own label */
      widget = label ? gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_CHECK_BUTTON) : NULL;
      if (widget == NULL && label != NULL)
        widget = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON);
    }
  g_assert_nonnull (widget);
  return widget;
}

static gboolean
focus_is_in (Fixture   *fixture,
             GtkWidget *target)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));
}

/* Tab, Tab, … until @target has the focus. */
static void
tab_to (Fixture   *fixture,
        GtkWidget *target)
{
  for (guint i = 0; i < 400 && !focus_is_in (fixture, target); i++)
    {
      if (!gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD);
      iterate ();
    }
  g_assert_true (focus_is_in (fixture, target));
}

static void
set_flag_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
}

/* Space or Enter on the focused control: it is activated, and its click or toggle happens. */
static void
press (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  const char *signal = GTK_IS_CHECK_BUTTON (focus) ? "toggled" : "clicked";
  gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  gboolean done = FALSE;
  gulong id;

  g_assert_nonnull (focus);
  id = g_signal_connect_swapped (focus, signal, G_CALLBACK (set_flag_cb), &done);
  g_assert_true (gtk_widget_activate (focus));
  while (!done && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (focus, id);
  g_assert_true (done);
  iterate ();
}

static void
tab_and_press (Fixture    *fixture,
               GtkWidget  *root,
               const char *name)
{
  tab_to (fixture, find_named (root, name));
  press (fixture);
}

static LipcheckDiary *
read_back (Fixture    *fixture,
           const char *today)
{
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary;
  GDate date;

  g_assert_true (lipcheck_diary_parse_date (today, &date));
  diary = lipcheck_diary_file_read (kb, fixture->file, &date, &error);
  g_assert_no_error (error);
  return diary;
}

static LipcheckDiaryEntry *
entry_on (LipcheckDiary *diary,
          const char    *day)
{
  GDate date;

  g_assert_true (lipcheck_diary_parse_date (day, &date));
  return lipcheck_diary_lookup (diary, &date);
}

static const char *
label_text (Fixture    *fixture,
            const char *id)
{
  GtkWidget *label = find_id (fixture, id);

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static const char issue_example[] =
  "{\"format\": 1, \"noticed\": \"2026-11-18\", \"settled\": null, \"entries\": ["
  "{\"date\": \"2026-11-20\", \"twitch\": \"mild\", \"places\": [\"eyelid-left\"], \"new-signs\": []}]}";

/* Started and today's entry added from the keyboard alone; what was not touched stays unanswered. */
static void
test_keyboard_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  GtkWidget *editor;
  LipcheckDiaryEntry *entry;

  show_page (fixture, NULL, "2026-11-20");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "start");
  g_assert_null (lipcheck_diary_page_get_diary (fixture->page));

  /* A day after today is refused, and nothing starts. */
  tab_to (fixture, find_id (fixture, "noticed_entry"));
  gtk_editable_set_text (GTK_EDITABLE (find_id (fixture, "noticed_entry")), "2026-11-21");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Start the Diary");
  g_assert_nonnull (label_text (fixture, "noticed_error"));
  g_assert_null (lipcheck_diary_page_get_diary (fixture->page));
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  gtk_editable_set_text (GTK_EDITABLE (find_id (fixture, "noticed_entry")), "2026-11-18");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Start the Diary");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "keeping");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "day_label"))), ==, "Day 3");

  /* Saving needs the twitch answered. */
  editor = find_id (fixture, "today_editor");
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.save-today"));
  tab_and_press (fixture, editor, "Twitch: mild");
  g_assert_true (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.save-today"));
  tab_and_press (fixture, editor, "Your left eyelid");
  tab_and_press (fixture, editor, "Stressed: yes");
  tab_and_press (fixture, editor, "None of these");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Save Today’s Entry");

  diary = read_back (fixture, "2026-11-20");
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 1);
  entry = entry_on (diary, "2026-11-20");
  g_assert_nonnull (entry);
  g_assert_cmpint (lipcheck_diary_entry_get_twitch (entry), ==, LIPCHECK_TWITCH_MILD);
  g_assert_true (lipcheck_diary_entry_has_place (entry, "eyelid-left"));
  g_assert_cmpuint (g_strv_length ((char **)lipcheck_diary_entry_get_places (entry)), ==, 1);
  g_assert_cmpint (lipcheck_diary_entry_get_stress (entry), ==, LIPCHECK_TRISTATE_YES);
  g_assert_cmpint (lipcheck_diary_entry_get_alcohol (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_new_medicine (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_caffeine_cups (entry), ==, LIPCHECK_DIARY_UNANSWERED);
  g_assert_cmpint (lipcheck_diary_entry_get_sleep_hours (entry), ==, LIPCHECK_DIARY_UNANSWERED);
  g_assert_nonnull (lipcheck_diary_entry_get_new_signs (entry));
  g_assert_null (lipcheck_diary_entry_get_new_signs (entry)[0]);
  g_assert_cmpint (lipcheck_diary_entry_get_sudden (entry), ==, LIPCHECK_TRISTATE_UNANSWERED);
  g_assert_null (lipcheck_diary_entry_get_note (entry));

  /* The advice is shown, checked against the diary, with the places so far. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_id (fixture, "days"))), ==, "advice");
  g_assert_nonnull (lipcheck_result_view_get_result (LIPCHECK_RESULT_VIEW (find_id (fixture, "advice_view"))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "places_label"))), ==,
                   "Places so far: Your left eyelid");
}

/* A new day's editor starts with nothing answered; a number out of range is refused and kept. */
static void
test_unanswered_and_bad_number (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  GtkWidget *editor;
  GtkWidget *sleep;

  show_page (fixture, issue_example, "2026-11-21");
  editor = find_id (fixture, "today_editor");
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.save-today"));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (editor, "Twitch: none"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (editor, "Stressed: no"))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (editor, "None of these"))));
  sleep = lipcheck_test_find_by_buildable_id (editor, "sleep");
  g_assert_nonnull (sleep);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sleep)), ==, "");

  tab_and_press (fixture, editor, "Twitch: none");
  tab_to (fixture, sleep);
  gtk_editable_set_text (GTK_EDITABLE (sleep), "25");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.save-today", NULL));
  g_assert_nonnull (label_text (fixture, "today_error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sleep)), ==, "25");
  diary = read_back (fixture, "2026-11-21");
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 1);
}

/* Yesterday's entry is shown and corrected in place: one entry for the day, never a lower urgency. */
static void
test_correct_yesterday (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(LipcheckDiary) before = NULL;
  g_autoptr(LipcheckResult) before_result = NULL;
  LipcheckResult *after_result;
  GtkWidget *editor;

  show_page (fixture, issue_example, "2026-11-21");
  before = read_back (fixture, "2026-11-21");
  before_result = lipcheck_diary_triage_evaluate (before, kb, NULL);

  gtk_stack_set_visible_child_name (GTK_STACK (find_id (fixture, "days")), "yesterday");
  editor = find_id (fixture, "yesterday_editor");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (editor, "Twitch: mild"))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (editor, "Your left eyelid"))));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (editor, "None of these"))));

  tab_and_press (fixture, editor, "Twitch: strong or disruptive");
  tab_and_press (fixture, editor, "Your left upper lip");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Save Yesterday’s Entry");

  diary = read_back (fixture, "2026-11-21");
  g_assert_cmpuint (lipcheck_diary_get_n_entries (diary), ==, 1);
  g_assert_cmpint (lipcheck_diary_entry_get_twitch (entry_on (diary, "2026-11-20")), ==, LIPCHECK_TWITCH_STRONG);
  g_assert_true (lipcheck_diary_entry_has_place (entry_on (diary, "2026-11-20"), "upper-lip-left"));
  after_result = lipcheck_result_view_get_result (LIPCHECK_RESULT_VIEW (find_id (fixture, "advice_view")));
  g_assert_cmpint (lipcheck_result_get_urgency (after_result), >=, lipcheck_result_get_urgency (before_result));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "places_label"))), ==,
                   "Places so far: Your left eyelid, Your left upper lip");
}

/* The page shows the diary's timeline; a day chosen there opens that day's entry. */
static void
test_timeline_opens_day (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *key_words[] = { "strong twitch", "mild", "none", "no entry", "cups", "hours slept",
                              "stress", "alcohol", "day 14" };
  GtkWidget *timeline, *key;
  GDate yesterday;

  show_page (fixture, issue_example, "2026-11-21");
  timeline = find_id (fixture, "timeline");
  g_assert_true (LIPCHECK_IS_TIMELINE (timeline));
  g_assert_true (lipcheck_timeline_get_diary (LIPCHECK_TIMELINE (timeline)) ==
                 lipcheck_diary_page_get_diary (fixture->page));

  /* Its key, one click beneath it, says in words what every mark and row means. */
  g_assert_true (gtk_widget_get_mapped (find_id (fixture, "timeline_key_button")));
  gtk_menu_button_popup (GTK_MENU_BUTTON (find_id (fixture, "timeline_key_button")));
  gtk_test_widget_wait_for_draw (fixture->window);
  key = find_id (fixture, "timeline_key");
  g_assert_true (GTK_IS_LABEL (key));
  g_assert_true (gtk_widget_get_mapped (key));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (find_id (fixture, "timeline_key_button")));
  for (guint i = 0; i < G_N_ELEMENTS (key_words); i++)
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (key)), key_words[i]));

  gtk_stack_set_visible_child_name (GTK_STACK (find_id (fixture, "days")), "advice");
  g_date_clear (&yesterday, 1);
  g_date_set_dmy (&yesterday, 20, G_DATE_NOVEMBER, 2026);
  g_signal_emit_by_name (timeline, "day-activated", &yesterday);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_id (fixture, "days"))), ==, "yesterday");
}

/* Marked settled: a closing page, the file says so; then archived, and a new diary can start. */
static void
test_settle_and_archive (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(GFile) archive = g_file_new_build_filename (fixture->dir, "diary-2026-11-18.json", NULL);
  g_autofree char *settled = NULL;

  show_page (fixture, issue_example, "2026-11-22");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Mark as Settled");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "ended");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "ended_title"))), ==, "Marked as settled");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "ended_label"))), "22 November 2026"));
  diary = read_back (fixture, "2026-11-22");
  settled = lipcheck_diary_format_date (g_date_get_julian (lipcheck_diary_get_settled (diary)));
  g_assert_cmpstr (settled, ==, "2026-11-22");
  g_assert_cmpint (lipcheck_diary_get_end (diary), ==, LIPCHECK_DIARY_END_SETTLED);
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.save-today"));

  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Start a New Diary");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "start");
  g_assert_null (lipcheck_diary_page_get_diary (fixture->page));
  g_assert_false (g_file_query_exists (fixture->file, NULL));
  g_assert_true (g_file_query_exists (archive, NULL));
  g_assert_nonnull (strstr (label_text (fixture, "start_message"), "diary-2026-11-18.json"));
  g_assert_true (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.start"));
}

/* Kept for two weeks (today moved on): the diary ends with the routine result, then starts anew. */
static void
test_two_weeks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) archive = g_file_new_build_filename (fixture->dir, "diary-2026-11-18.json", NULL);
  LipcheckResult *result;
  GtkWidget *editor;

  show_page (fixture, issue_example, "2026-12-01");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "day_label"))), ==, "Day 14");
  editor = find_id (fixture, "today_editor");
  tab_and_press (fixture, editor, "Twitch: mild");
  tab_and_press (fixture, editor, "Your left eyelid");
  tab_and_press (fixture, editor, "None of these");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Save Today’s Entry");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "keeping");

  /* The next day, fifteen days from the day noticed; the advice was in view, Today is chosen. */
  lipcheck_diary_page_set_today (fixture->page, "2026-12-02");
  gtk_stack_set_visible_child_name (GTK_STACK (find_id (fixture, "days")), "advice");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Today");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_id (fixture, "days"))), ==, "today");
  editor = find_id (fixture, "today_editor");
  tab_and_press (fixture, editor, "Twitch: mild");
  tab_and_press (fixture, editor, "None of these");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Save Today’s Entry");

  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "ended");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (fixture, "ended_title"))), ==, "Two weeks");
  result = lipcheck_result_view_get_result (LIPCHECK_RESULT_VIEW (find_id (fixture, "ended_view")));
  g_assert_nonnull (result);
  g_assert_cmpint (lipcheck_result_get_urgency (result), ==, LIPCHECK_URGENCY_ROUTINE);
  g_assert_cmpint (lipcheck_diary_get_end (lipcheck_diary_page_get_diary (fixture->page)), ==,
                   LIPCHECK_DIARY_END_TWO_WEEKS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "diary.new", NULL));
  g_assert_true (g_file_query_exists (archive, NULL));
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "start");
}

/* A file that is not a diary is moved aside and the page says so; nothing is dropped. */
static void
test_unreadable_moved_aside (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  const char *message;
  gboolean found = FALSE;

  show_page (fixture, "{\"format\": 1, \"entries\": [", "2026-11-21");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "start");
  message = label_text (fixture, "start_message");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "could not be read"));
  g_assert_nonnull (strstr (message, "diary.json.corrupt-"));
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    found |= g_str_has_prefix (name, "diary.json.corrupt-");
  g_assert_true (found);
  g_assert_true (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.start"));
}

/* A file that cannot be opened is reported and left alone: no new diary is written over it. */
static void
test_cannot_open_left_alone (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *message;

  /* A folder where the file should be cannot be opened, even by root. */
  g_assert_cmpint (g_mkdir (g_file_peek_path (fixture->file), 0700), ==, 0);
  show_page (fixture, NULL, "2026-11-21");
  message = label_text (fixture, "start_message");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "could not be opened"));
  g_assert_true (g_file_test (g_file_peek_path (fixture->file), G_FILE_TEST_IS_DIR));
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.start"));
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (fixture->page), "diary.start-undated"));
}

static void
test_no_permission (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *message;

  if (geteuid () == 0)
    {
      g_test_skip ("root reads any file");
      return;
    }

  g_assert_true (g_file_set_contents (g_file_peek_path (fixture->file), issue_example, -1, NULL));
  g_assert_cmpint (g_chmod (g_file_peek_path (fixture->file), 0), ==, 0);
  show_page (fixture, NULL, "2026-11-21");
  message = label_text (fixture, "start_message");
  g_assert_nonnull (strstr (message, "could not be opened"));
  g_assert_true (g_file_query_exists (fixture->file, NULL));
}

/* A save that fails keeps the entry on screen, says why, and the diary shown is unchanged. */
static void
test_failed_save_keeps_entry (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (fixture->dir, "sub", NULL);
  g_autoptr(GFile) file = g_file_new_build_filename (sub, "diary.json", NULL);
  GtkWidget *editor;
  GtkWidget *note;
  const char *error;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), issue_example, -1, NULL));
  g_set_object (&fixture->file, file);
  show_page (fixture, NULL, "2026-11-21");
  g_assert_cmpstr (lipcheck_diary_page_get_view (fixture->page), ==, "keeping");

  /* The folder is replaced by a file: nothing can be written there any more. */
  g_assert_cmpint (g_remove (g_file_peek_path (file)), ==, 0);
  g_assert_cmpint (g_rmdir (sub), ==, 0);
  g_assert_true (g_file_set_contents (sub, "", -1, NULL));

  editor = find_id (fixture, "today_editor");
  tab_and_press (fixture, editor, "Twitch: strong or disruptive");
  note = lipcheck_test_find_by_buildable_id (editor, "note");
  g_assert_nonnull (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "after the dentist");
  tab_and_press (fixture, GTK_WIDGET (fixture->page), "Save Today’s Entry");

  error = label_text (fixture, "today_error");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "could not be saved"));
  g_assert_nonnull (strstr (error, "cannot write the diary"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, "after the dentist");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_named (editor, "Twitch: strong or disruptive"))));
  g_assert_cmpuint (lipcheck_diary_get_n_entries (lipcheck_diary_page_get_diary (fixture->page)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_id (fixture, "days"))), ==, "today");
}

/* An emergency says one thing: the page shows only the advice, and no other entry tab or status. */
static void
test_emergency_says_one_thing (Fixture       *fixture,
                               gconstpointer  data)
{
  LipcheckResult *result;

  show_page (fixture,
             "{\"format\": 1, \"noticed\": \"2026-11-18\", \"entries\": ["
             "{\"date\": \"2026-11-20\", \"twitch\": \"mild\", \"new-signs\": [\"asymmetry\"], \"sudden\": true}]}",
             "2026-11-21");
  result = lipcheck_result_view_get_result (LIPCHECK_RESULT_VIEW (find_id (fixture, "advice_view")));
  g_assert_cmpint (lipcheck_result_get_urgency (result), ==, LIPCHECK_URGENCY_EMERGENCY);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_id (fixture, "days"))), ==, "advice");
  g_assert_false (gtk_widget_is_visible (find_id (fixture, "status_box")));
  g_assert_false (gtk_widget_is_visible (find_id (fixture, "days_switcher")));
}

/* The page fits a narrow window: 360 pixels, as on a phone. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();
  int minimum = 0;

  /* With the application's own style, as it runs. */
  gtk_css_provider_load_from_resource (style, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  show_page (fixture, issue_example, "2026-11-21");
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style));
}

/* From the window: "Follow this twitch" writes the check's duration in as a suggestion only. */
static void
test_follow_from_result (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(GtkApplication) app = NULL;
  /* A knowledge base of its own: a window that has shown another page than the self-check keeps
   * a reference to it after it is destroyed (so does the causes page), which the shared one's
   * finalize check would catch. */
  g_autoptr(LipcheckKnowledgeBase) window_kb = lipcheck_knowledge_base_new_default (NULL);
  LipcheckWindow *window;
  LipcheckDiaryPage *page;
  GtkWidget *entry;

  g_setenv ("LIPCHECK_TODAY", "2026-11-21", TRUE);
  app = gtk_application_new ("io.github.lipcheck.Lipcheck.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = lipcheck_window_new (app, window_kb, NULL);
  fixture->window = GTK_WIDGET (window);
  lipcheck_window_open_diary (window, fixture->file);
  page = LIPCHECK_DIARY_PAGE (lipcheck_test_find_by_type (GTK_WIDGET (window), LIPCHECK_TYPE_DIARY_PAGE));
  g_assert_nonnull (page);
  g_assert_true (g_file_equal (lipcheck_diary_page_get_file (page), fixture->file));
  fixture->page = page;

  lipcheck_answers_set_choice (answers, "duration", "weeks");
  lipcheck_window_show_answers (window, answers);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.follow-twitch", NULL));
  iterate ();

  entry = find_id (fixture, "noticed_entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2026-11-07");
  g_assert_nonnull (strstr (label_text (fixture, "suggestion_label"), "Two weeks or more"));
  g_assert_null (lipcheck_diary_page_get_diary (page));
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.start", NULL));
  g_assert_nonnull (lipcheck_diary_page_get_diary (page));
  g_assert_true (g_file_query_exists (fixture->file, NULL));
  g_assert_cmpuint (g_date_get_day (lipcheck_diary_get_noticed (lipcheck_diary_page_get_diary (page))), ==, 7);
  g_unsetenv ("LIPCHECK_TODAY");

  gtk_window_destroy (GTK_WINDOW (window));
  fixture->window = NULL;
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

#define add_test(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  add_test ("/lipcheck/diary-page/keyboard-entry", test_keyboard_entry);
  add_test ("/lipcheck/diary-page/unanswered-and-bad-number", test_unanswered_and_bad_number);
  add_test ("/lipcheck/diary-page/correct-yesterday", test_correct_yesterday);
  add_test ("/lipcheck/diary-page/timeline-opens-day", test_timeline_opens_day);
  add_test ("/lipcheck/diary-page/settle-and-archive", test_settle_and_archive);
  add_test ("/lipcheck/diary-page/two-weeks", test_two_weeks);
  add_test ("/lipcheck/diary-page/unreadable-moved-aside", test_unreadable_moved_aside);
  add_test ("/lipcheck/diary-page/cannot-open-left-alone", test_cannot_open_left_alone);
  add_test ("/lipcheck/diary-page/no-permission", test_no_permission);
  add_test ("/lipcheck/diary-page/failed-save-keeps-entry", test_failed_save_keeps_entry);
  add_test ("/lipcheck/diary-page/emergency-says-one-thing", test_emergency_says_one_thing);
  add_test ("/lipcheck/diary-page/narrow", test_narrow);
  add_test ("/lipcheck/diary-page/follow-from-result", test_follow_from_result);

  status = g_test_run ();
  g_assert_finalize_object (kb);

  return status;
}
