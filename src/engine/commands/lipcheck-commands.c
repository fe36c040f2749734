/* lipcheck-commands.c: the headless commands (--check-kb, --report, --summary-pdf), without GTK.
 *
 * Each returns the process's exit status and writes to the streams it is given, so that the
 * application only parses options and tests can call the commands in process. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-commands"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-answers-file.h"
#include "lipcheck-commands.h"
#include "lipcheck-diary.h"
#include "lipcheck-diary-csv.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-report.h"
#include "lipcheck-diary-sheet.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"

/* Writes @text to @stream in the console's character set, as g_print() would. */
static void
put_text (FILE       *stream,
          const char *text)
{
  const char *charset;
  g_autofree char *converted = NULL;

  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?", NULL, NULL, NULL);

  fputs (converted != NULL ? converted : text, stream);
  fflush (stream);
}

static void
put_line (FILE       *stream,
          const char *text)
{
  g_autofree char *line = g_strconcat (text, "\n", NULL);

  put_text (stream, line);
}

/**
 * lipcheck_command_load_knowledge_base:
 * @path: (nullable): a file name or URI from the command line, or %NULL for the built-in one
 *
 * Returns: (transfer full): the knowledge base, or %NULL with a %LIPCHECK_KB_ERROR set
 */
LipcheckKnowledgeBase *
lipcheck_command_load_knowledge_base (const char  *path,
                                      GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return lipcheck_knowledge_base_new_default (error);

  file = g_file_new_for_commandline_arg (path);
  return lipcheck_knowledge_base_new_from_file (file, error);
}

/**
 * lipcheck_command_check_kb:
 * @path: (nullable): the knowledge base to check, or %NULL for the built-in one
 *
 * `--check-kb FILE`: prints a one-line summary of what the file holds, or why it is no good.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` when the file cannot be used
 */
int
lipcheck_command_check_kb (const char *path,
                           FILE       *out,
                           FILE       *err)
{
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (out != NULL && err != NULL, EXIT_FAILURE);

  if (!(kb = lipcheck_command_load_knowledge_base (path, &error)))
    {
      put_line (err, error->message);
      return EXIT_FAILURE;
    }

  summary = lipcheck_knowledge_base_describe (kb);
  put_line (out, summary);
  return EXIT_SUCCESS;
}

/* Loads the knowledge base and an answers file for the headless commands, or says why not. */
static LipcheckResult *
evaluate_file (const char *kb_path,
               const char *answers_path,
               FILE       *err)
{
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (answers_path == NULL)
    {
      put_text (err, _("--report and --summary-pdf need an answers file: --answers FILE\n"));
      return NULL;
    }

  if (!(kb = lipcheck_command_load_knowledge_base (kb_path, &error)))
    {
      put_line (err, error->message);
      return NULL;
    }

  file = g_file_new_for_commandline_arg (answers_path);
  if (!(answers = lipcheck_answers_new_from_file (kb, file, &error)))
    {
      put_line (err, error->message);
      return NULL;
    }

  return lipcheck_evaluate (kb, answers, NULL);
}

/* A --report format: json or text. */
static gboolean
check_format (const char *format,
              FILE       *err)
{
  g_autofree char *message = NULL;

  if (g_strcmp0 (format, "json") == 0 || g_strcmp0 (format, "text") == 0)
    return TRUE;

  message = g_strdup_printf (_("--report takes “json” or “text”, not “%s”\n"), format);
  put_text (err, message);
  return FALSE;
}

/**
 * lipcheck_command_report:
 * @kb_path: (nullable): the knowledge base, or %NULL for the built-in one
 * @answers_path: (nullable): the answers file (%NULL is an error the user is told of)
 * @format: "json" or "text"
 *
 * `--answers FILE --report json|text`: prints the result of the answers.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` with the reason written to @err
 */
int
lipcheck_command_report (const char *kb_path,
                         const char *answers_path,
                         const char *format,
                         FILE       *out,
                         FILE       *err)
{
  g_autoptr(LipcheckResult) result = NULL;
  g_autofree char *report = NULL;

  g_return_val_if_fail (out != NULL && err != NULL, EXIT_FAILURE);

  if (!check_format (format, err))
    return EXIT_FAILURE;

  if (!(result = evaluate_file (kb_path, answers_path, err)))
    return EXIT_FAILURE;

  report = g_str_equal (format, "json") ? lipcheck_report_to_json (result) : lipcheck_report_to_text (result);
  put_line (out, report);

  return EXIT_SUCCESS;
}

/* --paper: a4 (also when not given) or letter. */
static gboolean
check_paper (const char    *paper_name,
             LipcheckPaper *paper,
             FILE          *err)
{
  g_autofree char *message = NULL;

  *paper = LIPCHECK_PAPER_A4;
  if (paper_name == NULL || lipcheck_paper_from_string (paper_name, paper))
    return TRUE;

  message = g_strdup_printf (_("--paper takes “a4” or “letter”, not “%s”\n"), paper_name);
  put_text (err, message);
  return FALSE;
}

/* Writes @summary as a PDF to @pdf_path, or says on @err why it could not. */
static int
write_summary (LipcheckSummary *summary,
               const char      *pdf_path,
               LipcheckPaper    paper,
               FILE            *err)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (pdf_path);
  g_autoptr(GError) error = NULL;

  if (lipcheck_summary_write_pdf (summary, file, paper, &error))
    return EXIT_SUCCESS;

  put_line (err, error->message);
  return EXIT_FAILURE;
}

/**
 * lipcheck_command_summary_pdf:
 * @kb_path: (nullable): the knowledge base, or %NULL for the built-in one
 * @answers_path: (nullable): the answers file (%NULL is an error the user is told of)
 * @pdf_path: where to write the PDF
 * @paper_name: (nullable): "a4" or "letter"; %NULL for A4
 *
 * `--answers FILE --summary-pdf OUT [--paper a4|letter]`: writes the summary sheet.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` with the reason written to @err
 */
int
lipcheck_command_summary_pdf (const char *kb_path,
                              const char *answers_path,
                              const char *pdf_path,
                              const char *paper_name,
                              FILE       *out,
                              FILE       *err)
{
  g_autoptr(LipcheckResult) result = NULL;
  g_autoptr(LipcheckSummary) summary = NULL;
  g_autoptr(GDateTime) date = NULL;
  LipcheckPaper paper;

  g_return_val_if_fail (pdf_path != NULL, EXIT_FAILURE);
  g_return_val_if_fail (out != NULL && err != NULL, EXIT_FAILURE);

  if (!check_paper (paper_name, &paper, err) ||
      !(result = evaluate_file (kb_path, answers_path, err)))
    return EXIT_FAILURE;

  date = lipcheck_result_dup_date (result);
  summary = lipcheck_summary_new (result, date);
  return write_summary (summary, pdf_path, paper, err);
}

/* The day it is: LIPCHECK_TODAY (YYYY-MM-DD), for tests that move dates, or else the local date. */
static gboolean
get_today (GDate *today,
           FILE  *err)
{
  const char *forced = g_getenv ("LIPCHECK_TODAY");
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *message = NULL;

  if (forced != NULL && *forced != '\0')
    {
      if (lipcheck_diary_parse_date (forced, today))
        return TRUE;
      message = g_strdup_printf (_("LIPCHECK_TODAY is “%s”; expected a date such as 2026-11-20\n"), forced);
      put_text (err, message);
      return FALSE;
    }

  now = g_date_time_new_now_local ();
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return TRUE;
}

/* The diary at @diary_path, read against the knowledge base (returned in @kb) as of today; or
 * %NULL with the reason said on @err. */
static LipcheckDiary *
read_diary (const char             *kb_path,
            const char             *diary_path,
            LipcheckKnowledgeBase **kb,
            FILE                   *err)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (diary_path);
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary;
  GDate today;

  if (!get_today (&today, err))
    return NULL;

  if (!(*kb = lipcheck_command_load_knowledge_base (kb_path, &error)) ||
      !(diary = lipcheck_diary_file_read (*kb, file, &today, &error)))
    {
      put_line (err, error->message);
      return NULL;
    }

  return diary;
}

/**
 * lipcheck_command_diary_report:
 * @kb_path: (nullable): the knowledge base, or %NULL for the built-in one
 * @format: "json" or "text"
 *
 * `--diary FILE --report json|text`: prints the diary's state and its result. The day taken as
 * today is LIPCHECK_TODAY when it is set.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` with the reason written to @err
 */
int
lipcheck_command_diary_report (const char *kb_path,
                               const char *diary_path,
                               const char *format,
                               FILE       *out,
                               FILE       *err)
{
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(LipcheckResult) result = NULL;
  g_autofree char *report = NULL;

  g_return_val_if_fail (diary_path != NULL && out != NULL && err != NULL, EXIT_FAILURE);

  if (!check_format (format, err) || !(diary = read_diary (kb_path, diary_path, &kb, err)))
    return EXIT_FAILURE;

  result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
  report = g_str_equal (format, "json") ? lipcheck_diary_report_to_json (diary, result)
                                        : lipcheck_diary_report_to_text (diary, result);
  put_line (out, report);
  return EXIT_SUCCESS;
}

/**
 * lipcheck_command_diary_export_csv:
 * @kb_path: (nullable): the knowledge base, or %NULL for the built-in one
 *
 * `--diary FILE --export-csv OUT`: writes the diary as CSV, atomically. The day taken as today
 * is LIPCHECK_TODAY when it is set.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` with the reason written to @err
 */
int
lipcheck_command_diary_export_csv (const char *kb_path,
                                   const char *diary_path,
                                   const char *csv_path,
                                   FILE       *out,
                                   FILE       *err)
{
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (diary_path != NULL && csv_path != NULL, EXIT_FAILURE);
  g_return_val_if_fail (out != NULL && err != NULL, EXIT_FAILURE);

  if (!(diary = read_diary (kb_path, diary_path, &kb, err)))
    return EXIT_FAILURE;

  csv_file = g_file_new_for_commandline_arg (csv_path);
  if (!lipcheck_diary_csv_write (diary, csv_file, &error))
    {
      put_line (err, error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/**
 * lipcheck_command_diary_summary_pdf:
 * @kb_path: (nullable): the knowledge base, or %NULL for the built-in one
 * @paper_name: (nullable): "a4" (the default) or "letter"
 *
 * `--diary FILE --summary-pdf OUT [--paper a4|letter]`: writes the summary sheet of the diary's
 * result with its diary section, without a display.
 *
 * Returns: `EXIT_SUCCESS`, or `EXIT_FAILURE` with the reason written to @err
 */
int
lipcheck_command_diary_summary_pdf (const char *kb_path,
                                    const char *diary_path,
                                    const char *pdf_path,
                                    const char *paper_name,
                                    FILE       *out,
                                    FILE       *err)
{
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(LipcheckResult) result = NULL;
  g_autoptr(LipcheckSummary) summary = NULL;
  LipcheckPaper paper;

  g_return_val_if_fail (diary_path != NULL && pdf_path != NULL, EXIT_FAILURE);
  g_return_val_if_fail (out != NULL && err != NULL, EXIT_FAILURE);

  if (!check_paper (paper_name, &paper, err) || !(diary = read_diary (kb_path, diary_path, &kb, err)))
    return EXIT_FAILURE;

  result = lipcheck_diary_triage_evaluate (diary, kb, NULL);
  summary = lipcheck_summary_new (result, NULL);
  lipcheck_summary_set_diary (summary, lipcheck_diary_sheet_new (diary, kb));
  return write_summary (summary, pdf_path, paper, err);
}
