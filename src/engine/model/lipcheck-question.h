/* lipcheck-question.h: a self-check question: its kind, the values it allows and when it is asked. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-expr.h"
#include "lipcheck-enums.h"

G_BEGIN_DECLS

/* One of the values a choice or several-question allows. */
typedef struct
{
  char *id;
  char *label;
} LipcheckChoice;

LipcheckChoice *lipcheck_choice_new  (const char     *id,
                                      const char     *label);
void            lipcheck_choice_free (LipcheckChoice *choice);

#define LIPCHECK_TYPE_QUESTION (lipcheck_question_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckQuestion, lipcheck_question, LIPCHECK, QUESTION, LipcheckEntry)

LipcheckQuestionKind  lipcheck_question_get_kind (LipcheckQuestion *self);
GPtrArray            *lipcheck_question_get_choices (LipcheckQuestion *self);
int                   lipcheck_question_get_minimum (LipcheckQuestion *self);
int                   lipcheck_question_get_maximum (LipcheckQuestion *self);
int                   lipcheck_question_get_default_value (LipcheckQuestion *self);
const char           *lipcheck_question_get_unit (LipcheckQuestion *self);
const char           *lipcheck_question_get_short_text (LipcheckQuestion *self);
LipcheckExpr         *lipcheck_question_get_ask_when (LipcheckQuestion *self);

const LipcheckChoice *lipcheck_question_find_choice     (LipcheckQuestion *self,
                                                         const char       *id);
char                 *lipcheck_question_describe_answer (LipcheckQuestion *self,
                                                         GVariant         *answer);
const char           *lipcheck_question_get_unit_for    (LipcheckQuestion *self,
                                                         gint64            value);

G_END_DECLS
