/* lipcheck-entry.c: the base class of every knowledge-base entry: id, name, summary and sources. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-entry"

#include "config.h"

#include "lipcheck-entry.h"

typedef struct
{
  /* Owned */
  char       *id;
  char       *name;
  char       *summary;
  GListModel *sources;
  char       *search_text;
} LipcheckEntryPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (LipcheckEntry, lipcheck_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_SOURCES,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_entry_dispose (GObject *object)
{
  LipcheckEntry *self = (LipcheckEntry *)object;
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_clear_object (&priv->sources);

  G_OBJECT_CLASS (lipcheck_entry_parent_class)->dispose (object);
}

static void
lipcheck_entry_finalize (GObject *object)
{
  LipcheckEntry *self = (LipcheckEntry *)object;
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->name, g_free);
  g_clear_pointer (&priv->summary, g_free);
  g_clear_pointer (&priv->search_text, g_free);

  G_OBJECT_CLASS (lipcheck_entry_parent_class)->finalize (object);
}

static void
lipcheck_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LipcheckEntry *self = LIPCHECK_ENTRY (object);
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, priv->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, priv->summary);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, lipcheck_entry_get_sources (self));
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, lipcheck_entry_get_search_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LipcheckEntry *self = LIPCHECK_ENTRY (object);
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      priv->name = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      priv->summary = g_value_dup_string (value);
      break;

    case PROP_SOURCES:
      priv->sources = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_class_init (LipcheckEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_entry_dispose;
  object_class->finalize = lipcheck_entry_finalize;
  object_class->get_property = lipcheck_entry_get_property;
  object_class->set_property = lipcheck_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_entry_init (LipcheckEntry *self)
{
}

const char *
lipcheck_entry_get_id (LipcheckEntry *self)
{
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (self), NULL);

  return priv->id;
}

const char *
lipcheck_entry_get_name (LipcheckEntry *self)
{
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (self), NULL);

  return priv->name;
}

const char *
lipcheck_entry_get_summary (LipcheckEntry *self)
{
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (self), NULL);

  return priv->summary;
}

/**
 * lipcheck_entry_get_sources:
 *
 * Returns: (transfer none): a list of #LipcheckSource, empty when the entry names none
 */
GListModel *
lipcheck_entry_get_sources (LipcheckEntry *self)
{
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (self), NULL);

  if (priv->sources == NULL)
    priv->sources = G_LIST_MODEL (g_list_store_new (LIPCHECK_TYPE_ENTRY));

  return priv->sources;
}

/**
 * lipcheck_entry_get_search_text:
 *
 * Returns: the entry's text folded for matching: what a browse page's search looks in
 */
const char *
lipcheck_entry_get_search_text (LipcheckEntry *self)
{
  LipcheckEntryPrivate *priv = lipcheck_entry_get_instance_private (self);

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (self), NULL);

  if (priv->search_text == NULL)
    {
      LipcheckEntryClass *klass = LIPCHECK_ENTRY_GET_CLASS (self);
      g_autoptr(GString) text = g_string_new (NULL);

      if (priv->name != NULL)
        g_string_append_printf (text, "%s\n", priv->name);
      if (priv->summary != NULL)
        g_string_append_printf (text, "%s\n", priv->summary);
      if (klass->append_search_text != NULL)
        klass->append_search_text (self, text);

      priv->search_text = lipcheck_entry_fold (text->str);
    }

  return priv->search_text;
}

/**
 * lipcheck_entry_fold:
 * @text: UTF-8 text
 *
 * Folds @text for matching as #GtkStringFilter does when it ignores case: compatibility
 * decomposition (%G_NORMALIZE_ALL), then case folding. A search folded this way is found in
 * lipcheck_entry_get_search_text() with strstr(), with no work for each entry.
 *
 * Returns: (transfer full): the folded text
 */
char *
lipcheck_entry_fold (const char *text)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  /* ASCII decomposes to itself and folds to lower case: most text, and several times faster. */
  if (g_str_is_ascii (text))
    return g_ascii_strdown (text, -1);

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}
