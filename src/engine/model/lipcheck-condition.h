/* lipcheck-condition.h: a condition a twitch can rarely be part of: its signs and treatments. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-expr.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_CONDITION (lipcheck_condition_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckCondition, lipcheck_condition, LIPCHECK, CONDITION, LipcheckEntry)

const char * const  *lipcheck_condition_get_signs (LipcheckCondition *self);
const char * const  *lipcheck_condition_get_treatments (LipcheckCondition *self);
GPtrArray           *lipcheck_condition_get_reasons (LipcheckCondition *self);

G_END_DECLS
