/* lipcheck-ui-util.h: small helpers shared by Lipcheck's widgets. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIPCHECK_TEXT_WIDTH_CHARS 72

GtkWidget *lipcheck_label_new (const char *text,
                               const char *css_class);

void       lipcheck_show_message (GtkApplication *application,
                                  GtkWindow      *parent,
                                  GtkMessageType  type,
                                  const char     *title,
                                  const char     *message);

G_END_DECLS
