/* lipcheck-finding-row.c: a row of the result: a factor or condition, why it fits, its sources.
 *
 * Its Read More button opens the entry on the browse page named by the row's page. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-entry.h"
#include "lipcheck-finding.h"
#include "lipcheck-finding-row.h"
#include "lipcheck-ui-util.h"

struct _LipcheckFindingRow
{
  GtkListBoxRow    parent_instance;

  /* Template widgets */
  GtkLabel        *name_label;
  GtkWidget       *more_button;
  GtkBox          *explanations;
  GtkLabel        *sources_label;

  /* Owned */
  LipcheckFinding *finding;
  char            *page;
};

G_DEFINE_FINAL_TYPE (LipcheckFindingRow, lipcheck_finding_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_FINDING,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
source_names (LipcheckEntry *entry)
{
  GListModel *sources = lipcheck_entry_get_sources (entry);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LipcheckEntry) source = g_list_model_get_item (sources, i);

      g_string_append_printf (names, "%s%s", i ? "; " : "", lipcheck_entry_get_name (source));
    }

  /* Translators: %s is a list of article and web page titles */
  return g_strdup_printf (_("Sources: %s"), names->str);
}

static void
set_more_button (LipcheckFindingRow *self,
                 LipcheckEntry      *entry)
{
  g_autofree char *more = g_strdup_printf (_("Read more about %s"), lipcheck_entry_get_name (entry));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button), GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);
  gtk_widget_set_tooltip_text (self->more_button, more);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->more_button), "(ss)",
                                    self->page != NULL ? self->page : "", lipcheck_entry_get_id (entry));
}

static void
lipcheck_finding_row_constructed (GObject *object)
{
  LipcheckFindingRow *self = (LipcheckFindingRow *)object;
  LipcheckEntry *entry = lipcheck_finding_get_entry (self->finding);
  const char * const *explanations = lipcheck_finding_get_explanations (self->finding);
  g_autofree char *sources = source_names (entry);

  G_OBJECT_CLASS (lipcheck_finding_row_parent_class)->constructed (object);

  gtk_label_set_text (self->name_label, lipcheck_entry_get_name (entry));
  set_more_button (self, entry);
  for (guint i = 0; explanations[i] != NULL; i++)
    gtk_box_append (self->explanations, lipcheck_label_new (explanations[i], NULL));
  gtk_label_set_text (self->sources_label, sources);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lipcheck_entry_get_name (entry), -1);
}

static void
lipcheck_finding_row_dispose (GObject *object)
{
  LipcheckFindingRow *self = (LipcheckFindingRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_FINDING_ROW);
  g_clear_object (&self->finding);

  G_OBJECT_CLASS (lipcheck_finding_row_parent_class)->dispose (object);
}

static void
lipcheck_finding_row_finalize (GObject *object)
{
  LipcheckFindingRow *self = (LipcheckFindingRow *)object;

  g_clear_pointer (&self->page, g_free);

  G_OBJECT_CLASS (lipcheck_finding_row_parent_class)->finalize (object);
}

static void
lipcheck_finding_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LipcheckFindingRow *self = LIPCHECK_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      g_value_set_object (value, self->finding);
      break;

    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_finding_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LipcheckFindingRow *self = LIPCHECK_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_FINDING:
      self->finding = g_value_dup_object (value);
      break;

    case PROP_PAGE:
      self->page = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_finding_row_class_init (LipcheckFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_finding_row_constructed;
  object_class->dispose = lipcheck_finding_row_dispose;
  object_class->finalize = lipcheck_finding_row_finalize;
  object_class->get_property = lipcheck_finding_row_get_property;
  object_class->set_property = lipcheck_finding_row_set_property;

  properties[PROP_FINDING] =
    g_param_spec_object ("finding", NULL, NULL,
                         LIPCHECK_TYPE_FINDING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckFindingRow:page:
   * The browse page, such as “causes”, where Read More opens the entry.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckFindingRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFindingRow, more_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFindingRow, explanations);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFindingRow, sources_label);
}

static void
lipcheck_finding_row_init (LipcheckFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_finding_row_new:
 * @page: the browse page that shows the finding's entry
 */
GtkWidget *
lipcheck_finding_row_new (LipcheckFinding *finding,
                          const char      *page)
{
  g_return_val_if_fail (LIPCHECK_IS_FINDING (finding), NULL);

  return g_object_new (LIPCHECK_TYPE_FINDING_ROW, "finding", finding, "page", page, NULL);
}

LipcheckFinding *
lipcheck_finding_row_get_finding (LipcheckFindingRow *self)
{
  g_return_val_if_fail (LIPCHECK_IS_FINDING_ROW (self), NULL);

  return self->finding;
}
