/* lipcheck-step.h: a step of the self-check wizard and the questions it asks. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-enums.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_STEP (lipcheck_step_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckStep, lipcheck_step, LIPCHECK, STEP, LipcheckEntry)

LipcheckStepStyle  lipcheck_step_get_style (LipcheckStep *self);
GListModel        *lipcheck_step_get_questions (LipcheckStep *self);

G_END_DECLS
