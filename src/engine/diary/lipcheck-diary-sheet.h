/* lipcheck-diary-sheet.h: what the summary sheet shows of a diary, gathered from the diary. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-diary.h"
#include "lipcheck-summary-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

LipcheckSummaryDiary *lipcheck_diary_sheet_new   (LipcheckDiary         *diary,
                                                  LipcheckKnowledgeBase *kb);
const char           *lipcheck_diary_place_label (const char            *place);

G_END_DECLS
