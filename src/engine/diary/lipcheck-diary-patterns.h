/* lipcheck-diary-patterns.h: days with a twitch counted among the days with and without each cause. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

/* The days each group needs before a pattern is stated. */
#define LIPCHECK_DIARY_PATTERN_MIN_DAYS 3

/**
 * LipcheckDiaryPatternShows:
 * What the counts of a pattern show, once there are enough days.
 */
typedef enum
{
  LIPCHECK_DIARY_PATTERN_NOT_ENOUGH,
  LIPCHECK_DIARY_PATTERN_MORE_WITH,    /* a larger share of the days with it had a twitch */
  LIPCHECK_DIARY_PATTERN_NO_DIFFERENCE,
  LIPCHECK_DIARY_PATTERN_FEWER_WITH,
} LipcheckDiaryPatternShows;

/* One cause's counts: a day counts in a group only when it answered the cause's questions. */
typedef struct
{
  LipcheckCause *cause;           /* owned */
  guint          with_days;
  guint          with_twitch_days;
  guint          without_days;
  guint          without_twitch_days;
} LipcheckDiaryPattern;

GPtrArray                 *lipcheck_diary_patterns_compute  (LipcheckDiary              *diary,
                                                             LipcheckKnowledgeBase      *kb);
gboolean                   lipcheck_diary_pattern_is_enough (const LipcheckDiaryPattern *pattern);
LipcheckDiaryPatternShows  lipcheck_diary_pattern_shows     (const LipcheckDiaryPattern *pattern);
char                      *lipcheck_diary_pattern_describe  (const LipcheckDiaryPattern *pattern);

G_END_DECLS
