/* lipcheck-browse-page.h: a page to browse one list of knowledge-base entries, with search and detail. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_BROWSE_PAGE (lipcheck_browse_page_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckBrowsePage, lipcheck_browse_page, LIPCHECK, BROWSE_PAGE, GtkWidget)

GListModel *lipcheck_browse_page_get_model    (LipcheckBrowsePage *self);
void        lipcheck_browse_page_set_model    (LipcheckBrowsePage *self,
                                               GListModel         *model);
void        lipcheck_browse_page_set_intro    (LipcheckBrowsePage *self,
                                               const char         *title,
                                               const char         *text);
gboolean    lipcheck_browse_page_select       (LipcheckBrowsePage *self,
                                               const char         *entry_id);
void        lipcheck_browse_page_focus_search (LipcheckBrowsePage *self);
const char *lipcheck_browse_page_get_kinds       (LipcheckBrowsePage *self);
const char *lipcheck_browse_page_get_intro_level (LipcheckBrowsePage *self);
const char *lipcheck_browse_page_get_intro_title (LipcheckBrowsePage *self);

void lipcheck_browse_page_set_narrow (LipcheckBrowsePage *self,
                                     gboolean            narrow);

G_END_DECLS
