/* lipcheck-link-row.c: a row of a card in the entry view that shows another entry when activated. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-link-row"

#include "config.h"

#include "lipcheck-entry.h"
#include "lipcheck-entry-row.h"
#include "lipcheck-link-row.h"

struct _LipcheckLinkRow
{
  GtkButton      parent_instance;

  /* Owned */
  LipcheckEntry *entry;

  guint          with_summary : 1;
};

G_DEFINE_FINAL_TYPE (LipcheckLinkRow, lipcheck_link_row, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_WITH_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_link_row_constructed (GObject *object)
{
  LipcheckLinkRow *self = (LipcheckLinkRow *)object;
  const char *name = lipcheck_entry_get_name (self->entry);
  GtkWidget *row;

  G_OBJECT_CLASS (lipcheck_link_row_parent_class)->constructed (object);

  row = lipcheck_entry_row_new (name, self->with_summary ? lipcheck_entry_get_summary (self->entry) : NULL,
                                NULL, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_set_valign (row, GTK_ALIGN_CENTER);
  /* The box is the button's child: the button, not the template, owns it. */
  gtk_box_prepend (GTK_BOX (gtk_button_get_child (GTK_BUTTON (self))), row);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", lipcheck_entry_get_id (self->entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
lipcheck_link_row_dispose (GObject *object)
{
  LipcheckLinkRow *self = (LipcheckLinkRow *)object;

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (lipcheck_link_row_parent_class)->dispose (object);
}

static void
lipcheck_link_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LipcheckLinkRow *self = LIPCHECK_LINK_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_WITH_SUMMARY:
      g_value_set_boolean (value, self->with_summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_link_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LipcheckLinkRow *self = LIPCHECK_LINK_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;

    case PROP_WITH_SUMMARY:
      self->with_summary = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_link_row_class_init (LipcheckLinkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_link_row_constructed;
  object_class->dispose = lipcheck_link_row_dispose;
  object_class->get_property = lipcheck_link_row_get_property;
  object_class->set_property = lipcheck_link_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         LIPCHECK_TYPE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WITH_SUMMARY] =
    g_param_spec_boolean ("with-summary", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIPCHECK_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-link-row.ui");
}

static void
lipcheck_link_row_init (LipcheckLinkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_link_row_new:
 * @with_summary: whether the entry's summary shows under its name
 */
GtkWidget *
lipcheck_link_row_new (LipcheckEntry *entry,
                       gboolean       with_summary)
{
  g_return_val_if_fail (LIPCHECK_IS_ENTRY (entry), NULL);

  return g_object_new (LIPCHECK_TYPE_LINK_ROW, "entry", entry, "with-summary", with_summary, NULL);
}
