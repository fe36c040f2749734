/* lipcheck-browse-row.c: a row of a browse page's list: an entry's name and a dim line below.
 *
 * The row's labels live in ui/lipcheck-browse-row.ui, the list item template of the page's
 * GtkBuilderListItemFactory, bound to the item and to this row's subtitle. The row works out the
 * subtitle and gives the list row around it the entry's name for screen readers. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-browse-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-browse-row.h"
#include "lipcheck-condition.h"
#include "lipcheck-entry.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

struct _LipcheckBrowseRow
{
  GtkBox         parent_instance;

  /* Owned */
  LipcheckEntry *entry;
};

G_DEFINE_FINAL_TYPE (LipcheckBrowseRow, lipcheck_browse_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_SUBTITLE,
  PROP_HAS_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GTK 4.8 gives the list row (the parent of the row) no name of its own: screen readers read it. */
static void
update_accessible_name (LipcheckBrowseRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL && self->entry != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    lipcheck_entry_get_name (self->entry), -1);
}

static void
lipcheck_browse_row_dispose (GObject *object)
{
  LipcheckBrowseRow *self = (LipcheckBrowseRow *)object;

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (lipcheck_browse_row_parent_class)->dispose (object);
}

static void
lipcheck_browse_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LipcheckBrowseRow *self = LIPCHECK_BROWSE_ROW (object);
  const char *subtitle;

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_SUBTITLE:
      subtitle = lipcheck_browse_row_get_subtitle (self);
      g_value_set_string (value, subtitle != NULL ? subtitle : "");
      break;

    case PROP_HAS_SUBTITLE:
      subtitle = lipcheck_browse_row_get_subtitle (self);
      g_value_set_boolean (value, subtitle != NULL && subtitle[0] != '\0');
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_browse_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LipcheckBrowseRow *self = LIPCHECK_BROWSE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      lipcheck_browse_row_set_entry (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_browse_row_class_init (LipcheckBrowseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_browse_row_dispose;
  object_class->get_property = lipcheck_browse_row_get_property;
  object_class->set_property = lipcheck_browse_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         LIPCHECK_TYPE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowseRow:subtitle:
   * The dim line under the name: what kind of entry it is, a tip's group, or for a cause its
   * summary; empty when there is none.
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_SUBTITLE] =
    g_param_spec_boolean ("has-subtitle", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_browse_row_init (LipcheckBrowseRow *self)
{
}

/**
 * lipcheck_browse_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
LipcheckEntry *
lipcheck_browse_row_get_entry (LipcheckBrowseRow *self)
{
  g_return_val_if_fail (LIPCHECK_IS_BROWSE_ROW (self), NULL);

  return self->entry;
}

void
lipcheck_browse_row_set_entry (LipcheckBrowseRow *self,
                               LipcheckEntry     *entry)
{
  g_return_if_fail (LIPCHECK_IS_BROWSE_ROW (self));
  g_return_if_fail (entry == NULL || LIPCHECK_IS_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  update_accessible_name (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SUBTITLE]);
}

/**
 * lipcheck_browse_row_get_subtitle:
 *
 * Returns: (nullable): the dim line under the name
 */
const char *
lipcheck_browse_row_get_subtitle (LipcheckBrowseRow *self)
{
  LipcheckEntry *group;

  g_return_val_if_fail (LIPCHECK_IS_BROWSE_ROW (self), NULL);

  if (self->entry == NULL)
    return NULL;
  if (LIPCHECK_IS_TIP (self->entry))
    return (group = lipcheck_tip_get_group (LIPCHECK_TIP (self->entry))) ? lipcheck_entry_get_name (group) : NULL;
  if (LIPCHECK_IS_CONDITION (self->entry))
    return _("Condition");
  if (LIPCHECK_IS_WARNING_SIGN (self->entry))
    return _("Warning sign");

  return lipcheck_entry_get_summary (self->entry);
}
