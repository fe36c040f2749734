/* lipcheck-step-page.c: one step of the self-check wizard, built from a knowledge-base step.
 *
 * A "form" step shows one control a question. A "checklist" step shows its plain yes/no
 * questions as boxes to tick, with an explicit "None of these", so that every warning sign gets
 * an answer; its follow-up questions (those with "ask-when") appear below when they apply. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-step-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-checklist-item.h"
#include "lipcheck-clamp.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-question.h"
#include "lipcheck-question-view.h"
#include "lipcheck-step.h"
#include "lipcheck-step-page.h"

struct _LipcheckStepPage
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *scroller;
  GtkBox          *column;
  GtkLabel        *title_label;
  GtkLabel        *summary_label;
  GtkBox          *checklist;
  GtkWidget       *none;

  /* Owned */
  LipcheckStep    *step;
  LipcheckAnswers *answers;
  GPtrArray       *views;      /* LipcheckQuestionView, each inside a GtkRevealer */
  GPtrArray       *ticks;      /* LipcheckChecklistItem */
  GtkSizeGroup    *units;      /* the number questions' unit labels, one width for all */
  GHashTable      *required;   /* ids of the questions that must be answered, or NULL */

  /* Borrowed */
  GtkWidget       *to_show;    /* a follow-up to scroll into view once it is laid out */
  guint            show_tick;

  guint            updating : 1;
  guint            complete : 1;
};

G_DEFINE_FINAL_TYPE (LipcheckStepPage, lipcheck_step_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_ANSWERS,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_checklist (LipcheckStepPage *self)
{
  return lipcheck_step_get_style (self->step) == LIPCHECK_STEP_CHECKLIST;
}

static gboolean
is_required (LipcheckStepPage *self,
             LipcheckQuestion *question)
{
  return self->required != NULL &&
         g_hash_table_contains (self->required, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
}

/* A checklist is answered once something on it, or "None of these", is ticked: read from the
 * answers, which may change before the boxes follow them. */
static gboolean
checklist_missing (LipcheckStepPage *self)
{
  gboolean required = FALSE;

  if (!is_checklist (self))
    return FALSE;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      LipcheckChecklistItem *tick = g_ptr_array_index (self->ticks, i);

      if (lipcheck_answers_lookup (self->answers, lipcheck_checklist_item_get_id (tick)) != NULL)
        return FALSE;
      required |= is_required (self, lipcheck_checklist_item_get_question (tick));
    }

  return required;
}

static gboolean
view_missing (LipcheckStepPage     *self,
              LipcheckQuestionView *view)
{
  LipcheckQuestion *question = lipcheck_question_view_get_question (view);

  return is_required (self, question) &&
         lipcheck_question_is_asked (question, self->answers) &&
         !lipcheck_question_view_get_answered (view);
}

static gboolean
compute_complete (LipcheckStepPage *self)
{
  if (checklist_missing (self))
    return FALSE;

  for (guint i = 0; i < self->views->len; i++)
    if (view_missing (self, g_ptr_array_index (self->views, i)))
      return FALSE;

  return TRUE;
}

/* Scrolls the step so that the whole of @view shows, as far as it fits. */
static void
scroll_into_view (LipcheckStepPage *self,
                  GtkWidget        *view)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->column));
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (view, content, &bounds))
    gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Once a follow-up has slid in, the whole of it is brought into view if it has the focus. */
static void
child_revealed_cb (LipcheckStepPage *self,
                   GParamSpec       *pspec,
                   GtkRevealer      *revealer)
{
  GtkWidget *view = gtk_revealer_get_child (revealer);

  if (gtk_revealer_get_child_revealed (revealer) && has_focus_within (view))
    scroll_into_view (self, view);
}

/* The follow-up is laid out a frame or two after it appears: it is scrolled into view then. */
static gboolean
show_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  LipcheckStepPage *self = LIPCHECK_STEP_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->column));
  graphene_rect_t bounds;

  if (self->to_show != NULL && gtk_widget_get_height (self->to_show) > 0 &&
      gtk_widget_compute_bounds (self->to_show, content, &bounds) &&
      gtk_adjustment_get_upper (adjustment) >= bounds.origin.y + bounds.size.height)
    {
      scroll_into_view (self, self->to_show);
      self->to_show = NULL;
    }

  if (self->to_show != NULL)
    return G_SOURCE_CONTINUE;

  self->show_tick = 0;
  return G_SOURCE_REMOVE;
}

/* A follow-up that appears as the person answers is where they go next: the focus moves there,
 * which a screen reader reads out with the question's name and help, and it scrolls into view. */
static void
show_follow_up (LipcheckStepPage *self,
                GtkWidget        *view)
{
  if (!lipcheck_question_view_focus (LIPCHECK_QUESTION_VIEW (view)))
    return;

  self->to_show = view;
  if (self->show_tick == 0)
    self->show_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_tick_cb, NULL, NULL);
}

/* Shows the follow-ups that apply, drops the answers of those that no longer do. */
static void
update (LipcheckStepPage *self)
{
  gboolean complete;

  for (guint i = 0; i < self->views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->views, i);
      LipcheckQuestion *question = lipcheck_question_view_get_question (LIPCHECK_QUESTION_VIEW (view));
      gboolean asked = lipcheck_question_is_asked (question, self->answers);

      GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_parent (view));
      gboolean appears = asked && !gtk_revealer_get_reveal_child (revealer);

      gtk_revealer_set_reveal_child (revealer, asked);
      if (appears && !self->updating && gtk_widget_get_mapped (GTK_WIDGET (self)))
        show_follow_up (self, view);
      if (!asked && view == self->to_show)
        self->to_show = NULL;
      if (!asked)
        lipcheck_answers_unset (self->answers, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
    }

  complete = compute_complete (self);
  if (complete != self->complete)
    {
      self->complete = complete;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
}

static void
sync_ticks (LipcheckStepPage *self)
{
  gboolean all_no = self->ticks->len > 0;

  self->updating = TRUE;
  for (guint i = 0; i < self->ticks->len; i++)
    {
      GtkCheckButton *tick = g_ptr_array_index (self->ticks, i);
      const char *id = lipcheck_checklist_item_get_id (LIPCHECK_CHECKLIST_ITEM (tick));
      GVariant *answer = lipcheck_answers_lookup (self->answers, id);

      gtk_check_button_set_active (tick, answer != NULL && g_variant_get_boolean (answer));
      all_no &= answer != NULL && !g_variant_get_boolean (answer);
    }
  if (is_checklist (self))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->none), all_no);
  self->updating = FALSE;
}

static void
answers_changed_cb (LipcheckStepPage *self,
                    const char       *id,
                    LipcheckAnswers  *answers)
{
  if (self->updating)
    return;

  sync_ticks (self);
  update (self);
}

static void
tick_toggled_cb (LipcheckStepPage *self,
                 GtkCheckButton   *tick)
{
  const char *id = lipcheck_checklist_item_get_id (LIPCHECK_CHECKLIST_ITEM (tick));

  if (self->updating)
    return;

  if (gtk_check_button_get_active (tick))
    lipcheck_answers_set_boolean (self->answers, id, TRUE);
  else
    lipcheck_answers_unset (self->answers, id);
}

static void
none_toggled_cb (LipcheckStepPage *self,
                 GtkCheckButton   *none)
{
  gboolean active = gtk_check_button_get_active (none);

  if (self->updating)
    return;

  self->updating = TRUE;
  for (guint i = 0; i < self->ticks->len; i++)
    {
      GtkCheckButton *tick = g_ptr_array_index (self->ticks, i);
      const char *id = lipcheck_checklist_item_get_id (LIPCHECK_CHECKLIST_ITEM (tick));

      if (active)
        lipcheck_answers_set_boolean (self->answers, id, FALSE);
      else
        lipcheck_answers_unset (self->answers, id);
    }
  self->updating = FALSE;

  sync_ticks (self);
  update (self);
}

static void
add_tick (LipcheckStepPage *self,
          LipcheckQuestion *question)
{
  GtkWidget *previous = self->ticks->len > 0 ? g_ptr_array_index (self->ticks, self->ticks->len - 1) : NULL;
  GtkWidget *tick = lipcheck_checklist_item_new (question);

  g_signal_connect_object (tick, "toggled", G_CALLBACK (tick_toggled_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->ticks, tick);
  gtk_box_insert_child_after (self->checklist, tick, previous);
}

static void
add_view (LipcheckStepPage *self,
          LipcheckQuestion *question)
{
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *view = lipcheck_question_view_new (question, self->answers);

  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (GTK_REVEALER (revealer), view);
  g_signal_connect_object (revealer, "notify::child-revealed", G_CALLBACK (child_revealed_cb), self, G_CONNECT_SWAPPED);
  if (lipcheck_question_get_ask_when (question) != NULL)
    gtk_widget_add_css_class (view, "follow-up");
  g_signal_connect_object (view, "notify::answered", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  /* The spin buttons of a step line up, however long each unit is in the language. */
  lipcheck_question_view_align_unit (LIPCHECK_QUESTION_VIEW (view), self->units);
  g_ptr_array_add (self->views, view);
  gtk_box_append (self->column, revealer);
}

/* A checklist's plain yes/no questions are its boxes; every other question has its own view. */
static gboolean
is_tick (LipcheckStepPage *self,
         LipcheckQuestion *question)
{
  return is_checklist (self) &&
         lipcheck_question_get_kind (question) == LIPCHECK_QUESTION_YES_NO &&
         lipcheck_question_get_ask_when (question) == NULL;
}

static void
build (LipcheckStepPage *self)
{
  GListModel *questions = lipcheck_step_get_questions (self->step);

  gtk_label_set_text (self->title_label, lipcheck_entry_get_name (LIPCHECK_ENTRY (self->step)));
  gtk_label_set_text (self->summary_label, lipcheck_entry_get_summary (LIPCHECK_ENTRY (self->step)));
  gtk_widget_set_visible (GTK_WIDGET (self->checklist), is_checklist (self));

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (questions, i);

      if (is_tick (self, question))
        add_tick (self, question);
      else
        add_view (self, question);
    }
}

static void
lipcheck_step_page_constructed (GObject *object)
{
  LipcheckStepPage *self = (LipcheckStepPage *)object;

  G_OBJECT_CLASS (lipcheck_step_page_parent_class)->constructed (object);

  build (self);
  g_signal_connect_object (self->answers, "changed", G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
  sync_ticks (self);
  update (self);
}

static void
lipcheck_step_page_dispose (GObject *object)
{
  LipcheckStepPage *self = (LipcheckStepPage *)object;

  if (self->show_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->show_tick);
  self->show_tick = 0;
  self->to_show = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_STEP_PAGE);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_ptr_array_unref);
  g_clear_object (&self->units);
  g_clear_pointer (&self->required, g_hash_table_unref);
  g_clear_object (&self->step);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (lipcheck_step_page_parent_class)->dispose (object);
}

static void
lipcheck_step_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LipcheckStepPage *self = LIPCHECK_STEP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_object (value, self->step);
      break;

    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_step_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LipcheckStepPage *self = LIPCHECK_STEP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      self->step = g_value_dup_object (value);
      break;

    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_step_page_class_init (LipcheckStepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lipcheck_step_page_constructed;
  object_class->dispose = lipcheck_step_page_dispose;
  object_class->get_property = lipcheck_step_page_get_property;
  object_class->set_property = lipcheck_step_page_set_property;

  properties[PROP_STEP] =
    g_param_spec_object ("step", NULL, NULL,
                         LIPCHECK_TYPE_STEP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL,
                         LIPCHECK_TYPE_ANSWERS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-step-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, column);
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, checklist);
  gtk_widget_class_bind_template_child (widget_class, LipcheckStepPage, none);
  gtk_widget_class_bind_template_callback (widget_class, none_toggled_cb);

  g_type_ensure (LIPCHECK_TYPE_CHECKLIST_ITEM);
  g_type_ensure (LIPCHECK_TYPE_CLAMP);
}

static void
lipcheck_step_page_init (LipcheckStepPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->views = g_ptr_array_new ();
  self->ticks = g_ptr_array_new ();
  self->units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
}

GtkWidget *
lipcheck_step_page_new (LipcheckStep    *step,
                        LipcheckAnswers *answers)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP (step), NULL);
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (answers), NULL);

  return g_object_new (LIPCHECK_TYPE_STEP_PAGE,
                       "step", step,
                       "answers", answers,
                       NULL);
}

LipcheckStep *
lipcheck_step_page_get_step (LipcheckStepPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP_PAGE (self), NULL);

  return self->step;
}

/**
 * lipcheck_step_page_get_complete:
 *
 * Returns: whether every question of the step that applies and must be answered is answered
 */
gboolean
lipcheck_step_page_get_complete (LipcheckStepPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP_PAGE (self), FALSE);

  return self->complete;
}

/**
 * lipcheck_step_page_set_required:
 * @required: (nullable): a set of question ids
 *
 * Sets the questions that must be answered before the person moves on: those that can change
 * the urgency of the result. The others may be left unanswered.
 */
void
lipcheck_step_page_set_required (LipcheckStepPage *self,
                                 GHashTable       *required)
{
  g_return_if_fail (LIPCHECK_IS_STEP_PAGE (self));

  if (required != NULL)
    g_hash_table_ref (required);
  g_clear_pointer (&self->required, g_hash_table_unref);
  self->required = required;
  update (self);
}

/**
 * lipcheck_step_page_dup_missing:
 *
 * Returns: (transfer full) (nullable): the required questions still unanswered, in a few words
 *   each and in the order they appear, or %NULL when there are none
 */
GStrv
lipcheck_step_page_dup_missing (LipcheckStepPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) missing = NULL;

  g_return_val_if_fail (LIPCHECK_IS_STEP_PAGE (self), NULL);

  if (checklist_missing (self))
    g_strv_builder_add (builder, _("the list: tick what applies, or “None of these”"));

  for (guint i = 0; i < self->views->len; i++)
    {
      LipcheckQuestionView *view = g_ptr_array_index (self->views, i);

      if (view_missing (self, view))
        g_strv_builder_add (builder, lipcheck_question_get_short_text (lipcheck_question_view_get_question (view)));
    }

  missing = g_strv_builder_end (builder);
  return missing[0] != NULL ? g_steal_pointer (&missing) : NULL;
}

/**
 * lipcheck_step_page_focus_missing:
 *
 * Moves the keyboard focus to the first required question still unanswered and scrolls it into
 * view.
 *
 * Returns: whether there was one
 */
gboolean
lipcheck_step_page_focus_missing (LipcheckStepPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_STEP_PAGE (self), FALSE);

  if (checklist_missing (self))
    {
      gtk_widget_grab_focus (g_ptr_array_index (self->ticks, 0));
      return TRUE;
    }

  for (guint i = 0; i < self->views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->views, i);

      if (view_missing (self, LIPCHECK_QUESTION_VIEW (view)))
        {
          lipcheck_question_view_focus (LIPCHECK_QUESTION_VIEW (view));
          scroll_into_view (self, view);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * lipcheck_step_page_commit:
 *
 * Records "no" for every box of a checklist left unticked once something on it was ticked.
 * Nothing else is taken from untouched controls: their questions stay unanswered.
 */
void
lipcheck_step_page_commit (LipcheckStepPage *self)
{
  g_return_if_fail (LIPCHECK_IS_STEP_PAGE (self));

  for (guint i = 0; i < self->ticks->len; i++)
    {
      GtkCheckButton *tick = g_ptr_array_index (self->ticks, i);
      const char *id = lipcheck_checklist_item_get_id (LIPCHECK_CHECKLIST_ITEM (tick));

      if (!gtk_check_button_get_active (tick))
        lipcheck_answers_set_boolean (self->answers, id, FALSE);
    }

}

/**
 * lipcheck_step_page_focus_first:
 *
 * Moves the keyboard focus to the step's first question: the first box of a checklist, or the
 * first control of the first question.
 */
void
lipcheck_step_page_focus_first (LipcheckStepPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

  g_return_if_fail (LIPCHECK_IS_STEP_PAGE (self));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  if (self->ticks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->ticks, 0));
  else if (self->views->len > 0)
    lipcheck_question_view_focus (g_ptr_array_index (self->views, 0));
  else
    gtk_widget_child_focus (self->scroller, GTK_DIR_TAB_FORWARD);
}
