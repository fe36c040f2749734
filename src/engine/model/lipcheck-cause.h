/* lipcheck-cause.h: an everyday cause of lip twitching: what it is, how it acts, what helps. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-expr.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_CAUSE (lipcheck_cause_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckCause, lipcheck_cause, LIPCHECK, CAUSE, LipcheckEntry)

const char  *lipcheck_cause_get_mechanism (LipcheckCause *self);
const char  *lipcheck_cause_get_advice (LipcheckCause *self);
GPtrArray   *lipcheck_cause_get_reasons (LipcheckCause *self);
GListModel  *lipcheck_cause_get_tips (LipcheckCause *self);
const char  *lipcheck_cause_get_diary_with (LipcheckCause *self);
const char  *lipcheck_cause_get_diary_without (LipcheckCause *self);
const char  *lipcheck_cause_get_diary_experiment (LipcheckCause *self);

G_END_DECLS
