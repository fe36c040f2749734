/* lipcheck-finding.c: one thing a result found: a cause, condition or rule, and the answers behind it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-finding"

#include "config.h"

#include "lipcheck-finding.h"

struct _LipcheckFinding
{
  GObject        parent_instance;

  /* Owned */
  LipcheckEntry *entry;
  char         **because;
  char         **explanations;
};

G_DEFINE_FINAL_TYPE (LipcheckFinding, lipcheck_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_BECAUSE,
  PROP_EXPLANATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_finding_dispose (GObject *object)
{
  LipcheckFinding *self = (LipcheckFinding *)object;

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (lipcheck_finding_parent_class)->dispose (object);
}

static void
lipcheck_finding_finalize (GObject *object)
{
  LipcheckFinding *self = (LipcheckFinding *)object;

  g_clear_pointer (&self->because, g_strfreev);
  g_clear_pointer (&self->explanations, g_strfreev);

  G_OBJECT_CLASS (lipcheck_finding_parent_class)->finalize (object);
}

static void
lipcheck_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LipcheckFinding *self = LIPCHECK_FINDING (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_BECAUSE:
      g_value_set_boxed (value, self->because);
      break;

    case PROP_EXPLANATIONS:
      g_value_set_boxed (value, self->explanations);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_finding_class_init (LipcheckFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_finding_dispose;
  object_class->finalize = lipcheck_finding_finalize;
  object_class->get_property = lipcheck_finding_get_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         LIPCHECK_TYPE_ENTRY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_BECAUSE] =
    g_param_spec_boxed ("because", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPLANATIONS] =
    g_param_spec_boxed ("explanations", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_finding_init (LipcheckFinding *self)
{
}

/**
 * lipcheck_finding_new:
 * @entry: the cause, condition or rule found
 * @because: the ids of the questions whose answers point to it
 * @explanations: what to tell the person about why, one text a reason
 */
LipcheckFinding *
lipcheck_finding_new (LipcheckEntry      *entry,
                      const char * const *because,
                      const char * const *explanations)
{
  LipcheckFinding *self;

  g_return_val_if_fail (LIPCHECK_IS_ENTRY (entry), NULL);

  self = g_object_new (LIPCHECK_TYPE_FINDING, NULL);
  self->entry = g_object_ref (entry);
  self->because = g_strdupv ((char **)because);
  self->explanations = g_strdupv ((char **)explanations);

  return self;
}

LipcheckEntry *
lipcheck_finding_get_entry (LipcheckFinding *self)
{
  g_return_val_if_fail (LIPCHECK_IS_FINDING (self), NULL);

  return self->entry;
}

const char * const *
lipcheck_finding_get_because (LipcheckFinding *self)
{
  g_return_val_if_fail (LIPCHECK_IS_FINDING (self), NULL);

  return (const char * const *)self->because;
}

const char * const *
lipcheck_finding_get_explanations (LipcheckFinding *self)
{
  g_return_val_if_fail (LIPCHECK_IS_FINDING (self), NULL);

  return (const char * const *)self->explanations;
}
