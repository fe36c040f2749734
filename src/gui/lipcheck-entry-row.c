/* lipcheck-entry-row.c: a row of a card in the entry view: a title, a dim line, and a link to open. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-entry-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-entry-row.h"

struct _LipcheckEntryRow
{
  GtkBox         parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkWidget     *link;
  GtkLabel      *link_label;

  /* Owned */
  char          *title;
  char          *subtitle;
  char          *uri;
};

G_DEFINE_FINAL_TYPE (LipcheckEntryRow, lipcheck_entry_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_URI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Without an address the row has no link at all, not a hidden one. */
static void
drop_link (LipcheckEntryRow *self)
{
  gtk_box_remove (GTK_BOX (self), self->link);
  self->link = NULL;
  self->link_label = NULL;
}

/* A source's address, which opens in a web browser. */
static void
show_link (LipcheckEntryRow *self)
{
  /* Translators: the accessible name of a link to a source; %s is its title. */
  g_autofree char *name = g_strdup_printf (_("Open “%s” in a web browser"), self->title);

  gtk_link_button_set_uri (GTK_LINK_BUTTON (self->link), self->uri);
  gtk_label_set_text (self->link_label, self->uri);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->uri,
                                  -1);
  gtk_widget_set_visible (self->link, TRUE);
}

static void
lipcheck_entry_row_constructed (GObject *object)
{
  LipcheckEntryRow *self = (LipcheckEntryRow *)object;

  G_OBJECT_CLASS (lipcheck_entry_row_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, self->title);
  gtk_label_set_text (self->subtitle_label, self->subtitle != NULL ? self->subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), self->subtitle != NULL && self->subtitle[0] != '\0');
  if (self->uri != NULL && self->uri[0] != '\0')
    show_link (self);
  else
    drop_link (self);
}

static void
lipcheck_entry_row_dispose (GObject *object)
{
  LipcheckEntryRow *self = (LipcheckEntryRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_ENTRY_ROW);
  G_OBJECT_CLASS (lipcheck_entry_row_parent_class)->dispose (object);
}

static void
lipcheck_entry_row_finalize (GObject *object)
{
  LipcheckEntryRow *self = (LipcheckEntryRow *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (lipcheck_entry_row_parent_class)->finalize (object);
}

static void
lipcheck_entry_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LipcheckEntryRow *self = LIPCHECK_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LipcheckEntryRow *self = LIPCHECK_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;

    case PROP_URI:
      self->uri = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_row_class_init (LipcheckEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_entry_row_constructed;
  object_class->dispose = lipcheck_entry_row_dispose;
  object_class->finalize = lipcheck_entry_row_finalize;
  object_class->get_property = lipcheck_entry_row_get_property;
  object_class->set_property = lipcheck_entry_row_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryRow, link);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryRow, link_label);
}

static void
lipcheck_entry_row_init (LipcheckEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_entry_row_new:
 * @subtitle: (nullable): the dim line under the title
 * @uri: (nullable): an address to offer as a link
 * @role: the row's role: a list item of its card, or a group inside a button
 */
GtkWidget *
lipcheck_entry_row_new (const char        *title,
                        const char        *subtitle,
                        const char        *uri,
                        GtkAccessibleRole  role)
{
  return g_object_new (LIPCHECK_TYPE_ENTRY_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "uri", uri,
                       "accessible-role", role,
                       NULL);
}
