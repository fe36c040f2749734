/* lipcheck-diary-triage.c: the answers a whole diary gives, and their result. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-triage"

#include "config.h"

#include "lipcheck-answers.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-warning-sign.h"

/*
 * How a diary answers the check's questions. Whatever the diary cannot tell stays unanswered,
 * never "no". No answer that a rule of urgency looks at can turn from yes to no as entries are
 * added, so the urgency never falls (the factors, which only choose causes and tips, follow the
 * typical day and may):
 *
 * - duration: from the day noticed (or the first entry) to the last day with a twitch: the same
 *   day "today", under two weeks "days", two weeks or more "weeks".
 * - spread: yes when, over the days with a twitch, more than one place or "elsewhere" twitched;
 *   no when some such day names its places and none of this happened.
 * - eye-onset: yes when an eyelid twitched on a day and a lip on the same side on a later day;
 *   no when places were named and that never happened.
 * - severe: yes when any day was strong, no otherwise (every entry says how it twitched).
 * - medications: "other-new" when any day records a new medicine; else unanswered, since the
 *   diary does not ask about the other medicines.
 * - caffeine-cups, sleep-hours: the median of the days that answered (the lower of the two
 *   middle values for an even count).
 * - stress, alcohol: yes when at least half the days that answered say yes ("most days"), no
 *   otherwise.
 * - the warning signs and stiff: yes when any day ticked them, kept for ever; no when some day
 *   answered "anything new?" without them; sudden likewise from its own answer.
 *
 * A day without an entry is a gap and tells nothing.
 */

static const char *
duration_choice (int days_lasted)
{
  if (days_lasted >= LIPCHECK_DIARY_TWO_WEEKS)
    return "weeks";

  return days_lasted > 0 ? "days" : "today";
}

static void
derive_duration (LipcheckDiary         *diary,
                 LipcheckKnowledgeBase *kb,
                 LipcheckAnswers       *answers)
{
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, "duration");
  int days = lipcheck_diary_get_days_lasted (diary);
  const char *choice = duration_choice (days);

  if (days >= 0 && question != NULL && lipcheck_question_find_choice (question, choice) != NULL)
    lipcheck_answers_set_choice (answers, "duration", choice);
}

/* The places of a day that count: those of a day with a twitch. */
static const char * const *
twitch_places (LipcheckDiaryEntry *entry)
{
  if (lipcheck_diary_entry_get_twitch (entry) == LIPCHECK_TWITCH_NONE)
    return NULL;

  return lipcheck_diary_entry_get_places (entry);
}

/* Over the days with a twitch: the places that twitched, and whether any day named some. */
static GPtrArray *
collect_places (LipcheckDiary *diary,
                gboolean      *named)
{
  GPtrArray *seen = g_ptr_array_new ();

  *named = FALSE;
  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    {
      const char * const *places = twitch_places (lipcheck_diary_get_entry (diary, i));

      for (guint j = 0; places != NULL && places[j] != NULL; j++)
        {
          *named = TRUE;
          if (!g_ptr_array_find_with_equal_func (seen, places[j], g_str_equal, NULL))
            g_ptr_array_add (seen, (gpointer)places[j]);
        }
    }

  return seen;
}

static gboolean
lip_on_side (LipcheckDiaryEntry *entry,
             const char         *side)
{
  g_autofree char *upper = g_strconcat ("upper-lip-", side, NULL);
  g_autofree char *lower = g_strconcat ("lower-lip-", side, NULL);
  const char * const *places = twitch_places (entry);

  return places != NULL && (g_strv_contains (places, upper) || g_strv_contains (places, lower));
}

/* Whether an eyelid on @side twitched and, on a later day, a lip on the same side. */
static gboolean
eye_then_lip (LipcheckDiary *diary,
              const char    *side)
{
  g_autofree char *eyelid = g_strconcat ("eyelid-", side, NULL);
  gboolean eyelid_seen = FALSE;

  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    {
      LipcheckDiaryEntry *entry = lipcheck_diary_get_entry (diary, i);
      const char * const *places = twitch_places (entry);

      if (eyelid_seen && lip_on_side (entry, side))
        return TRUE;
      if (places != NULL && g_strv_contains (places, eyelid))
        eyelid_seen = TRUE;
    }

  return FALSE;
}

static void
derive_places (LipcheckDiary   *diary,
               LipcheckAnswers *answers)
{
  gboolean named;
  g_autoptr(GPtrArray) seen = collect_places (diary, &named);
  gboolean elsewhere = g_ptr_array_find_with_equal_func (seen, "elsewhere", g_str_equal, NULL);

  if (!named)
    return;

  lipcheck_answers_set_boolean (answers, "spread", seen->len > 1 || elsewhere);
  lipcheck_answers_set_boolean (answers, "eye-onset", eye_then_lip (diary, "left") || eye_then_lip (diary, "right"));
}

static void
derive_severe (LipcheckDiary   *diary,
               LipcheckAnswers *answers)
{
  gboolean strong = FALSE;
  guint n = lipcheck_diary_get_n_entries (diary);

  for (guint i = 0; i < n; i++)
    strong |= lipcheck_diary_entry_get_twitch (lipcheck_diary_get_entry (diary, i)) == LIPCHECK_TWITCH_STRONG;

  if (n > 0)
    lipcheck_answers_set_boolean (answers, "severe", strong);
}

typedef LipcheckTristate (*TristateGetter) (LipcheckDiaryEntry *entry);
typedef int (*NumberGetter) (LipcheckDiaryEntry *entry);

static void
count_tristate (LipcheckDiary  *diary,
                TristateGetter  get,
                guint          *yes,
                guint          *no)
{
  *yes = *no = 0;
  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    {
      LipcheckTristate value = get (lipcheck_diary_get_entry (diary, i));

      *yes += value == LIPCHECK_TRISTATE_YES;
      *no += value == LIPCHECK_TRISTATE_NO;
    }
}

static void
derive_medicine (LipcheckDiary         *diary,
                 LipcheckKnowledgeBase *kb,
                 LipcheckAnswers       *answers)
{
  static const char * const other_new[] = { "other-new", NULL };
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, "medications");
  guint yes, no;

  count_tristate (diary, lipcheck_diary_entry_get_new_medicine, &yes, &no);
  if (yes > 0 && question != NULL && lipcheck_question_find_choice (question, other_new[0]) != NULL)
    lipcheck_answers_set_several (answers, "medications", other_new);
}

static void
derive_majority (LipcheckDiary   *diary,
                 LipcheckAnswers *answers,
                 const char      *question_id,
                 TristateGetter   get)
{
  guint yes, no;

  count_tristate (diary, get, &yes, &no);
  if (yes + no > 0)
    lipcheck_answers_set_boolean (answers, question_id, yes >= no);
}

static void
derive_any (LipcheckDiary   *diary,
            LipcheckAnswers *answers,
            const char      *question_id,
            TristateGetter   get)
{
  guint yes, no;

  count_tristate (diary, get, &yes, &no);
  if (yes + no > 0)
    lipcheck_answers_set_boolean (answers, question_id, yes > 0);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *)a, y = *(const int *)b;

  return (x > y) - (x < y);
}

static void
derive_median (LipcheckDiary   *diary,
               LipcheckAnswers *answers,
               const char      *question_id,
               NumberGetter     get)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    {
      int value = get (lipcheck_diary_get_entry (diary, i));

      if (value != LIPCHECK_DIARY_UNANSWERED)
        g_array_append_val (values, value);
    }

  if (values->len == 0)
    return;

  g_array_sort (values, compare_int);
  lipcheck_answers_set_number (answers, question_id, g_array_index (values, int, (values->len - 1) / 2));
}

/* @sign: ticked on any day → yes; some day answered "anything new?" → no; else unanswered. */
static void
derive_sign (LipcheckDiary   *diary,
             LipcheckAnswers *answers,
             const char      *sign)
{
  gboolean answered = FALSE;

  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    {
      LipcheckDiaryEntry *entry = lipcheck_diary_get_entry (diary, i);

      if (lipcheck_diary_entry_has_new_sign (entry, sign))
        {
          lipcheck_answers_set_boolean (answers, sign, TRUE);
          return;
        }
      answered |= lipcheck_diary_entry_get_new_signs (entry) != NULL;
    }

  if (answered)
    lipcheck_answers_set_boolean (answers, sign, FALSE);
}

static void
derive_signs (LipcheckDiary         *diary,
              LipcheckKnowledgeBase *kb,
              LipcheckAnswers       *answers)
{
  GListModel *signs = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);
      LipcheckQuestion *question = lipcheck_warning_sign_get_question (sign);

      derive_sign (diary, answers, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
    }

  if (lipcheck_knowledge_base_lookup_question (kb, "stiff") != NULL)
    derive_sign (diary, answers, "stiff");
}

/**
 * lipcheck_diary_triage_answers:
 *
 * Returns: (transfer full): the answers the whole of @diary gives to the check's questions; what
 *   it cannot tell is left unanswered
 */
LipcheckAnswers *
lipcheck_diary_triage_answers (LipcheckDiary         *diary,
                               LipcheckKnowledgeBase *kb)
{
  LipcheckAnswers *answers;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);

  answers = lipcheck_answers_new ();
  derive_duration (diary, kb, answers);
  derive_places (diary, answers);
  derive_severe (diary, answers);
  derive_medicine (diary, kb, answers);
  derive_median (diary, answers, "caffeine-cups", lipcheck_diary_entry_get_caffeine_cups);
  derive_median (diary, answers, "sleep-hours", lipcheck_diary_entry_get_sleep_hours);
  derive_majority (diary, answers, "stress", lipcheck_diary_entry_get_stress);
  derive_majority (diary, answers, "alcohol", lipcheck_diary_entry_get_alcohol);
  derive_signs (diary, kb, answers);
  derive_any (diary, answers, "sudden", lipcheck_diary_entry_get_sudden);

  return answers;
}

/**
 * lipcheck_diary_triage_evaluate:
 * @region: (nullable): the region for the emergency number, or %NULL for the locale's
 *
 * Returns: (transfer full): the result of the answers @diary gives
 */
LipcheckResult *
lipcheck_diary_triage_evaluate (LipcheckDiary         *diary,
                                LipcheckKnowledgeBase *kb,
                                const char            *region)
{
  g_autoptr(LipcheckAnswers) answers = NULL;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);

  answers = lipcheck_diary_triage_answers (diary, kb);
  return lipcheck_evaluate (kb, answers, region);
}

/**
 * lipcheck_diary_triage_is_complete:
 *
 * Returns: whether the latest entry answered "anything new?" (with signs or "none of these")
 */
gboolean
lipcheck_diary_triage_is_complete (LipcheckDiary *diary)
{
  guint n;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), FALSE);

  n = lipcheck_diary_get_n_entries (diary);
  return n > 0 && lipcheck_diary_entry_get_new_signs (lipcheck_diary_get_entry (diary, n - 1)) != NULL;
}
