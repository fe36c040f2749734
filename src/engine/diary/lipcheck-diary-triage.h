/* lipcheck-diary-triage.h: the answers a whole diary gives, and their result. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

LipcheckAnswers *lipcheck_diary_triage_answers     (LipcheckDiary         *diary,
                                                    LipcheckKnowledgeBase *kb);
LipcheckResult  *lipcheck_diary_triage_evaluate    (LipcheckDiary         *diary,
                                                    LipcheckKnowledgeBase *kb,
                                                    const char            *region);
gboolean         lipcheck_diary_triage_is_complete (LipcheckDiary         *diary);

G_END_DECLS
