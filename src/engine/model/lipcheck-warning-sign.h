/* lipcheck-warning-sign.h: a neurological warning sign, the question that asks about it and what to do. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_WARNING_SIGN (lipcheck_warning_sign_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckWarningSign, lipcheck_warning_sign, LIPCHECK, WARNING_SIGN, LipcheckEntry)

const char        *lipcheck_warning_sign_get_action (LipcheckWarningSign *self);
LipcheckQuestion  *lipcheck_warning_sign_get_question (LipcheckWarningSign *self);
GListModel        *lipcheck_warning_sign_get_conditions (LipcheckWarningSign *self);

G_END_DECLS
