/* fuzz-kb.c: libFuzzer target that loads any bytes as a knowledge base, and uses what loads. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"

#define FILE_NAME "fuzz-kb.json"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A warning or a critical is a bug the fuzzer must report: make it abort. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* Every question answered at one extreme: @high gives yes, the maximum, the last choice and
 * every choice; otherwise no, the minimum, the first choice and none. */
static LipcheckAnswers *
answers_new_extreme (LipcheckKnowledgeBase *kb,
                     gboolean               high)
{
  GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);
  LipcheckAnswers *answers = lipcheck_answers_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (questions, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
      GPtrArray *choices = lipcheck_question_get_choices (question);
      g_autoptr(GStrvBuilder) several = g_strv_builder_new ();
      g_auto(GStrv) chosen = NULL;

      switch (lipcheck_question_get_kind (question))
        {
        case LIPCHECK_QUESTION_YES_NO:
          lipcheck_answers_set_boolean (answers, id, high);
          break;

        case LIPCHECK_QUESTION_NUMBER:
          lipcheck_answers_set_number (answers, id, high ? lipcheck_question_get_maximum (question)
                                                         : lipcheck_question_get_minimum (question));
          break;

        case LIPCHECK_QUESTION_CHOICE:
          g_assert (choices != NULL && choices->len > 0);
          lipcheck_answers_set_choice (answers, id,
                                       ((LipcheckChoice *)g_ptr_array_index (choices, high ? choices->len - 1 : 0))->id);
          break;

        case LIPCHECK_QUESTION_SEVERAL:
          g_assert (choices != NULL && choices->len > 0);
          for (guint j = 0; high && j < choices->len; j++)
            g_strv_builder_add (several, ((LipcheckChoice *)g_ptr_array_index (choices, j))->id);
          chosen = g_strv_builder_end (several);
          lipcheck_answers_set_several (answers, id, (const char * const *)chosen);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return answers;
}

/* Evaluates @answers and renders both reports, as `lipcheck --answers --report` does. */
static void
evaluate_and_render (LipcheckKnowledgeBase *kb,
                     LipcheckAnswers       *answers,
                     const char            *region)
{
  g_autoptr(LipcheckResult) result = lipcheck_evaluate (kb, answers, region);
  g_autofree char *json = lipcheck_report_to_json (result);
  g_autofree char *text = lipcheck_report_to_text (result);

  g_assert (json != NULL && g_utf8_validate (json, -1, NULL));
  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
}

/* What the app saves for @answers, it must read back as the same answers. */
static void
check_round_trip (LipcheckKnowledgeBase *kb,
                  LipcheckAnswers       *answers)
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
}

static void
use_knowledge_base (LipcheckKnowledgeBase *kb)
{
  g_autofree char *description = lipcheck_knowledge_base_describe (kb);
  g_autoptr(LipcheckAnswers) none = lipcheck_answers_new ();
  g_autoptr(LipcheckAnswers) low = answers_new_extreme (kb, FALSE);
  g_autoptr(LipcheckAnswers) high = answers_new_extreme (kb, TRUE);

  g_assert (g_str_has_prefix (description, FILE_NAME ": version "));

  evaluate_and_render (kb, none, "GB");
  evaluate_and_render (kb, low, NULL);
  evaluate_and_render (kb, high, "US");

  check_round_trip (kb, low);
  check_round_trip (kb, high);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb;

  kb = lipcheck_knowledge_base_new_from_bytes (bytes, FILE_NAME, &error);

  if (kb == NULL)
    {
      /* Refused: with a message a person can act on, that names the file first. */
      g_assert (error != NULL);
      g_assert (error->domain == LIPCHECK_KB_ERROR);
      g_assert (g_str_has_prefix (error->message, FILE_NAME ":"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  use_knowledge_base (kb);

  /* Nothing keeps the knowledge base alive once its results and answers are gone. */
  g_object_add_weak_pointer (G_OBJECT (kb), (gpointer *)&kb);
  g_object_unref (kb);
  g_assert (kb == NULL);

  return 0;
}
