/* lipcheck-ui-util.c: small helpers shared by Lipcheck's widgets. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-ui-util"

#include "config.h"

#include "lipcheck-ui-util.h"

/**
 * lipcheck_label_new:
 * @text: text shown literally, never parsed as markup
 * @css_class: (nullable): a style class to add
 *
 * Returns: (transfer floating): a left-aligned label that wraps, even inside long words, at a
 *   comfortable reading width
 */
GtkWidget *
lipcheck_label_new (const char *text,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), LIPCHECK_TEXT_WIDTH_CHARS);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}
