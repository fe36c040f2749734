/* lipcheck-wizard.c: the self-check: an introduction, one page a step, and the result.
 *
 * The pages sit in a GtkStack with Back and Next; the steps come from the knowledge base, so a
 * step or question added there appears here. Position -1 is the introduction, 0 to n-1 the
 * steps and n the result. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-wizard"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-result-view.h"
#include "lipcheck-step.h"
#include "lipcheck-step-page.h"
#include "lipcheck-wizard.h"

struct _LipcheckWizard
{
  GtkWidget              parent_instance;

  /* Template widgets */
  GtkWidget             *box;
  GtkStack              *stack;
  GtkLabel              *disclaimer_label;
  LipcheckResultView    *result_view;
  GtkRevealer           *bar_revealer;
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  GtkButton             *next_button;
  GtkButton             *start_button;
  GtkWidget             *last_box;
  GtkLabel              *last_label;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  LipcheckAnswers       *answers;
  LipcheckResult        *result;
  GPtrArray             *pages;
  LipcheckAnswers       *last_check;

  int                    position;
};

G_DEFINE_FINAL_TYPE (LipcheckWizard, lipcheck_wizard, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_ANSWERS,
  PROP_RESULT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static LipcheckStepPage *
current_page (LipcheckWizard *self)
{
  if (self->position < 0 || self->position >= (int)self->pages->len)
    return NULL;

  return g_ptr_array_index (self->pages, self->position);
}

static void
update_actions (LipcheckWizard *self)
{
  LipcheckStepPage *page = current_page (self);
  gboolean on_step = page != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", self->position >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next",
                                 on_step && lipcheck_step_page_get_complete (page));
}

static void
update_chrome (LipcheckWizard *self)
{
  guint n = self->pages->len;
  gboolean on_step = current_page (self) != NULL;

  gtk_revealer_set_reveal_child (self->bar_revealer, on_step);

  if (on_step)
    {
      /* Translators: the wizard's progress, e.g. "Step 2 of 4" */
      g_autofree char *progress = g_strdup_printf (_("Step %d of %u"), self->position + 1, n);

      gtk_label_set_text (self->progress_label, progress);
      gtk_progress_bar_set_fraction (self->progress_bar, (double)(self->position + 1) / n);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, progress, -1);
      gtk_button_set_label (self->next_button,
                            self->position + 1 == (int)n ? _("See _Result") : _("_Next"));
    }

  update_actions (self);
}

static void
set_position (LipcheckWizard *self,
              int             position)
{
  LipcheckStepPage *page;

  self->position = position;

  if (position < 0)
    gtk_stack_set_visible_child_name (self->stack, "intro");
  else if (position >= (int)self->pages->len)
    gtk_stack_set_visible_child_name (self->stack, "result");
  else
    gtk_stack_set_visible_child (self->stack, g_ptr_array_index (self->pages, position));

  update_chrome (self);

  if ((page = current_page (self)))
    lipcheck_step_page_focus_first (page);
  else if (position < 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->start_button));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
show_result (LipcheckWizard *self)
{
  g_clear_object (&self->result);
  self->result = lipcheck_evaluate (self->kb, self->answers, NULL);
  lipcheck_result_view_set_result (self->result_view, self->result);
  set_position (self, self->pages->len);
  gtk_widget_grab_focus (GTK_WIDGET (self->result_view));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

static void
page_complete_cb (LipcheckWizard *self)
{
  update_actions (self);
}

static void
remove_pages (LipcheckWizard *self)
{
  for (guint i = 0; i < self->pages->len; i++)
    gtk_stack_remove (self->stack, g_ptr_array_index (self->pages, i));
  g_ptr_array_set_size (self->pages, 0);
}

static void
build_pages (LipcheckWizard *self)
{
  GListModel *steps = lipcheck_knowledge_base_get_entries (self->kb, LIPCHECK_KIND_STEP);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LipcheckStep) step = g_list_model_get_item (steps, i);
      GtkWidget *page = lipcheck_step_page_new (step, self->answers);
      GtkStackPage *stack_page = gtk_stack_add_named (self->stack, page, lipcheck_entry_get_id (LIPCHECK_ENTRY (step)));

      gtk_stack_page_set_title (stack_page, lipcheck_entry_get_name (LIPCHECK_ENTRY (step)));
      g_signal_connect_object (page, "notify::complete", G_CALLBACK (page_complete_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->pages, page);
    }

}

/* The steps are built when first needed: the window opens on the introduction, and building
 * every step's controls before its first frame would only delay it. */
static void
ensure_pages (LipcheckWizard *self)
{
  if (self->kb != NULL && self->pages->len == 0)
    build_pages (self);
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);

  ensure_pages (self);
  if (self->pages->len > 0)
    set_position (self, 0);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);
  LipcheckStepPage *page = current_page (self);

  if (page == NULL || !lipcheck_step_page_get_complete (page))
    return;

  lipcheck_step_page_commit (page);

  if (self->position + 1 == (int)self->pages->len)
    {
      show_result (self);
      g_signal_emit (self, signals[FINISHED], 0, self->result);
    }
  else
    set_position (self, self->position + 1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);

  if (self->position >= 0)
    set_position (self, MIN (self->position, (int)self->pages->len) - 1);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);

  lipcheck_answers_clear (self->answers);
  g_clear_object (&self->result);
  lipcheck_result_view_set_result (self->result_view, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
  set_position (self, -1);
}

static void
show_last_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);

  if (self->last_check != NULL)
    lipcheck_wizard_show_answers (self, self->last_check);
}

/* "Your last self-check, 3 days ago, said: See a doctor within a day or two" */
static char *
describe_last_check (LipcheckWizard  *self,
                     LipcheckAnswers *answers)
{
  g_autoptr(LipcheckResult) result = lipcheck_evaluate (self->kb, answers, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) saved = g_date_time_to_local (lipcheck_answers_get_saved (answers));
  const char *level = lipcheck_result_get_title (result);
  int days = MAX (0, (int)(g_date_time_difference (now, saved) / G_TIME_SPAN_DAY));

  if (days == 0)
    return g_strdup_printf (_("Your last self-check, earlier today, said: %s"), level);

  /* Translators: %d is a number of days, %s what the result said */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Your last self-check, %d day ago, said: %s",
                                       "Your last self-check, %d days ago, said: %s", days),
                          days, level);
}

/* GObject */

static void
lipcheck_wizard_dispose (GObject *object)
{
  LipcheckWizard *self = (LipcheckWizard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_WIZARD);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->kb);
  g_clear_object (&self->answers);
  g_clear_object (&self->result);
  g_clear_object (&self->last_check);

  G_OBJECT_CLASS (lipcheck_wizard_parent_class)->dispose (object);
}

static void
lipcheck_wizard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (object);

  switch (prop_id)
    {
    case PROP_KNOWLEDGE_BASE:
      g_value_set_object (value, self->kb);
      break;

    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_wizard_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (object);

  switch (prop_id)
    {
    case PROP_KNOWLEDGE_BASE:
      lipcheck_wizard_set_knowledge_base (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_wizard_class_init (LipcheckWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_wizard_dispose;
  object_class->get_property = lipcheck_wizard_get_property;
  object_class->set_property = lipcheck_wizard_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
    g_param_spec_object ("knowledge-base", NULL, NULL,
                         LIPCHECK_TYPE_KNOWLEDGE_BASE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL,
                         LIPCHECK_TYPE_ANSWERS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIPCHECK_TYPE_RESULT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LipcheckWizard::finished:
   * @result: the result
   *
   * The person has answered the last step and sees the result.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LIPCHECK_TYPE_RESULT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, result_view);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, bar_revealer);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, next_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, start_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, last_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, last_label);

  gtk_widget_class_install_action (widget_class, "wizard.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "wizard.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "wizard.show-last", NULL, show_last_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "wizard.next", NULL);

  g_type_ensure (LIPCHECK_TYPE_RESULT_VIEW);
}

static void
lipcheck_wizard_init (LipcheckWizard *self)
{
  self->position = -1;
  self->pages = g_ptr_array_new ();
  self->answers = lipcheck_answers_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  update_chrome (self);
}

LipcheckKnowledgeBase *
lipcheck_wizard_get_knowledge_base (LipcheckWizard *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), NULL);

  return self->kb;
}

/**
 * lipcheck_wizard_set_knowledge_base:
 *
 * Builds the steps from @kb and starts over at the introduction.
 */
void
lipcheck_wizard_set_knowledge_base (LipcheckWizard        *self,
                                    LipcheckKnowledgeBase *kb)
{
  g_return_if_fail (LIPCHECK_IS_WIZARD (self));
  g_return_if_fail (!kb || LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  remove_pages (self);
  lipcheck_answers_clear (self->answers);
  gtk_label_set_text (self->disclaimer_label, kb != NULL ? lipcheck_knowledge_base_get_disclaimer (kb) : "");
  set_position (self, -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

/**
 * lipcheck_wizard_get_answers:
 *
 * Returns: (transfer none): the answers given so far
 */
LipcheckAnswers *
lipcheck_wizard_get_answers (LipcheckWizard *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), NULL);

  return self->answers;
}

/**
 * lipcheck_wizard_get_result:
 *
 * Returns: (transfer none) (nullable): the result shown, or %NULL before the last step
 */
LipcheckResult *
lipcheck_wizard_get_result (LipcheckWizard *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), NULL);

  return self->result;
}

int
lipcheck_wizard_get_position (LipcheckWizard *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), -1);

  return self->position;
}

guint
lipcheck_wizard_get_n_steps (LipcheckWizard *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), 0);

  if (self->kb == NULL)
    return 0;

  return g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (self->kb, LIPCHECK_KIND_STEP));
}

/**
 * lipcheck_wizard_get_page:
 *
 * Returns: (transfer none) (nullable): the #LipcheckStepPage at @position
 */
GtkWidget *
lipcheck_wizard_get_page (LipcheckWizard *self,
                          int             position)
{
  g_return_val_if_fail (LIPCHECK_IS_WIZARD (self), NULL);

  ensure_pages (self);
  if (position < 0 || position >= (int)self->pages->len)
    return NULL;

  return g_ptr_array_index (self->pages, position);
}

/**
 * lipcheck_wizard_show_answers:
 *
 * Takes the answers of @answers (from an answers file) as the person's and shows their result.
 */
void
lipcheck_wizard_show_answers (LipcheckWizard  *self,
                              LipcheckAnswers *answers)
{
  g_return_if_fail (LIPCHECK_IS_WIZARD (self));
  g_return_if_fail (LIPCHECK_IS_ANSWERS (answers));
  g_return_if_fail (self->kb != NULL);

  ensure_pages (self);
  lipcheck_answers_replace (self->answers, answers);

  show_result (self);
}

/**
 * lipcheck_wizard_set_last_check:
 * @answers: (nullable): the answers of the last self-check, with their saved date
 *
 * Offers the last self-check on the introduction: when it was and what it said.
 */
void
lipcheck_wizard_set_last_check (LipcheckWizard  *self,
                                LipcheckAnswers *answers)
{
  g_autofree char *text = NULL;

  g_return_if_fail (LIPCHECK_IS_WIZARD (self));
  g_return_if_fail (!answers || LIPCHECK_IS_ANSWERS (answers));
  g_return_if_fail (self->kb != NULL);

  g_set_object (&self->last_check, answers);
  gtk_widget_set_visible (self->last_box, answers != NULL && lipcheck_answers_get_saved (answers) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.show-last", answers != NULL);

  if (answers != NULL && lipcheck_answers_get_saved (answers) != NULL)
    {
      text = describe_last_check (self, answers);
      gtk_label_set_text (self->last_label, text);
    }
}
