/* lipcheck-tip-row.h: a row of the result: a tip, what it says, and good sources of a nutrient. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_TIP_ROW (lipcheck_tip_row_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckTipRow, lipcheck_tip_row, LIPCHECK, TIP_ROW, GtkListBoxRow)

GtkWidget   *lipcheck_tip_row_new     (LipcheckTip    *tip);
LipcheckTip *lipcheck_tip_row_get_tip (LipcheckTipRow *self);

G_END_DECLS
