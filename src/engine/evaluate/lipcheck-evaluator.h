/* lipcheck-evaluator.h: turns answers into a result with the knowledge base's rules. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-types.h"

G_BEGIN_DECLS

LipcheckResult *lipcheck_evaluate        (LipcheckKnowledgeBase *kb,
                                          LipcheckAnswers       *answers,
                                          const char            *region);
char           *lipcheck_template_render (const char            *text,
                                          LipcheckKnowledgeBase *kb,
                                          LipcheckAnswers       *answers,
                                          const char            *emergency_number);
gboolean        lipcheck_question_is_asked (LipcheckQuestion    *question,
                                          LipcheckAnswers       *answers);

G_END_DECLS
