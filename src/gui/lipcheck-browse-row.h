/* lipcheck-browse-row.h: a row of a browse page's list: an entry's name and a dim line below. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_BROWSE_ROW (lipcheck_browse_row_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckBrowseRow, lipcheck_browse_row, LIPCHECK, BROWSE_ROW, GtkBox)

LipcheckEntry *lipcheck_browse_row_get_entry    (LipcheckBrowseRow *self);
void           lipcheck_browse_row_set_entry    (LipcheckBrowseRow *self,
                                                 LipcheckEntry     *entry);
const char    *lipcheck_browse_row_get_subtitle (LipcheckBrowseRow *self);

G_END_DECLS
