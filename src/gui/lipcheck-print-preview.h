/* lipcheck-print-preview.h: the print preview: the pages a print operation draws, as sheets to scroll through. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_PRINT_PREVIEW (lipcheck_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckPrintPreview, lipcheck_print_preview, LIPCHECK, PRINT_PREVIEW, GtkWindow)

LipcheckPrintPreview *lipcheck_print_preview_new         (GtkPrintOperationPreview *preview,
                                                          GtkPrintContext          *context,
                                                          GtkWindow                *parent);
guint                 lipcheck_print_preview_get_n_pages (LipcheckPrintPreview     *self);
guint                 lipcheck_print_preview_get_page    (LipcheckPrintPreview     *self);

G_END_DECLS
