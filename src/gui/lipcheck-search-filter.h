/* lipcheck-search-filter.h: the browse pages' search: the entries whose text holds what is typed. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_SEARCH_FILTER (lipcheck_search_filter_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckSearchFilter, lipcheck_search_filter, LIPCHECK, SEARCH_FILTER, GtkFilter)

LipcheckSearchFilter *lipcheck_search_filter_new        (void);
const char           *lipcheck_search_filter_get_search (LipcheckSearchFilter *self);
void                  lipcheck_search_filter_set_search (LipcheckSearchFilter *self,
                                                         const char           *search);

G_END_DECLS
