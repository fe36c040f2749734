/* lipcheck-diary-entry-editor.c: one day of the twitch diary, every answer unanswered until given.
 *
 * How the twitch was, where (on the face map), the day's factors, "anything new?" as a tick list
 * with an explicit "None of these", and a note. Nothing is pre-filled: a number left empty, a
 * yes/no pair with neither pressed and an untouched tick list are "not answered", never "no".
 * "It came on suddenly" is asked when the knowledge base's question applies to what was ticked. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-choice-button.h"
#include "lipcheck-diary-entry-editor.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-entry.h"
#include "lipcheck-expr.h"
#include "lipcheck-face-map.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-warning-sign.h"

/* The question that is not a warning sign but is asked in "anything new?". */
#define SIGN_STIFF "stiff"

struct _LipcheckDiaryEntryEditor
{
  GtkWidget              parent_instance;

  /* Template widgets */
  GtkWidget             *column;
  GtkToggleButton       *twitch_none;
  GtkToggleButton       *twitch_mild;
  GtkToggleButton       *twitch_strong;
  LipcheckFaceMap       *face_map;
  GtkEditable           *caffeine;
  GtkEditable           *sleep;
  GtkToggleButton       *stress_yes;
  GtkToggleButton       *stress_no;
  GtkToggleButton       *alcohol_yes;
  GtkToggleButton       *alcohol_no;
  GtkToggleButton       *medicine_yes;
  GtkToggleButton       *medicine_no;
  GtkBox                *signs_box;
  GtkCheckButton        *none_of_these;
  GtkWidget             *sudden_row;
  GtkLabel              *sudden_label;
  GtkToggleButton       *sudden_yes;
  GtkToggleButton       *sudden_no;
  GtkEditable           *note;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  GPtrArray             *sign_buttons;   /* LipcheckChoiceButton, borrowed from signs_box; its value the id */
  gboolean               loading;
};

G_DEFINE_FINAL_TYPE (LipcheckDiaryEntryEditor, lipcheck_diary_entry_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
sign_id (GtkCheckButton *button)
{
  return lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button));
}

static gboolean
any_sign_ticked (LipcheckDiaryEntryEditor *self)
{
  for (guint i = 0; i < self->sign_buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->sign_buttons, i)))
      return TRUE;

  return FALSE;
}

/* "Came on suddenly" is asked when its question's condition holds for what is ticked. */
static void
update_sudden (LipcheckDiaryEntryEditor *self)
{
  LipcheckQuestion *sudden = self->kb ? lipcheck_knowledge_base_lookup_question (self->kb, "sudden") : NULL;
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  const LipcheckExpr *when;
  gboolean applies;

  for (guint i = 0; i < self->sign_buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->sign_buttons, i);

      lipcheck_answers_set_boolean (answers, sign_id (button), gtk_check_button_get_active (button));
    }

  when = sudden ? lipcheck_question_get_ask_when (sudden) : NULL;
  applies = sudden != NULL && (when == NULL ? any_sign_ticked (self) : lipcheck_expr_eval (when, answers, NULL));
  gtk_widget_set_visible (self->sudden_row, applies);
}

static void
changed (LipcheckDiaryEntryEditor *self)
{
  if (self->loading)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
answer_toggled_cb (LipcheckDiaryEntryEditor *self)
{
  changed (self);
}

static void
sign_toggled_cb (LipcheckDiaryEntryEditor *self,
                 GtkCheckButton           *button)
{
  if (gtk_check_button_get_active (button))
    gtk_check_button_set_active (self->none_of_these, FALSE);
  update_sudden (self);
  changed (self);
}

static void
none_toggled_cb (LipcheckDiaryEntryEditor *self)
{
  if (gtk_check_button_get_active (self->none_of_these))
    for (guint i = 0; i < self->sign_buttons->len; i++)
      gtk_check_button_set_active (g_ptr_array_index (self->sign_buttons, i), FALSE);
  update_sudden (self);
  changed (self);
}

static void
add_sign (LipcheckDiaryEntryEditor *self,
          LipcheckQuestion         *question)
{
  const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
  GtkWidget *button = lipcheck_choice_button_new (lipcheck_question_get_short_text (question), id);

  gtk_widget_set_tooltip_text (button, lipcheck_entry_get_name (LIPCHECK_ENTRY (question)));
  g_signal_connect_object (button, "toggled", G_CALLBACK (sign_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->signs_box, button);
  g_ptr_array_add (self->sign_buttons, button);
}

static void
fill_signs (LipcheckDiaryEntryEditor *self)
{
  GListModel *signs = lipcheck_knowledge_base_get_entries (self->kb, LIPCHECK_KIND_WARNING_SIGN);
  LipcheckQuestion *stiff = lipcheck_knowledge_base_lookup_question (self->kb, SIGN_STIFF);
  LipcheckQuestion *sudden = lipcheck_knowledge_base_lookup_question (self->kb, "sudden");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->signs_box))))
    gtk_box_remove (self->signs_box, child);
  g_ptr_array_set_size (self->sign_buttons, 0);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);

      add_sign (self, lipcheck_warning_sign_get_question (sign));
    }
  if (stiff != NULL)
    add_sign (self, stiff);

  if (sudden != NULL)
    gtk_label_set_text (self->sudden_label, lipcheck_question_get_short_text (sudden));
}

/* Reading and writing the widgets */

static void
set_pair (GtkToggleButton  *yes,
          GtkToggleButton  *no,
          LipcheckTristate  value)
{
  gtk_toggle_button_set_active (yes, value == LIPCHECK_TRISTATE_YES);
  gtk_toggle_button_set_active (no, value == LIPCHECK_TRISTATE_NO);
}

static LipcheckTristate
get_pair (GtkToggleButton *yes,
          GtkToggleButton *no)
{
  if (gtk_toggle_button_get_active (yes))
    return LIPCHECK_TRISTATE_YES;
  if (gtk_toggle_button_get_active (no))
    return LIPCHECK_TRISTATE_NO;
  return LIPCHECK_TRISTATE_UNANSWERED;
}

static void
set_number (GtkEditable *editable,
            int          value)
{
  g_autofree char *text = value == LIPCHECK_DIARY_UNANSWERED ? g_strdup ("") : g_strdup_printf ("%d", value);

  gtk_editable_set_text (editable, text);
}

/* An empty field is unanswered; anything else must be a whole number in the question's range. */
static gboolean
get_number (LipcheckDiaryEntryEditor  *self,
            GtkEditable               *editable,
            const char                *question_id,
            const char                *what,
            int                       *value,
            GError                   **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (self->kb, question_id);
  int minimum = question ? lipcheck_question_get_minimum (question) : 0;
  int maximum = question ? lipcheck_question_get_maximum (question) : 99;
  guint64 number;

  *value = LIPCHECK_DIARY_UNANSWERED;
  if (*text == '\0')
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, minimum, maximum, &number, NULL))
    {
      /* Translators: the first %s is what is asked, such as "Hours slept"; then the range */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a whole number from %d to %d. Correct it or leave it empty."),
                   what, text, minimum, maximum);
      return FALSE;
    }

  *value = (int)number;
  return TRUE;
}

static LipcheckTwitch
get_twitch (LipcheckDiaryEntryEditor *self,
            gboolean                 *answered)
{
  *answered = TRUE;
  if (gtk_toggle_button_get_active (self->twitch_strong))
    return LIPCHECK_TWITCH_STRONG;
  if (gtk_toggle_button_get_active (self->twitch_mild))
    return LIPCHECK_TWITCH_MILD;
  if (gtk_toggle_button_get_active (self->twitch_none))
    return LIPCHECK_TWITCH_NONE;

  *answered = FALSE;
  return LIPCHECK_TWITCH_NONE;
}

static void
load_signs (LipcheckDiaryEntryEditor *self,
            LipcheckDiaryEntry       *entry)
{
  const char * const *signs = entry ? lipcheck_diary_entry_get_new_signs (entry) : NULL;

  for (guint i = 0; i < self->sign_buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->sign_buttons, i);

      gtk_check_button_set_active (button, signs != NULL && g_strv_contains (signs, sign_id (button)));
    }
  gtk_check_button_set_active (self->none_of_these, signs != NULL && signs[0] == NULL);
  update_sudden (self);
}

/* Signs ticked, [] for "none of these", NULL when neither was chosen. */
static char **
dup_signs (LipcheckDiaryEntryEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!any_sign_ticked (self) && !gtk_check_button_get_active (self->none_of_these))
    return NULL;

  for (guint i = 0; i < self->sign_buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->sign_buttons, i);

      if (gtk_check_button_get_active (button))
        g_strv_builder_add (builder, sign_id (button));
    }

  return g_strv_builder_end (builder);
}

/* GObject */

static void
lipcheck_diary_entry_editor_dispose (GObject *object)
{
  LipcheckDiaryEntryEditor *self = (LipcheckDiaryEntryEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_DIARY_ENTRY_EDITOR);
  g_clear_pointer (&self->sign_buttons, g_ptr_array_unref);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (lipcheck_diary_entry_editor_parent_class)->dispose (object);
}

static void
lipcheck_diary_entry_editor_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  LipcheckDiaryEntryEditor *self = LIPCHECK_DIARY_ENTRY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_COMPLETE:
      g_value_set_boolean (value, lipcheck_diary_entry_editor_get_complete (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_diary_entry_editor_class_init (LipcheckDiaryEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_diary_entry_editor_dispose;
  object_class->get_property = lipcheck_diary_entry_editor_get_property;

  /**
   * LipcheckDiaryEntryEditor:complete:
   *
   * Whether the day can be saved: how the twitch was is answered.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LipcheckDiaryEntryEditor::changed:
   *
   * Emitted when the person changes an answer.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (LIPCHECK_TYPE_FACE_MAP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-diary-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, column);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, twitch_none);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, twitch_mild);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, twitch_strong);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, face_map);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, caffeine);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, sleep);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, stress_yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, stress_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, alcohol_yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, alcohol_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, medicine_yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, medicine_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, signs_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, none_of_these);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, sudden_row);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, sudden_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, sudden_yes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, sudden_no);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryEntryEditor, note);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, none_toggled_cb);
}

static void
lipcheck_diary_entry_editor_init (LipcheckDiaryEntryEditor *self)
{
  self->sign_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lipcheck_diary_entry_editor_set_knowledge_base:
 *
 * Fills "anything new?" with the knowledge base's warning signs and stiffness.
 */
void
lipcheck_diary_entry_editor_set_knowledge_base (LipcheckDiaryEntryEditor *self,
                                                LipcheckKnowledgeBase    *kb)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY_EDITOR (self));
  g_return_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  if (g_set_object (&self->kb, kb))
    fill_signs (self);
}

/**
 * lipcheck_diary_entry_editor_load:
 * @entry: (nullable): the day to show, or %NULL for a day with nothing answered
 */
void
lipcheck_diary_entry_editor_load (LipcheckDiaryEntryEditor *self,
                                  LipcheckDiaryEntry       *entry)
{
  LipcheckTwitch twitch = entry ? lipcheck_diary_entry_get_twitch (entry) : LIPCHECK_TWITCH_NONE;

  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY_EDITOR (self));

  self->loading = TRUE;
  /* A group of toggle buttons keeps one on: switch the chosen one on, or each off for none. */
  gtk_toggle_button_set_active (self->twitch_none, entry != NULL && twitch == LIPCHECK_TWITCH_NONE);
  gtk_toggle_button_set_active (self->twitch_mild, entry != NULL && twitch == LIPCHECK_TWITCH_MILD);
  gtk_toggle_button_set_active (self->twitch_strong, entry != NULL && twitch == LIPCHECK_TWITCH_STRONG);
  lipcheck_face_map_set_places (self->face_map, entry ? lipcheck_diary_entry_get_places (entry) : NULL);
  set_number (self->caffeine, entry ? lipcheck_diary_entry_get_caffeine_cups (entry) : LIPCHECK_DIARY_UNANSWERED);
  set_number (self->sleep, entry ? lipcheck_diary_entry_get_sleep_hours (entry) : LIPCHECK_DIARY_UNANSWERED);
  set_pair (self->stress_yes, self->stress_no, entry ? lipcheck_diary_entry_get_stress (entry) : 0);
  set_pair (self->alcohol_yes, self->alcohol_no, entry ? lipcheck_diary_entry_get_alcohol (entry) : 0);
  set_pair (self->medicine_yes, self->medicine_no, entry ? lipcheck_diary_entry_get_new_medicine (entry) : 0);
  load_signs (self, entry);
  set_pair (self->sudden_yes, self->sudden_no, entry ? lipcheck_diary_entry_get_sudden (entry) : 0);
  gtk_editable_set_text (self->note, entry && lipcheck_diary_entry_get_note (entry) ? lipcheck_diary_entry_get_note (entry) : "");
  self->loading = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

gboolean
lipcheck_diary_entry_editor_get_complete (LipcheckDiaryEntryEditor *self)
{
  gboolean answered;

  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY_EDITOR (self), FALSE);

  get_twitch (self, &answered);
  return answered;
}

/**
 * lipcheck_diary_entry_editor_build:
 * @date: the day the entry is for
 *
 * Returns: (transfer full): the day as answered, or %NULL with an error that says what to correct
 */
LipcheckDiaryEntry *
lipcheck_diary_entry_editor_build (LipcheckDiaryEntryEditor  *self,
                                   const GDate               *date,
                                   GError                   **error)
{
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_auto(GStrv) places = NULL;
  g_auto(GStrv) signs = NULL;
  LipcheckTwitch twitch;
  gboolean answered;
  int cups, hours;

  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY_EDITOR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  twitch = get_twitch (self, &answered);
  if (!answered)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Say whether it twitched: none, mild, or strong."));
      return NULL;
    }
  if (!get_number (self, self->caffeine, "caffeine-cups", _("Cups of caffeinated drinks"), &cups, error) ||
      !get_number (self, self->sleep, "sleep-hours", _("Hours slept"), &hours, error))
    return NULL;

  entry = lipcheck_diary_entry_new (date, twitch);
  /* No place switched on is no answer about places. */
  places = lipcheck_face_map_dup_places (self->face_map);
  if (places[0] != NULL)
    lipcheck_diary_entry_set_places (entry, (const char * const *)places);
  lipcheck_diary_entry_set_caffeine_cups (entry, cups);
  lipcheck_diary_entry_set_sleep_hours (entry, hours);
  lipcheck_diary_entry_set_stress (entry, get_pair (self->stress_yes, self->stress_no));
  lipcheck_diary_entry_set_alcohol (entry, get_pair (self->alcohol_yes, self->alcohol_no));
  lipcheck_diary_entry_set_new_medicine (entry, get_pair (self->medicine_yes, self->medicine_no));
  signs = dup_signs (self);
  lipcheck_diary_entry_set_new_signs (entry, (const char * const *)signs);
  if (gtk_widget_get_visible (self->sudden_row))
    lipcheck_diary_entry_set_sudden (entry, get_pair (self->sudden_yes, self->sudden_no));
  if (*gtk_editable_get_text (self->note) != '\0')
    lipcheck_diary_entry_set_note (entry, gtk_editable_get_text (self->note));

  return g_steal_pointer (&entry);
}
