/* test-print.c: the print operation: it exports what the direct PDF shows, and remembers its settings. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-print-operation.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* Helpers */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);

  return g_steal_pointer (&out);
}

/* @text with each run of white space made one space. */
static char *
normalise (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f\v", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *text = run_tool ((const char * const []) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });

  return normalise (text);
}

static char *
pdf_info (const char *path,
          const char *key)
{
  g_autofree char *info = run_tool ((const char * const []) { "pdfinfo", path, NULL });
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return normalise (lines[i] + strlen (prefix));

  g_error ("pdfinfo says nothing of “%s”:\n%s", key, info);
  return NULL;
}

static LipcheckResult *
evaluate_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = lipcheck_answers_new_from_file (kb, file, &error);
  g_assert_no_error (error);

  return lipcheck_evaluate (kb, answers, NULL);
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
  LipcheckResult *result = evaluate_file (answers);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 5, 10, 30, 0);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *printed = export_pdf (result, date, dir, paper);
  g_autofree char *direct = write_pdf (result, date, dir, paper < 0 ? LIPCHECK_PAPER_A4 : paper);
  g_autofree char *printed_text = pdf_text (printed);
  g_autofree char *direct_text = pdf_text (direct);
  g_autofree char *printed_size = pdf_info (printed, "Page size");
  g_autofree char *direct_size = pdf_info (direct, "Page size");
  g_autofree char *printed_pages = pdf_info (printed, "Pages");
  g_autofree char *direct_pages = pdf_info (direct, "Pages");

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
  LipcheckResult *result = evaluate_file ("gallery/routine.json");
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
  LipcheckResult *result = evaluate_file ("gallery/routine.json");
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
  LipcheckResult *result = evaluate_file ("gallery/routine.json");
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
  LipcheckResult *result = evaluate_file ("gallery/routine.json");
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
  g_test_add_func ("/lipcheck/print/defaults", test_defaults);
  g_test_add_func ("/lipcheck/print/settings/round-trip", test_settings_round_trip);
  g_test_add_func ("/lipcheck/print/settings/dialog-paper", test_settings_dialog_paper);
  g_test_add_func ("/lipcheck/print/settings/missing-or-broken", test_settings_missing_or_broken);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
