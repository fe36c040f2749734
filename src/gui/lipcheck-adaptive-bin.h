/* lipcheck-adaptive-bin.h: a wrapper that says whether the width it is given is narrow. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ADAPTIVE_BIN (lipcheck_adaptive_bin_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckAdaptiveBin, lipcheck_adaptive_bin, LIPCHECK, ADAPTIVE_BIN, GtkWidget)

GtkWidget *lipcheck_adaptive_bin_new           (void);
GtkWidget *lipcheck_adaptive_bin_get_child     (LipcheckAdaptiveBin *self);
void       lipcheck_adaptive_bin_set_child     (LipcheckAdaptiveBin *self,
                                                GtkWidget           *child);
int        lipcheck_adaptive_bin_get_threshold (LipcheckAdaptiveBin *self);
void       lipcheck_adaptive_bin_set_threshold (LipcheckAdaptiveBin *self,
                                                int                  threshold);
gboolean   lipcheck_adaptive_bin_get_narrow    (LipcheckAdaptiveBin *self);

G_END_DECLS
