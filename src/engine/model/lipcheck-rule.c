/* lipcheck-rule.c: a rule that raises the urgency of a result when its condition holds. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-rule"

#include "config.h"

#include "lipcheck-rule.h"

struct _LipcheckRule
{
  LipcheckEntry parent_instance;

  /* Owned */
  LipcheckUrgency urgency;
  LipcheckExpr   *when;
  char           *why;
};

G_DEFINE_FINAL_TYPE (LipcheckRule, lipcheck_rule, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_URGENCY,
  PROP_WHEN,
  PROP_WHY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_rule_finalize (GObject *object)
{
  LipcheckRule *self = (LipcheckRule *)object;

  g_clear_pointer (&self->when, lipcheck_expr_unref);
  g_clear_pointer (&self->why, g_free);

  G_OBJECT_CLASS (lipcheck_rule_parent_class)->finalize (object);
}

static void
lipcheck_rule_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LipcheckRule *self = LIPCHECK_RULE (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    case PROP_WHEN:
      g_value_set_boxed (value, self->when);
      break;

    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_rule_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LipcheckRule *self = LIPCHECK_RULE (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      self->urgency = g_value_get_enum (value);
      break;

    case PROP_WHEN:
      self->when = g_value_dup_boxed (value);
      break;

    case PROP_WHY:
      self->why = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_rule_class_init (LipcheckRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_rule_finalize;
  object_class->get_property = lipcheck_rule_get_property;
  object_class->set_property = lipcheck_rule_set_property;

  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       LIPCHECK_TYPE_URGENCY,
                       LIPCHECK_URGENCY_SELF_CARE,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHEN] =
    g_param_spec_boxed ("when", NULL, NULL,
                        LIPCHECK_TYPE_EXPR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_rule_init (LipcheckRule *self)
{
}

LipcheckUrgency
lipcheck_rule_get_urgency (LipcheckRule *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RULE (self), 0);

  return self->urgency;
}

LipcheckExpr *
lipcheck_rule_get_when (LipcheckRule *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RULE (self), NULL);

  return self->when;
}

const char *
lipcheck_rule_get_why (LipcheckRule *self)
{
  g_return_val_if_fail (LIPCHECK_IS_RULE (self), NULL);

  return self->why;
}
