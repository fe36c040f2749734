/* lipcheck-link-row.h: a row of a card in the entry view that shows another entry when activated. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_LINK_ROW (lipcheck_link_row_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckLinkRow, lipcheck_link_row, LIPCHECK, LINK_ROW, GtkButton)

GtkWidget *lipcheck_link_row_new (LipcheckEntry *entry,
                                  gboolean       with_summary);

G_END_DECLS
