/* lipcheck-summary-diary.h: what the summary sheet shows of a twitch diary, as plain facts and words. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The days the sheet's timeline strip shows at most: the latest ones. */
#define LIPCHECK_SUMMARY_DIARY_STRIP_DAYS 28

/**
 * LipcheckStripDay:
 * One day of the strip: no entry (a gap), or the entry's twitch.
 */
typedef enum
{
  LIPCHECK_STRIP_GAP,
  LIPCHECK_STRIP_NONE,
  LIPCHECK_STRIP_MILD,
  LIPCHECK_STRIP_STRONG,
} LipcheckStripDay;

/* Filled in by the diary's engine (lipcheck_diary_sheet_new()); the summary only lays it out. */
typedef struct
{
  char       *noticed;         /* the date first noticed, in words; NULL when not given */
  guint       days_logged;
  guint       days_with_twitch;
  guint32     strip_start;     /* the Julian day of the strip's first cell */
  GArray     *strip;           /* guint8 LipcheckStripDay, one per day to the latest entry */
  guint       days_total;      /* days from the first entry to the latest, when the strip is cut */
  int         day_14;          /* the strip's cell of the start's 14th day, or -1 when not in it */
  char      **first_places;    /* place ids of the first day with a twitch that named some */
  char      **latest_places;   /* and of the latest one */
  char       *first_text;      /* those places in words */
  char       *latest_text;
  GPtrArray  *signs;           /* "24 November 2026: Pain", each a warning sign recorded */
  GPtrArray  *medicines;       /* the dates a new medicine was recorded, in words */
  GPtrArray  *patterns;        /* each pattern as a sentence of counts */
} LipcheckSummaryDiary;

LipcheckSummaryDiary *lipcheck_summary_diary_new  (void);
void                  lipcheck_summary_diary_free (LipcheckSummaryDiary *diary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LipcheckSummaryDiary, lipcheck_summary_diary_free)

G_END_DECLS
