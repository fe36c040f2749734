/* lipcheck-choice-button.c: a check or radio button that carries the answer it stands for.
 *
 * Its value is what choosing it answers: a choice's id, "yes" or "no", or the id of the yes/no
 * question a checklist box answers. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-choice-button"

#include "config.h"

#include "lipcheck-choice-button.h"

struct _LipcheckChoiceButton
{
  GtkCheckButton  parent_instance;

  /* Owned */
  char           *value;
};

G_DEFINE_FINAL_TYPE (LipcheckChoiceButton, lipcheck_choice_button, GTK_TYPE_CHECK_BUTTON)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lipcheck_choice_button_finalize (GObject *object)
{
  LipcheckChoiceButton *self = (LipcheckChoiceButton *)object;

  g_clear_pointer (&self->value, g_free);

  G_OBJECT_CLASS (lipcheck_choice_button_parent_class)->finalize (object);
}

static void
lipcheck_choice_button_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LipcheckChoiceButton *self = LIPCHECK_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_choice_button_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LipcheckChoiceButton *self = LIPCHECK_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      lipcheck_choice_button_set_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_choice_button_class_init (LipcheckChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_choice_button_finalize;
  object_class->get_property = lipcheck_choice_button_get_property;
  object_class->set_property = lipcheck_choice_button_set_property;

  /**
   * LipcheckChoiceButton:value:
   * The answer the button stands for.
   */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_choice_button_init (LipcheckChoiceButton *self)
{
}

/**
 * lipcheck_choice_button_new:
 * @label: (nullable): the text beside the box, which wraps when it is long
 * @value: the answer the button stands for
 */
GtkWidget *
lipcheck_choice_button_new (const char *label,
                            const char *value)
{
  GtkWidget *self = g_object_new (LIPCHECK_TYPE_CHOICE_BUTTON, "label", label, "value", value, NULL);

  /* Let long labels wrap instead of widening the window. GTK 4.8 keeps the label it makes for
   * :label to itself (gtk_check_button_get_child () is NULL), so it is found among the children. */
  for (GtkWidget *child = gtk_widget_get_first_child (self); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
        gtk_label_set_xalign (GTK_LABEL (child), 0);
      }

  return self;
}

const char *
lipcheck_choice_button_get_value (LipcheckChoiceButton *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CHOICE_BUTTON (self), NULL);

  return self->value;
}

void
lipcheck_choice_button_set_value (LipcheckChoiceButton *self,
                                  const char           *value)
{
  g_return_if_fail (LIPCHECK_IS_CHOICE_BUTTON (self));

  if (g_strcmp0 (self->value, value) == 0)
    return;

  g_free (self->value);
  self->value = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
