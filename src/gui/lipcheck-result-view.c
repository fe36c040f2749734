/* lipcheck-result-view.c: the result page: urgency first, then why, what to do and what may help. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-result-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-clamp.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-result.h"
#include "lipcheck-result-details.h"
#include "lipcheck-result-view.h"

struct _LipcheckResultView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *scroller;
  GtkWidget      *banner;
  GtkWidget      *buttons;
  GtkWidget      *follow_button;
  GtkImage       *level_icon;
  GtkLabel       *level_label;
  GtkLabel       *number_label;
  GtkLabel       *headline_label;
  GtkBox         *sections;
  GtkLabel       *disclaimer_label;

  /* Owned */
  LipcheckResult *result;

  gboolean        show_actions;
};

G_DEFINE_FINAL_TYPE (LipcheckResultView, lipcheck_result_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const level_icons[LIPCHECK_N_URGENCIES] = {
  "emblem-ok-symbolic",
  "x-office-calendar-symbolic",
  "dialog-warning-symbolic",
  "call-start-symbolic",
};

static void
clear_sections (LipcheckResultView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))))
    gtk_box_remove (self->sections, child);
}

/* An emergency says one thing: no diary is offered beside the call to the emergency number. */
static void
update_follow_button (LipcheckResultView *self)
{
  gboolean emergency = self->result != NULL &&
                       lipcheck_result_get_urgency (self->result) == LIPCHECK_URGENCY_EMERGENCY;

  gtk_widget_set_visible (self->follow_button, self->show_actions && !emergency);
}

static void
update_banner (LipcheckResultView *self)
{
  LipcheckUrgency urgency = lipcheck_result_get_urgency (self->result);
  /* Self-care with a warning sign unanswered is not all clear: no green, no tick. */
  gboolean open_question = urgency == LIPCHECK_URGENCY_SELF_CARE && !lipcheck_result_get_complete (self->result);
  g_autofree char *number = NULL;

  for (guint i = 0; i < LIPCHECK_N_URGENCIES; i++)
    gtk_widget_remove_css_class (self->banner, lipcheck_urgency_to_string (i));
  gtk_widget_remove_css_class (self->banner, "incomplete");
  gtk_widget_add_css_class (self->banner, open_question ? "incomplete" : lipcheck_urgency_to_string (urgency));

  gtk_image_set_from_icon_name (self->level_icon, open_question ? "dialog-question-symbolic" : level_icons[urgency]);
  gtk_label_set_text (self->level_label, lipcheck_result_get_title (self->result));
  gtk_label_set_text (self->headline_label, lipcheck_result_get_headline (self->result));

  /* Translators: %s is the emergency telephone number, such as 112 */
  number = g_strdup_printf (_("Call %s"), lipcheck_result_get_emergency_number (self->result));
  gtk_label_set_text (self->number_label, number);
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), urgency == LIPCHECK_URGENCY_EMERGENCY);
  update_follow_button (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, lipcheck_result_get_title (self->result),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, lipcheck_result_get_headline (self->result),
                                  -1);
}

static void
update (LipcheckResultView *self)
{
  clear_sections (self);

  if (self->result == NULL)
    return;

  update_banner (self);
  gtk_box_append (self->sections, lipcheck_result_details_new (self->result));
  gtk_label_set_text (self->disclaimer_label,
                      lipcheck_knowledge_base_get_disclaimer (lipcheck_result_get_knowledge_base (self->result)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

static void
lipcheck_result_view_dispose (GObject *object)
{
  LipcheckResultView *self = (LipcheckResultView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_RESULT_VIEW);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (lipcheck_result_view_parent_class)->dispose (object);
}

static void
lipcheck_result_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LipcheckResultView *self = LIPCHECK_RESULT_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_result_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LipcheckResultView *self = LIPCHECK_RESULT_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      lipcheck_result_view_set_result (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The result opens with the focus on its title, not on Start Over, where a stray Enter would
 * throw the answers away. */
static gboolean
lipcheck_result_view_grab_focus (GtkWidget *widget)
{
  LipcheckResultView *self = LIPCHECK_RESULT_VIEW (widget);

  if (!gtk_widget_grab_focus (GTK_WIDGET (self->level_label)))
    return FALSE;

  gtk_label_select_region (self->level_label, 0, 0);
  return TRUE;
}

static void
lipcheck_result_view_class_init (LipcheckResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_result_view_dispose;
  object_class->get_property = lipcheck_result_view_get_property;
  object_class->set_property = lipcheck_result_view_set_property;

  widget_class->grab_focus = lipcheck_result_view_grab_focus;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIPCHECK_TYPE_RESULT,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-result-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, banner);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, buttons);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, follow_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, level_icon);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, level_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, number_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, sections);
  gtk_widget_class_bind_template_child (widget_class, LipcheckResultView, disclaimer_label);

  g_type_ensure (LIPCHECK_TYPE_CLAMP);
}

static void
lipcheck_result_view_init (LipcheckResultView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->show_actions = TRUE;
}

LipcheckResult *
lipcheck_result_view_get_result (LipcheckResultView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT_VIEW (self), NULL);

  return self->result;
}

void
lipcheck_result_view_set_result (LipcheckResultView *self,
                                 LipcheckResult     *result)
{
  g_return_if_fail (LIPCHECK_IS_RESULT_VIEW (self));
  g_return_if_fail (!result || LIPCHECK_IS_RESULT (result));

  if (g_set_object (&self->result, result))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
    }
}

/**
 * lipcheck_result_view_set_show_actions:
 *
 * Whether the buttons under the banner (start over, print, save, follow) are shown: the diary
 * shows its advice without the self-check's own actions.
 */
void
lipcheck_result_view_set_show_actions (LipcheckResultView *self,
                                       gboolean            show_actions)
{
  g_return_if_fail (LIPCHECK_IS_RESULT_VIEW (self));

  self->show_actions = !!show_actions;
  gtk_widget_set_visible (self->buttons, show_actions);
  update_follow_button (self);
}
