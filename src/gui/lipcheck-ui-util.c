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

static void
message_response_cb (GtkDialog *dialog,
                     int        response)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/**
 * lipcheck_show_message:
 * @application: (nullable): the application that the dialog keeps running while it is open
 * @parent: (nullable): the window the dialog belongs to
 * @type: %GTK_MESSAGE_WARNING or %GTK_MESSAGE_ERROR
 * @title: what went wrong, in a few words
 * @message: the details, shown literally
 *
 * Tells the person about a problem in a modal dialog that closes itself on any response.
 */
void
lipcheck_show_message (GtkApplication *application,
                       GtkWindow      *parent,
                       GtkMessageType  type,
                       const char     *title,
                       const char     *message)
{
  GtkWidget *dialog;

  g_return_if_fail (title != NULL);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_CLOSE, "%s", title);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message != NULL ? message : "");
  if (application != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  g_signal_connect (dialog, "response", G_CALLBACK (message_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
