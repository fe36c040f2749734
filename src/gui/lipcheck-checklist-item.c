/* lipcheck-checklist-item.c: a box to tick on a checklist step, for one yes/no question.
 *
 * It shows the question's name and, dimmed below, its summary; a screen reader speaks the name
 * and reads the summary as the description. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-checklist-item"

#include "config.h"

#include "lipcheck-checklist-item.h"
#include "lipcheck-entry.h"
#include "lipcheck-question.h"

struct _LipcheckChecklistItem
{
  GtkCheckButton    parent_instance;

  /* Template widgets */
  GtkLabel         *name_label;
  GtkLabel         *summary_label;

  /* Owned */
  LipcheckQuestion *question;
};

G_DEFINE_FINAL_TYPE (LipcheckChecklistItem, lipcheck_checklist_item, GTK_TYPE_CHECK_BUTTON)

enum {
  PROP_0,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_checklist_item_constructed (GObject *object)
{
  LipcheckChecklistItem *self = (LipcheckChecklistItem *)object;
  const char *name = lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question));
  const char *summary = lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->question));

  G_OBJECT_CLASS (lipcheck_checklist_item_parent_class)->constructed (object);

  gtk_label_set_text (self->name_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (summary == NULL)
    return;

  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
}

static void
lipcheck_checklist_item_dispose (GObject *object)
{
  LipcheckChecklistItem *self = (LipcheckChecklistItem *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_CHECKLIST_ITEM);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (lipcheck_checklist_item_parent_class)->dispose (object);
}

static void
lipcheck_checklist_item_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LipcheckChecklistItem *self = LIPCHECK_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_checklist_item_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LipcheckChecklistItem *self = LIPCHECK_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_checklist_item_class_init (LipcheckChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_checklist_item_constructed;
  object_class->dispose = lipcheck_checklist_item_dispose;
  object_class->get_property = lipcheck_checklist_item_get_property;
  object_class->set_property = lipcheck_checklist_item_set_property;

  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         LIPCHECK_TYPE_QUESTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-checklist-item.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckChecklistItem, name_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckChecklistItem, summary_label);
}

static void
lipcheck_checklist_item_init (LipcheckChecklistItem *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lipcheck_checklist_item_new (LipcheckQuestion *question)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (question), NULL);

  return g_object_new (LIPCHECK_TYPE_CHECKLIST_ITEM, "question", question, NULL);
}

LipcheckQuestion *
lipcheck_checklist_item_get_question (LipcheckChecklistItem *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CHECKLIST_ITEM (self), NULL);

  return self->question;
}

/**
 * lipcheck_checklist_item_get_id:
 *
 * Returns: the id of the question the box answers
 */
const char *
lipcheck_checklist_item_get_id (LipcheckChecklistItem *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CHECKLIST_ITEM (self), NULL);

  return lipcheck_entry_get_id (LIPCHECK_ENTRY (self->question));
}
