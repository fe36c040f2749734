/* lipcheck-cause.c: an everyday cause of lip twitching: what it is, how it acts, what helps. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-cause"

#include "config.h"

#include "lipcheck-cause.h"

struct _LipcheckCause
{
  LipcheckEntry parent_instance;

  /* Owned */
  char       *mechanism;
  char       *advice;
  GPtrArray  *reasons;
  GListModel *tips;
  char       *diary_with;
  char       *diary_without;
  char       *diary_experiment;
};

G_DEFINE_FINAL_TYPE (LipcheckCause, lipcheck_cause, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_MECHANISM,
  PROP_ADVICE,
  PROP_REASONS,
  PROP_TIPS,
  PROP_DIARY_WITH,
  PROP_DIARY_WITHOUT,
  PROP_DIARY_EXPERIMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_cause_dispose (GObject *object)
{
  LipcheckCause *self = (LipcheckCause *)object;

  g_clear_object (&self->tips);

  G_OBJECT_CLASS (lipcheck_cause_parent_class)->dispose (object);
}

static void
lipcheck_cause_finalize (GObject *object)
{
  LipcheckCause *self = (LipcheckCause *)object;

  g_clear_pointer (&self->mechanism, g_free);
  g_clear_pointer (&self->advice, g_free);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  g_clear_pointer (&self->diary_with, g_free);
  g_clear_pointer (&self->diary_without, g_free);
  g_clear_pointer (&self->diary_experiment, g_free);

  G_OBJECT_CLASS (lipcheck_cause_parent_class)->finalize (object);
}

static void
lipcheck_cause_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LipcheckCause *self = LIPCHECK_CAUSE (object);

  switch (prop_id)
    {
    case PROP_MECHANISM:
      g_value_set_string (value, self->mechanism);
      break;

    case PROP_ADVICE:
      g_value_set_string (value, self->advice);
      break;

    case PROP_REASONS:
      g_value_set_boxed (value, self->reasons);
      break;

    case PROP_TIPS:
      g_value_set_object (value, self->tips);
      break;

    case PROP_DIARY_WITH:
      g_value_set_string (value, self->diary_with);
      break;

    case PROP_DIARY_WITHOUT:
      g_value_set_string (value, self->diary_without);
      break;

    case PROP_DIARY_EXPERIMENT:
      g_value_set_string (value, self->diary_experiment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_cause_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LipcheckCause *self = LIPCHECK_CAUSE (object);

  switch (prop_id)
    {
    case PROP_MECHANISM:
      self->mechanism = g_value_dup_string (value);
      break;

    case PROP_ADVICE:
      self->advice = g_value_dup_string (value);
      break;

    case PROP_REASONS:
      self->reasons = g_value_dup_boxed (value);
      break;

    case PROP_TIPS:
      self->tips = g_value_dup_object (value);
      break;

    case PROP_DIARY_WITH:
      self->diary_with = g_value_dup_string (value);
      break;

    case PROP_DIARY_WITHOUT:
      self->diary_without = g_value_dup_string (value);
      break;

    case PROP_DIARY_EXPERIMENT:
      self->diary_experiment = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_cause_append_search_text (LipcheckEntry *entry,
                                   GString       *text)
{
  LipcheckCause *self = LIPCHECK_CAUSE (entry);

  if (self->mechanism != NULL)
    g_string_append_printf (text, "%s\n", self->mechanism);
  if (self->advice != NULL)
    g_string_append_printf (text, "%s\n", self->advice);
}

static void
lipcheck_cause_class_init (LipcheckCauseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LipcheckEntryClass *entry_class = LIPCHECK_ENTRY_CLASS (klass);

  object_class->dispose = lipcheck_cause_dispose;
  object_class->finalize = lipcheck_cause_finalize;
  object_class->get_property = lipcheck_cause_get_property;
  object_class->set_property = lipcheck_cause_set_property;

  entry_class->append_search_text = lipcheck_cause_append_search_text;

  properties[PROP_MECHANISM] =
    g_param_spec_string ("mechanism", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADVICE] =
    g_param_spec_string ("advice", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIPS] =
    g_param_spec_object ("tips", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The diary's words for its days with and without this cause, and the experiment the sources
   * back when a diary shows more twitches on days with it. */
  properties[PROP_DIARY_WITH] =
    g_param_spec_string ("diary-with", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIARY_WITHOUT] =
    g_param_spec_string ("diary-without", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIARY_EXPERIMENT] =
    g_param_spec_string ("diary-experiment", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_cause_init (LipcheckCause *self)
{
}

const char *
lipcheck_cause_get_mechanism (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->mechanism;
}

const char *
lipcheck_cause_get_advice (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->advice;
}

GPtrArray *
lipcheck_cause_get_reasons (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->reasons;
}

GListModel *
lipcheck_cause_get_tips (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->tips;
}

/**
 * lipcheck_cause_get_diary_with:
 *
 * Returns: (nullable): how a diary names its days with this cause ("days with more than three cups")
 */
const char *
lipcheck_cause_get_diary_with (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->diary_with;
}

/**
 * lipcheck_cause_get_diary_without:
 *
 * Returns: (nullable): how a diary names its days without this cause ("days with fewer")
 */
const char *
lipcheck_cause_get_diary_without (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->diary_without;
}

/**
 * lipcheck_cause_get_diary_experiment:
 *
 * Returns: (nullable): the experiment the sources back when a diary shows more twitches on days
 *   with this cause
 */
const char *
lipcheck_cause_get_diary_experiment (LipcheckCause *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CAUSE (self), NULL);

  return self->diary_experiment;
}
