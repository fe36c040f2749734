/* lipcheck-result-private.h: the fields of a result, which the evaluator fills. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-result.h"

G_BEGIN_DECLS

/* The tips a result offers to try first; the others are more tips. */
#define LIPCHECK_RESULT_MAX_TIPS 5

struct _LipcheckResult
{
  GObject                parent_instance;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  LipcheckAnswers       *answers;
  LipcheckLevel         *level;
  char                  *title;
  char                  *headline;
  char                  *advice;
  char                  *emergency_number;
  GListStore            *rules;
  GListStore            *factors;
  GListStore            *conditions;
  GListStore            *warning_signs;
  GListStore            *absent_warning_signs;
  GListStore            *tips;
  GListStore            *more_tips;
  GListStore            *asked;
  GListStore            *missing;
  char                 **unanswered;
  LipcheckUrgency        urgency;
  gboolean               complete;
};

G_END_DECLS
