/* lipcheck-entry-section.c: a section of the entry view: a heading, then what the knowledge base says under it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-entry-section"

#include "config.h"

#include "lipcheck-entry-section.h"

struct _LipcheckEntrySection
{
  GtkBox         parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;

  /* Owned */
  char          *title;
};

G_DEFINE_FINAL_TYPE (LipcheckEntrySection, lipcheck_entry_section, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_entry_section_constructed (GObject *object)
{
  LipcheckEntrySection *self = (LipcheckEntrySection *)object;

  G_OBJECT_CLASS (lipcheck_entry_section_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, self->title);
}

static void
lipcheck_entry_section_dispose (GObject *object)
{
  LipcheckEntrySection *self = (LipcheckEntrySection *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_ENTRY_SECTION);
  G_OBJECT_CLASS (lipcheck_entry_section_parent_class)->dispose (object);
}

static void
lipcheck_entry_section_finalize (GObject *object)
{
  LipcheckEntrySection *self = (LipcheckEntrySection *)object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (lipcheck_entry_section_parent_class)->finalize (object);
}

static void
lipcheck_entry_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LipcheckEntrySection *self = LIPCHECK_ENTRY_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_section_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LipcheckEntrySection *self = LIPCHECK_ENTRY_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_section_class_init (LipcheckEntrySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_entry_section_constructed;
  object_class->dispose = lipcheck_entry_section_dispose;
  object_class->finalize = lipcheck_entry_section_finalize;
  object_class->get_property = lipcheck_entry_section_get_property;
  object_class->set_property = lipcheck_entry_section_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-entry-section.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntrySection, title_label);
}

static void
lipcheck_entry_section_init (LipcheckEntrySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_entry_section_new:
 * @title: the heading
 */
GtkWidget *
lipcheck_entry_section_new (const char *title)
{
  return g_object_new (LIPCHECK_TYPE_ENTRY_SECTION, "title", title, NULL);
}
