/* lipcheck-entry-row.h: a row of a card in the entry view: a title, a dim line, and a link to open. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ENTRY_ROW (lipcheck_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckEntryRow, lipcheck_entry_row, LIPCHECK, ENTRY_ROW, GtkBox)

GtkWidget *lipcheck_entry_row_new (const char        *title,
                                   const char        *subtitle,
                                   const char        *uri,
                                   GtkAccessibleRole  role);

G_END_DECLS
