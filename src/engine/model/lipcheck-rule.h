/* lipcheck-rule.h: a rule that raises the urgency of a result when its condition holds. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-expr.h"
#include "lipcheck-enums.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_RULE (lipcheck_rule_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckRule, lipcheck_rule, LIPCHECK, RULE, LipcheckEntry)

LipcheckUrgency  lipcheck_rule_get_urgency (LipcheckRule *self);
LipcheckExpr    *lipcheck_rule_get_when (LipcheckRule *self);
const char      *lipcheck_rule_get_why (LipcheckRule *self);

G_END_DECLS
