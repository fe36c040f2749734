/* lipcheck-question-view.c: the control that answers one self-check question.
 *
 * The control follows the question's kind: radio buttons for a choice, Yes and No radio buttons
 * for a yes/no question, a spin button with "Not sure" for a number and check boxes for several.
 * Several check boxes end with an explicit "None of these", so that "none" is an answer the
 * person gave. Every question starts unanswered: nothing untouched is taken as an answer. Which
 * questions must be answered before the person moves on is the step page's business. */
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
  GtkWidget        *number;
  GtkWidget        *spin;
  GtkAdjustment    *adjustment;
  GtkLabel         *unit_label;
  GtkWidget        *not_sure;
  GtkBox           *choices;
  GtkWidget        *yes_no;
  GtkWidget        *yes;
  GtkWidget        *no;

  /* Owned */
  LipcheckQuestion *question;
  LipcheckAnswers  *answers;
  GPtrArray        *buttons;    /* LipcheckChoiceButton */
  gulong            changed_id;

  /* Borrowed */
  GtkWidget        *none;       /* "None of these" in choices, for several check boxes */


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

  if (self->none != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->none),
                                 answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY) &&
                                 g_variant_n_children (answer) == 0);
}

static void
sync_from_answers (LipcheckQuestionView *self)
{
  GVariant *answer = lipcheck_answers_lookup (self->answers, question_id (self));

  self->updating = TRUE;

  if (lipcheck_question_get_kind (self->question) == LIPCHECK_QUESTION_NUMBER)
    {
      if (answer != NULL)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spin), g_variant_get_int64 (answer));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->not_sure), answer == NULL);
    }
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

/* The boxes ticked are the answer; none ticked, and not "None of these", is no answer. */
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
  if (ids[0] == NULL)
    lipcheck_answers_unset (self->answers, question_id (self));
  else
    lipcheck_answers_set_several (self->answers, question_id (self), (const char * const *)ids);
}

/* "None of these" is the answer "none of them"; unticking it leaves the question unanswered. */
static void
none_toggled_cb (LipcheckQuestionView *self,
                 GtkCheckButton       *none)
{
  if (self->updating)
    return;

  if (gtk_check_button_get_active (none))
    lipcheck_answers_set_several (self->answers, question_id (self), (const char * const[]) { NULL });
  else
    lipcheck_answers_unset (self->answers, question_id (self));
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
spin_value_cb (LipcheckQuestionView *self,
               GtkSpinButton        *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);

  if (lipcheck_question_get_unit (self->question) != NULL)
    gtk_label_set_text (self->unit_label, lipcheck_question_get_unit_for (self->question, value));

  if (!self->updating)
    lipcheck_answers_set_number (self->answers, question_id (self), value);
}

/* "Not sure" leaves a number unanswered; unticking it takes the number shown. */
static void
not_sure_toggled_cb (LipcheckQuestionView *self,
                     GtkCheckButton       *not_sure)
{
  if (self->updating)
    return;

  if (gtk_check_button_get_active (not_sure))
    lipcheck_answers_unset (self->answers, question_id (self));
  else
    lipcheck_answers_set_number (self->answers, question_id (self),
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->spin)));
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
build_none (LipcheckQuestionView *self)
{
  self->none = gtk_check_button_new_with_label (_("None of these"));
  gtk_widget_add_css_class (self->none, "none-of-these");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->none),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                  -1);
  g_signal_connect_object (self->none, "toggled", G_CALLBACK (none_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->choices, self->none);
}

static void
build_yes_no (LipcheckQuestionView *self)
{
  g_ptr_array_add (self->buttons, self->yes);
  g_ptr_array_add (self->buttons, self->no);
  gtk_widget_set_visible (self->yes_no, TRUE);
}

/* The spin button starts on a typical value, but that is no answer until the person moves it. */
static void
build_number (LipcheckQuestionView *self)
{
  int minimum = lipcheck_question_get_minimum (self->question);
  int maximum = lipcheck_question_get_maximum (self->question);
  int shown = CLAMP (lipcheck_question_get_default_value (self->question), minimum, maximum);
  const char *unit = lipcheck_question_get_unit (self->question);

  self->updating = TRUE;
  gtk_adjustment_configure (self->adjustment, shown, minimum, maximum, 1, 10, 0);
  self->updating = FALSE;

  if (unit != NULL)
    {
      gtk_label_set_text (self->unit_label, lipcheck_question_get_unit_for (self->question, shown));
      gtk_widget_set_visible (GTK_WIDGET (self->unit_label), TRUE);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->not_sure),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                  -1);
}

/* A spin button, its unit and "Not sure" sit on the text's row; the spin button is named after
 * the question. */
static void
show_spin (LipcheckQuestionView *self)
{
  gtk_widget_set_visible (self->number, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->question)),
                                  -1);
}

/* Choices and Yes/No are described by the question. */
static void
describe_buttons (LipcheckQuestionView *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->buttons, i)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question)),
                                    -1);
}

/* The group is named by the question and described by its help, which a screen reader says as
 * the focus enters it: that is how a follow-up that appears is announced in GTK 4.8. */
static void
build (LipcheckQuestionView *self)
{
  const char *text = lipcheck_entry_get_name (LIPCHECK_ENTRY (self->question));
  const char *help = lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->question));

  gtk_label_set_text (self->title_label, text);
  gtk_label_set_text (self->summary_label, help);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, help != NULL ? help : "",
                                  -1);

  switch (lipcheck_question_get_kind (self->question))
    {
    case LIPCHECK_QUESTION_NUMBER:
      build_number (self);
      show_spin (self);
      break;

    case LIPCHECK_QUESTION_YES_NO:
      build_yes_no (self);
      describe_buttons (self);
      break;

    case LIPCHECK_QUESTION_CHOICE:
    case LIPCHECK_QUESTION_SEVERAL:
    default:
      /* Choices go below the text, which then reads as a heading over them. */
      gtk_box_set_spacing (self->texts, 6);
      build_choices (self);
      describe_buttons (self);
      if (lipcheck_question_get_kind (self->question) == LIPCHECK_QUESTION_SEVERAL)
        build_none (self);
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
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, number);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, spin);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, adjustment);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, not_sure);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, choices);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, yes_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckQuestionView, no);
  gtk_widget_class_bind_template_callback (widget_class, button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_sure_toggled_cb);
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
 * Returns: whether the person has answered the question: a choice, Yes or No, a number, some
 *   boxes or "None of these"; nothing untouched counts
 */
gboolean
lipcheck_question_view_get_answered (LipcheckQuestionView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION_VIEW (self), FALSE);

  return lipcheck_answers_lookup (self->answers, question_id (self)) != NULL;
}

/**
 * lipcheck_question_view_focus:
 *
 * Moves the keyboard focus to the question's first control, which scrolls it into view.
 *
 * Returns: whether the focus moved
 */
gboolean
lipcheck_question_view_focus (LipcheckQuestionView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_QUESTION_VIEW (self), FALSE);

  if (self->buttons->len > 0)
    return gtk_widget_grab_focus (g_ptr_array_index (self->buttons, 0));

  return gtk_widget_grab_focus (self->spin);
}

/**
 * lipcheck_question_view_align_unit:
 * @group: a horizontal size group shared by the views of one step
 *
 * Gives a number question's unit label the width of the others in @group, so that the spin
 * buttons beside them line up. Other questions have no unit and are left as they are.
 */
void
lipcheck_question_view_align_unit (LipcheckQuestionView *self,
                                   GtkSizeGroup         *group)
{
  g_return_if_fail (LIPCHECK_IS_QUESTION_VIEW (self));
  g_return_if_fail (GTK_IS_SIZE_GROUP (group));

  if (gtk_widget_get_visible (GTK_WIDGET (self->unit_label)))
    gtk_size_group_add_widget (group, GTK_WIDGET (self->unit_label));
}
