/* lipcheck-result.c: the outcome of a self-check: urgency, likely factors, conditions, tips. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-result"

#include "config.h"

#include "lipcheck-answers.h"

#include "lipcheck-finding.h"
#include "lipcheck-question.h"
#include "lipcheck-result-private.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

G_DEFINE_FINAL_TYPE (LipcheckResult, lipcheck_result, G_TYPE_OBJECT)

static void
lipcheck_result_dispose (GObject *object)
{
  LipcheckResult *self = (LipcheckResult *)object;

  g_clear_object (&self->kb);
  g_clear_object (&self->answers);
  g_clear_object (&self->level);
  g_clear_object (&self->rules);
  g_clear_object (&self->factors);
  g_clear_object (&self->conditions);
  g_clear_object (&self->warning_signs);
  g_clear_object (&self->absent_warning_signs);
  g_clear_object (&self->tips);
  g_clear_object (&self->more_tips);
  g_clear_object (&self->asked);
  g_clear_object (&self->missing);

  G_OBJECT_CLASS (lipcheck_result_parent_class)->dispose (object);
}

static void
lipcheck_result_finalize (GObject *object)
{
  LipcheckResult *self = (LipcheckResult *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->advice, g_free);
  g_clear_pointer (&self->emergency_number, g_free);
  g_clear_pointer (&self->unanswered, g_strfreev);

  G_OBJECT_CLASS (lipcheck_result_parent_class)->finalize (object);
}

static void
lipcheck_result_class_init (LipcheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_result_dispose;
  object_class->finalize = lipcheck_result_finalize;
}

static void
lipcheck_result_init (LipcheckResult *self)
{
  self->rules = g_list_store_new (LIPCHECK_TYPE_FINDING);
  self->factors = g_list_store_new (LIPCHECK_TYPE_FINDING);
  self->conditions = g_list_store_new (LIPCHECK_TYPE_FINDING);
  self->warning_signs = g_list_store_new (LIPCHECK_TYPE_WARNING_SIGN);
  self->absent_warning_signs = g_list_store_new (LIPCHECK_TYPE_WARNING_SIGN);
  self->tips = g_list_store_new (LIPCHECK_TYPE_TIP);
  self->more_tips = g_list_store_new (LIPCHECK_TYPE_TIP);
  self->asked = g_list_store_new (LIPCHECK_TYPE_QUESTION);
  self->missing = g_list_store_new (LIPCHECK_TYPE_ENTRY);
}

LipcheckKnowledgeBase *
lipcheck_result_get_knowledge_base (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->kb;
}

LipcheckAnswers *
lipcheck_result_get_answers (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->answers;
}

LipcheckUrgency
lipcheck_result_get_urgency (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), 0);
  return self->urgency;
}

LipcheckLevel *
lipcheck_result_get_level (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->level;
}

/**
 * lipcheck_result_get_title:
 *
 * Returns: what the result is called: its level's name, or for an incomplete self-care result,
 *   which cannot say that the person may look after it alone, the knowledge base's incomplete name
 */
const char *
lipcheck_result_get_title (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->title;
}

/**
 * lipcheck_result_get_headline:
 *
 * Returns: the level's headline with the person's answers and emergency number filled in
 */
const char *
lipcheck_result_get_headline (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->headline;
}

const char *
lipcheck_result_get_advice (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->advice;
}

const char *
lipcheck_result_get_emergency_number (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return self->emergency_number;
}

/**
 * lipcheck_result_get_rules:
 *
 * Returns: (transfer none): #LipcheckFinding for each rule that holds, highest level first
 */
GListModel *
lipcheck_result_get_rules (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->rules);
}

/**
 * lipcheck_result_get_factors:
 *
 * Returns: (transfer none): #LipcheckFinding for each likely cause, most relevant first
 */
GListModel *
lipcheck_result_get_factors (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->factors);
}

/**
 * lipcheck_result_get_conditions:
 *
 * Returns: (transfer none): #LipcheckFinding for each condition whose pattern the answers show
 */
GListModel *
lipcheck_result_get_conditions (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->conditions);
}

/**
 * lipcheck_result_get_warning_signs:
 *
 * Returns: (transfer none): the #LipcheckWarningSign answered yes
 */
GListModel *
lipcheck_result_get_warning_signs (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->warning_signs);
}

/**
 * lipcheck_result_get_absent_warning_signs:
 *
 * Returns: (transfer none): the #LipcheckWarningSign answered no
 */
GListModel *
lipcheck_result_get_absent_warning_signs (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->absent_warning_signs);
}

/**
 * lipcheck_result_get_tips:
 *
 * Returns: (transfer none): the #LipcheckTip to try first, from the strongest factors, at most
 *   %LIPCHECK_RESULT_MAX_TIPS; none on an emergency
 */
GListModel *
lipcheck_result_get_tips (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->tips);
}

/**
 * lipcheck_result_get_more_tips:
 *
 * Returns: (transfer none): the other #LipcheckTip chosen for this person, after those to try first
 */
GListModel *
lipcheck_result_get_more_tips (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->more_tips);
}

/**
 * lipcheck_result_get_complete:
 *
 * Returns: whether every warning sign, and every follow-up question that applies (such as
 *   whether it came on suddenly), has an answer. An incomplete result asks for those answers in
 *   its headline and reassures nowhere.
 */
gboolean
lipcheck_result_get_complete (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), FALSE);
  return self->complete;
}

/**
 * lipcheck_result_get_missing:
 *
 * Returns: (transfer none): what keeps the result from being complete: the #LipcheckWarningSign
 *   whose question has no answer, and the follow-up #LipcheckQuestion asked but not answered
 */
GListModel *
lipcheck_result_get_missing (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->missing);
}

/**
 * lipcheck_result_get_asked:
 *
 * Returns: (transfer none): the #LipcheckQuestion that apply to these answers, in order
 */
GListModel *
lipcheck_result_get_asked (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->asked);
}

/**
 * lipcheck_result_get_unanswered:
 *
 * Returns: the ids of the questions that apply but have no answer
 */
const char * const *
lipcheck_result_get_unanswered (LipcheckResult *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);
  return (const char * const *)self->unanswered;
}

/**
 * lipcheck_result_dup_date:
 *
 * Returns: (transfer full): when the check was made: the answers' saved date in local time, or
 *   now for answers never saved
 */
GDateTime *
lipcheck_result_dup_date (LipcheckResult *self)
{
  GDateTime *saved;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (self), NULL);

  saved = lipcheck_answers_get_saved (self->answers);
  return saved != NULL ? g_date_time_to_local (saved) : g_date_time_new_now_local ();
}
