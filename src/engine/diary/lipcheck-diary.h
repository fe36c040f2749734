/* lipcheck-diary.h: the twitch diary: its days sorted by date, when it was noticed and settled. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-diary-entry.h"

G_BEGIN_DECLS

/**
 * LipcheckDiaryEnd:
 * How a diary ended, if it did.
 */
typedef enum
{
  LIPCHECK_DIARY_END_NONE,
  LIPCHECK_DIARY_END_TWO_WEEKS,
  LIPCHECK_DIARY_END_SETTLED,
} LipcheckDiaryEnd;

/* The days a twitch lasts before the diary ends with "two weeks or more". */
#define LIPCHECK_DIARY_TWO_WEEKS 14

#define LIPCHECK_TYPE_DIARY (lipcheck_diary_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckDiary, lipcheck_diary, LIPCHECK, DIARY, GObject)

LipcheckDiary      *lipcheck_diary_new                (void);
const GDate        *lipcheck_diary_get_noticed        (LipcheckDiary      *self);
void                lipcheck_diary_set_noticed        (LipcheckDiary      *self,
                                                       const GDate        *noticed);
const GDate        *lipcheck_diary_get_settled        (LipcheckDiary      *self);
void                lipcheck_diary_set_settled        (LipcheckDiary      *self,
                                                       const GDate        *settled);
LipcheckDiaryEntry *lipcheck_diary_add                (LipcheckDiary      *self,
                                                       LipcheckDiaryEntry *entry);
LipcheckDiaryEntry *lipcheck_diary_lookup             (LipcheckDiary      *self,
                                                       const GDate        *date);
LipcheckDiaryEntry *lipcheck_diary_get_entry          (LipcheckDiary      *self,
                                                       guint               position);
guint               lipcheck_diary_get_n_entries      (LipcheckDiary      *self);
guint32             lipcheck_diary_get_start          (LipcheckDiary      *self);
guint32             lipcheck_diary_get_last_twitch    (LipcheckDiary      *self);
int                 lipcheck_diary_get_days_lasted    (LipcheckDiary      *self);
LipcheckDiaryEnd    lipcheck_diary_get_end            (LipcheckDiary      *self);
const char         *lipcheck_diary_end_to_string      (LipcheckDiaryEnd    end);

G_END_DECLS
