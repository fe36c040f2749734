/* lipcheck-finding-row.h: a row of the result: a factor or condition, why it fits, its sources. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_FINDING_ROW (lipcheck_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckFindingRow, lipcheck_finding_row, LIPCHECK, FINDING_ROW, GtkListBoxRow)

GtkWidget       *lipcheck_finding_row_new         (LipcheckFinding    *finding,
                                                   const char         *page);
LipcheckFinding *lipcheck_finding_row_get_finding (LipcheckFindingRow *self);

G_END_DECLS
