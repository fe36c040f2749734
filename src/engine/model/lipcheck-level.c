/* lipcheck-level.c: an urgency level: what it means for the person and what to do. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-level"

#include "config.h"

#include "lipcheck-level.h"

struct _LipcheckLevel
{
  LipcheckEntry parent_instance;

  /* Owned */
  LipcheckUrgency urgency;
  char           *headline;
  char           *advice;
  GListModel     *tips;
};

G_DEFINE_FINAL_TYPE (LipcheckLevel, lipcheck_level, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_URGENCY,
  PROP_HEADLINE,
  PROP_ADVICE,
  PROP_TIPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_level_dispose (GObject *object)
{
  LipcheckLevel *self = (LipcheckLevel *)object;

  g_clear_object (&self->tips);

  G_OBJECT_CLASS (lipcheck_level_parent_class)->dispose (object);
}

static void
lipcheck_level_finalize (GObject *object)
{
  LipcheckLevel *self = (LipcheckLevel *)object;

  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->advice, g_free);

  G_OBJECT_CLASS (lipcheck_level_parent_class)->finalize (object);
}

static void
lipcheck_level_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LipcheckLevel *self = LIPCHECK_LEVEL (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    case PROP_HEADLINE:
      g_value_set_string (value, self->headline);
      break;

    case PROP_ADVICE:
      g_value_set_string (value, self->advice);
      break;

    case PROP_TIPS:
      g_value_set_object (value, self->tips);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_level_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LipcheckLevel *self = LIPCHECK_LEVEL (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      self->urgency = g_value_get_enum (value);
      break;

    case PROP_HEADLINE:
      self->headline = g_value_dup_string (value);
      break;

    case PROP_ADVICE:
      self->advice = g_value_dup_string (value);
      break;

    case PROP_TIPS:
      self->tips = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_level_class_init (LipcheckLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_level_dispose;
  object_class->finalize = lipcheck_level_finalize;
  object_class->get_property = lipcheck_level_get_property;
  object_class->set_property = lipcheck_level_set_property;

  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       LIPCHECK_TYPE_URGENCY,
                       LIPCHECK_URGENCY_SELF_CARE,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADVICE] =
    g_param_spec_string ("advice", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIPS] =
    g_param_spec_object ("tips", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_level_init (LipcheckLevel *self)
{
}

LipcheckUrgency
lipcheck_level_get_urgency (LipcheckLevel *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LEVEL (self), 0);

  return self->urgency;
}

const char *
lipcheck_level_get_headline (LipcheckLevel *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LEVEL (self), NULL);

  return self->headline;
}

const char *
lipcheck_level_get_advice (LipcheckLevel *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LEVEL (self), NULL);

  return self->advice;
}

GListModel *
lipcheck_level_get_tips (LipcheckLevel *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LEVEL (self), NULL);

  return self->tips;
}
