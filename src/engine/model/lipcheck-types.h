/* lipcheck-types.h: forward declarations of Lipcheck's types and its shared enumerations. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _LipcheckAnswers        LipcheckAnswers;
typedef struct _LipcheckCause          LipcheckCause;
typedef struct _LipcheckCondition      LipcheckCondition;
typedef struct _LipcheckDiary          LipcheckDiary;
typedef struct _LipcheckDiaryEntry     LipcheckDiaryEntry;
typedef struct _LipcheckEntry          LipcheckEntry;
typedef struct _LipcheckExpr           LipcheckExpr;
typedef struct _LipcheckFinding        LipcheckFinding;
typedef struct _LipcheckKnowledgeBase  LipcheckKnowledgeBase;
typedef struct _LipcheckLevel          LipcheckLevel;
typedef struct _LipcheckQuestion       LipcheckQuestion;
typedef struct _LipcheckResult         LipcheckResult;
typedef struct _LipcheckRule           LipcheckRule;
typedef struct _LipcheckSource         LipcheckSource;
typedef struct _LipcheckStep           LipcheckStep;
typedef struct _LipcheckTip            LipcheckTip;
typedef struct _LipcheckWarningSign    LipcheckWarningSign;

/**
 * LipcheckUrgency:
 * How soon a person should act, lowest to highest.
 */
typedef enum
{
  LIPCHECK_URGENCY_SELF_CARE,
  LIPCHECK_URGENCY_ROUTINE,
  LIPCHECK_URGENCY_URGENT,
  LIPCHECK_URGENCY_EMERGENCY,
} LipcheckUrgency;

#define LIPCHECK_N_URGENCIES (LIPCHECK_URGENCY_EMERGENCY + 1)

/**
 * LipcheckQuestionKind:
 * The kinds of answer a question takes.
 */
typedef enum
{
  LIPCHECK_QUESTION_CHOICE,
  LIPCHECK_QUESTION_YES_NO,
  LIPCHECK_QUESTION_NUMBER,
  LIPCHECK_QUESTION_SEVERAL,
} LipcheckQuestionKind;

/**
 * LipcheckStepStyle:
 * How a wizard step presents its questions.
 */
typedef enum
{
  LIPCHECK_STEP_FORM,
  LIPCHECK_STEP_CHECKLIST,
} LipcheckStepStyle;

const char *lipcheck_urgency_to_string (LipcheckUrgency urgency);
gboolean    lipcheck_urgency_from_string (const char      *str,
                                          LipcheckUrgency *urgency);

G_END_DECLS
