/* lipcheck-summary-diary.c: what the summary sheet shows of a twitch diary, as plain facts and words. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary-diary"

#include "config.h"

#include "lipcheck-summary-diary.h"

LipcheckSummaryDiary *
lipcheck_summary_diary_new (void)
{
  LipcheckSummaryDiary *diary = g_new0 (LipcheckSummaryDiary, 1);

  diary->strip = g_array_new (FALSE, TRUE, sizeof (guint8));
  diary->signs = g_ptr_array_new_with_free_func (g_free);
  diary->medicines = g_ptr_array_new_with_free_func (g_free);
  diary->patterns = g_ptr_array_new_with_free_func (g_free);
  diary->day_14 = -1;

  return diary;
}

void
lipcheck_summary_diary_free (LipcheckSummaryDiary *diary)
{
  if (diary == NULL)
    return;

  g_free (diary->noticed);
  g_array_unref (diary->strip);
  g_strfreev (diary->first_places);
  g_strfreev (diary->latest_places);
  g_free (diary->first_text);
  g_free (diary->latest_text);
  g_ptr_array_unref (diary->signs);
  g_ptr_array_unref (diary->medicines);
  g_ptr_array_unref (diary->patterns);
  g_free (diary);
}

