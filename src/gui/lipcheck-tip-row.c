/* lipcheck-tip-row.c: a row of the result: a tip, what it says, and good sources of a nutrient. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-tip-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-entry.h"
#include "lipcheck-tip.h"
#include "lipcheck-tip-row.h"

struct _LipcheckTipRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *summary_label;
  GtkLabel      *foods_label;

  /* Owned */
  LipcheckTip   *tip;
};

G_DEFINE_FINAL_TYPE (LipcheckTipRow, lipcheck_tip_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_foods (LipcheckTipRow *self)
{
  const char * const *foods = lipcheck_tip_get_foods (self->tip);
  g_autofree char *list = NULL;
  g_autofree char *line = NULL;

  if (foods == NULL || foods[0] == NULL)
    return;

  list = g_strjoinv (", ", (char **)foods);
  /* Translators: %s is a list of foods */
  line = g_strdup_printf (_("Good sources: %s"), list);
  gtk_label_set_text (self->foods_label, line);
  gtk_widget_set_visible (GTK_WIDGET (self->foods_label), TRUE);
}

static void
lipcheck_tip_row_constructed (GObject *object)
{
  LipcheckTipRow *self = (LipcheckTipRow *)object;
  LipcheckEntry *entry = LIPCHECK_ENTRY (self->tip);

  G_OBJECT_CLASS (lipcheck_tip_row_parent_class)->constructed (object);

  gtk_label_set_text (self->name_label, lipcheck_entry_get_name (entry));
  gtk_label_set_text (self->summary_label, lipcheck_entry_get_summary (entry));
  set_foods (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lipcheck_entry_get_name (entry), -1);
}

static void
lipcheck_tip_row_dispose (GObject *object)
{
  LipcheckTipRow *self = (LipcheckTipRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_TIP_ROW);
  g_clear_object (&self->tip);

  G_OBJECT_CLASS (lipcheck_tip_row_parent_class)->dispose (object);
}

static void
lipcheck_tip_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LipcheckTipRow *self = LIPCHECK_TIP_ROW (object);

  switch (prop_id)
    {
    case PROP_TIP:
      g_value_set_object (value, self->tip);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_tip_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LipcheckTipRow *self = LIPCHECK_TIP_ROW (object);

  switch (prop_id)
    {
    case PROP_TIP:
      self->tip = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_tip_row_class_init (LipcheckTipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_tip_row_constructed;
  object_class->dispose = lipcheck_tip_row_dispose;
  object_class->get_property = lipcheck_tip_row_get_property;
  object_class->set_property = lipcheck_tip_row_set_property;

  properties[PROP_TIP] =
    g_param_spec_object ("tip", NULL, NULL,
                         LIPCHECK_TYPE_TIP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-tip-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckTipRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckTipRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckTipRow, foods_label);
}

static void
lipcheck_tip_row_init (LipcheckTipRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lipcheck_tip_row_new (LipcheckTip *tip)
{
  g_return_val_if_fail (LIPCHECK_IS_TIP (tip), NULL);

  return g_object_new (LIPCHECK_TYPE_TIP_ROW, "tip", tip, NULL);
}

LipcheckTip *
lipcheck_tip_row_get_tip (LipcheckTipRow *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIP_ROW (self), NULL);

  return self->tip;
}
