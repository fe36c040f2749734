/* lipcheck-wizard.c: the self-check: an introduction, one page a step, and the result.
 *
 * The pages sit in a GtkStack with Back and Next; the steps come from the knowledge base, so a
 * step or question added there appears here. Position -1 is the introduction, 0 to n-1 the
 * steps and n the result. While the person is on a step, the answers given so far are kept in
 * `in-progress.json` beside the last check, so that closing the window loses nothing; the
 * introduction then offers to continue. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-wizard"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-clamp.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-last-check.h"
#include "lipcheck-lazy-page.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-result-view.h"
#include "lipcheck-rule.h"
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
  LipcheckLazyPage      *result_slot;   /* the LipcheckResultView, built when first shown */
  GtkRevealer           *bar_revealer;
  GtkWidget             *bar_grid;
  GtkWidget             *progress_box;
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  GtkButton             *next_button;
  GtkLabel              *missing_label;
  GtkButton             *start_button;
  GtkWidget             *last_box;
  GtkLabel              *last_label;
  GtkWidget             *continue_box;
  GtkLabel              *continue_label;
  GtkButton             *continue_button;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  LipcheckAnswers       *answers;
  LipcheckResult        *result;
  GPtrArray             *pages;
  GHashTable            *required;     /* ids of the questions that can change the urgency */
  LipcheckAnswers       *last_check;
  GFile                 *in_progress;  /* where the answers of an unfinished check are kept */

  int                    position;
  gboolean               narrow;
};

G_DEFINE_FINAL_TYPE (LipcheckWizard, lipcheck_wizard, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_ANSWERS,
  PROP_RESULT,
  PROP_POSITION,
  PROP_NARROW,
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

/* Next stays sensitive while questions are missing: a screen reader still finds it, reads its
 * description (what is missing) and, when pressed, the focus goes to the first missing one. */
static void
update_missing (LipcheckWizard *self)
{
  LipcheckStepPage *page = current_page (self);
  g_auto(GStrv) missing = page != NULL ? lipcheck_step_page_dup_missing (page) : NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing != NULL);
  if (missing == NULL)
    {
      gtk_label_set_text (self->missing_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->next_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  list = g_strjoinv (_(", "), missing);
  /* Translators: %s lists the questions still unanswered, in a few words each */
  text = g_strdup_printf (_("Still to answer: %s"), list);
  gtk_label_set_text (self->missing_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
update_actions (LipcheckWizard *self)
{
  gboolean on_step = current_page (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", self->position >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", on_step);
  update_missing (self);
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

/* The unfinished check */

static GFile *
in_progress_file (LipcheckWizard *self)
{
  if (self->in_progress == NULL)
    {
      g_autoptr(GFile) last = lipcheck_last_check_default_file ();
      g_autoptr(GFile) folder = g_file_get_parent (last);

      self->in_progress = g_file_get_child (folder, "in-progress.json");
    }

  return self->in_progress;
}

static void
save_in_progress (LipcheckWizard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (!lipcheck_last_check_save (in_progress_file (self), self->kb, self->answers, now, &error))
    g_message ("The answers so far were not kept: %s", error->message);
}

static void
forget_in_progress (LipcheckWizard *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_delete (in_progress_file (self), NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_message ("The unfinished self-check could not be removed: %s", error->message);
}

/* Reads the answers of a check left unfinished; a file that cannot be read is set aside, and
 * the introduction says so. */
static void
load_in_progress (LipcheckWizard *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckAnswers) answers = lipcheck_last_check_load (in_progress_file (self), self->kb, NULL, &error);

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Your unfinished self-check could not be read, so it starts afresh. %s"),
                                               error->message);

      gtk_label_set_text (self->continue_label, text);
      gtk_widget_set_visible (self->continue_box, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->continue_button), FALSE);
      return;
    }

  if (answers != NULL)
    lipcheck_answers_replace (self->answers, answers);
}

/* The introduction offers to go on with answers already given. */
static void
update_continue (LipcheckWizard *self)
{
  guint n = lipcheck_answers_get_n_answers (self->answers);
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.continue", n > 0 && self->result == NULL);
  if (n == 0 || self->result != NULL)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (self->continue_button)))
        gtk_widget_set_visible (self->continue_box, FALSE);
      return;
    }

  /* Translators: %u is how many questions the person has answered so far */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You have a self-check you did not finish, with %u answer so far.",
                                       "You have a self-check you did not finish, with %u answers so far.", n),
                          n);
  gtk_label_set_text (self->continue_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->continue_button), TRUE);
  gtk_widget_set_visible (self->continue_box, TRUE);
}

static void
answers_changed_cb (LipcheckWizard  *self,
                    const char      *id,
                    LipcheckAnswers *answers)
{
  update_missing (self);
  if (current_page (self) != NULL && self->kb != NULL)
    save_in_progress (self);
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
    {
      update_continue (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static LipcheckResultView *
result_view (LipcheckWizard *self)
{
  return LIPCHECK_RESULT_VIEW (lipcheck_lazy_page_get_child (self->result_slot));
}

static void
show_result (LipcheckWizard *self)
{
  g_clear_object (&self->result);
  self->result = lipcheck_evaluate (self->kb, self->answers, NULL);
  lipcheck_result_view_set_result (result_view (self), self->result);
  forget_in_progress (self);
  set_position (self, self->pages->len);
  gtk_widget_grab_focus (GTK_WIDGET (result_view (self)));
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

/* The questions that can change the urgency: every question a routine, urgent or emergency
 * rule of the knowledge base tests. */
static GHashTable *
collect_required (LipcheckKnowledgeBase *kb)
{
  GListModel *rules = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_RULE);
  GHashTable *required = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(LipcheckRule) rule = g_list_model_get_item (rules, i);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

      if (lipcheck_rule_get_urgency (rule) <= LIPCHECK_URGENCY_SELF_CARE)
        continue;

      lipcheck_expr_collect_questions (lipcheck_rule_get_when (rule), ids);
      for (guint j = 0; j < ids->len; j++)
        g_hash_table_add (required, g_strdup (g_ptr_array_index (ids, j)));
    }

  return required;
}

static void
build_pages (LipcheckWizard *self)
{
  GListModel *steps = lipcheck_knowledge_base_get_entries (self->kb, LIPCHECK_KIND_STEP);

  g_clear_pointer (&self->required, g_hash_table_unref);
  self->required = collect_required (self->kb);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LipcheckStep) step = g_list_model_get_item (steps, i);
      GtkWidget *page = lipcheck_step_page_new (step, self->answers);
      GtkStackPage *stack_page = gtk_stack_add_named (self->stack, page, lipcheck_entry_get_id (LIPCHECK_ENTRY (step)));

      lipcheck_step_page_set_required (LIPCHECK_STEP_PAGE (page), self->required);

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

  if (page == NULL)
    return;

  if (!lipcheck_step_page_get_complete (page))
    {
      lipcheck_step_page_focus_missing (page);
      return;
    }

  lipcheck_step_page_commit (page);

  if (self->position + 1 == (int)self->pages->len)
    {
      show_result (self);
      g_signal_emit (self, signals[FINISHED], 0, self->result);
    }
  else
    set_position (self, self->position + 1);
}

/* Goes on at the first step with a question still to answer, or else the last, with the focus
 * on that question. */
static void
continue_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LipcheckWizard *self = LIPCHECK_WIZARD (widget);
  guint position = 0;

  ensure_pages (self);
  if (self->pages->len == 0)
    return;

  while (position + 1 < self->pages->len &&
         lipcheck_step_page_get_complete (g_ptr_array_index (self->pages, position)))
    position++;

  set_position (self, position);
  lipcheck_step_page_focus_missing (g_ptr_array_index (self->pages, position));
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
  if (lipcheck_lazy_page_peek_child (self->result_slot) != NULL)
    lipcheck_result_view_set_result (result_view (self), NULL);
  forget_in_progress (self);
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
  g_clear_pointer (&self->required, g_hash_table_unref);
  g_clear_object (&self->kb);
  g_clear_object (&self->answers);
  g_clear_object (&self->result);
  g_clear_object (&self->last_check);
  g_clear_object (&self->in_progress);

  G_OBJECT_CLASS (lipcheck_wizard_parent_class)->dispose (object);
}

/* The wizard's bar. Wide: Back, the progress, Next in one row. Narrow: the progress above them. */
static void
update_bar_layout (LipcheckWizard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (self->bar_grid);
  GtkLayoutChild *progress = gtk_layout_manager_get_layout_child (layout, self->progress_box);

  g_object_set (progress,
                "column", self->narrow ? 0 : 1,
                "row", self->narrow ? 0 : 1,
                "column-span", self->narrow ? 3 : 1,
                NULL);
}

/* The introduction's cards put their button beneath the text in a narrow window. */
static void
update_cards_layout (LipcheckWizard *self)
{
  GtkOrientation orientation = self->narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->last_box), orientation);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->continue_box), orientation);
}

/**
 * lipcheck_wizard_set_narrow:
 * @narrow: whether the window is narrow
 */
void
lipcheck_wizard_set_narrow (LipcheckWizard *self,
                            gboolean        narrow)
{
  g_return_if_fail (LIPCHECK_IS_WIZARD (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;
  self->narrow = narrow;
  update_bar_layout (self);
  update_cards_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
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

    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
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

    case PROP_NARROW:
      lipcheck_wizard_set_narrow (self, g_value_get_boolean (value));
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

  /**
   * LipcheckWizard:narrow:
   * Whether the window is narrow: the progress then takes a row of its own above Back and Next.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

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
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, result_slot);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, bar_revealer);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, bar_grid);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, progress_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, next_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, missing_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, start_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, last_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, last_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, continue_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, continue_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWizard, continue_button);

  gtk_widget_class_install_action (widget_class, "wizard.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "wizard.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "wizard.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "wizard.show-last", NULL, show_last_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "wizard.next", NULL);

  g_type_ensure (LIPCHECK_TYPE_CLAMP);
  g_type_ensure (LIPCHECK_TYPE_RESULT_VIEW);
  g_type_ensure (LIPCHECK_TYPE_LAZY_PAGE);
}

static void
lipcheck_wizard_init (LipcheckWizard *self)
{
  self->position = -1;
  self->pages = g_ptr_array_new ();
  self->answers = lipcheck_answers_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->answers, "changed", G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
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
  gtk_widget_set_visible (self->continue_box, FALSE);
  if (kb != NULL)
    load_in_progress (self);
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
