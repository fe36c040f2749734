/* lipcheck-entry-view.h: the whole of one knowledge-base entry: heading, summary, its sections and sources. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ENTRY_VIEW (lipcheck_entry_view_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckEntryView, lipcheck_entry_view, LIPCHECK, ENTRY_VIEW, GtkWidget)

GtkWidget     *lipcheck_entry_view_new       (void);
LipcheckEntry *lipcheck_entry_view_get_entry (LipcheckEntryView *self);
void           lipcheck_entry_view_set_entry (LipcheckEntryView *self,
                                              LipcheckEntry     *entry);
GListModel    *lipcheck_entry_view_get_links (LipcheckEntryView *self);
void           lipcheck_entry_view_set_links (LipcheckEntryView *self,
                                              GListModel        *links);

G_END_DECLS
