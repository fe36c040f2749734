/* lipcheck-answers.h: a person's answers to the self-check questions. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ANSWERS (lipcheck_answers_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckAnswers, lipcheck_answers, LIPCHECK, ANSWERS, GObject)

LipcheckAnswers *lipcheck_answers_new            (void);
GVariant        *lipcheck_answers_lookup         (LipcheckAnswers       *self,
                                                  const char            *question_id);
void             lipcheck_answers_set            (LipcheckAnswers       *self,
                                                  const char            *question_id,
                                                  GVariant              *value);
void             lipcheck_answers_set_boolean    (LipcheckAnswers       *self,
                                                  const char            *question_id,
                                                  gboolean               value);
void             lipcheck_answers_set_number     (LipcheckAnswers       *self,
                                                  const char            *question_id,
                                                  gint64                 value);
void             lipcheck_answers_set_choice     (LipcheckAnswers       *self,
                                                  const char            *question_id,
                                                  const char            *choice_id);
void             lipcheck_answers_set_several    (LipcheckAnswers       *self,
                                                  const char            *question_id,
                                                  const char * const    *choice_ids);
void             lipcheck_answers_unset          (LipcheckAnswers       *self,
                                                  const char            *question_id);
void             lipcheck_answers_clear          (LipcheckAnswers       *self);
void             lipcheck_answers_replace        (LipcheckAnswers       *self,
                                                  LipcheckAnswers       *other);
LipcheckAnswers *lipcheck_answers_copy           (LipcheckAnswers       *self);
guint            lipcheck_answers_get_n_answers  (LipcheckAnswers       *self);
GDateTime       *lipcheck_answers_get_saved      (LipcheckAnswers       *self);
void             lipcheck_answers_set_saved      (LipcheckAnswers       *self,
                                                  GDateTime             *saved);
char           **lipcheck_answers_dup_question_ids (LipcheckAnswers       *self);

G_END_DECLS
