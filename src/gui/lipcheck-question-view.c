/* lipcheck-question-view.c: the control that answers one self-check question.
 *
 * The control follows the question's kind: radio buttons for a choice, a switch for an everyday
 * yes/no question, explicit Yes/No radio buttons for a yes/no question that is asked only in
 * some cases (a follow-up that matters), a spin button for a number and check boxes for several.
 * Switches, numbers and check boxes have a default that counts as the answer once the person
 * moves past the step; choices and follow-ups must be answered. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-question-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-choice-button.h"
#include "lipcheck-question.h"
#include "lipcheck-question-view.h"

struct _LipcheckQuestionView
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkWidget        *box;
  GtkBox           *texts;
  GtkLabel         *title_label;
  GtkLabel         *summary_label;
  GtkWidget        *switch_;
  GtkWidget        *spin;
  GtkAdjustment    *adjustment;
  GtkLabel         *unit_label;
  GtkBox           *choices;
  GtkWidget        *yes_no;
  GtkWidget        *yes;
  GtkWidget        *no;

  /* Owned */
  LipcheckQuestion *question;
  LipcheckAnswers  *answers;
  GPtrArray        *buttons;    /* LipcheckChoiceButton */
  gulong            changed_id;

  /* Borrowed: the switch or spin button that answers the question, if it is one of those */
  GtkWidget        *control;

  guint             updating : 1;
};

G_DEFINE_FINAL_TYPE (LipcheckQuestionView, lipcheck_question_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUESTION,
  PROP_ANSWERS,
  PROP_ANSWERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
question_id (LipcheckQuestionView *self)
{
  return lipcheck_entry_get_id (LIPCHECK_ENTRY (self->question));
}

static gboolean
is_follow_up (LipcheckQuestionView *self)
{
  return lipcheck_question_get_ask_when (self->question) != NULL;
}

/* From the answer to the widgets */

static void
sync_buttons (LipcheckQuestionView *self,
              GVariant             *answer)
{
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->buttons, i);
      const char *value = lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button));
      gboolean active = FALSE;

      if (answer == NULL)
        active = FALSE;
      else if (g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN))
        active = g_variant_get_boolean (answer) == g_str_equal (value, "yes");
      else if (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING))
        active = g_str_equal (g_variant_get_string (answer, NULL), value);
      else if (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY))
        {
          g_autofree const char **ids = g_variant_get_strv (answer, NULL);

          active = g_strv_contains (ids, value);
        }

      gtk_check_button_set_active (button, active);
    }
}

static void
sync_from_answers (LipcheckQuestionView *self)
{
  GVariant *answer = lipcheck_answers_lookup (self->answers, question_id (self));

  self->updating = TRUE;

  if (GTK_IS_SWITCH (self->control))
    gtk_switch_set_active (GTK_SWITCH (self->control),
                           answer != NULL && g_variant_get_boolean (answer));
  else if (GTK_IS_SPIN_BUTTON (self->control))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->control),
                               answer != NULL ? g_variant_get_int64 (answer)
                                              : lipcheck_question_get_default_value (self->question));
  else
    sync_buttons (self, answer);

  self->updating = FALSE;
}

static void
answers_changed_cb (LipcheckQuestionView *self,
                    const char           *id,
                    LipcheckAnswers      *answers)
{
  if (id != NULL && !g_str_equal (id, question_id (self)))
    return;

  sync_from_answers (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
}

/* From the widgets to the answer */

static void
several_toggled (LipcheckQuestionView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->buttons, i);

      if (gtk_check_button_get_active (button))
        g_strv_builder_add (builder, lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button)));
    }

  ids = g_strv_builder_end (builder);
  lipcheck_answers_set_several (self->answers, question_id (self), (const char * const *)ids);
}

static void
button_toggled_cb (LipcheckQuestionView *self,
                   GtkCheckButton       *button)
{
  const char *value = lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button));

  if (self->updating)
    return;

  switch (lipcheck_question_get_kind (self->question))
    {
    case LIPCHECK_QUESTION_SEVERAL:
      several_toggled (self);
      break;

    case LIPCHECK_QUESTION_CHOICE:
      if (gtk_check_button_get_active (button))
        lipcheck_answers_set_choice (self->answers, question_id (self), value);
      break;

    case LIPCHECK_QUESTION_YES_NO:
      if (gtk_check_button_get_active (button))
        lipcheck_answers_set_boolean (self->answers, question_id (self), g_str_equal (value, "yes"));
      break;

    case LIPCHECK_QUESTION_NUMBER:
    default:
      g_assert_not_reached ();
    }
}

static void
switch_active_cb (LipcheckQuestionView *self,
                  GParamSpec           *pspec,
                  GtkSwitch            *widget)
{
  if (!self->updating)
    lipcheck_answers_set_boolean (self->answers, question_id (self), gtk_switch_get_active (widget));
}

static void
spin_value_cb (LipcheckQuestionView *self,
               GtkSpinButton        *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);

  if (lipcheck_question_get_unit (self->question) != NULL)
    gtk_label_set_text (self->unit_label, lipcheck_question_get_unit_for (self->question, value));

  if (!self->updating)
    lipcheck_answers_set_number (self->answers, question_id (self), value);
}

/* Building the controls */

static void
build_choices (LipcheckQuestionView *self)
{
  GPtrArray *choices = lipcheck_question_get_choices (self->question);
  gboolean radio = lipcheck_question_get_kind (self->question) == LIPCHECK_QUESTION_CHOICE;
  GtkCheckButton *group = NULL;

  for (guint i = 0; i < choices->len; i++)
    {
      LipcheckChoice *choice = g_ptr_array_index (choices, i);
      GtkWidget *button = lipcheck_choice_button_new (choice->label, choice->id);

      gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      if (radio && group == NULL)
        group = GTK_CHECK_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (button_toggled_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->buttons, button);
      gtk_box_append (self->choices, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->choices), TRUE);
}

static void
build_yes_no (LipcheckQuestionView *self)
{
  g_ptr_array_add (self->buttons, self->yes);
  g_ptr_array_add (self->buttons, self->no);
  gtk_widget_set_visible (self->yes_no, TRUE);
}

static void
build_number (LipcheckQuestionView *self)
{
  int minimum = lipcheck_question_get_minimum (self->question);
  const char *unit = lipcheck_question_get_unit (self->question);

  /* Not an answer: the person has not moved it. */
  self->updating = TRUE;
  gtk_adjustment_configure (self->adjustment, minimum, minimum, lipcheck_question_get_maximum (self->question), 1, 10, 0);
  self->updating = FALSE;
  if (unit != NULL)
    {
      gtk_label_set_text (self->unit_label, unit);
      gtk_widget_set_visible (GTK_WIDGET (self->unit_label), TRUE);
    }
  self->control = self->spin;
}

/* A switch or spin button sits on the text's row and is named after the question. */
static void
show_control (LipcheckQuestionView *self)
{
  gtk_widget_set_visible (self->control, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->question)),
                                  -1);
}

/* Choices and Yes/No go below the text, described by the question. */
static void
describe_buttons (LipcheckQuestionView *self)
{
  gtk_box_set_spacing (self->texts, 6);
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->buttons, i)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                    -1);
}

static void
build (LipcheckQuestionView *self)
{
  gtk_label_set_text (self->title_label, lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)));
  gtk_label_set_text (self->summary_label, lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->question)));

  switch (lipcheck_question_get_kind (self->question))
    {
    case LIPCHECK_QUESTION_NUMBER:
      build_number (self);
      show_control (self);
      break;

    case LIPCHECK_QUESTION_YES_NO:
      if (!is_follow_up (self))
        {
          self->control = self->switch_;
          show_control (self);
          break;
        }
      build_yes_no (self);
      describe_buttons (self);
      break;

    case LIPCHECK_QUESTION_CHOICE:
    case LIPCHECK_QUESTION_SEVERAL:
    default:
      build_choices (self);
      describe_buttons (self);
      break;
    }
}

static void
lipcheck_question_view_constructed (GObject *object)
{
  LipcheckQuestionView *self = (LipcheckQuestionView *)object;

  G_OBJECT_CLASS (lipcheck_question_view_parent_class)->constructed (object);

  g_assert (self->question != NULL && self->answers != NULL);

  build (self);
  self->changed_id = g_signal_connect_object (self->answers, "changed",
                                              G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
  sync_from_answers (self);
}

static void
lipcheck_question_view_dispose (GObject *object)
{
  LipcheckQuestionView *self = (LipcheckQuestionView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_QUESTION_VIEW);
  g_clear_signal_handler (&self->changed_id, self->answers);
  g_clear_object (&self->question);
  g_clear_object (&self->answers);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (lipcheck_question_view_parent_class)->dispose (object);
}

static void
lipcheck_question_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LipcheckQuestionView *self = LIPCHECK_QUESTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_ANSWERED:
      g_value_set_boolean (value, lipcheck_question_view_get_answered (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_question_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LipcheckQuestionView *self = LIPCHECK_QUESTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;

    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_question_view_class_init (LipcheckQuestionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_question_view_constructed;
  object_class->dispose = lipcheck_question_view_dispose;
  object_class->get_property = lipcheck_question_view_get_property;
  object_class->set_property = lipcheck_question_view_set_property;

  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         LIPCHECK_TYPE_QUESTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL,
                         LIPCHECK_TYPE_ANSWERS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANSWERED] =
    g_param_spec_boolean ("answered", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-question-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, texts);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, summary_label);
  gtk_widget_class_bind_template_child_full (widget_class, "switch", FALSE,
                                             G_STRUCT_OFFSET (LipcheckQuestionView, switch_));
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, spin);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, adjustment);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, choices);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, yes_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, no);
  gtk_widget_class_bind_template_callback (widget_class, button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_value_cb);

  g_type_ensure (LIPCHECK_TYPE_CHOICE_BUTTON);
}

static void
lipcheck_question_view_init (LipcheckQuestionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buttons = g_ptr_array_new ();
}

GtkWidget *
lipcheck_question_view_new (LipcheckQuestion *question,
                            LipcheckAnswers  *answers)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION (question), NULL);
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (answers), NULL);

  return g_object_new (LIPCHECK_TYPE_QUESTION_VIEW,
                       "question", question,
                       "answers", answers,
                       NULL);
}

LipcheckQuestion *
lipcheck_question_view_get_question (LipcheckQuestionView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION_VIEW (self), NULL);

  return self->question;
}

/**
 * lipcheck_question_view_get_answered:
 *
 * Returns: whether the question has an answer, or will have one from its default when the
 *   person moves on (switches, numbers and check boxes)
 */
gboolean
lipcheck_question_view_get_answered (LipcheckQuestionView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION_VIEW (self), FALSE);

  if (lipcheck_answers_lookup (self->answers, question_id (self)) != NULL)
    return TRUE;

  switch (lipcheck_question_get_kind (self->question))
    {
    case LIPCHECK_QUESTION_CHOICE:
      return FALSE;

    case LIPCHECK_QUESTION_YES_NO:
      return !is_follow_up (self);

    case LIPCHECK_QUESTION_NUMBER:
    case LIPCHECK_QUESTION_SEVERAL:
    default:
      return TRUE;
    }
}

/**
 * lipcheck_question_view_commit_default:
 *
 * Records what the control shows as the answer when the question has none yet: a switch's
 * "no", a spin button's value, no box ticked. Choices and follow-ups are left unanswered.
 */
void
lipcheck_question_view_commit_default (LipcheckQuestionView *self)
{
  const char *id;

  g_return_if_fail (LIPCHECK_IS_QUESTION_VIEW (self));

  id = question_id (self);
  if (lipcheck_answers_lookup (self->answers, id) != NULL)
    return;

  if (GTK_IS_SWITCH (self->control))
    lipcheck_answers_set_boolean (self->answers, id, gtk_switch_get_active (GTK_SWITCH (self->control)));
  else if (GTK_IS_SPIN_BUTTON (self->control))
    lipcheck_answers_set_number (self->answers, id, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->control)));
  else if (lipcheck_question_get_kind (self->question) == LIPCHECK_QUESTION_SEVERAL)
    lipcheck_answers_set_several (self->answers, id, (const char * const []) { NULL });
}
