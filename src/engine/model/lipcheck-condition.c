/* lipcheck-condition.c: a condition a twitch can rarely be part of: its signs and treatments. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-condition"

#include "config.h"

#include "lipcheck-condition.h"

struct _LipcheckCondition
{
  LipcheckEntry parent_instance;

  /* Owned */
  char               **signs;
  char               **treatments;
  GPtrArray          *reasons;
};

G_DEFINE_FINAL_TYPE (LipcheckCondition, lipcheck_condition, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_SIGNS,
  PROP_TREATMENTS,
  PROP_REASONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_condition_finalize (GObject *object)
{
  LipcheckCondition *self = (LipcheckCondition *)object;

  g_clear_pointer (&self->signs, g_strfreev);
  g_clear_pointer (&self->treatments, g_strfreev);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);

  G_OBJECT_CLASS (lipcheck_condition_parent_class)->finalize (object);
}

static void
lipcheck_condition_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LipcheckCondition *self = LIPCHECK_CONDITION (object);

  switch (prop_id)
    {
    case PROP_SIGNS:
      g_value_set_boxed (value, self->signs);
      break;

    case PROP_TREATMENTS:
      g_value_set_boxed (value, self->treatments);
      break;

    case PROP_REASONS:
      g_value_set_boxed (value, self->reasons);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_condition_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LipcheckCondition *self = LIPCHECK_CONDITION (object);

  switch (prop_id)
    {
    case PROP_SIGNS:
      self->signs = g_value_dup_boxed (value);
      break;

    case PROP_TREATMENTS:
      self->treatments = g_value_dup_boxed (value);
      break;

    case PROP_REASONS:
      self->reasons = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_condition_append_search_text (LipcheckEntry *entry,
                                       GString       *text)
{
  LipcheckCondition *self = LIPCHECK_CONDITION (entry);

  for (guint i = 0; self->signs != NULL && self->signs[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", self->signs[i]);
  for (guint i = 0; self->treatments != NULL && self->treatments[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", self->treatments[i]);
}

static void
lipcheck_condition_class_init (LipcheckConditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LipcheckEntryClass *entry_class = LIPCHECK_ENTRY_CLASS (klass);

  object_class->finalize = lipcheck_condition_finalize;
  object_class->get_property = lipcheck_condition_get_property;
  object_class->set_property = lipcheck_condition_set_property;

  entry_class->append_search_text = lipcheck_condition_append_search_text;

  properties[PROP_SIGNS] =
    g_param_spec_boxed ("signs", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TREATMENTS] =
    g_param_spec_boxed ("treatments", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_condition_init (LipcheckCondition *self)
{
}

const char * const *
lipcheck_condition_get_signs (LipcheckCondition *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CONDITION (self), NULL);

  return (const char * const *)self->signs;
}

const char * const *
lipcheck_condition_get_treatments (LipcheckCondition *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CONDITION (self), NULL);

  return (const char * const *)self->treatments;
}

GPtrArray *
lipcheck_condition_get_reasons (LipcheckCondition *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CONDITION (self), NULL);

  return self->reasons;
}
