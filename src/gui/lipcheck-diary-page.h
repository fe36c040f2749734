/* lipcheck-diary-page.h: the twitch diary in the window: start, one entry a day, the advice, the end. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_DIARY_PAGE (lipcheck_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckDiaryPage, lipcheck_diary_page, LIPCHECK, DIARY_PAGE, GtkWidget)

void           lipcheck_diary_page_set_knowledge_base (LipcheckDiaryPage     *self,
                                                       LipcheckKnowledgeBase *kb);
GFile         *lipcheck_diary_page_get_file           (LipcheckDiaryPage     *self);
void           lipcheck_diary_page_set_file           (LipcheckDiaryPage     *self,
                                                       GFile                 *file);
const char    *lipcheck_diary_page_get_today          (LipcheckDiaryPage     *self);
void           lipcheck_diary_page_set_today          (LipcheckDiaryPage     *self,
                                                       const char            *today);
LipcheckDiary *lipcheck_diary_page_get_diary          (LipcheckDiaryPage     *self);
void           lipcheck_diary_page_suggest            (LipcheckDiaryPage     *self,
                                                       LipcheckAnswers       *answers);
const char    *lipcheck_diary_page_get_view           (LipcheckDiaryPage     *self);
void           lipcheck_diary_page_bind_reminder      (LipcheckDiaryPage     *self,
                                                       GSettings             *settings);

G_END_DECLS
