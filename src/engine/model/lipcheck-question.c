/* lipcheck-question.c: a self-check question: its kind, the values it allows and when it is asked. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-question"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-question.h"

struct _LipcheckQuestion
{
  LipcheckEntry parent_instance;

  /* Owned */
  LipcheckQuestionKind  kind;
  GPtrArray            *choices;
  int                   minimum;
  int                   maximum;
  int                   default_value;
  char                 *unit;
  char                 *unit_one;
  char                 *short_text;
  LipcheckExpr         *ask_when;
};

G_DEFINE_FINAL_TYPE (LipcheckQuestion, lipcheck_question, LIPCHECK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CHOICES,
  PROP_MINIMUM,
  PROP_MAXIMUM,
  PROP_DEFAULT_VALUE,
  PROP_UNIT,
  PROP_UNIT_ONE,
  PROP_ASK_WHEN,
  PROP_SHORT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_question_finalize (GObject *object)
{
  LipcheckQuestion *self = (LipcheckQuestion *)object;

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->unit_one, g_free);
  g_clear_pointer (&self->short_text, g_free);
  g_clear_pointer (&self->ask_when, lipcheck_expr_unref);

  G_OBJECT_CLASS (lipcheck_question_parent_class)->finalize (object);
}

static void
lipcheck_question_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LipcheckQuestion *self = LIPCHECK_QUESTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CHOICES:
      g_value_set_boxed (value, self->choices);
      break;

    case PROP_MINIMUM:
      g_value_set_int (value, self->minimum);
      break;

    case PROP_MAXIMUM:
      g_value_set_int (value, self->maximum);
      break;

    case PROP_DEFAULT_VALUE:
      g_value_set_int (value, self->default_value);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_UNIT_ONE:
      g_value_set_string (value, self->unit_one);
      break;

    case PROP_ASK_WHEN:
      g_value_set_boxed (value, self->ask_when);
      break;

    case PROP_SHORT_TEXT:
      g_value_set_string (value, self->short_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_question_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LipcheckQuestion *self = LIPCHECK_QUESTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_CHOICES:
      self->choices = g_value_dup_boxed (value);
      break;

    case PROP_MINIMUM:
      self->minimum = g_value_get_int (value);
      break;

    case PROP_MAXIMUM:
      self->maximum = g_value_get_int (value);
      break;

    case PROP_DEFAULT_VALUE:
      self->default_value = g_value_get_int (value);
      break;

    case PROP_UNIT:
      self->unit = g_value_dup_string (value);
      break;

    case PROP_UNIT_ONE:
      self->unit_one = g_value_dup_string (value);
      break;

    case PROP_ASK_WHEN:
      self->ask_when = g_value_dup_boxed (value);
      break;

    case PROP_SHORT_TEXT:
      self->short_text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_question_class_init (LipcheckQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_question_finalize;
  object_class->get_property = lipcheck_question_get_property;
  object_class->set_property = lipcheck_question_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIPCHECK_TYPE_QUESTION_KIND,
                       LIPCHECK_QUESTION_YES_NO,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHOICES] =
    g_param_spec_boxed ("choices", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MINIMUM] =
    g_param_spec_int ("minimum", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAXIMUM] =
    g_param_spec_int ("maximum", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DEFAULT_VALUE] =
    g_param_spec_int ("default-value", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT_ONE] =
    g_param_spec_string ("unit-one", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ASK_WHEN] =
    g_param_spec_boxed ("ask-when", NULL, NULL,
                        LIPCHECK_TYPE_EXPR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The question in a few words, for the answers table of the summary sheet. */
  properties[PROP_SHORT_TEXT] =
    g_param_spec_string ("short-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_question_init (LipcheckQuestion *self)
{
}

LipcheckQuestionKind
lipcheck_question_get_kind (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), 0);

  return self->kind;
}

GPtrArray *
lipcheck_question_get_choices (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  return self->choices;
}

int
lipcheck_question_get_minimum (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), 0);

  return self->minimum;
}

int
lipcheck_question_get_maximum (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), 0);

  return self->maximum;
}

int
lipcheck_question_get_default_value (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), 0);

  return self->default_value;
}

/**
 * lipcheck_question_get_unit:
 *
 * Returns: (nullable): the unit after a number other than 1, in the interface's language
 */
const char *
lipcheck_question_get_unit (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  return lipcheck_question_get_unit_for (self, 2);
}

/**
 * lipcheck_question_get_short_text:
 *
 * Returns: the question in a few words, as in "Sleep", or its whole text when the knowledge base
 *   gives no short form
 */
const char *
lipcheck_question_get_short_text (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  return self->short_text != NULL ? self->short_text : lipcheck_entry_get_name (LIPCHECK_ENTRY (self));
}

LipcheckExpr *
lipcheck_question_get_ask_when (LipcheckQuestion *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  return self->ask_when;
}

LipcheckChoice *
lipcheck_choice_new (const char *id,
                     const char *label)
{
  LipcheckChoice *choice = g_new0 (LipcheckChoice, 1);

  choice->id = g_strdup (id);
  choice->label = g_strdup (label);

  return choice;
}

void
lipcheck_choice_free (LipcheckChoice *choice)
{
  if (choice == NULL)
    return;

  g_free (choice->id);
  g_free (choice->label);
  g_free (choice);
}

/**
 * lipcheck_question_find_choice:
 *
 * Returns: (nullable): the choice of that id, or %NULL if the question allows no such value
 */
const LipcheckChoice *
lipcheck_question_find_choice (LipcheckQuestion *self,
                               const char       *id)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; self->choices != NULL && i < self->choices->len; i++)
    {
      const LipcheckChoice *choice = g_ptr_array_index (self->choices, i);

      if (g_str_equal (choice->id, id))
        return choice;
    }

  return NULL;
}

/**
 * lipcheck_question_describe_answer:
 * @answer: (nullable): an answer to this question, or %NULL for none
 *
 * Returns: (transfer full): the answer in words: "yes", "5", a choice's label, a list of labels
 */
char *
lipcheck_question_describe_answer (LipcheckQuestion *self,
                                   GVariant         *answer)
{
  g_autoptr(GPtrArray) labels = NULL;
  GVariantIter iter;
  const char *id;

  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  if (answer == NULL)
    return g_strdup (_("not answered"));

  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (g_variant_get_boolean (answer) ? _("yes") : _("no"));

  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (answer));

  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING))
    {
      const LipcheckChoice *choice = lipcheck_question_find_choice (self, g_variant_get_string (answer, NULL));

      return g_strdup (choice != NULL ? choice->label : g_variant_get_string (answer, NULL));
    }

  g_return_val_if_fail (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY), NULL);

  if (g_variant_n_children (answer) == 0)
    return g_strdup (_("none"));

  labels = g_ptr_array_new ();
  g_variant_iter_init (&iter, answer);
  while (g_variant_iter_next (&iter, "&s", &id))
    {
      const LipcheckChoice *choice = lipcheck_question_find_choice (self, id);

      g_ptr_array_add (labels, (char *)(choice != NULL ? choice->label : id));
    }
  g_ptr_array_add (labels, NULL);

  return g_strjoinv ("; ", (char **)labels->pdata);
}

/**
 * lipcheck_question_get_unit_for:
 * @value: the number answered
 *
 * Returns: (nullable): the unit to show after @value, in the interface's language and in the plural
 *   form its catalogue gives for @value through ngettext: "1 cup a day", "1 Tasse am Tag",
 *   "2 tazas al día". Without a singular in the knowledge base, the one unit, translated.
 */
const char *
lipcheck_question_get_unit_for (LipcheckQuestion *self,
                                gint64            value)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (self), NULL);

  if (self->unit == NULL)
    return NULL;
  if (self->unit_one == NULL)
    return g_dgettext (GETTEXT_PACKAGE, self->unit);

  return g_dngettext (GETTEXT_PACKAGE, self->unit_one, self->unit, (gulong)CLAMP (value, 0, G_MAXLONG));
}
