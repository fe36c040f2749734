/* lipcheck-tip.h: a prevention tip or remedy, its group and, for diet tips, the foods. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_TIP (lipcheck_tip_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckTip, lipcheck_tip, LIPCHECK, TIP, LipcheckEntry)

LipcheckEntry       *lipcheck_tip_get_group (LipcheckTip *self);
const char * const  *lipcheck_tip_get_foods (LipcheckTip *self);

G_END_DECLS
