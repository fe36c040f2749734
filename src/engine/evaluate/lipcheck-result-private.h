/* lipcheck-result-private.h: the fields of a result, which the evaluator fills. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-result.h"

G_BEGIN_DECLS

struct _LipcheckResult
{
  GObject                parent_instance;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  LipcheckAnswers       *answers;
  LipcheckLevel         *level;
  char                  *headline;
  char                  *advice;
  char                  *emergency_number;
  GListStore            *rules;
  GListStore            *factors;
  GListStore            *conditions;
  GListStore            *warning_signs;
  GListStore            *absent_warning_signs;
  GListStore            *tips;
  GListStore            *asked;
  char                 **unanswered;
  LipcheckUrgency        urgency;
};

G_END_DECLS
