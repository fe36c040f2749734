/* lipcheck-warning-sign.c: a neurological warning sign, the question that asks about it and what to do. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-warning-sign"

#include "config.h"

#include "lipcheck-warning-sign.h"
#include "lipcheck-question.h"

struct _LipcheckWarningSign
{
  LipcheckEntry parent_instance;

  /* Owned */
  char             *action;
  LipcheckQuestion *question;
  GListModel       *conditions;
};

G_DEFINE_FINAL_TYPE (LipcheckWarningSign, lipcheck_warning_sign, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_ACTION,
  PROP_QUESTION,
  PROP_CONDITIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_warning_sign_dispose (GObject *object)
{
  LipcheckWarningSign *self = (LipcheckWarningSign *)object;

  g_clear_object (&self->question);
  g_clear_object (&self->conditions);

  G_OBJECT_CLASS (lipcheck_warning_sign_parent_class)->dispose (object);
}

static void
lipcheck_warning_sign_finalize (GObject *object)
{
  LipcheckWarningSign *self = (LipcheckWarningSign *)object;

  g_clear_pointer (&self->action, g_free);

  G_OBJECT_CLASS (lipcheck_warning_sign_parent_class)->finalize (object);
}

static void
lipcheck_warning_sign_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LipcheckWarningSign *self = LIPCHECK_WARNING_SIGN (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    case PROP_CONDITIONS:
      g_value_set_object (value, self->conditions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_warning_sign_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LipcheckWarningSign *self = LIPCHECK_WARNING_SIGN (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      self->action = g_value_dup_string (value);
      break;

    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;

    case PROP_CONDITIONS:
      self->conditions = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_warning_sign_append_search_text (LipcheckEntry *entry,
                                          GString       *text)
{
  LipcheckWarningSign *self = LIPCHECK_WARNING_SIGN (entry);

  if (self->action != NULL)
    g_string_append_printf (text, "%s\n", self->action);
}

static void
lipcheck_warning_sign_class_init (LipcheckWarningSignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LipcheckEntryClass *entry_class = LIPCHECK_ENTRY_CLASS (klass);

  object_class->dispose = lipcheck_warning_sign_dispose;
  object_class->finalize = lipcheck_warning_sign_finalize;
  object_class->get_property = lipcheck_warning_sign_get_property;
  object_class->set_property = lipcheck_warning_sign_set_property;

  entry_class->append_search_text = lipcheck_warning_sign_append_search_text;

  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         LIPCHECK_TYPE_QUESTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONDITIONS] =
    g_param_spec_object ("conditions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_warning_sign_init (LipcheckWarningSign *self)
{
}

const char *
lipcheck_warning_sign_get_action (LipcheckWarningSign *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WARNING_SIGN (self), NULL);

  return self->action;
}

LipcheckQuestion *
lipcheck_warning_sign_get_question (LipcheckWarningSign *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WARNING_SIGN (self), NULL);

  return self->question;
}

GListModel *
lipcheck_warning_sign_get_conditions (LipcheckWarningSign *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WARNING_SIGN (self), NULL);

  return self->conditions;
}
