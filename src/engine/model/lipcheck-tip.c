/* lipcheck-tip.c: a prevention tip or remedy, its group and, for diet tips, the foods. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-tip"

#include "config.h"

#include "lipcheck-tip.h"

struct _LipcheckTip
{
  LipcheckEntry parent_instance;

  /* Owned */
  LipcheckEntry      *group;
  char               **foods;
};

G_DEFINE_FINAL_TYPE (LipcheckTip, lipcheck_tip, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_GROUP,
  PROP_FOODS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_tip_dispose (GObject *object)
{
  LipcheckTip *self = (LipcheckTip *)object;

  g_clear_object (&self->group);

  G_OBJECT_CLASS (lipcheck_tip_parent_class)->dispose (object);
}

static void
lipcheck_tip_finalize (GObject *object)
{
  LipcheckTip *self = (LipcheckTip *)object;

  g_clear_pointer (&self->foods, g_strfreev);

  G_OBJECT_CLASS (lipcheck_tip_parent_class)->finalize (object);
}

static void
lipcheck_tip_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LipcheckTip *self = LIPCHECK_TIP (object);

  switch (prop_id)
    {
    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;

    case PROP_FOODS:
      g_value_set_boxed (value, self->foods);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_tip_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LipcheckTip *self = LIPCHECK_TIP (object);

  switch (prop_id)
    {
    case PROP_GROUP:
      self->group = g_value_dup_object (value);
      break;

    case PROP_FOODS:
      self->foods = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_tip_append_search_text (LipcheckEntry *entry,
                                 GString       *text)
{
  LipcheckTip *self = LIPCHECK_TIP (entry);

  for (guint i = 0; self->foods != NULL && self->foods[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", self->foods[i]);
}

static void
lipcheck_tip_class_init (LipcheckTipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LipcheckEntryClass *entry_class = LIPCHECK_ENTRY_CLASS (klass);

  object_class->dispose = lipcheck_tip_dispose;
  object_class->finalize = lipcheck_tip_finalize;
  object_class->get_property = lipcheck_tip_get_property;
  object_class->set_property = lipcheck_tip_set_property;

  entry_class->append_search_text = lipcheck_tip_append_search_text;

  properties[PROP_GROUP] =
    g_param_spec_object ("group", NULL, NULL,
                         LIPCHECK_TYPE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOODS] =
    g_param_spec_boxed ("foods", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_tip_init (LipcheckTip *self)
{
}

LipcheckEntry *
lipcheck_tip_get_group (LipcheckTip *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIP (self), NULL);

  return self->group;
}

const char * const *
lipcheck_tip_get_foods (LipcheckTip *self)
{
  g_return_val_if_fail (LIPCHECK_IS_TIP (self), NULL);

  return (const char * const *)self->foods;
}
