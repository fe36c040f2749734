/* lipcheck-source.c: a source a fact comes from: its title, publisher and address. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-source"

#include "config.h"

#include "lipcheck-source.h"

struct _LipcheckSource
{
  LipcheckEntry parent_instance;

  /* Owned */
  char       *publisher;
  char       *url;
};

G_DEFINE_FINAL_TYPE (LipcheckSource, lipcheck_source, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_PUBLISHER,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_source_finalize (GObject *object)
{
  LipcheckSource *self = (LipcheckSource *)object;

  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (lipcheck_source_parent_class)->finalize (object);
}

static void
lipcheck_source_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LipcheckSource *self = LIPCHECK_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_source_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LipcheckSource *self = LIPCHECK_SOURCE (object);

  switch (prop_id)
    {
    case PROP_PUBLISHER:
      self->publisher = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_source_append_search_text (LipcheckEntry *entry,
                                    GString       *text)
{
  LipcheckSource *self = LIPCHECK_SOURCE (entry);

  if (self->publisher != NULL)
    g_string_append_printf (text, "%s\n", self->publisher);
}

static void
lipcheck_source_class_init (LipcheckSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LipcheckEntryClass *entry_class = LIPCHECK_ENTRY_CLASS (klass);

  object_class->finalize = lipcheck_source_finalize;
  object_class->get_property = lipcheck_source_get_property;
  object_class->set_property = lipcheck_source_set_property;

  entry_class->append_search_text = lipcheck_source_append_search_text;

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_source_init (LipcheckSource *self)
{
}

const char *
lipcheck_source_get_publisher (LipcheckSource *self)
{
  g_return_val_if_fail (LIPCHECK_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
lipcheck_source_get_url (LipcheckSource *self)
{
  g_return_val_if_fail (LIPCHECK_IS_SOURCE (self), NULL);

  return self->url;
}
