/* test-print.c: the print operation: it exports what the direct PDF shows, previews it, and remembers its settings. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-application.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-print-operation.h"
#include "lipcheck-print-preview.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"
#include "lipcheck-test-util.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-window.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* Helpers */

/* The whole text of the PDF at @path, white space normalised. */
static char *
pdf_text (const char *path)
{
  g_autofree char *text = lipcheck_test_pdf_text (path, 0);

  return lipcheck_test_normalise (text);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-print-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_file_and_dir (const char *dir,
                     const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_unlink (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Exports with the print operation, as the print dialog's "Print to File" would, on @paper
 * (or the default page setup if @paper < 0); returns the PDF's path. */
static char *
export_pdf (LipcheckResult *result,
            GDateTime      *date,
            const char     *dir,
            int             paper)
{
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, date);
  char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult ret;

  if (paper >= 0)
    lipcheck_print_operation_set_paper (operation, paper);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  ret = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ret, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_cmpuint (lipcheck_summary_get_n_pages (lipcheck_print_operation_get_summary (operation)), >, 0);
  g_assert_finalize_object (operation);

  return path;
}

static char *
write_pdf (LipcheckResult *result,
           GDateTime      *date,
           const char     *dir,
           LipcheckPaper   paper)
{
  LipcheckSummary *summary = lipcheck_summary_new (result, date);
  char *path = g_build_filename (dir, "direct.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (lipcheck_summary_write_pdf (summary, file, paper, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (summary);

  return path;
}

/* Exporting */

/* The print operation and the direct PDF draw the same pages: the same words on the same paper. */
static void
assert_export_matches (const char *answers,
                       int         paper)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, answers);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 5, 10, 30, 0);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *printed = export_pdf (result, date, dir, paper);
  g_autofree char *direct = write_pdf (result, date, dir, paper < 0 ? LIPCHECK_PAPER_A4 : paper);
  g_autofree char *printed_text = pdf_text (printed);
  g_autofree char *direct_text = pdf_text (direct);
  g_autofree char *printed_size = lipcheck_test_pdf_info (printed, "Page size");
  g_autofree char *direct_size = lipcheck_test_pdf_info (direct, "Page size");
  g_autofree char *printed_pages = lipcheck_test_pdf_info (printed, "Pages");
  g_autofree char *direct_pages = lipcheck_test_pdf_info (direct, "Pages");

  g_assert_cmpstr (printed_text, ==, direct_text);
  g_assert_cmpstr (printed_size, ==, direct_size);
  g_assert_cmpstr (printed_pages, ==, direct_pages);
  g_assert_true (g_str_has_suffix (printed_size, paper == LIPCHECK_PAPER_LETTER ? "(letter)" : "(A4)"));
  g_assert_nonnull (strstr (printed_text, "Lip twitch self-check summary 5 November 2026"));

  g_unlink (direct);
  remove_file_and_dir (dir, "print.pdf");
  g_assert_finalize_object (result);
}

static void
test_export_a4 (void)
{
  assert_export_matches ("gallery/urgent.json", -1);
  assert_export_matches ("gallery/routine.json", LIPCHECK_PAPER_A4);
  assert_export_matches ("answers/46-all-yes.json", -1);
}

static void
test_export_letter (void)
{
  assert_export_matches ("gallery/urgent.json", LIPCHECK_PAPER_LETTER);
  assert_export_matches ("answers/40-unanswered-warning-signs.json", LIPCHECK_PAPER_LETTER);
}

/* Preview */

static LipcheckPrintPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LIPCHECK_IS_PRINT_PREVIEW (window))
        return LIPCHECK_PRINT_PREVIEW (window);
    }

  return NULL;
}

/* Runs the main loop until @done says so, for at most five seconds. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static gboolean
preview_ready (gpointer data)
{
  LipcheckPrintPreview *preview = find_preview ();

  return preview != NULL && lipcheck_print_preview_get_n_pages (preview) > 0;
}

static gboolean
preview_on_page (gpointer data)
{
  return lipcheck_print_preview_get_page (find_preview ()) == GPOINTER_TO_UINT (data);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         int                     *done)
{
  *done = result;
}

/* Runs @operation as a preview above @parent; returns the preview once it shows its pages. */
static LipcheckPrintPreview *
run_preview (LipcheckPrintOperation *operation,
             GtkWindow              *parent,
             int                    *done)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult ret;

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), done);
  ret = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW, parent, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ret, ==, GTK_PRINT_OPERATION_RESULT_IN_PROGRESS);

  wait_until (preview_ready, NULL);
  g_assert_cmpint (*done, ==, -1);

  return g_object_ref (find_preview ());
}

/* The preview shows as many pages as the print operation prints, the page in view in its header
 * bar, and closing it ends the operation. */
static void
assert_preview (const char    *answers,
                LipcheckPaper  paper)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, answers);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 5, 10, 30, 0);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *direct = write_pdf (result, date, dir, paper);
  g_autofree char *direct_pages = lipcheck_test_pdf_info (direct, "Pages");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, date);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  LipcheckPrintPreview *preview;
  g_autofree char *n_pages = NULL;
  int done = -1;

  lipcheck_print_operation_set_paper (operation, paper);
  gtk_window_present (parent);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (parent));
  preview = run_preview (operation, parent, &done);

  n_pages = g_strdup_printf ("%u", lipcheck_print_preview_get_n_pages (preview));
  g_assert_cmpstr (n_pages, ==, direct_pages);
  g_assert_cmpuint (lipcheck_print_preview_get_n_pages (preview), ==,
                    lipcheck_summary_get_n_pages (lipcheck_print_operation_get_summary (operation)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == parent);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  g_assert_cmpuint (lipcheck_print_preview_get_page (preview), ==, 0);

  /* Down to the last page, as the End key does */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.scroll", "i", GTK_SCROLL_END);
  wait_until (preview_on_page, GUINT_TO_POINTER (lipcheck_print_preview_get_n_pages (preview) - 1));

  gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_null (find_preview ());
  g_assert_finalize_object (preview);
  g_assert_finalize_object (operation);

  gtk_window_destroy (parent);
  remove_file_and_dir (dir, "direct.pdf");
  g_assert_finalize_object (result);
}

static void
test_preview (void)
{
  assert_preview ("gallery/routine.json", LIPCHECK_PAPER_A4);
  assert_preview ("gallery/urgent.json", LIPCHECK_PAPER_A4);
  assert_preview ("answers/46-all-yes.json", LIPCHECK_PAPER_LETTER);
}

/* A preview goes with its parent window, and ends the operation as it goes; with no print action
 * on the parent, it offers none. */
static void
test_preview_with_parent (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, NULL);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  LipcheckPrintPreview *preview;
  int done = -1;

  gtk_window_present (parent);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (parent));
  preview = run_preview (operation, parent, &done);

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL);
  g_assert_true (find_preview () == preview);
  g_assert_cmpint (done, ==, -1);

  /* GTK 4.8 keeps a window's transient parent after destroying it with its parent: the
   * preview must go with it, not outlive it in a reference of ours. */
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *)&preview);
  g_object_unref (preview);
  gtk_window_destroy (parent);
  g_assert_null (preview);
  g_assert_null (find_preview ());
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_finalize_object (operation);
  g_assert_finalize_object (result);
}

static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (window))
        return GTK_WINDOW (window);
    }

  return NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

/* From the main window: Print Preview shows the result's summary, as many pages as the PDF, and
 * keeps no print settings; its Print… closes it and opens the print dialog. */
static void
test_preview_from_window (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autofree char *answers_path = g_test_build_filename (G_TEST_DIST, "gallery", "urgent.json", NULL);
  g_autoptr(GFile) answers_file = g_file_new_for_path (answers_path);
  g_autofree char *settings_path = lipcheck_print_operation_dup_settings_path ();
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autofree char *direct_pages = NULL;
  g_autofree char *direct = NULL;
  g_autofree char *n_pages = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckPrintPreview *preview;
  LipcheckWindow *window;
  GtkWindow *dialog;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  answers = lipcheck_answers_new_from_file (lipcheck_application_get_knowledge_base (app), answers_file, &error);
  g_assert_no_error (error);

  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app),
                                lipcheck_application_get_settings (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (lipcheck_test_action_enabled (GTK_WIDGET (window), "win.print-preview"));
  lipcheck_window_show_answers (window, answers);
  g_assert_true (lipcheck_test_action_enabled (GTK_WIDGET (window), "win.print-preview"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-preview", NULL);
  wait_until (preview_ready, NULL);
  preview = find_preview ();
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *)&preview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));

  direct = write_pdf (lipcheck_wizard_get_result (lipcheck_window_get_wizard (window)), NULL, dir, LIPCHECK_PAPER_A4);
  direct_pages = lipcheck_test_pdf_info (direct, "Pages");
  n_pages = g_strdup_printf ("%u", lipcheck_print_preview_get_n_pages (preview));
  g_assert_cmpstr (n_pages, ==, direct_pages);

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL);
  g_assert_null (preview);
  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  wait_until (no_dialog, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_file_and_dir (dir, "direct.pdf");
}

/* The print dialog's Preview button shows the same preview, not an external viewer's; what was
 * chosen in the dialog is kept, as after a print. */
static void
test_preview_from_dialog (void)
{
  g_autoptr(LipcheckApplication) app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_autofree char *answers_path = g_test_build_filename (G_TEST_DIST, "gallery", "routine.json", NULL);
  g_autoptr(GFile) answers_file = g_file_new_for_path (answers_path);
  g_autofree char *settings_path = lipcheck_print_operation_dup_settings_path ();
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckPrintPreview *preview;
  LipcheckWindow *window;
  GtkWindow *dialog;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  answers = lipcheck_answers_new_from_file (lipcheck_application_get_knowledge_base (app), answers_file, &error);
  g_assert_no_error (error);

  window = lipcheck_window_new (GTK_APPLICATION (app), lipcheck_application_get_knowledge_base (app),
                                lipcheck_application_get_settings (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  lipcheck_window_show_answers (window, answers);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  wait_until (preview_ready, NULL);
  preview = find_preview ();
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *)&preview);
  g_assert_null (find_dialog ());
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));
  g_assert_cmpuint (lipcheck_print_preview_get_n_pages (preview), ==, 1);

  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));
  gtk_window_close (GTK_WINDOW (preview));
  g_assert_null (preview);
  g_assert_true (g_file_test (settings_path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_unlink (settings_path), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Settings */

static void
assert_page_setup (GtkPrintOperation *operation,
                   const char        *paper_name)
{
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);

  g_assert_nonnull (setup);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, paper_name);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS), LIPCHECK_SUMMARY_MARGIN, 0.001);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS), LIPCHECK_SUMMARY_MARGIN, 0.001);
}

static void
test_defaults (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, NULL);
  g_autofree char *job_name = NULL;
  GtkUnit unit;
  gboolean full_page, embed;

  g_object_get (operation, "job-name", &job_name, "unit", &unit, "use-full-page", &full_page,
                "embed-page-setup", &embed, NULL);
  g_assert_true (g_str_has_prefix (job_name, "Lip twitch self-check summary, "));
  g_assert_cmpint (unit, ==, GTK_UNIT_POINTS);
  g_assert_false (full_page);
  g_assert_true (embed);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_A4);
  g_assert_null (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)));

  lipcheck_print_operation_set_paper (operation, LIPCHECK_PAPER_LETTER);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_LETTER);

  g_assert_finalize_object (operation);
  g_assert_finalize_object (result);
}

/* What one print chose, the next one starts from: printer, copies, paper. */
static void
test_settings_round_trip (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *path = lipcheck_print_operation_dup_settings_path ();
  g_autofree char *expected_path = g_build_filename (g_get_user_config_dir (), "lipcheck", "print.ini", NULL);
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPaperSize) loaded_paper = NULL;
  GtkPrintSettings *loaded;

  g_assert_cmpstr (path, ==, expected_path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set_n_copies (settings, 2);
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  lipcheck_print_operation_set_paper (operation, LIPCHECK_PAPER_LETTER);
  lipcheck_print_operation_save_settings (operation);
  g_assert_finalize_object (operation);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  operation = lipcheck_print_operation_new (result, NULL);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_A4);
  lipcheck_print_operation_load_settings (operation);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_LETTER);
  loaded = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (loaded);
  g_assert_cmpstr (gtk_print_settings_get_printer (loaded), ==, "Print to File");
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded), ==, 2);
  loaded_paper = gtk_print_settings_get_paper_size (loaded);
  g_assert_true (gtk_paper_size_is_equal (loaded_paper, letter));
  g_assert_finalize_object (operation);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_finalize_object (result);
}

/* A paper chosen in the print dialog lives in the print settings: it is what is saved. */
static void
test_settings_dialog_paper (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *path = lipcheck_print_operation_dup_settings_path ();

  gtk_print_settings_set_paper_size (settings, letter);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  lipcheck_print_operation_save_settings (operation);
  g_assert_finalize_object (operation);

  operation = lipcheck_print_operation_new (result, NULL);
  lipcheck_print_operation_load_settings (operation);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_LETTER);
  g_assert_finalize_object (operation);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_finalize_object (result);
}

/* No file, or a broken one: the defaults stay, silently. */
static void
test_settings_missing_or_broken (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, NULL);
  g_autofree char *path = lipcheck_print_operation_dup_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  lipcheck_print_operation_load_settings (operation);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_A4);
  g_assert_null (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, "[Page Setup\nthis is not a key file", -1, &error);
  g_assert_no_error (error);
  lipcheck_print_operation_load_settings (operation);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_A4);
  g_assert_null (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)));

  g_file_set_contents (path, "[Other]\nkey=value\n", -1, &error);
  g_assert_no_error (error);
  lipcheck_print_operation_load_settings (operation);
  assert_page_setup (GTK_PRINT_OPERATION (operation), GTK_PAPER_NAME_A4);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_finalize_object (operation);
  g_assert_finalize_object (result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/lipcheck/print/export/a4", test_export_a4);
  g_test_add_func ("/lipcheck/print/export/letter", test_export_letter);
  g_test_add_func ("/lipcheck/print/preview", test_preview);
  g_test_add_func ("/lipcheck/print/preview/with-parent", test_preview_with_parent);
  g_test_add_func ("/lipcheck/print/preview/from-window", test_preview_from_window);
  g_test_add_func ("/lipcheck/print/preview/from-dialog", test_preview_from_dialog);
  g_test_add_func ("/lipcheck/print/defaults", test_defaults);
  g_test_add_func ("/lipcheck/print/settings/round-trip", test_settings_round_trip);
  g_test_add_func ("/lipcheck/print/settings/dialog-paper", test_settings_dialog_paper);
  g_test_add_func ("/lipcheck/print/settings/missing-or-broken", test_settings_missing_or_broken);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
