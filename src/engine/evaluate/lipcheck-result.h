/* lipcheck-result.h: the outcome of a self-check: urgency, likely factors, conditions, tips. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_RESULT (lipcheck_result_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckResult, lipcheck_result, LIPCHECK, RESULT, GObject)

LipcheckKnowledgeBase *lipcheck_result_get_knowledge_base      (LipcheckResult *self);
LipcheckAnswers       *lipcheck_result_get_answers             (LipcheckResult *self);
LipcheckUrgency        lipcheck_result_get_urgency             (LipcheckResult *self);
LipcheckLevel         *lipcheck_result_get_level               (LipcheckResult *self);
const char            *lipcheck_result_get_title               (LipcheckResult *self);
const char            *lipcheck_result_get_headline            (LipcheckResult *self);
const char            *lipcheck_result_get_advice              (LipcheckResult *self);
const char            *lipcheck_result_get_emergency_number    (LipcheckResult *self);
GListModel            *lipcheck_result_get_rules               (LipcheckResult *self);
GListModel            *lipcheck_result_get_factors             (LipcheckResult *self);
GListModel            *lipcheck_result_get_conditions          (LipcheckResult *self);
GListModel            *lipcheck_result_get_warning_signs       (LipcheckResult *self);
GListModel            *lipcheck_result_get_absent_warning_signs (LipcheckResult *self);
GListModel            *lipcheck_result_get_tips                (LipcheckResult *self);
GListModel            *lipcheck_result_get_more_tips           (LipcheckResult *self);
gboolean               lipcheck_result_get_complete            (LipcheckResult *self);
GListModel            *lipcheck_result_get_missing             (LipcheckResult *self);
GListModel            *lipcheck_result_get_asked               (LipcheckResult *self);
const char * const    *lipcheck_result_get_unanswered          (LipcheckResult *self);
GDateTime             *lipcheck_result_dup_date                (LipcheckResult *self);

G_END_DECLS
