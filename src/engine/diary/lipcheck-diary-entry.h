/* lipcheck-diary-entry.h: one day of the twitch diary, every optional answer possibly unanswered. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LipcheckTwitch:
 * How the twitch was on a day, lowest to highest.
 */
typedef enum
{
  LIPCHECK_TWITCH_NONE,
  LIPCHECK_TWITCH_MILD,
  LIPCHECK_TWITCH_STRONG,
} LipcheckTwitch;

/**
 * LipcheckTristate:
 * A yes/no answer that may be missing: unanswered is never "no".
 */
typedef enum
{
  LIPCHECK_TRISTATE_UNANSWERED,
  LIPCHECK_TRISTATE_NO,
  LIPCHECK_TRISTATE_YES,
} LipcheckTristate;

/* A number left unanswered. */
#define LIPCHECK_DIARY_UNANSWERED (-1)

#define LIPCHECK_DIARY_NOTE_MAX 1000

#define LIPCHECK_TYPE_DIARY_ENTRY (lipcheck_diary_entry_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckDiaryEntry, lipcheck_diary_entry, LIPCHECK, DIARY_ENTRY, GObject)

LipcheckDiaryEntry *lipcheck_diary_entry_new               (const GDate        *date,
                                                            LipcheckTwitch      twitch);
LipcheckDiaryEntry *lipcheck_diary_entry_copy              (LipcheckDiaryEntry *self);
const GDate        *lipcheck_diary_entry_get_date          (LipcheckDiaryEntry *self);
guint32             lipcheck_diary_entry_get_julian        (LipcheckDiaryEntry *self);
LipcheckTwitch      lipcheck_diary_entry_get_twitch        (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_twitch        (LipcheckDiaryEntry *self,
                                                            LipcheckTwitch      twitch);
const char * const *lipcheck_diary_entry_get_places        (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_places        (LipcheckDiaryEntry *self,
                                                            const char * const *places);
gboolean            lipcheck_diary_entry_has_place         (LipcheckDiaryEntry *self,
                                                            const char         *place);
int                 lipcheck_diary_entry_get_caffeine_cups (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_caffeine_cups (LipcheckDiaryEntry *self,
                                                            int                 cups);
int                 lipcheck_diary_entry_get_sleep_hours   (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_sleep_hours   (LipcheckDiaryEntry *self,
                                                            int                 hours);
LipcheckTristate    lipcheck_diary_entry_get_stress        (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_stress        (LipcheckDiaryEntry *self,
                                                            LipcheckTristate    stress);
LipcheckTristate    lipcheck_diary_entry_get_alcohol       (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_alcohol       (LipcheckDiaryEntry *self,
                                                            LipcheckTristate    alcohol);
LipcheckTristate    lipcheck_diary_entry_get_new_medicine  (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_new_medicine  (LipcheckDiaryEntry *self,
                                                            LipcheckTristate    new_medicine);
const char * const *lipcheck_diary_entry_get_new_signs     (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_new_signs     (LipcheckDiaryEntry *self,
                                                            const char * const *signs);
gboolean            lipcheck_diary_entry_has_new_sign      (LipcheckDiaryEntry *self,
                                                            const char         *sign);
LipcheckTristate    lipcheck_diary_entry_get_sudden        (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_sudden        (LipcheckDiaryEntry *self,
                                                            LipcheckTristate    sudden);
const char         *lipcheck_diary_entry_get_note          (LipcheckDiaryEntry *self);
void                lipcheck_diary_entry_set_note          (LipcheckDiaryEntry *self,
                                                            const char         *note);

const char * const *lipcheck_diary_places                  (void);
gboolean            lipcheck_diary_is_place                (const char         *place);
const char         *lipcheck_twitch_to_string              (LipcheckTwitch      twitch);
gboolean            lipcheck_twitch_from_string            (const char         *str,
                                                            LipcheckTwitch     *twitch);

G_END_DECLS
