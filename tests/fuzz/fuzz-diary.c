/* fuzz-diary.c: libFuzzer target that reads any bytes as a diary file, triages it and writes it back. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-diary-report.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-result.h"

#define FILE_NAME "fuzz-diary.json"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Loaded once, from the GResource compiled into this executable; kept for the whole run. */
static LipcheckKnowledgeBase *kb;
static GDate today;

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

  /* A fixed day, so that a crash reproduces whatever the date. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_DECEMBER, 2026);

  return 0;
}

/* Triages @diary and renders both reports, as `lipcheck --diary --report` does. */
static void
evaluate_and_render (LipcheckDiary *diary)
{
  g_autoptr(LipcheckResult) result = lipcheck_diary_triage_evaluate (diary, kb, "GB");
  g_autofree char *json = lipcheck_diary_report_to_json (diary, result);
  g_autofree char *text = lipcheck_diary_report_to_text (diary, result);

  g_assert (json != NULL && g_utf8_validate (json, -1, NULL));
  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
}

/* What is written for a diary that was read must read back as the same diary. */
static void
check_round_trip (LipcheckDiary *diary)
{
  g_autofree char *saved = lipcheck_diary_file_to_json (diary);
  g_autoptr(GBytes) bytes = g_bytes_new (saved, strlen (saved));
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckDiary) read = lipcheck_diary_file_read_bytes (kb, bytes, "round-trip.json", &today, &error);
  g_autofree char *saved_again = NULL;

  if (read == NULL)
    g_error ("the saved diary does not read back: %s\n%s", error->message, saved);

  saved_again = lipcheck_diary_file_to_json (read);
  g_assert_cmpstr (saved, ==, saved_again);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary;

  diary = lipcheck_diary_file_read_bytes (kb, bytes, FILE_NAME, &today, &error);

  if (diary == NULL)
    {
      /* Refused: with a message a person can act on, that names the file first. */
      g_assert (error != NULL);
      g_assert (error->domain == LIPCHECK_DIARY_ERROR);
      g_assert (g_str_has_prefix (error->message, FILE_NAME ":"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  evaluate_and_render (diary);
  check_round_trip (diary);

  /* Nothing keeps the diary alive once its results are gone. */
  g_object_add_weak_pointer (G_OBJECT (diary), (gpointer *)&diary);
  g_object_unref (diary);
  g_assert (diary == NULL);

  return 0;
}
