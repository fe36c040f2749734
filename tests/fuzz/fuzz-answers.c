/* fuzz-answers.c: libFuzzer target that reads any bytes as an answers file for the shipped knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"

#define FILE_NAME "fuzz-answers.json"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Loaded once, from the GResource compiled into this executable; kept for the whole run. */
static LipcheckKnowledgeBase *kb;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* A warning or a critical is a bug the fuzzer must report: make it abort. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  g_assert (LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  return 0;
}

/* Evaluates @answers and renders both reports, as `lipcheck --answers --report` does. */
static void
evaluate_and_render (LipcheckAnswers *answers,
                     const char      *region)
{
  g_autoptr(LipcheckResult) result = lipcheck_evaluate (kb, answers, region);
  g_autofree char *json = lipcheck_report_to_json (result);
  g_autofree char *text = lipcheck_report_to_text (result);

  g_assert (json != NULL && g_utf8_validate (json, -1, NULL));
  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
}

/* What the app saves for answers it read, it must read back as the same answers. */
static void
check_round_trip (LipcheckAnswers *answers)
{
  g_autofree char *saved = lipcheck_answers_to_json (answers, kb);
  g_autoptr(GBytes) bytes = g_bytes_new (saved, strlen (saved));
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckAnswers) read = lipcheck_answers_new_from_bytes (kb, bytes, "round-trip.json", &error);
  g_autofree char *saved_again = NULL;

  if (read == NULL)
    g_error ("the saved answers do not read back: %s\n%s", error->message, saved);

  saved_again = lipcheck_answers_to_json (read, kb);
  g_assert_cmpstr (saved, ==, saved_again);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (read), ==, lipcheck_answers_get_n_answers (answers));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers;

  answers = lipcheck_answers_new_from_bytes (kb, bytes, FILE_NAME, &error);

  if (answers == NULL)
    {
      /* Refused: with a message a person can act on, that names the file first. */
      g_assert (error != NULL);
      g_assert (error->domain == LIPCHECK_ANSWERS_ERROR);
      g_assert (g_str_has_prefix (error->message, FILE_NAME ":"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  evaluate_and_render (answers, "GB");
  evaluate_and_render (answers, NULL);
  check_round_trip (answers);

  /* Nothing keeps the answers alive once their results are gone. */
  g_object_add_weak_pointer (G_OBJECT (answers), (gpointer *)&answers);
  g_object_unref (answers);
  g_assert (answers == NULL);

  return 0;
}
