/* lipcheck-lazy-page.h: a page whose content is built from its .ui file the first time it is needed. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_LAZY_PAGE (lipcheck_lazy_page_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckLazyPage, lipcheck_lazy_page, LIPCHECK, LAZY_PAGE, GtkWidget)

const char *lipcheck_lazy_page_get_resource  (LipcheckLazyPage *self);
const char *lipcheck_lazy_page_get_object_id (LipcheckLazyPage *self);
GtkWidget  *lipcheck_lazy_page_peek_child    (LipcheckLazyPage *self);
GtkWidget  *lipcheck_lazy_page_get_child     (LipcheckLazyPage *self);

G_END_DECLS
