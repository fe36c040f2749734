/* lipcheck-step.c: a step of the self-check wizard and the questions it asks. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-step"

#include "config.h"

#include "lipcheck-step.h"

struct _LipcheckStep
{
  LipcheckEntry parent_instance;

  /* Owned */
  LipcheckStepStyle style;
  GListModel       *questions;
};

G_DEFINE_FINAL_TYPE (LipcheckStep, lipcheck_step, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_STYLE,
  PROP_QUESTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_step_dispose (GObject *object)
{
  LipcheckStep *self = (LipcheckStep *)object;

  g_clear_object (&self->questions);

  G_OBJECT_CLASS (lipcheck_step_parent_class)->dispose (object);
}

static void
lipcheck_step_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LipcheckStep *self = LIPCHECK_STEP (object);

  switch (prop_id)
    {
    case PROP_STYLE:
      g_value_set_enum (value, self->style);
      break;

    case PROP_QUESTIONS:
      g_value_set_object (value, self->questions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_step_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LipcheckStep *self = LIPCHECK_STEP (object);

  switch (prop_id)
    {
    case PROP_STYLE:
      self->style = g_value_get_enum (value);
      break;

    case PROP_QUESTIONS:
      self->questions = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_step_class_init (LipcheckStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_step_dispose;
  object_class->get_property = lipcheck_step_get_property;
  object_class->set_property = lipcheck_step_set_property;

  properties[PROP_STYLE] =
    g_param_spec_enum ("style", NULL, NULL,
                       LIPCHECK_TYPE_STEP_STYLE,
                       LIPCHECK_STEP_FORM,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUESTIONS] =
    g_param_spec_object ("questions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_step_init (LipcheckStep *self)
{
}

LipcheckStepStyle
lipcheck_step_get_style (LipcheckStep *self)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP (self), 0);

  return self->style;
}

GListModel *
lipcheck_step_get_questions (LipcheckStep *self)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP (self), NULL);

  return self->questions;
}
