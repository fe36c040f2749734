/* test-window.c: the application and its window: pages, actions, and bad files shown in a dialog. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-application.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-notice.h"
#include "lipcheck-result.h"
#include "lipcheck-result-view.h"
#include "lipcheck-window.h"
#include "lipcheck-wizard.h"
#include "lipcheck-test-util.h"
#include "lipcheck-test-widgets.h"

typedef struct
{
  LipcheckApplication *app;
  GtkWindow           *window;
  char                *dialog_text;
  char                *notice_text;
  LipcheckUrgency      urgency;
  gboolean             had_result;
  char                *visible_page;
  char                *window_text;
} Run;

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

#define collect_label_text lipcheck_test_collect_text

/* The words of the window's banner, when it is shown: its title, its sentence, its details. */
static char *
notice_text (GtkWidget *window)
{
  LipcheckNotice *notice = LIPCHECK_NOTICE (lipcheck_test_find_by_type (window, LIPCHECK_TYPE_NOTICE));
  g_autoptr(GString) text = g_string_new (NULL);

  if (!lipcheck_notice_get_shown (notice))
    return NULL;
  collect_label_text (GTK_WIDGET (notice), text);
  g_string_append_printf (text, " %s", lipcheck_notice_get_details (notice));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Looks at what the application shows once it has started, then closes everything. */
static gboolean
inspect_cb (gpointer data)
{
  Run *run = data;
  GtkWindow *dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  /* This run's window, not one an earlier test left behind. */
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (dialog != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      collect_label_text (GTK_WIDGET (dialog), text);
      run->dialog_text = g_strdup (text->str);
    }

  if (window != NULL)
    {
      LipcheckWizard *wizard = lipcheck_window_get_wizard (LIPCHECK_WINDOW (window));
      GtkWidget *stack = gtk_widget_get_parent (GTK_WIDGET (wizard));

      g_autoptr(GString) text = g_string_new (NULL);

      collect_label_text (GTK_WIDGET (window), text);
      run->window_text = g_strdup (text->str);
      run->notice_text = notice_text (GTK_WIDGET (window));
      run->had_result = lipcheck_wizard_get_result (wizard) != NULL;
      if (run->had_result)
        run->urgency = lipcheck_result_get_urgency (lipcheck_wizard_get_result (wizard));

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "warning-signs");
      run->visible_page = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (stack)));
    }

  /* Leave nothing behind for the next test. */
  while ((window = find_toplevel (GTK_TYPE_WINDOW)))
    gtk_window_destroy (window);

  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static int
run_app (Run         *run,
         const char  *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg = first_arg;
  va_list ap;
  GSource *source;
  guint inspect_id;
  int status;

  g_ptr_array_add (args, (char *)"lipcheck");
  va_start (ap, first_arg);
  for (; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  va_end (ap);

  run->app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  inspect_id = g_timeout_add (500, inspect_cb, run);
  status = g_application_run (G_APPLICATION (run->app), args->len, (char **)args->pdata);
  g_clear_object (&run->app);
  /* An application that exits at once leaves the inspection pending. */
  if ((source = g_main_context_find_source_by_id (NULL, inspect_id)))
    g_source_destroy (source);

  return status;
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->dialog_text, g_free);
  g_clear_pointer (&run->notice_text, g_free);
  g_clear_pointer (&run->visible_page, g_free);
  g_clear_pointer (&run->window_text, g_free);
}

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* A bad --kb is said on the command line: exit status 1, no window and no dialog. */
static void
test_bad_knowledge_base_exits (void)
{
  g_autofree char *path = write_temp ("broken-kb.json", "{\n  \"format\": 1,\n  \"version\": tru\n}\n");
  Run run = { 0 };

  g_assert_cmpint (run_app (&run, "--kb", path, NULL), ==, 1);

  g_assert_null (run.dialog_text);
  g_assert_null (run.window_text);
  g_assert_null (run.visible_page);
  run_clear (&run);
}

static void
test_bad_answers_notice (void)
{
  g_autofree char *path = write_temp ("bad-answers.json", "{\"answers\": {\"caffeine-cups\": 99}}");
  Run run = { 0 };

  run_app (&run, "--answers", path, NULL);

  /* Said in the window, in plain words, with the technical place in the details; no dialog. */
  g_assert_null (run.dialog_text);
  g_assert_nonnull (run.notice_text);
  g_assert_nonnull (strstr (run.notice_text, "The answers file cannot be used"));
  g_assert_nonnull (strstr (run.notice_text, "could not read the answers in bad-answers.json"));
  g_assert_nonnull (strstr (run.notice_text, "$.answers.caffeine-cups"));
  g_assert_nonnull (strstr (run.notice_text, "expected"));
  /* The window is still there, on the introduction. */
  g_assert_cmpstr (run.visible_page, ==, "warning-signs");
  g_assert_false (run.had_result);
  run_clear (&run);
}

static char *
write_last_check (const char *contents)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lipcheck", NULL);
  g_autofree char *path = g_build_filename (dir, "last-check.json", NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
test_last_check_offered (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -3);
  g_autofree char *saved = g_date_time_format_iso8601 (then);
  g_autofree char *json = g_strdup_printf ("{\"saved\": \"%s\", \"answers\": {\"pain\": true}}", saved);
  g_autofree char *path = write_last_check (json);
  Run run = { 0 };

  run_app (&run, NULL);

  g_assert_null (run.dialog_text);
  g_assert_nonnull (run.window_text);
  g_assert_nonnull (strstr (run.window_text, "Your last self-check, 3 days ago, said: Ask for an urgent doctor's appointment"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (path);
  run_clear (&run);
}

static void
test_corrupt_last_check_reported (void)
{
  g_autofree char *path = write_last_check ("{\"saved\": \"2026-11-01T10:00:00Z\", \"answers\": {\"pain\": ");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  gboolean kept = FALSE;
  Run run = { 0 };

  run_app (&run, NULL);

  g_assert_null (run.dialog_text);
  g_assert_nonnull (run.notice_text);
  g_assert_nonnull (strstr (run.notice_text, "Your last self-check could not be read"));
  g_assert_nonnull (strstr (run.notice_text, "is damaged"));
  g_assert_nonnull (strstr (run.notice_text, "last-check.json:1:"));
  g_assert_nonnull (strstr (run.notice_text, "kept as"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    kept |= g_str_has_prefix (name, "last-check.json.corrupt-");
  g_assert_true (kept);
  run_clear (&run);
}

/* A last check that cannot be opened is not damaged: it is left where it is, and said so. (A
 * folder in its place stands in for a file without read permission, which root reads anyway.) */
static void
test_unreadable_last_check_left_alone (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "lipcheck", NULL);
  g_autofree char *path = g_build_filename (dir, "last-check.json", NULL);
  Run run = { 0 };

  g_mkdir_with_parents (path, 0700);
  run_app (&run, NULL);

  g_assert_null (run.dialog_text);
  g_assert_nonnull (run.notice_text);
  g_assert_nonnull (strstr (run.notice_text, "Your last self-check could not be read"));
  g_assert_nonnull (strstr (run.notice_text, "left as it is"));
  g_assert_null (strstr (run.notice_text, "kept as"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_rmdir (path);
  run_clear (&run);
}

static void
test_answers_open_on_result (void)
{
  g_autofree char *path = write_temp ("answers.json", "{\"answers\": {\"duration\": \"weeks\", \"numbness\": true}}");
  Run run = { 0 };

  g_assert_cmpint (run_app (&run, "--answers", path, NULL), ==, 0);

  g_assert_null (run.dialog_text);
  g_assert_true (run.had_result);
  g_assert_cmpint (run.urgency, ==, LIPCHECK_URGENCY_URGENT);
  g_assert_cmpstr (run.visible_page, ==, "warning-signs");
  run_clear (&run);
}

static void
test_settings_round_trip (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;
  GSettings *settings;
  gboolean dark = FALSE;
  int width, height;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  settings = lipcheck_application_get_settings (app);
  g_assert_nonnull (settings);
  kb = g_object_ref (lipcheck_application_get_knowledge_base (app));

  /* Closing the window keeps its size and page ... */
  /* Wider than the header bar needs with its five page tabs, so that the size is kept as set. */
  window = lipcheck_window_new (GTK_APPLICATION (app), kb, settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 980, 610);
  gtk_window_present (GTK_WINDOW (window));
  lipcheck_window_show_page (window, "prevention", NULL);
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 980);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "prevention");

  /* ... and the next window opens with them. */
  window = lipcheck_window_new (GTK_APPLICATION (app), kb, settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 980);
  g_assert_cmpint (height, ==, 610);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (lipcheck_window_get_wizard (window))))),
                   ==, "prevention");
  gtk_window_destroy (GTK_WINDOW (window));

  /* The style is kept too. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("dark"));
  g_assert_cmpint (g_settings_get_enum (settings, "style"), ==, 2);
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_true (dark);
  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("light"));
  g_assert_cmpint (g_settings_get_enum (settings, "style"), ==, 1);
}

static gboolean
resize_and_quit_cb (gpointer data)
{
  Run *run = data;
  GtkWindow *window = find_toplevel (LIPCHECK_TYPE_WINDOW);

  g_assert_nonnull (window);
  gtk_window_set_default_size (window, 830, 630);
  lipcheck_window_show_page (LIPCHECK_WINDOW (window), "causes", NULL);
  /* What Ctrl+Q does. */
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

/* Quitting with Ctrl+Q (app.quit) keeps the window's size and page, as closing it does. */
static void
test_quit_keeps_state (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *page = NULL;
  Run run = { 0 };
  char *args[] = { (char *)"lipcheck", NULL };

  run.app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_timeout_add (300, resize_and_quit_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 1, args), ==, 0);
  g_clear_object (&run.app);

  settings = g_settings_new (APP_ID);
  page = g_settings_get_string (settings, "last-page");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 830);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 630);
  g_assert_cmpstr (page, ==, "causes");
}

static gboolean
is_wide_scroller (GtkWidget     *widget,
                  gconstpointer  data)
{
  GtkAdjustment *h;

  if (!GTK_IS_SCROLLED_WINDOW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;

  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (widget));
  return gtk_adjustment_get_upper (h) > gtk_adjustment_get_page_size (h) + 0.5;
}

static void
wait_for_narrow (GtkWidget *bottom,
                 gboolean   narrow)
{
  gint64 until = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;

  /* The new size comes back from the display server. */
  while (gtk_widget_get_mapped (bottom) != narrow && g_get_monotonic_time () < until)
    {
      lipcheck_test_iterate ();
      g_usleep (10000);
    }
}

/* The row of the wizard's bar that holds its progress: 1 beside Back and Next, 0 above them. */
static int
progress_row (GtkWidget *window)
{
  GtkWidget *progress = lipcheck_test_find_by_buildable_id (window, "progress_box");
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (gtk_widget_get_parent (progress));
  int row = -1;

  g_object_get (gtk_layout_manager_get_layout_child (layout, progress), "row", &row, NULL);
  return row;
}

/* At 360 pixels the pages are switched from a bar at the bottom, the header shows the title, and
 * nothing scrolls sideways; wide again, the switcher is back in the header. */
static void
test_narrow_window (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  /* The self-check's introduction is left out here: its own layout is narrowed apart. */
  static const char * const pages[] = { "causes", "warning-signs", "prevention" };
  GtkWidget *window, *bottom, *header_switcher, *title;
  int minimum = 0;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = GTK_WIDGET (lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  bottom = lipcheck_test_find_by_buildable_id (window, "bottom_switcher");
  header_switcher = lipcheck_test_find_by_buildable_id (window, "switcher_scroller");
  title = lipcheck_test_find_by_buildable_id (window, "title_label");
  g_assert_nonnull (bottom);
  g_assert_nonnull (header_switcher);
  g_assert_nonnull (title);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      lipcheck_window_show_page (LIPCHECK_WINDOW (window), pages[i], NULL);
      wait_for_narrow (bottom, TRUE);
      lipcheck_test_iterate ();
      gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: at least %d pixels wide", pages[i], minimum);
      g_assert_cmpint (minimum, <, 400);
      g_assert_true (gtk_widget_get_mapped (bottom));
      g_assert_false (gtk_widget_get_visible (header_switcher));
      g_assert_true (gtk_widget_get_mapped (title));
      g_assert_null (lipcheck_test_find (window, is_wide_scroller, NULL));
    }

  /* A result fits too: its buttons wrap. */
  {
    g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();

    lipcheck_answers_set_boolean (answers, "pain", TRUE);
    lipcheck_window_show_answers (LIPCHECK_WINDOW (window), answers);
    lipcheck_test_iterate ();
    gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("a result: at least %d pixels wide", minimum);
    g_assert_cmpint (minimum, <, 400);
    g_assert_null (lipcheck_test_find (window, is_wide_scroller, NULL));
  }

  /* The self-check's introduction and a step fit too: the wizard's progress takes a row of its
   * own above Back and Next. The diary's page fits. */
  {
    GtkWidget *wizard = GTK_WIDGET (lipcheck_window_get_wizard (LIPCHECK_WINDOW (window)));
    static const char * const actions[] = { "wizard.restart", "wizard.start" };

    lipcheck_window_show_page (LIPCHECK_WINDOW (window), "self-check", NULL);
    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        gtk_widget_activate_action (wizard, actions[i], NULL);
        lipcheck_test_iterate ();
        gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
        g_test_message ("after %s: at least %d pixels wide", actions[i], minimum);
        g_assert_cmpint (minimum, <, 400);
      }
    g_assert_cmpint (progress_row (window), ==, 0);

    lipcheck_window_show_page (LIPCHECK_WINDOW (window), "diary", NULL);
    lipcheck_test_iterate ();
    gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("the diary: at least %d pixels wide", minimum);
    g_assert_cmpint (minimum, <, 400);
  }

  /* The Warning Signs banner shows only its title until it is opened. */
  lipcheck_window_show_page (LIPCHECK_WINDOW (window), "warning-signs", NULL);
  lipcheck_test_iterate ();
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (lipcheck_test_find_by_buildable_id (window, "intro_expander"))));

  /* The bottom bar switches pages. */
  gtk_widget_activate_action (window, "win.visible-page", "s", "causes");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (lipcheck_window_get_wizard (LIPCHECK_WINDOW (window)))))),
                   ==, "causes");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_for_narrow (bottom, FALSE);
  g_assert_false (gtk_widget_get_mapped (bottom));
  g_assert_true (gtk_widget_get_mapped (header_switcher));
  g_assert_false (gtk_widget_get_visible (title));
  g_assert_cmpint (progress_row (window), ==, 1);
  lipcheck_window_show_page (LIPCHECK_WINDOW (window), "warning-signs", NULL);
  lipcheck_test_iterate ();
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (lipcheck_test_find_by_buildable_id (window, "intro_expander"))));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A result opens with the focus on its title, which a screen reader then reads, not on Start
 * Over; its buttons wrap rather than widen a narrow window. */
static void
test_result_focus (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;
  GtkWidget *focus;
  LipcheckResult *result;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  lipcheck_window_show_answers (window, answers);
  lipcheck_test_iterate ();

  result = lipcheck_wizard_get_result (lipcheck_window_get_wizard (window));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (result);
  g_assert_true (GTK_IS_LABEL (focus));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (focus)), ==, lipcheck_result_get_title (result));
  g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The diary is read when its page is first shown, not while the window starts. */
static void
test_diary_read_when_shown (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;
  LipcheckDiaryPage *page;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Not even built before it is shown. */
  g_assert_null (lipcheck_test_find_by_type (GTK_WIDGET (window), LIPCHECK_TYPE_DIARY_PAGE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  lipcheck_test_iterate ();
  page = LIPCHECK_DIARY_PAGE (lipcheck_test_find_by_type (GTK_WIDGET (window), LIPCHECK_TYPE_DIARY_PAGE));
  g_assert_nonnull (page);
  g_assert_nonnull (lipcheck_diary_page_get_file (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

static LipcheckWindow *
new_shown_window (LipcheckApplication *app)
{
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static gboolean
shows_accelerator (GtkWidget     *widget,
                   gconstpointer  accel)
{
  return GTK_IS_SHORTCUT_LABEL (widget) &&
         g_strcmp0 (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)), accel) == 0;
}

/* Whether @label's text is broken only between words: each line after the first starts after a
 * space or a hyphen. */
static gboolean
breaks_between_words (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  PangoLayout *layout = gtk_label_get_layout (label);

  for (GSList *lines = pango_layout_get_lines_readonly (layout)->next; lines != NULL; lines = lines->next)
    {
      int start = ((PangoLayoutLine *)lines->data)->start_index;

      if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '-')
        return FALSE;
    }

  return TRUE;
}

/* With text at 1.5 times its size in a window 360 pixels wide, the bottom bar's page names break
 * between words, not inside one: there is room for each name's longest word. */
static void
test_narrow_large_text_names (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  GtkSettings *settings = gtk_settings_get_default ();
  LipcheckWindow *window;
  GtkWidget *bottom;
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  window = new_shown_window (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  bottom = lipcheck_test_find_by_buildable_id (GTK_WIDGET (window), "bottom_switcher");
  g_assert_nonnull (bottom);
  wait_for_narrow (bottom, TRUE);
  lipcheck_test_iterate ();

  for (GtkWidget *button = gtk_widget_get_first_child (bottom); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));

      g_test_message ("%s: %d pixels, %d lines", gtk_label_get_text (label), gtk_widget_get_width (button),
                      pango_layout_get_line_count (gtk_label_get_layout (label)));
      g_assert_true (breaks_between_words (label));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

/* The keyboard shortcuts window is built when first asked for, by Ctrl+? or the menu, and the
 * same one comes back each time: closing it only hides it. */
static void
test_shortcuts_window (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  LipcheckWindow *window = new_shown_window (app);
  g_auto(GStrv) accels = NULL;
  GtkWindow *shortcuts;

  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      g_assert_false (GTK_IS_SHORTCUTS_WINDOW (toplevel));
    }
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *)accels, "<Control>question"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  lipcheck_test_iterate ();
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (shortcuts));
  /* The shortcuts given by action show the keys the application set for them. */
  g_assert_nonnull (lipcheck_test_find (GTK_WIDGET (shortcuts), shows_accelerator, "<Control>question"));
  g_assert_nonnull (lipcheck_test_find (GTK_WIDGET (shortcuts), shows_accelerator, "<Control>n"));

  gtk_window_close (shortcuts);
  lipcheck_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  lipcheck_test_iterate ();
  g_assert_true (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  gtk_window_destroy (GTK_WINDOW (window));
  lipcheck_test_iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
}

static gboolean
focus_in_window (LipcheckWindow *window,
                 GtkWidget      *popover)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return focus != NULL && gtk_widget_get_mapped (focus) && focus != popover &&
         !gtk_widget_is_ancestor (focus, popover);
}

/* After a choice in the Style submenu the focus is back in the window, where Tab and the
 * shortcuts work. */
static void
test_style_menu_focus (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  LipcheckWindow *window = new_shown_window (app);
  GtkWidget *button = lipcheck_test_find_by_buildable_id (GTK_WIDGET (window), "menu_button");
  GtkWidget *popover;

  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  lipcheck_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (popover));
  /* The submenu opened, as a click on Style does, then a choice in it. */
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (popover),
                                   gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)));
  g_assert_true (gtk_widget_child_focus (popover, GTK_DIR_TAB_FORWARD));
  g_assert_false (focus_in_window (window, popover));
  gtk_widget_activate_action (popover, "app.style", "s", "dark");
  gtk_popover_popdown (GTK_POPOVER (popover));
  lipcheck_test_iterate ();

  g_assert_false (gtk_widget_get_mapped (popover));
  g_assert_true (focus_in_window (window, popover));
  /* Tab moves on from there. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in_window (window, popover));
  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("system"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return shortcut;
        }
    }

  return NULL;
}

static const char *
visible_page (LipcheckWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (lipcheck_window_get_wizard (window)))));
}

static GtkAdjustment *
result_adjustment (LipcheckWindow *window)
{
  GtkWidget *view = lipcheck_test_find_by_type (GTK_WIDGET (window), LIPCHECK_TYPE_RESULT_VIEW);
  GtkWidget *scroller = lipcheck_test_find_by_type (view, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Read More from a result opens a browse page; the back button, or Alt+Left, returns to the
 * result where it was left. */
static void
test_back_to_result (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  LipcheckWindow *window = new_shown_window (app);
  GtkWidget *back = lipcheck_test_find_by_buildable_id (GTK_WIDGET (window), "result_back_button");
  GtkShortcut *alt_left = find_shortcut (GTK_WIDGET (window), "<Alt>Left");
  GtkAdjustment *adjustment;
  double scrolled;

  g_assert_nonnull (back);
  g_assert_nonnull (alt_left);
  g_assert_false (gtk_widget_get_visible (back));
  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  lipcheck_window_show_answers (window, answers);
  lipcheck_test_iterate ();
  adjustment = result_adjustment (window);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 50);
  scrolled = gtk_adjustment_get_lower (adjustment) + 40;
  gtk_adjustment_set_value (adjustment, scrolled);

  for (guint round = 0; round < 2; round++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-entry", "(ss)", "warning-signs", "pain");
      lipcheck_test_iterate ();
      g_assert_cmpstr (visible_page (window), ==, "warning-signs");
      g_assert_true (gtk_widget_get_mapped (back));
      g_assert_nonnull (lipcheck_test_find_label (back, "Back to Result"));

      if (round == 0)
        g_signal_emit_by_name (back, "clicked");
      else
        g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (alt_left), 0, GTK_WIDGET (window), NULL));
      lipcheck_test_iterate ();
      g_assert_cmpstr (visible_page (window), ==, "self-check");
      g_assert_false (gtk_widget_get_visible (back));
      g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), scrolled, 0.5);
    }

  /* Opened from its tab, a browse page has no way back to offer. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "causes");
  g_assert_false (gtk_widget_get_visible (back));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save as PDF puts the doctor's page of the open diary on the sheet, and none without a diary. */
static void
test_summary_pdf_with_diary (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autofree char *dir = g_dir_make_tmp ("lipcheck-window-XXXXXX", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "diary", "02-two-weeks.json", NULL);
  g_autofree char *copy = g_build_filename (dir, "diary.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-diary.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) diary_file = g_file_new_for_path (copy);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;

  g_assert_true (g_file_get_contents (source, &contents, NULL, &error));
  g_assert_true (g_file_set_contents (copy, contents, -1, &error));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL);

  g_assert_false (lipcheck_window_write_summary_pdf (window, pdf_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);

  lipcheck_answers_set_choice (answers, "duration", "weeks");
  lipcheck_window_show_answers (window, answers);
  lipcheck_window_open_diary (window, missing_file);
  g_assert_true (lipcheck_window_write_summary_pdf (window, pdf_file, &error));
  g_assert_no_error (error);
  without = lipcheck_test_normalise (lipcheck_test_pdf_text (pdf, 0));
  g_assert_null (strstr (without, "days logged"));

  lipcheck_window_open_diary (window, diary_file);
  lipcheck_window_show_answers (window, answers);
  g_assert_true (lipcheck_window_write_summary_pdf (window, pdf_file, &error));
  g_assert_no_error (error);
  with = lipcheck_test_normalise (lipcheck_test_pdf_text (pdf, 0));
  g_assert_nonnull (strstr (with, "days logged: 15"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf);
  g_unlink (copy);
  g_rmdir (dir);
}

/* Save as PDF says in the window that the summary was saved, by its name, with an Open button
 * for that file; a save that fails says what was not saved, and why under Details. */
static void
test_save_pdf_notice (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autofree char *dir = g_dir_make_tmp ("lipcheck-window-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "lip-twitch-summary.pdf", NULL);
  g_autofree char *blocked = g_build_filename (dir, "not-a-folder", "summary.pdf", NULL);
  g_autofree char *blocker = g_path_get_dirname (blocked);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) blocked_file = g_file_new_for_path (blocked);
  g_autofree char *uri = g_file_get_uri (pdf_file);
  g_autoptr(GError) error = NULL;
  LipcheckNotice *notice;
  LipcheckWindow *window;
  GtkWidget *open;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app), NULL);
  gtk_window_present (GTK_WINDOW (window));
  notice = LIPCHECK_NOTICE (lipcheck_test_find_by_type (GTK_WIDGET (window), LIPCHECK_TYPE_NOTICE));
  g_assert_false (lipcheck_notice_get_shown (notice));

  lipcheck_answers_set_choice (answers, "duration", "weeks");
  lipcheck_window_show_answers (window, answers);
  lipcheck_window_save_summary_pdf (window, pdf_file);
  lipcheck_test_iterate ();
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (lipcheck_notice_get_shown (notice));
  g_assert_cmpstr (lipcheck_notice_get_title (notice), ==, "The summary was saved as lip-twitch-summary.pdf");
  open = GTK_WIDGET (lipcheck_test_find_label (GTK_WIDGET (notice), "Open"));
  g_assert_nonnull (open);
  open = gtk_widget_get_ancestor (open, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_mapped (open));
  g_object_get (open, "action-name", &action, "action-target", &target, NULL);
  g_assert_cmpstr (action, ==, "win.open-file");
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  /* A file where the folder should be: nothing written, and the banner says so. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, &error));
  lipcheck_window_save_summary_pdf (window, blocked_file);
  lipcheck_test_iterate ();
  g_assert_cmpstr (lipcheck_notice_get_title (notice), ==, "The summary was not saved");
  g_assert_nonnull (lipcheck_test_find_label (GTK_WIDGET (notice), "summary.pdf was not written. Your result is still here: you can try again in another folder."));
  g_assert_nonnull (strstr (lipcheck_notice_get_details (notice), "not-a-folder"));
  g_assert_false (gtk_widget_get_mapped (open));

  /* Closed, it is gone. */
  gtk_widget_activate_action (GTK_WIDGET (notice), "notice.dismiss", NULL);
  g_assert_false (lipcheck_notice_get_shown (notice));

  /* A new result takes away what the banner said of an earlier one. */
  lipcheck_window_show_problem (window, "The answers file cannot be used", "A sentence.", NULL);
  g_assert_true (lipcheck_notice_get_shown (notice));
  lipcheck_window_show_answers (window, answers);
  g_assert_false (lipcheck_notice_get_shown (notice));

  /* An emergency says one thing: an emergency result takes the banner away, and a problem
   * while it is shown does not put one above it. */
  g_assert_true (gtk_widget_get_visible (lipcheck_test_find_by_buildable_id (GTK_WIDGET (window), "follow_button")));
  lipcheck_window_save_summary_pdf (window, pdf_file);
  g_assert_true (lipcheck_notice_get_shown (notice));
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "gallery", "emergency.json", NULL);
    g_autoptr(GFile) emergency_file = g_file_new_for_path (path);
    g_autoptr(LipcheckAnswers) emergency =
      lipcheck_answers_new_from_file (lipcheck_application_get_knowledge_base (app), emergency_file, &error);

    g_assert_no_error (error);
    lipcheck_window_show_answers (window, emergency);
  }
  g_assert_cmpint (lipcheck_result_get_urgency (lipcheck_wizard_get_result (lipcheck_window_get_wizard (window))), ==,
                   LIPCHECK_URGENCY_EMERGENCY);
  g_assert_false (lipcheck_notice_get_shown (notice));
  lipcheck_window_save_summary_pdf (window, blocked_file);
  g_assert_false (lipcheck_notice_get_shown (notice));
  /* Nor is a diary offered beside the call to the emergency number. */
  lipcheck_test_iterate ();
  g_assert_false (gtk_widget_get_visible (lipcheck_test_find_by_buildable_id (GTK_WIDGET (window), "follow_button")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf);
  g_unlink (blocker);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/lipcheck/window/bad-knowledge-base-exits", test_bad_knowledge_base_exits);
  g_test_add_func ("/lipcheck/window/quit-keeps-state", test_quit_keeps_state);
  g_test_add_func ("/lipcheck/window/bad-answers-notice", test_bad_answers_notice);
  g_test_add_func ("/lipcheck/window/answers-open-on-result", test_answers_open_on_result);
  g_test_add_func ("/lipcheck/window/last-check-offered", test_last_check_offered);
  g_test_add_func ("/lipcheck/window/corrupt-last-check-reported", test_corrupt_last_check_reported);
  g_test_add_func ("/lipcheck/window/unreadable-last-check-left-alone", test_unreadable_last_check_left_alone);
  g_test_add_func ("/lipcheck/window/settings-round-trip", test_settings_round_trip);
  g_test_add_func ("/lipcheck/window/narrow", test_narrow_window);
  g_test_add_func ("/lipcheck/window/narrow-large-text-names", test_narrow_large_text_names);
  g_test_add_func ("/lipcheck/window/result-focus", test_result_focus);
  g_test_add_func ("/lipcheck/window/diary-read-when-shown", test_diary_read_when_shown);
  g_test_add_func ("/lipcheck/window/summary-pdf-with-diary", test_summary_pdf_with_diary);
  g_test_add_func ("/lipcheck/window/save-pdf-notice", test_save_pdf_notice);
  g_test_add_func ("/lipcheck/window/style-menu-focus", test_style_menu_focus);
  g_test_add_func ("/lipcheck/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/lipcheck/window/back-to-result", test_back_to_result);

  return g_test_run ();
}
