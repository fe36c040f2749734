/* test-evaluator.c: tests of the evaluation engine: urgency, factors, conditions, tips, templates. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-evaluator"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-finding.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-rule.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* The eight warning signs, in the knowledge base's order. */
static const char * const warning_signs[] = {
  "weakness", "arm-weakness", "numbness", "pain", "asymmetry", "speech", "swallowing", "vision", NULL
};

/* The warning signs whose sudden onset makes an emergency (NHS stroke signs). */
static const char * const stroke_signs[] = {
  "asymmetry", "weakness", "arm-weakness", "numbness", "speech", "vision", NULL
};

/* Helpers */

/* Sets @id from words: "yes"/"no", a number, a choice id, or a comma-separated list of choice ids
 * ("" for none) for a several-question. A typo in a test fails here, not silently later. */
static void
set_answer (LipcheckAnswers *answers,
            const char      *id,
            const char      *value)
{
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, id);
  g_auto(GStrv) ids = NULL;

  if (question == NULL)
    g_error ("no question “%s” in the knowledge base", id);

  switch (lipcheck_question_get_kind (question))
    {
    case LIPCHECK_QUESTION_YES_NO:
      g_assert_true (g_str_equal (value, "yes") || g_str_equal (value, "no"));
      lipcheck_answers_set_boolean (answers, id, g_str_equal (value, "yes"));
      break;

    case LIPCHECK_QUESTION_NUMBER:
      lipcheck_answers_set_number (answers, id, g_ascii_strtoll (value, NULL, 10));
      break;

    case LIPCHECK_QUESTION_CHOICE:
      g_assert_nonnull (lipcheck_question_find_choice (question, value));
      lipcheck_answers_set_choice (answers, id, value);
      break;

    case LIPCHECK_QUESTION_SEVERAL:
      ids = *value != '\0' ? g_strsplit (value, ",", -1) : g_new0 (char *, 1);
      for (guint i = 0; ids[i] != NULL; i++)
        g_assert_nonnull (lipcheck_question_find_choice (question, ids[i]));
      lipcheck_answers_set_several (answers, id, (const char * const *)ids);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Answers from a NULL-terminated array of question ids and answers in words. */
static LipcheckAnswers *
answers_new_from_pairs (const char * const *pairs)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();

  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i += 2)
    {
      g_assert_nonnull (pairs[i + 1]);
      set_answer (answers, pairs[i], pairs[i + 1]);
    }

  return answers;
}

#define answers_new(...) answers_new_from_pairs ((const char * const []) { __VA_ARGS__ })

/* Every yes/no question answered "no", every other one answered so that it points to nothing. */
static LipcheckAnswers *
answers_new_all_no (void)
{
  return answers_new ("duration", "days", "spread", "no", "severe", "no", "stiff", "no",
                      "eye-onset", "no", "stress", "no", "sleep-hours", "8", "caffeine-cups", "0",
                      "alcohol", "no", "low-fluids", "no", "low-mineral-diet", "no", "medications", "",
                      "weakness", "no", "arm-weakness", "no", "numbness", "no", "pain", "no", "asymmetry", "no",
                      "speech", "no", "swallowing", "no", "vision", "no", NULL);
}

/* A list model as a string: entries by id, findings as “id(because,…)”, separated by spaces. */
static char *
describe_model (GListModel *model)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (str, ' ');

      if (LIPCHECK_IS_FINDING (item))
        {
          LipcheckFinding *finding = LIPCHECK_FINDING (item);
          g_autofree char *because = g_strjoinv (",", (char **)lipcheck_finding_get_because (finding));

          g_string_append_printf (str, "%s(%s)", lipcheck_entry_get_id (lipcheck_finding_get_entry (finding)), because);
        }
      else
        g_string_append (str, lipcheck_entry_get_id (LIPCHECK_ENTRY (item)));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

#define assert_model(model, expected) \
  G_STMT_START { \
    g_autofree char *_described = describe_model (G_LIST_MODEL (model)); \
    g_assert_cmpstr (_described, ==, (expected)); \
  } G_STMT_END

#define assert_strv(strv, expected) \
  G_STMT_START { \
    g_autofree char *_joined = g_strjoinv (" ", (char **)(strv)); \
    g_assert_cmpstr (_joined, ==, (expected)); \
  } G_STMT_END

#define assert_urgency(result, expected) \
  g_assert_cmpstr (lipcheck_urgency_to_string (lipcheck_result_get_urgency (result)), ==, (expected))

/* Whether @model has the entry @id, directly or as a finding's. */
static gboolean
model_has_id (GListModel *model,
              const char *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      LipcheckEntry *entry = LIPCHECK_IS_FINDING (item) ? lipcheck_finding_get_entry (LIPCHECK_FINDING (item))
                                                        : LIPCHECK_ENTRY (item);

      if (g_str_equal (lipcheck_entry_get_id (entry), id))
        return TRUE;
    }

  return FALSE;
}

static LipcheckResult *
evaluate (LipcheckAnswers *answers)
{
  LipcheckResult *result = lipcheck_evaluate (kb, answers, "GB");

  g_assert_true (LIPCHECK_IS_RESULT (result));
  g_assert_true (lipcheck_result_get_knowledge_base (result) == kb);
  g_assert_true (lipcheck_result_get_answers (result) == answers);

  return result;
}

/* The result holds the answers: it must go first, and both must be freed for good. */
static void
finish (LipcheckResult  *result,
        LipcheckAnswers *answers)
{
  g_assert_finalize_object (result);
  g_assert_finalize_object (answers);
}

/* Table-driven cases: answers in, urgency, factors, warning signs and conditions out */

typedef struct
{
  const char *name;
  const char *answers[24];
  const char *urgency;
  const char *factors;
  const char *warning_signs;
  const char *conditions;
} Case;

static const Case cases[] = {
  /* Nothing answered, or nothing that points anywhere */
  { "empty", { NULL }, "self-care", "", "", "" },

  /* Each warning sign alone: urgent */
  { "urgent/weakness", { "weakness", "yes", NULL }, "urgent", "", "weakness", "bells-palsy(weakness)" },
  { "urgent/arm-weakness", { "arm-weakness", "yes", NULL }, "urgent", "", "arm-weakness", "" },
  { "urgent/numbness", { "numbness", "yes", NULL }, "urgent", "", "numbness", "" },
  { "urgent/pain", { "pain", "yes", NULL }, "urgent", "", "pain", "" },
  { "urgent/asymmetry", { "asymmetry", "yes", NULL }, "urgent", "", "asymmetry", "bells-palsy(asymmetry)" },
  { "urgent/speech", { "speech", "yes", NULL }, "urgent", "", "speech", "" },
  { "urgent/swallowing", { "swallowing", "yes", NULL }, "urgent", "", "swallowing", "" },
  { "urgent/vision", { "vision", "yes", NULL }, "urgent", "", "vision", "" },

  /* A stroke sign that did not come on suddenly: urgent, not emergency */
  { "urgent/asymmetry-not-sudden", { "asymmetry", "yes", "sudden", "no", NULL }, "urgent", "", "asymmetry", "bells-palsy(asymmetry)" },
  { "urgent/vision-not-sudden", { "vision", "yes", "sudden", "no", NULL }, "urgent", "", "vision", "" },
  { "urgent/arm-weakness-not-sudden", { "arm-weakness", "yes", "sudden", "no", NULL }, "urgent", "", "arm-weakness", "" },
  { "urgent/numbness-not-sudden", { "numbness", "yes", "sudden", "no", NULL }, "urgent", "", "numbness", "" },

  /* Sudden with each of its triggers: emergency */
  /* An emergency says one thing: no factors and no conditions beside the call */
  { "emergency/sudden-asymmetry", { "sudden", "yes", "asymmetry", "yes", NULL }, "emergency", "", "asymmetry", "" },
  { "emergency/sudden-weakness", { "sudden", "yes", "weakness", "yes", NULL }, "emergency", "", "weakness", "" },
  { "emergency/sudden-speech", { "sudden", "yes", "speech", "yes", NULL }, "emergency", "", "speech", "" },
  { "emergency/sudden-vision", { "sudden", "yes", "vision", "yes", NULL }, "emergency", "", "vision", "" },
  { "emergency/sudden-arm-weakness", { "sudden", "yes", "arm-weakness", "yes", NULL }, "emergency", "", "arm-weakness", "" },
  { "emergency/sudden-numbness", { "sudden", "yes", "numbness", "yes", NULL }, "emergency", "", "numbness", "" },

  /* Sudden with signs that are not stroke signs: no emergency */
  { "urgent/sudden-pain-swallowing", { "sudden", "yes", "pain", "yes", "swallowing", "yes", NULL }, "urgent", "", "pain swallowing", "" },
  { "self-care/sudden-alone", { "sudden", "yes", NULL }, "self-care", "", "", "" },

  /* Each routine trigger alone */
  { "routine/duration-weeks", { "duration", "weeks", NULL }, "routine", "", "", "" },
  { "routine/spread", { "spread", "yes", NULL }, "routine", "", "", "" },
  { "routine/severe", { "severe", "yes", NULL }, "routine", "", "", "" },
  { "routine/stiff", { "stiff", "yes", NULL }, "routine", "", "", "" },
  { "routine/eye-onset", { "eye-onset", "yes", NULL }, "routine", "", "", "hemifacial-spasm(eye-onset)" },
  { "routine/diuretic", { "medications", "diuretic", NULL }, "routine", "medication(medications) mineral-deficiency(medications)", "", "" },
  { "routine/corticosteroid", { "medications", "corticosteroid", NULL }, "routine", "medication(medications)", "", "" },
  { "routine/antidepressant", { "medications", "antidepressant", NULL }, "routine", "medication(medications)", "", "" },
  { "routine/other-new", { "medications", "other-new", NULL }, "routine", "medication(medications)", "", "" },
  { "routine/all-medications", { "medications", "other-new,antidepressant,corticosteroid,diuretic", NULL }, "routine", "medication(medications) mineral-deficiency(medications)", "", "" },

  /* Answers that are not routine triggers */
  { "self-care/duration-today", { "duration", "today", NULL }, "self-care", "", "", "" },
  { "self-care/duration-days", { "duration", "days", NULL }, "self-care", "", "", "" },
  { "self-care/no-medications", { "medications", "", NULL }, "self-care", "", "", "" },

  /* Each factor alone, with the answers behind it */
  { "factor/caffeine", { "caffeine-cups", "4", NULL }, "self-care", "caffeine(caffeine-cups)", "", "" },
  { "factor/fatigue", { "sleep-hours", "6", NULL }, "self-care", "fatigue(sleep-hours)", "", "" },
  { "factor/stress", { "stress", "yes", NULL }, "self-care", "stress(stress)", "", "" },
  { "factor/alcohol", { "alcohol", "yes", NULL }, "self-care", "alcohol(alcohol)", "", "" },
  { "factor/dehydration", { "low-fluids", "yes", NULL }, "self-care", "dehydration(low-fluids)", "", "" },
  { "factor/mineral-deficiency", { "low-mineral-diet", "yes", NULL }, "self-care", "mineral-deficiency(low-mineral-diet)", "", "" },
  { "factor/mineral-deficiency-diet-and-diuretic", { "low-mineral-diet", "yes", "medications", "diuretic", NULL }, "routine",
    "medication(medications) mineral-deficiency(low-mineral-diet,medications)", "", "" },

  /* Thresholds at their edges and the bounds of the ranges */
  { "threshold/caffeine-0", { "caffeine-cups", "0", NULL }, "self-care", "", "", "" },
  { "threshold/caffeine-3", { "caffeine-cups", "3", NULL }, "self-care", "", "", "" },
  { "threshold/caffeine-4", { "caffeine-cups", "4", NULL }, "self-care", "caffeine(caffeine-cups)", "", "" },
  { "threshold/caffeine-50", { "caffeine-cups", "50", NULL }, "self-care", "caffeine(caffeine-cups)", "", "" },
  { "threshold/sleep-0", { "sleep-hours", "0", NULL }, "self-care", "fatigue(sleep-hours)", "", "" },
  { "threshold/sleep-6", { "sleep-hours", "6", NULL }, "self-care", "fatigue(sleep-hours)", "", "" },
  { "threshold/sleep-7", { "sleep-hours", "7", NULL }, "self-care", "", "", "" },
  { "threshold/sleep-24", { "sleep-hours", "24", NULL }, "self-care", "", "", "" },

  /* "no" points to nothing */
  { "self-care/all-no", { "stress", "no", "alcohol", "no", "low-fluids", "no", "low-mineral-diet", "no",
                          "spread", "no", "severe", "no", "stiff", "no", "eye-onset", "no", NULL },
    "self-care", "", "", "" },

  /* Factors in the knowledge base's cause order, whatever the order of the answers */
  { "factor/order", { "alcohol", "yes", "low-mineral-diet", "yes", "low-fluids", "yes", "stress", "yes",
                      "sleep-hours", "5", "caffeine-cups", "6", "medications", "corticosteroid", NULL },
    "routine",
    "medication(medications) caffeine(caffeine-cups) fatigue(sleep-hours) stress(stress) "
    "dehydration(low-fluids) mineral-deficiency(low-mineral-diet) alcohol(alcohol)", "", "" },

  /* Both conditions, in the knowledge base's order */
  { "conditions/both", { "eye-onset", "yes", "asymmetry", "yes", NULL }, "urgent", "", "asymmetry",
    "bells-palsy(asymmetry) hemifacial-spasm(eye-onset)" },

  /* The highest level wins */
  { "combined/routine-and-urgent", { "duration", "weeks", "pain", "yes", "stress", "yes", NULL }, "urgent",
    "stress(stress)", "pain", "" },
  { "combined/emergency-over-all", { "duration", "weeks", "pain", "yes", "weakness", "yes", "sudden", "yes",
                                     "caffeine-cups", "10", NULL }, "emergency",
    "", "weakness pain", "" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  LipcheckAnswers *answers = answers_new_from_pairs (c->answers);
  LipcheckResult *result = evaluate (answers);

  assert_urgency (result, c->urgency);
  assert_model (lipcheck_result_get_factors (result), c->factors);
  assert_model (lipcheck_result_get_warning_signs (result), c->warning_signs);
  assert_model (lipcheck_result_get_conditions (result), c->conditions);
  g_assert_cmpint (lipcheck_level_get_urgency (lipcheck_result_get_level (result)), ==,
                   lipcheck_result_get_urgency (result));

  finish (result, answers);
}

/* Sudden is asked only after a stroke sign */

static void
test_sudden_not_asked (void)
{
  LipcheckAnswers *answers = answers_new ("sudden", "yes", NULL);
  LipcheckResult *result = evaluate (answers);
  LipcheckQuestion *sudden = lipcheck_knowledge_base_lookup_question (kb, "sudden");

  assert_urgency (result, "self-care");
  g_assert_false (model_has_id (lipcheck_result_get_asked (result), "sudden"));
  g_assert_false (g_strv_contains (lipcheck_result_get_unanswered (result), "sudden"));
  g_assert_false (lipcheck_question_is_asked (sudden, answers));
  finish (result, answers);

  /* Pain and swallowing are warning signs but not stroke signs: still not asked. */
  answers = answers_new ("sudden", "yes", "pain", "yes", "swallowing", "yes", NULL);
  result = evaluate (answers);
  assert_urgency (result, "urgent");
  g_assert_false (model_has_id (lipcheck_result_get_asked (result), "sudden"));
  g_assert_false (g_strv_contains (lipcheck_result_get_unanswered (result), "sudden"));
  finish (result, answers);
}

static void
test_sudden_asked (void)
{
  LipcheckQuestion *sudden = lipcheck_knowledge_base_lookup_question (kb, "sudden");

  for (guint i = 0; stroke_signs[i] != NULL; i++)
    {
      LipcheckAnswers *answers = answers_new (stroke_signs[i], "yes", NULL);
      LipcheckResult *result = evaluate (answers);

      g_test_message ("%s", stroke_signs[i]);
      g_assert_true (lipcheck_question_is_asked (sudden, answers));
      g_assert_true (model_has_id (lipcheck_result_get_asked (result), "sudden"));
      g_assert_true (g_strv_contains (lipcheck_result_get_unanswered (result), "sudden"));
      assert_urgency (result, "urgent");
      finish (result, answers);
    }
}

/* Rules: the emergency rule comes first, with the answers that made it hold */
static void
test_rules (void)
{
  LipcheckAnswers *answers = answers_new ("sudden", "yes", "vision", "yes", "asymmetry", "yes",
                                          "pain", "yes", NULL);
  LipcheckResult *result = evaluate (answers);
  GListModel *rules = lipcheck_result_get_rules (result);
  g_autoptr(LipcheckFinding) first = g_list_model_get_item (rules, 0);
  const char * const *why;

  assert_urgency (result, "emergency");
  /* An emergency gives only its own reason: the urgent rules' are a second message. */
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 1);
  g_assert_cmpstr (lipcheck_entry_get_id (lipcheck_finding_get_entry (first)), ==, "emergency-sudden-stroke-signs");
  assert_strv (lipcheck_finding_get_because (first), "sudden asymmetry vision");
  why = lipcheck_finding_get_explanations (first);
  g_assert_nonnull (why[0]);
  g_assert_null (why[1]);

  g_clear_object (&first);
  finish (result, answers);

  /* Below an emergency, every rule that holds, highest level first. */
  answers = answers_new ("duration", "weeks", "vision", "yes", "pain", "yes", NULL);
  result = evaluate (answers);
  assert_model (lipcheck_result_get_rules (result),
                "urgent-pain(pain) urgent-vision(vision) routine-duration(duration)");
  finish (result, answers);
}

/* The reasons' templates are rendered with the person's answers */
static void
test_explanations (void)
{
  LipcheckAnswers *answers = answers_new ("caffeine-cups", "7", "sleep-hours", "5", "asymmetry", "yes", NULL);
  LipcheckResult *result = evaluate (answers);
  GListModel *factors = lipcheck_result_get_factors (result);
  g_autoptr(LipcheckFinding) caffeine = g_list_model_get_item (factors, 0);
  g_autoptr(LipcheckFinding) fatigue = g_list_model_get_item (factors, 1);
  g_autoptr(LipcheckFinding) palsy = g_list_model_get_item (lipcheck_result_get_conditions (result), 0);
  const char * const *why;

  assert_model (factors, "caffeine(caffeine-cups) fatigue(sleep-hours)");

  why = lipcheck_finding_get_explanations (caffeine);
  g_assert_cmpuint (g_strv_length ((char **)why), ==, 1);
  g_assert_nonnull (strstr (why[0], "You said you have 7 caffeinated drinks a day"));
  g_assert_null (strchr (why[0], '{'));

  why = lipcheck_finding_get_explanations (fatigue);
  g_assert_nonnull (strstr (why[0], "sleep 5 hours a night"));

  /* The condition's reason gives the one NHS instruction for Bell's palsy: treatment within 72 hours. */
  why = lipcheck_finding_get_explanations (palsy);
  g_assert_nonnull (strstr (why[0], "within 72 hours"));
  g_assert_null (strchr (why[0], '{'));

  /* The level's template names the emergency number of the region asked for. */
  g_assert_nonnull (strstr (lipcheck_result_get_advice (result), "call 999 now"));
  g_assert_null (strchr (lipcheck_result_get_advice (result), '{'));

  g_clear_object (&caffeine);
  g_clear_object (&fatigue);
  g_clear_object (&palsy);
  finish (result, answers);
}

/* A diuretic is a medicine and drains minerals: both factors, and the tips of both, once each */
static void
test_diuretic (void)
{
  LipcheckAnswers *answers = answers_new ("medications", "diuretic", NULL);
  LipcheckResult *result = evaluate (answers);
  g_autoptr(LipcheckFinding) minerals = g_list_model_get_item (lipcheck_result_get_factors (result), 1);

  assert_urgency (result, "routine");
  assert_model (lipcheck_result_get_factors (result), "medication(medications) mineral-deficiency(medications)");
  g_assert_cmpuint (g_strv_length ((char **)lipcheck_finding_get_explanations (minerals)), ==, 1);
  /* The warning signs are unanswered: the level's own tips are left out. */
  assert_model (lipcheck_result_get_tips (result),
                "ask-about-medicines potassium-foods magnesium-foods balanced-diet check-mineral-levels");
  assert_model (lipcheck_result_get_more_tips (result), "");

  g_clear_object (&minerals);
  finish (result, answers);
}

/* Conditions */

/* With the shipped knowledge base every condition's pattern also raises the urgency, so the
 * "never on self-care" rule is tested on a copy with a condition that a self-care answer shows. */
static LipcheckKnowledgeBase *
kb_new_with_self_care_condition (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/knowledge-base.json", 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) changed = NULL;
  JsonArray *conditions;
  JsonObject *reason = json_object_new ();
  JsonObject *when = json_object_new ();
  JsonArray *reasons = json_array_new ();
  LipcheckKnowledgeBase *copy;
  char *text;
  gsize len;

  g_assert_nonnull (bytes);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  json_object_set_string_member (when, "yes", "stress");
  json_object_set_object_member (reason, "when", when);
  json_object_set_string_member (reason, "why", "Stress can play a part in dystonia.");
  json_array_add_object_element (reasons, reason);

  conditions = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "conditions");
  for (guint i = 0; i < json_array_get_length (conditions); i++)
    {
      JsonObject *condition = json_array_get_object_element (conditions, i);

      if (g_str_equal (json_object_get_string_member (condition, "id"), "dystonia"))
        json_object_set_array_member (condition, "reasons", json_array_ref (reasons));
    }
  json_array_unref (reasons);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &len);
  changed = g_bytes_new_take (text, len);

  copy = lipcheck_knowledge_base_new_from_bytes (changed, "self-care-condition.json", &error);
  g_assert_no_error (error);

  return copy;
}

static void
test_conditions_not_on_self_care (void)
{
  LipcheckKnowledgeBase *copy = kb_new_with_self_care_condition ();
  LipcheckAnswers *answers = answers_new ("stress", "yes", NULL);
  LipcheckResult *result = lipcheck_evaluate (copy, answers, "GB");

  assert_urgency (result, "self-care");
  assert_model (lipcheck_result_get_factors (result), "stress(stress)");
  assert_model (lipcheck_result_get_conditions (result), "");
  g_assert_finalize_object (result);

  /* The same answer above self-care: now the condition is named. */
  set_answer (answers, "spread", "yes");
  result = lipcheck_evaluate (copy, answers, "GB");
  assert_urgency (result, "routine");
  assert_model (lipcheck_result_get_conditions (result), "dystonia(stress)");
  g_assert_finalize_object (result);

  g_assert_finalize_object (answers);
  g_assert_finalize_object (copy);
}

/* A condition's sign answered "no" or not at all names nothing, whatever the urgency */
static void
test_conditions_need_pattern (void)
{
  LipcheckAnswers *answers = answers_new ("pain", "yes", "weakness", "no", "speech", "yes",
                                          "asymmetry", "no", "duration", "weeks", NULL);
  LipcheckResult *result = evaluate (answers);

  assert_urgency (result, "urgent");
  assert_model (lipcheck_result_get_conditions (result), "");
  finish (result, answers);

  answers = answers_new ("eye-onset", "no", "spread", "yes", NULL);
  result = evaluate (answers);
  assert_urgency (result, "routine");
  assert_model (lipcheck_result_get_conditions (result), "");
  finish (result, answers);
}

/* Tips */

static void
test_tips_self_care_level (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result = evaluate (answers);

  assert_urgency (result, "self-care");
  assert_model (lipcheck_result_get_factors (result), "");
  assert_model (lipcheck_result_get_tips (result), "warm-compress gentle-massage stretch-muscle try-not-to-worry");
  finish (result, answers);
}

static void
test_tips_follow_factors (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result;

  set_answer (answers, "caffeine-cups", "4");
  set_answer (answers, "alcohol", "yes");
  result = evaluate (answers);

  /* Factor tips in factor order, each once, then the level's own: five to try first. */
  assert_model (lipcheck_result_get_tips (result),
                "cut-back-caffeine switch-to-decaf avoid-lots-caffeine-alcohol cut-back-alcohol warm-compress");
  assert_model (lipcheck_result_get_more_tips (result), "gentle-massage stretch-muscle try-not-to-worry");
  finish (result, answers);

  /* With the warning signs unanswered, only the factors' tips. */
  answers = answers_new ("caffeine-cups", "4", "alcohol", "yes", NULL);
  result = evaluate (answers);
  assert_model (lipcheck_result_get_tips (result),
                "cut-back-caffeine switch-to-decaf avoid-lots-caffeine-alcohol cut-back-alcohol");
  assert_model (lipcheck_result_get_more_tips (result), "");
  finish (result, answers);

  /* The urgent level has no tips of its own: only the factors' remain. */
  answers = answers_new ("caffeine-cups", "4", "numbness", "yes", NULL);
  result = evaluate (answers);
  assert_urgency (result, "urgent");
  assert_model (lipcheck_result_get_tips (result), "cut-back-caffeine switch-to-decaf avoid-lots-caffeine-alcohol");
  finish (result, answers);

  /* No factor and no level tips: no tips. */
  answers = answers_new ("numbness", "yes", NULL);
  result = evaluate (answers);
  assert_model (lipcheck_result_get_tips (result), "");
  finish (result, answers);
}

static void
test_tips_none_on_emergency (void)
{
  LipcheckAnswers *answers = answers_new ("asymmetry", "yes", "sudden", "yes", "stress", "yes",
                                          "caffeine-cups", "9", "sleep-hours", "3", "alcohol", "yes",
                                          "low-fluids", "yes", "low-mineral-diet", "yes",
                                          "medications", "diuretic", NULL);
  LipcheckResult *result = evaluate (answers);

  assert_urgency (result, "emergency");
  /* Nothing stands between the person and the call: no factors, tips or conditions. */
  assert_model (lipcheck_result_get_factors (result), "");
  assert_model (lipcheck_result_get_conditions (result), "");
  assert_model (lipcheck_result_get_tips (result), "");
  assert_model (lipcheck_result_get_more_tips (result), "");
  g_assert_true (lipcheck_result_get_complete (result) == FALSE);
  g_assert_nonnull (strstr (lipcheck_result_get_headline (result), "Call 999 now"));
  finish (result, answers);
}

/* Unanswered questions */

static void
test_unanswered_empty (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  LipcheckResult *result = evaluate (answers);
  const char *all_but_sudden =
    "duration spread severe stiff eye-onset stress sleep-hours caffeine-cups alcohol low-fluids "
    "low-mineral-diet medications weakness arm-weakness numbness pain asymmetry speech swallowing vision";

  assert_strv (lipcheck_result_get_unanswered (result), all_but_sudden);
  assert_model (lipcheck_result_get_asked (result), all_but_sudden);
  assert_model (lipcheck_result_get_warning_signs (result), "");
  assert_model (lipcheck_result_get_absent_warning_signs (result), "");
  finish (result, answers);
}

static void
test_unanswered_all_answered (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result = evaluate (answers);

  assert_strv (lipcheck_result_get_unanswered (result), "");
  assert_model (lipcheck_result_get_absent_warning_signs (result),
                "weakness arm-weakness numbness pain asymmetry speech swallowing vision");
  finish (result, answers);

  /* An answer to a question that is not asked is neither asked nor unanswered. */
  answers = answers_new_all_no ();
  set_answer (answers, "sudden", "no");
  result = evaluate (answers);
  assert_strv (lipcheck_result_get_unanswered (result), "");
  g_assert_false (model_has_id (lipcheck_result_get_asked (result), "sudden"));
  finish (result, answers);
}

static void
test_unanswered_warning_signs (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result;

  lipcheck_answers_unset (answers, "vision");
  lipcheck_answers_unset (answers, "pain");
  set_answer (answers, "numbness", "yes");
  result = evaluate (answers);

  /* Numbness is a stroke sign: sudden is asked after it. */
  assert_strv (lipcheck_result_get_unanswered (result), "pain vision sudden");
  assert_model (lipcheck_result_get_warning_signs (result), "numbness");
  assert_model (lipcheck_result_get_absent_warning_signs (result), "weakness arm-weakness asymmetry speech swallowing");
  g_assert_true (model_has_id (lipcheck_result_get_asked (result), "pain"));
  g_assert_true (model_has_id (lipcheck_result_get_asked (result), "vision"));
  finish (result, answers);

  /* Each warning sign left unanswered on its own is in neither list. */
  for (guint i = 0; warning_signs[i] != NULL; i++)
    {
      answers = answers_new_all_no ();
      lipcheck_answers_unset (answers, warning_signs[i]);
      result = evaluate (answers);

      g_test_message ("%s", warning_signs[i]);
      assert_strv (lipcheck_result_get_unanswered (result), warning_signs[i]);
      g_assert_false (model_has_id (lipcheck_result_get_warning_signs (result), warning_signs[i]));
      g_assert_false (model_has_id (lipcheck_result_get_absent_warning_signs (result), warning_signs[i]));
      g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_absent_warning_signs (result)), ==, 7);
      finish (result, answers);
    }
}

static void
test_unanswered_sudden (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result;

  set_answer (answers, "speech", "yes");
  result = evaluate (answers);
  assert_strv (lipcheck_result_get_unanswered (result), "sudden");
  assert_urgency (result, "urgent");
  finish (result, answers);
}

/* The monotonic property, exhaustively */

/* Under AddressSanitizer an evaluation costs about ten times more. */
#if defined(__SANITIZE_ADDRESS__)
# define SANITIZED 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define SANITIZED 1
# endif
#endif
#ifndef SANITIZED
# define SANITIZED 0
#endif

/* The yes/no questions, as bits of a mask in the knowledge base's order. */
typedef struct
{
  const char *ids[32];
  guint       n;
  guint       sudden;
  guint       stroke;
  guint       warning;
  guint       routine;
  guint       bells_palsy;
  guint       eye_onset;
  guint       in_rules;
} YesNo;

static guint
bit_of (const YesNo *yes_no,
        const char  *id)
{
  for (guint i = 0; i < yes_no->n; i++)
    if (g_str_equal (yes_no->ids[i], id))
      return 1u << i;

  g_error ("“%s” is not a yes/no question of the knowledge base", id);
}

/* The yes/no questions that some rule tests: only they can change the urgency, which is the
 * highest level of the rules that hold. */
static guint
bits_in_rules (const YesNo *yes_no)
{
  GListModel *rules = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_RULE);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint bits = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(LipcheckRule) rule = g_list_model_get_item (rules, i);

      lipcheck_expr_collect_questions (lipcheck_rule_get_when (rule), ids);
    }

  for (guint i = 0; i < yes_no->n; i++)
    if (g_ptr_array_find_with_equal_func (ids, yes_no->ids[i], g_str_equal, NULL))
      bits |= 1u << i;

  return bits;
}

static void
yes_no_init (YesNo *yes_no)
{
  GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);
  guint n = g_list_model_get_n_items (questions);
  const char * const routine[] = { "spread", "severe", "stiff", "eye-onset", NULL };

  memset (yes_no, 0, sizeof *yes_no);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (questions, i);

      if (lipcheck_question_get_kind (question) == LIPCHECK_QUESTION_YES_NO)
        {
          g_assert_cmpuint (yes_no->n, <, G_N_ELEMENTS (yes_no->ids));
          yes_no->ids[yes_no->n++] = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
        }
    }

  yes_no->sudden = bit_of (yes_no, "sudden");
  yes_no->bells_palsy = bit_of (yes_no, "asymmetry") | bit_of (yes_no, "weakness");
  yes_no->eye_onset = bit_of (yes_no, "eye-onset");
  for (guint i = 0; stroke_signs[i] != NULL; i++)
    yes_no->stroke |= bit_of (yes_no, stroke_signs[i]);
  for (guint i = 0; warning_signs[i] != NULL; i++)
    yes_no->warning |= bit_of (yes_no, warning_signs[i]);
  for (guint i = 0; routine[i] != NULL; i++)
    yes_no->routine |= bit_of (yes_no, routine[i]);
  yes_no->in_rules = bits_in_rules (yes_no);
}

/* The urgency the spec gives for yes/no answers alone (the other questions unanswered). */
static LipcheckUrgency
spec_urgency (const YesNo *yes_no,
              guint        mask)
{
  if ((mask & yes_no->sudden) && (mask & yes_no->stroke))
    return LIPCHECK_URGENCY_EMERGENCY;
  if (mask & yes_no->warning)
    return LIPCHECK_URGENCY_URGENT;
  if (mask & yes_no->routine)
    return LIPCHECK_URGENCY_ROUTINE;
  return LIPCHECK_URGENCY_SELF_CARE;
}

/* Evaluates the yes/no answers @mask (every yes/no question answered, the others not), checks the
 * result against the spec, and returns its urgency. */
static LipcheckUrgency
evaluate_combination (const YesNo     *yes_no,
                      LipcheckAnswers *answers,
                      guint            mask)
{
  LipcheckResult *result;
  GListModel *conditions;
  LipcheckUrgency urgency;

  for (guint i = 0; i < yes_no->n; i++)
    lipcheck_answers_set_boolean (answers, yes_no->ids[i], (mask >> i) & 1);

  result = lipcheck_evaluate (kb, answers, "GB");
  urgency = lipcheck_result_get_urgency (result);
  conditions = lipcheck_result_get_conditions (result);

  if (urgency != spec_urgency (yes_no, mask))
    g_error ("answers %04x: urgency %s, expected %s", mask, lipcheck_urgency_to_string (urgency),
             lipcheck_urgency_to_string (spec_urgency (yes_no, mask)));
  /* Every sign, and sudden when asked, has an answer: the result is complete. */
  g_assert_true (lipcheck_result_get_complete (result));
  if (urgency == LIPCHECK_URGENCY_SELF_CARE || urgency == LIPCHECK_URGENCY_EMERGENCY)
    g_assert_cmpuint (g_list_model_get_n_items (conditions), ==, 0);
  else
    {
      /* Facial weakness, not only drooping, names Bell's palsy. */
      g_assert_cmpint (model_has_id (conditions, "bells-palsy"), ==, (mask & yes_no->bells_palsy) != 0);
      g_assert_cmpint (model_has_id (conditions, "hemifacial-spasm"), ==, (mask & yes_no->eye_onset) != 0);
    }
  if (urgency == LIPCHECK_URGENCY_EMERGENCY)
    {
      g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_tips (result)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_factors (result)), ==, 0);
    }
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_tips (result)), <=, 5);
  /* "Not an emergency" only when every warning sign was answered no. */
  if (strstr (lipcheck_result_get_headline (result), "not an emergency") != NULL)
    g_assert_cmpuint (mask & yes_no->warning, ==, 0);

  g_object_unref (result);

  return urgency;
}

static guint
count_bits (guint bits)
{
  guint n = 0;

  for (; bits != 0; bits &= bits - 1)
    n++;

  return n;
}

/* Spreads the low bits of @step over the set bits of @bits. */
static guint
deposit_bits (guint step,
              guint bits)
{
  guint mask = 0;

  for (guint i = 0; bits != 0; i++, bits &= bits - 1)
    if (step & (1u << i))
      mask |= bits & -bits;

  return mask;
}

/* Over every combination of the yes/no questions (17 with sudden: 131072 combinations, each
 * evaluated once), turning a warning sign from no to yes never lowers the urgency; the check also
 * covers every other yes/no question, as the rules promise. Each result is also checked against
 * the spec's urgency, conditions and tips.
 *
 * Under AddressSanitizer, where that takes over 10 s, the pass is exhaustive over the yes/no
 * questions the rules test (13: the warning signs, sudden, spread, severe, stiff, eye-onset),
 * with the others (which only point to factors) all "no" and then all "yes"; `-m slow` makes
 * it cover every combination there too. */
static void
test_monotonic (void)
{
  YesNo yes_no;
  g_autofree guint8 *urgency = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  LipcheckAnswers *answers = lipcheck_answers_new ();
  guint varying;
  guint fixed;
  guint visited = 0;
  guint checked = 0;

  yes_no_init (&yes_no);
  g_assert_cmpuint (yes_no.n, ==, 17);
  g_assert_cmpuint (yes_no.in_rules, ==, yes_no.warning | yes_no.sudden | yes_no.routine);

  varying = (SANITIZED && !g_test_slow ()) ? yes_no.in_rules : (1u << yes_no.n) - 1;
  fixed = ((1u << yes_no.n) - 1) & ~varying;
  urgency = g_new (guint8, 1u << yes_no.n);
  memset (urgency, 0xff, 1u << yes_no.n);

  for (guint step = 0; step < (1u << count_bits (varying)); step++)
    for (guint others = 0; others <= fixed; others += fixed != 0 ? fixed : 1)
      {
        guint mask = deposit_bits (step, varying) | others;

        urgency[mask] = evaluate_combination (&yes_no, answers, mask);
        visited++;
      }

  for (guint mask = 0; mask < (1u << yes_no.n); mask++)
    for (guint i = 0; urgency[mask] != 0xff && i < yes_no.n; i++)
      {
        guint bit = 1u << i;

        if ((mask & bit) || urgency[mask | bit] == 0xff)
          continue;

        if (urgency[mask | bit] < urgency[mask])
          g_error ("answers %04x: %s from no to yes lowers the urgency from %s to %s", mask, yes_no.ids[i],
                   lipcheck_urgency_to_string (urgency[mask]), lipcheck_urgency_to_string (urgency[mask | bit]));
        checked += (yes_no.warning & bit) != 0;
      }

  /* Each of the 8 warning signs is "no" in half of the combinations, and each was checked there. */
  g_assert_cmpuint (checked, ==, 8 * (visited / 2));
  g_test_message ("%u combinations in %.2f s", visited, g_timer_elapsed (timer, NULL));

  g_assert_finalize_object (answers);
}

/* The same property with the other questions answered at their most telling */
static void
test_monotonic_with_other_answers (void)
{
  const char * const loud[] = { "duration", "weeks", "caffeine-cups", "50", "sleep-hours", "0",
                                "medications", "diuretic,corticosteroid,antidepressant,other-new", NULL };
  const char * const sudden_and_signs[] = { "sudden", "weakness", "arm-weakness", "numbness", "pain",
                                            "asymmetry", "speech", "swallowing", "vision", NULL };
  guint8 urgency[1u << 9];

  for (guint mask = 0; mask < G_N_ELEMENTS (urgency); mask++)
    {
      LipcheckAnswers *answers = answers_new_from_pairs (loud);
      LipcheckResult *result;

      for (guint i = 0; sudden_and_signs[i] != NULL; i++)
        lipcheck_answers_set_boolean (answers, sudden_and_signs[i], (mask >> i) & 1);
      result = evaluate (answers);
      urgency[mask] = lipcheck_result_get_urgency (result);
      g_assert_cmpint (urgency[mask], >=, LIPCHECK_URGENCY_ROUTINE);
      if (urgency[mask] == LIPCHECK_URGENCY_EMERGENCY)
        assert_model (lipcheck_result_get_factors (result), "");
      else
        assert_model (lipcheck_result_get_factors (result),
                      "medication(medications) caffeine(caffeine-cups) fatigue(sleep-hours) "
                      "mineral-deficiency(medications)");
      finish (result, answers);
    }

  for (guint mask = 0; mask < G_N_ELEMENTS (urgency); mask++)
    for (guint i = 1; i < 9; i++)
      if (!(mask & (1u << i)))
        g_assert_cmpint (urgency[mask | (1u << i)], >=, urgency[mask]);
}

/* Complete and incomplete results */

/* What an incomplete result must never say. */
static const char * const reassuring[] = {
  "everyday twitch", "usually harmless", "try not to worry", "not an emergency", NULL
};

static void
assert_no_reassurance (LipcheckResult *result)
{
  GListModel *tips = lipcheck_result_get_tips (result);

  for (guint i = 0; reassuring[i] != NULL; i++)
    {
      g_autofree char *headline = g_utf8_strdown (lipcheck_result_get_headline (result), -1);
      g_autofree char *advice = g_utf8_strdown (lipcheck_result_get_advice (result), -1);

      g_test_message ("%s", reassuring[i]);
      g_assert_null (strstr (headline, reassuring[i]));
      g_assert_null (strstr (advice, reassuring[i]));
    }
  g_assert_false (model_has_id (tips, "try-not-to-worry"));
  g_assert_false (model_has_id (lipcheck_result_get_more_tips (result), "try-not-to-worry"));
}

static void
test_complete_all_no (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result = evaluate (answers);

  g_assert_true (lipcheck_result_get_complete (result));
  assert_model (lipcheck_result_get_missing (result), "");
  g_assert_cmpstr (lipcheck_result_get_headline (result), ==,
                   lipcheck_level_get_headline (lipcheck_result_get_level (result)));
  g_assert_cmpstr (lipcheck_result_get_title (result), ==,
                   lipcheck_entry_get_name (LIPCHECK_ENTRY (lipcheck_result_get_level (result))));
  finish (result, answers);

  /* The everyday questions do not make a result incomplete; a sudden not asked neither. */
  answers = answers_new ("weakness", "no", "arm-weakness", "no", "numbness", "no", "pain", "no",
                         "asymmetry", "no", "speech", "no", "swallowing", "no", "vision", "no", NULL);
  result = evaluate (answers);
  g_assert_true (lipcheck_result_get_complete (result));
  g_assert_cmpuint (g_strv_length ((char **)lipcheck_result_get_unanswered (result)), ==, 12);
  finish (result, answers);
}

static void
test_incomplete_empty (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  LipcheckResult *result = evaluate (answers);
  const char *headline = lipcheck_result_get_headline (result);

  g_assert_false (lipcheck_result_get_complete (result));
  assert_model (lipcheck_result_get_missing (result), "weakness arm-weakness numbness pain asymmetry speech swallowing vision");
  /* The urgency is what the answers given reach. */
  assert_urgency (result, "self-care");
  /* Not "Look after it yourself": the title asks for the answers too. */
  g_assert_cmpstr (lipcheck_result_get_title (result), ==, lipcheck_knowledge_base_get_incomplete_name (kb));
  g_assert_true (g_str_has_prefix (headline, lipcheck_knowledge_base_get_incomplete_headline (kb)));
  for (guint i = 0; warning_signs[i] != NULL; i++)
    {
      LipcheckWarningSign *sign = lipcheck_knowledge_base_find_warning_sign (kb, warning_signs[i]);

      g_assert_nonnull (strstr (headline, lipcheck_entry_get_name (LIPCHECK_ENTRY (sign))));
    }
  g_assert_cmpstr (lipcheck_result_get_advice (result), ==,
                   "See a doctor soon if you have a warning sign: weakness, numbness or pain, a change in the "
                   "symmetry of your face, or difficulty speaking, swallowing or seeing. If drooping of the face, "
                   "weakness of the face or an arm, slurred speech or a change in vision comes on suddenly, "
                   "call 999 now.");
  assert_model (lipcheck_result_get_tips (result), "");
  assert_no_reassurance (result);
  finish (result, answers);
}

/* One sign left out of "all no", at routine: the headline names it and does not say "not an
 * emergency", though a complete routine result would. */
static void
test_incomplete_routine (void)
{
  for (guint i = 0; warning_signs[i] != NULL; i++)
    {
      LipcheckAnswers *answers = answers_new_all_no ();
      LipcheckWarningSign *sign = lipcheck_knowledge_base_find_warning_sign (kb, warning_signs[i]);
      LipcheckResult *result;

      set_answer (answers, "duration", "weeks");
      lipcheck_answers_unset (answers, warning_signs[i]);
      result = evaluate (answers);

      g_test_message ("%s", warning_signs[i]);
      assert_urgency (result, "routine");
      g_assert_false (lipcheck_result_get_complete (result));
      assert_model (lipcheck_result_get_missing (result), warning_signs[i]);
      g_assert_nonnull (strstr (lipcheck_result_get_headline (result), lipcheck_entry_get_name (LIPCHECK_ENTRY (sign))));
      assert_no_reassurance (result);
      /* The routine name and advice stay: they send the person to a doctor. */
      g_assert_cmpstr (lipcheck_result_get_title (result), ==,
                       lipcheck_entry_get_name (LIPCHECK_ENTRY (lipcheck_result_get_level (result))));
      g_assert_nonnull (strstr (lipcheck_result_get_advice (result), "Book an appointment"));
      finish (result, answers);
    }
}

/* An urgent sign whose follow-up is unanswered: the headline asks it. */
static void
test_incomplete_sudden (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckQuestion *sudden = lipcheck_knowledge_base_lookup_question (kb, "sudden");
  LipcheckResult *result;

  set_answer (answers, "asymmetry", "yes");
  result = evaluate (answers);

  assert_urgency (result, "urgent");
  g_assert_false (lipcheck_result_get_complete (result));
  assert_model (lipcheck_result_get_missing (result), "sudden");
  g_assert_nonnull (strstr (lipcheck_result_get_headline (result), lipcheck_entry_get_name (LIPCHECK_ENTRY (sudden))));
  finish (result, answers);

  /* Answered no, it is complete and urgent. */
  answers = answers_new_all_no ();
  set_answer (answers, "asymmetry", "yes");
  set_answer (answers, "sudden", "no");
  result = evaluate (answers);
  g_assert_true (lipcheck_result_get_complete (result));
  assert_urgency (result, "urgent");
  finish (result, answers);
}

/* An emergency with other signs unanswered still says only: call now. */
static void
test_incomplete_emergency (void)
{
  LipcheckAnswers *answers = answers_new ("speech", "yes", "sudden", "yes", "stress", "yes", NULL);
  LipcheckResult *result = evaluate (answers);

  assert_urgency (result, "emergency");
  g_assert_false (lipcheck_result_get_complete (result));
  g_assert_nonnull (strstr (lipcheck_result_get_headline (result), "999"));
  g_assert_null (strstr (lipcheck_result_get_headline (result), lipcheck_knowledge_base_get_incomplete_headline (kb)));
  assert_model (lipcheck_result_get_factors (result), "");
  assert_model (lipcheck_result_get_tips (result), "");
  finish (result, answers);
}

/* Every factor: five tips to try first, from the strongest factors, the others more tips. */
static void
test_tips_at_most_five (void)
{
  LipcheckAnswers *answers = answers_new_all_no ();
  LipcheckResult *result;
  guint n_tips, n_more;

  set_answer (answers, "pain", "yes");
  set_answer (answers, "stress", "yes");
  set_answer (answers, "alcohol", "yes");
  set_answer (answers, "low-fluids", "yes");
  set_answer (answers, "low-mineral-diet", "yes");
  set_answer (answers, "sleep-hours", "4");
  set_answer (answers, "caffeine-cups", "8");
  set_answer (answers, "medications", "diuretic");
  result = evaluate (answers);

  assert_urgency (result, "urgent");
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_factors (result)), ==, 7);
  assert_model (lipcheck_result_get_tips (result),
                "ask-about-medicines cut-back-caffeine switch-to-decaf avoid-lots-caffeine-alcohol enough-sleep");
  n_tips = g_list_model_get_n_items (lipcheck_result_get_tips (result));
  n_more = g_list_model_get_n_items (lipcheck_result_get_more_tips (result));
  g_assert_cmpuint (n_tips, ==, 5);
  g_assert_cmpuint (n_more, >, 10);
  for (guint i = 0; i < n_more; i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (lipcheck_result_get_more_tips (result), i);

      g_assert_false (model_has_id (lipcheck_result_get_tips (result), lipcheck_entry_get_id (tip)));
    }
  finish (result, answers);
}

/* Templates */

static char *
render (LipcheckAnswers *answers,
        const char      *text)
{
  return lipcheck_template_render (text, kb, answers, "999");
}

static void
test_template_render (void)
{
  LipcheckAnswers *answers = answers_new ("caffeine-cups", "5", "sleep-hours", "0", "duration", "weeks",
                                          "medications", "diuretic,other-new", "pain", "yes",
                                          "speech", "no", NULL);
  char *text;

  text = render (answers, "You have {caffeine-cups} cups.");
  g_assert_cmpstr (text, ==, "You have 5 cups.");
  g_free (text);

  text = render (answers, "{sleep-hours}");
  g_assert_cmpstr (text, ==, "0");
  g_free (text);

  text = render (answers, "It has lasted: {duration}.");
  g_assert_cmpstr (text, ==, "It has lasted: Two weeks or more.");
  g_free (text);

  text = render (answers, "{medications}");
  g_assert_true (g_str_has_prefix (text, "A diuretic (water tablet)"));
  g_assert_true (g_str_has_suffix (text, "Another medicine started recently"));
  g_assert_null (strstr (text, "other-new"));
  g_free (text);

  text = render (answers, "{pain}/{speech}");
  g_assert_cmpstr (text, ==, "yes/no");
  g_free (text);

  text = render (answers, "Vision: {vision}.");
  g_assert_cmpstr (text, ==, "Vision: not answered.");
  g_free (text);

  text = render (answers, "Call {emergency-number} now, {emergency-number}!");
  g_assert_cmpstr (text, ==, "Call 999 now, 999!");
  g_free (text);

  g_assert_finalize_object (answers);
}

/* A number's placeholder followed by its unit: the singular after 1, else as written. */
static void
test_template_unit (void)
{
  LipcheckAnswers *answers = answers_new ("sleep-hours", "1", "caffeine-cups", "2", NULL);
  char *text;

  text = render (answers, "You sleep {sleep-hours} hours a night and drink {caffeine-cups} cups a day.");
  g_assert_cmpstr (text, ==, "You sleep 1 hour a night and drink 2 cups a day.");
  g_free (text);

  /* Not the unit: left as written. */
  text = render (answers, "{sleep-hours} hours, {sleep-hours}hours a night");
  g_assert_cmpstr (text, ==, "1 hours, 1hours a night");
  g_free (text);

  g_assert_finalize_object (answers);
}

static void
test_template_literal (void)
{
  LipcheckAnswers *answers = answers_new ("caffeine-cups", "4", NULL);
  const char * const literal[] = {
    "%s and %d and %n",
    "<b>bold</b> & <i>more</i> &amp; &lt;",
    "no braces at all",
    "an open { only",
    "a close } only",
    "{not-a-question}",
    "",
    NULL
  };
  char *text;

  for (guint i = 0; literal[i] != NULL; i++)
    {
      text = render (answers, literal[i]);
      g_assert_cmpstr (text, ==, literal[i]);
      g_free (text);
    }

  text = render (answers, "<b>{caffeine-cups}</b> & %s");
  g_assert_cmpstr (text, ==, "<b>4</b> & %s");
  g_free (text);

  g_assert_finalize_object (answers);
}

/* Emergency numbers */

typedef struct
{
  char *language;
  char *lc_all;
  char *lang;
} SavedLocale;

static void
saved_locale_init (SavedLocale *saved)
{
  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->lc_all = g_strdup (g_getenv ("LC_ALL"));
  saved->lang = g_strdup (g_getenv ("LANG"));
}

static void
restore_env (const char *name,
             char       *value)
{
  if (value != NULL)
    g_setenv (name, value, TRUE);
  else
    g_unsetenv (name);
  g_free (value);
}

static void
saved_locale_restore (SavedLocale *saved)
{
  restore_env ("LANGUAGE", saved->language);
  restore_env ("LC_ALL", saved->lc_all);
  restore_env ("LANG", saved->lang);
}

static void
set_locale_env (const char *language,
                const char *lc_all,
                const char *lang)
{
  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("LC_ALL", lc_all, TRUE);
  g_setenv ("LANG", lang, TRUE);
}

static void
assert_locale_region (const char *expected_region,
                      const char *expected_number)
{
  g_autofree char *region = lipcheck_locale_region ();

  g_assert_cmpstr (region, ==, expected_region);
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, NULL), ==, expected_number);
}

static void
test_emergency_number_region (void)
{
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "GB"), ==, "999");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "US"), ==, "911");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "CA"), ==, "911");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "AU"), ==, "000");
  g_assert_cmpstr (lipcheck_knowledge_base_get_emergency_number (kb, "FR"), ==, "112");
}

static void
test_emergency_number_locale (void)
{
  SavedLocale saved;

  saved_locale_init (&saved);

  set_locale_env ("", "C.UTF-8", "");
  assert_locale_region (NULL, "112");

  set_locale_env ("", "en_GB.UTF-8", "");
  assert_locale_region ("GB", "999");

  set_locale_env ("", "fr_FR.UTF-8", "");
  assert_locale_region ("FR", "112");

  set_locale_env ("", "", "en_US.UTF-8");
  assert_locale_region ("US", "911");

  /* LANGUAGE comes first, as in gettext. */
  set_locale_env ("en_AU:en", "C.UTF-8", "");
  assert_locale_region ("AU", "000");

  set_locale_env ("", "de_DE@euro", "");
  assert_locale_region ("DE", "112");

  saved_locale_restore (&saved);
}

/* The result's numbers, headline and advice follow the region, or the locale for NULL */
static void
test_emergency_number_result (void)
{
  LipcheckAnswers *answers = answers_new ("asymmetry", "yes", "sudden", "yes", NULL);
  LipcheckResult *result = lipcheck_evaluate (kb, answers, "US");
  SavedLocale saved;

  g_assert_cmpstr (lipcheck_result_get_emergency_number (result), ==, "911");
  g_assert_nonnull (strstr (lipcheck_result_get_headline (result), "Call 911 now"));
  g_assert_nonnull (strstr (lipcheck_result_get_advice (result), "Call 911 at once"));
  g_assert_finalize_object (result);

  saved_locale_init (&saved);

  set_locale_env ("", "C.UTF-8", "");
  result = lipcheck_evaluate (kb, answers, NULL);
  g_assert_cmpstr (lipcheck_result_get_emergency_number (result), ==, "112");
  g_assert_nonnull (strstr (lipcheck_result_get_headline (result), "Call 112 now"));
  g_assert_finalize_object (result);

  set_locale_env ("", "en_GB.UTF-8", "");
  result = lipcheck_evaluate (kb, answers, NULL);
  g_assert_cmpstr (lipcheck_result_get_emergency_number (result), ==, "999");
  g_assert_finalize_object (result);

  saved_locale_restore (&saved);
  g_assert_finalize_object (answers);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/lipcheck/evaluator/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  g_test_add_func ("/lipcheck/evaluator/sudden/not-asked", test_sudden_not_asked);
  g_test_add_func ("/lipcheck/evaluator/sudden/asked", test_sudden_asked);
  g_test_add_func ("/lipcheck/evaluator/rules", test_rules);
  g_test_add_func ("/lipcheck/evaluator/explanations", test_explanations);
  g_test_add_func ("/lipcheck/evaluator/diuretic", test_diuretic);
  g_test_add_func ("/lipcheck/evaluator/conditions/not-on-self-care", test_conditions_not_on_self_care);
  g_test_add_func ("/lipcheck/evaluator/conditions/need-pattern", test_conditions_need_pattern);
  g_test_add_func ("/lipcheck/evaluator/tips/self-care-level", test_tips_self_care_level);
  g_test_add_func ("/lipcheck/evaluator/tips/follow-factors", test_tips_follow_factors);
  g_test_add_func ("/lipcheck/evaluator/tips/none-on-emergency", test_tips_none_on_emergency);
  g_test_add_func ("/lipcheck/evaluator/unanswered/empty", test_unanswered_empty);
  g_test_add_func ("/lipcheck/evaluator/unanswered/all-answered", test_unanswered_all_answered);
  g_test_add_func ("/lipcheck/evaluator/unanswered/warning-signs", test_unanswered_warning_signs);
  g_test_add_func ("/lipcheck/evaluator/unanswered/sudden", test_unanswered_sudden);
  g_test_add_func ("/lipcheck/evaluator/complete/all-no", test_complete_all_no);
  g_test_add_func ("/lipcheck/evaluator/incomplete/empty", test_incomplete_empty);
  g_test_add_func ("/lipcheck/evaluator/incomplete/routine", test_incomplete_routine);
  g_test_add_func ("/lipcheck/evaluator/incomplete/sudden", test_incomplete_sudden);
  g_test_add_func ("/lipcheck/evaluator/incomplete/emergency", test_incomplete_emergency);
  g_test_add_func ("/lipcheck/evaluator/tips/at-most-five", test_tips_at_most_five);
  g_test_add_func ("/lipcheck/evaluator/monotonic/every-combination", test_monotonic);
  g_test_add_func ("/lipcheck/evaluator/monotonic/with-other-answers", test_monotonic_with_other_answers);
  g_test_add_func ("/lipcheck/evaluator/template/render", test_template_render);
  g_test_add_func ("/lipcheck/evaluator/template/literal", test_template_literal);
  g_test_add_func ("/lipcheck/evaluator/template/unit", test_template_unit);
  g_test_add_func ("/lipcheck/evaluator/emergency-number/region", test_emergency_number_region);
  g_test_add_func ("/lipcheck/evaluator/emergency-number/locale", test_emergency_number_locale);
  g_test_add_func ("/lipcheck/evaluator/emergency-number/result", test_emergency_number_result);

  ret = g_test_run ();

  g_assert_finalize_object (kb);

  return ret;
}
