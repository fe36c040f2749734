/* lipcheck-question-view.h: the control that answers one self-check question. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_QUESTION_VIEW (lipcheck_question_view_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckQuestionView, lipcheck_question_view, LIPCHECK, QUESTION_VIEW, GtkWidget)

GtkWidget        *lipcheck_question_view_new            (LipcheckQuestion     *question,
                                                         LipcheckAnswers      *answers);
LipcheckQuestion *lipcheck_question_view_get_question   (LipcheckQuestionView *self);
gboolean          lipcheck_question_view_get_answered   (LipcheckQuestionView *self);
gboolean          lipcheck_question_view_focus          (LipcheckQuestionView *self);

void              lipcheck_question_view_align_unit     (LipcheckQuestionView *self,
                                                         GtkSizeGroup         *group);

G_END_DECLS
