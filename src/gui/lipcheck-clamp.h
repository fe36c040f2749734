/* lipcheck-clamp.h: a wrapper that keeps its child no wider than a comfortable reading width. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TYPE_CLAMP (lipcheck_clamp_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckClamp, lipcheck_clamp, LIPCHECK, CLAMP, GtkWidget)

GtkWidget *lipcheck_clamp_new              (void);
GtkWidget *lipcheck_clamp_get_child        (LipcheckClamp *self);
void       lipcheck_clamp_set_child        (LipcheckClamp *self,
                                            GtkWidget     *child);
int        lipcheck_clamp_get_maximum_size (LipcheckClamp *self);
void       lipcheck_clamp_set_maximum_size (LipcheckClamp *self,
                                            int            maximum_size);

G_END_DECLS
