/* lipcheck-notice.c: a banner at the top of the window: what happened, in plain words.
 *
 * A problem shows a title and a sentence a patient understands, with the technical text (a file,
 * a line, a JSON path) under Details; a finished task shows its title and a button for what comes
 * next, such as opening the file just written. The banner stays until it is closed or replaced. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-notice"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-notice.h"

struct _LipcheckNotice
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkWidget   *box;
  GtkImage    *icon;
  GtkLabel    *heading_label;
  GtkLabel    *message_label;
  GtkExpander *details_expander;
  GtkLabel    *details_label;
  GtkButton   *action_button;
};

G_DEFINE_FINAL_TYPE (LipcheckNotice, lipcheck_notice, GTK_TYPE_WIDGET)

#define RESOURCE_PREFIX "/io/github/lipcheck/Lipcheck"

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
reveal (LipcheckNotice *self,
        const char     *icon_name,
        const char     *css_class,
        const char     *title)
{
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_remove_css_class (self->box, "problem");
  gtk_widget_remove_css_class (self->box, "done");
  gtk_widget_add_css_class (self->box, css_class);
  set_text (self->heading_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  lipcheck_notice_dismiss (LIPCHECK_NOTICE (widget));
}

static void
lipcheck_notice_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIPCHECK_TYPE_NOTICE);

  G_OBJECT_CLASS (lipcheck_notice_parent_class)->dispose (object);
}

static void
lipcheck_notice_class_init (LipcheckNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_notice_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, revealer);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, icon);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, message_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, details_expander);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, details_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckNotice, action_button);
  gtk_widget_class_install_action (widget_class, "notice.dismiss", NULL, dismiss_action);
}

static void
lipcheck_notice_init (LipcheckNotice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_notice_show_problem:
 * @title: what went wrong, in a few plain words
 * @message: (nullable): what it means for the person, and what was or was not kept
 * @details: (nullable): the technical text, shown under Details and never as markup
 *
 * Shows a problem, replacing whatever the banner said before.
 */
void
lipcheck_notice_show_problem (LipcheckNotice *self,
                              const char     *title,
                              const char     *message,
                              const char     *details)
{
  g_return_if_fail (LIPCHECK_IS_NOTICE (self));
  g_return_if_fail (title != NULL);

  set_text (self->message_label, message);
  set_text (self->details_label, details);
  gtk_expander_set_expanded (self->details_expander, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->details_expander), details != NULL && *details != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->action_button), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), NULL);
  reveal (self, "dialog-warning-symbolic", "problem", title);
}

/**
 * lipcheck_notice_show_done:
 * @title: what was done, in a few words
 * @button_label: (nullable): the button for what comes next, with a mnemonic
 * @action_name: (nullable): the button's action
 * @action_target: (nullable): its target, consumed if floating
 *
 * Shows that something is done, replacing whatever the banner said before.
 */
void
lipcheck_notice_show_done (LipcheckNotice *self,
                           const char     *title,
                           const char     *button_label,
                           const char     *action_name,
                           GVariant       *action_target)
{
  g_return_if_fail (LIPCHECK_IS_NOTICE (self));
  g_return_if_fail (title != NULL);

  if (action_target != NULL)
    g_variant_ref_sink (action_target);
  set_text (self->message_label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->details_expander), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->action_button), button_label != NULL);
  if (button_label != NULL)
    {
      gtk_button_set_label (self->action_button, button_label);
      /* The target first: a name whose target does not fit yet is a GTK warning. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), NULL);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->action_button), action_target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), action_name);
    }
  g_clear_pointer (&action_target, g_variant_unref);
  reveal (self, "emblem-ok-symbolic", "done", title);
}

/**
 * lipcheck_notice_dismiss:
 *
 * Hides the banner.
 */
void
lipcheck_notice_dismiss (LipcheckNotice *self)
{
  g_return_if_fail (LIPCHECK_IS_NOTICE (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

gboolean
lipcheck_notice_get_shown (LipcheckNotice *self)
{
  g_return_val_if_fail (LIPCHECK_IS_NOTICE (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
lipcheck_notice_get_title (LipcheckNotice *self)
{
  g_return_val_if_fail (LIPCHECK_IS_NOTICE (self), NULL);

  return gtk_label_get_text (self->heading_label);
}

const char *
lipcheck_notice_get_details (LipcheckNotice *self)
{
  g_return_val_if_fail (LIPCHECK_IS_NOTICE (self), NULL);

  return gtk_label_get_text (self->details_label);
}
