/* test-wizard.c: the self-check wizard driven through its real widgets. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "lipcheck-answers.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-result.h"
#include "lipcheck-question-view.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-result-view.h"
#include "lipcheck-step.h"
#include "lipcheck-step-page.h"
#include "lipcheck-wizard.h"

typedef struct
{
  LipcheckKnowledgeBase *kb;
  GtkWindow             *window;
  LipcheckWizard        *wizard;
} Fixture;

#define iterate lipcheck_test_iterate

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->wizard = g_object_new (LIPCHECK_TYPE_WIZARD, "knowledge-base", fixture->kb, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->wizard));
  gtk_window_set_default_size (fixture->window, 900, 700);
  gtk_window_present (fixture->window);
  iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  iterate ();
  g_assert_finalize_object (fixture->kb);
}

/* Finding widgets as a person would: by the text they show. */

typedef LipcheckTestMatch MatchFunc;

#define find_widget lipcheck_test_find_shown

static gboolean
label_contains (GtkWidget  *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
label_equals (GtkWidget  *widget,
              gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A check button whose label, or whose own child labels, read @text. */
static gboolean
check_button_reads (GtkWidget  *widget,
                    gconstpointer  text)
{
  const char *label;

  if (!GTK_IS_CHECK_BUTTON (widget))
    return FALSE;

  label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (label != NULL)
    return g_str_equal (label, text);

  return find_widget (widget, label_equals, text) != NULL;
}

static gboolean
button_reads (GtkWidget  *widget,
              gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0;
}

static GtkCheckButton *
find_check (Fixture    *fixture,
            const char *text)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (fixture->window), check_button_reads, text);

  g_assert_nonnull (widget);
  return GTK_CHECK_BUTTON (widget);
}

static void
tick (Fixture    *fixture,
      const char *text)
{
  gtk_check_button_set_active (find_check (fixture, text), TRUE);
  iterate ();
}

static gboolean
next_enabled (Fixture *fixture)
{
  GtkWidget *next = find_widget (GTK_WIDGET (fixture->window), button_reads, "_Next");

  if (next == NULL)
    next = find_widget (GTK_WIDGET (fixture->window), button_reads, "See _Result");
  g_assert_nonnull (next);

  return gtk_widget_get_sensitive (next);
}

static void
next (Fixture *fixture)
{
  g_assert_true (next_enabled (fixture));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL));
  iterate ();
}

static gboolean
answer_is (Fixture    *fixture,
           const char *id,
           const char *expected)
{
  GVariant *value = lipcheck_answers_lookup (lipcheck_wizard_get_answers (fixture->wizard), id);
  g_autofree char *text = NULL;

  if (value == NULL)
    return expected == NULL;

  text = g_variant_print (value, FALSE);
  return g_strcmp0 (text, expected) == 0;
}

static const char *
level_name (Fixture         *fixture,
            LipcheckUrgency  urgency)
{
  return lipcheck_entry_get_name (LIPCHECK_ENTRY (lipcheck_knowledge_base_get_level (fixture->kb, urgency)));
}

static gboolean
is_view_of (GtkWidget  *widget,
            gconstpointer  question_id)
{
  return LIPCHECK_IS_QUESTION_VIEW (widget) &&
         g_str_equal (lipcheck_entry_get_id (LIPCHECK_ENTRY (lipcheck_question_view_get_question (LIPCHECK_QUESTION_VIEW (widget)))),
                      question_id);
}

static gboolean
is_spin (GtkWidget  *widget,
         gconstpointer  unused)
{
  return GTK_IS_SPIN_BUTTON (widget);
}

static gboolean
is_yes (GtkWidget     *widget,
        gconstpointer  unused)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), "Yes") == 0;
}

static gboolean
is_not_sure (GtkWidget     *widget,
             gconstpointer  unused)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), "Not sure") == 0;
}

static GtkWidget *
control_of (Fixture    *fixture,
            const char *question_id,
            MatchFunc   match)
{
  GtkWidget *view = find_widget (GTK_WIDGET (fixture->window), is_view_of, question_id);
  GtkWidget *control;

  g_assert_nonnull (view);
  control = find_widget (view, match, NULL);
  g_assert_nonnull (control);

  return control;
}

/* Walks the first three steps: a few days, strong twitch, 5 cups, 6 hours, a diuretic. */
static void
answer_everyday_steps (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.start", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 0);

  /* The duration has no default: Next waits for it. */
  g_assert_false (next_enabled (fixture));
  tick (fixture, "A few days (less than two weeks)");
  g_assert_true (answer_is (fixture, "duration", "'days'"));
  /* Nothing untouched is an answer: not a yes/no question ... */
  g_assert_true (answer_is (fixture, "severe", NULL));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (control_of (fixture, "severe", is_yes)), TRUE);
  g_assert_true (answer_is (fixture, "severe", "true"));
  next (fixture);
  g_assert_true (answer_is (fixture, "spread", NULL));

  /* ... nor a number, which says "Not sure" until it is moved. */
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 1);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (control_of (fixture, "caffeine-cups", is_not_sure))));
  g_assert_true (answer_is (fixture, "caffeine-cups", NULL));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control_of (fixture, "caffeine-cups", is_spin)), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control_of (fixture, "sleep-hours", is_spin)), 6);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (control_of (fixture, "caffeine-cups", is_not_sure))));
  g_assert_true (answer_is (fixture, "caffeine-cups", "5"));
  /* "Not sure" takes a number back; unticking it takes the number shown. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (control_of (fixture, "sleep-hours", is_not_sure)), TRUE);
  g_assert_true (answer_is (fixture, "sleep-hours", NULL));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (control_of (fixture, "sleep-hours", is_not_sure)), FALSE);
  g_assert_true (answer_is (fixture, "sleep-hours", "6"));
  next (fixture);

  tick (fixture, "A diuretic (water tablet)");
  next (fixture);
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 3);
}

static LipcheckResult *
result (Fixture *fixture)
{
  LipcheckResult *res = lipcheck_wizard_get_result (fixture->wizard);

  g_assert_nonnull (res);
  return res;
}

static void
test_steps_from_knowledge_base (Fixture       *fixture,
                                gconstpointer  data)
{
  GListModel *steps = lipcheck_knowledge_base_get_entries (fixture->kb, LIPCHECK_KIND_STEP);

  g_assert_cmpuint (lipcheck_wizard_get_n_steps (fixture->wizard), ==, g_list_model_get_n_items (steps));
  g_assert_cmpuint (lipcheck_wizard_get_n_steps (fixture->wizard), <=, 5);
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, -1);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "not a diagnosis"));

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LipcheckStep) step = g_list_model_get_item (steps, i);
      GtkWidget *page = lipcheck_wizard_get_page (fixture->wizard, i);

      g_assert_true (lipcheck_step_page_get_step (LIPCHECK_STEP_PAGE (page)) == step);
    }
}

static void
test_self_care_walk (Fixture       *fixture,
                     gconstpointer  data)
{
  LipcheckResult *res;

  answer_everyday_steps (fixture);

  /* Warning signs: nothing ticked means no answer yet. */
  g_assert_false (next_enabled (fixture));
  g_assert_true (answer_is (fixture, "weakness", NULL));
  tick (fixture, "None of these");
  g_assert_true (answer_is (fixture, "weakness", "false"));
  g_assert_true (answer_is (fixture, "vision", "false"));
  next (fixture);

  res = result (fixture);
  g_assert_cmpint (lipcheck_result_get_urgency (res), ==, LIPCHECK_URGENCY_ROUTINE);
  /* What was left untouched is reported as not answered, never taken as "no". */
  g_assert_cmpstrv (lipcheck_result_get_unanswered (res),
                    ((const char *[]) { "spread", "stiff", "eye-onset", "stress", "alcohol",
                                        "low-fluids", "low-mineral-diet", NULL }));
  g_assert_true (answer_is (fixture, "spread", NULL));
  g_assert_true (answer_is (fixture, "caffeine-cups", "5"));
  g_assert_true (answer_is (fixture, "medications", "['diuretic']"));

  /* The result page says it in words. */
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, level_name (fixture, LIPCHECK_URGENCY_ROUTINE)));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "You said you have 5 caffeinated drinks a day"));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "Caffeine"));
}

static void
test_follow_up_and_emergency (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *number;

  answer_everyday_steps (fixture);

  /* "Came on suddenly" is asked only once drooping is ticked, and must then be answered. */
  g_assert_null (find_widget (GTK_WIDGET (fixture->window), check_button_reads, "Yes"));
  tick (fixture, "A change in the symmetry of the face, or drooping");
  g_assert_true (answer_is (fixture, "asymmetry", "true"));
  g_assert_false (next_enabled (fixture));
  /* The question that appears takes the focus, which brings it into view. */
  g_assert_true (gtk_widget_has_focus (control_of (fixture, "sudden", is_yes)));

  tick (fixture, "Yes");
  g_assert_true (answer_is (fixture, "sudden", "true"));
  next (fixture);

  g_assert_cmpint (lipcheck_result_get_urgency (result (fixture)), ==, LIPCHECK_URGENCY_EMERGENCY);
  number = find_widget (GTK_WIDGET (fixture->window), label_contains, "Call 112");
  g_assert_nonnull (number);
  g_assert_true (gtk_widget_get_visible (number));
  g_assert_true (answer_is (fixture, "numbness", "false"));
}

static void
test_follow_up_withdrawn (Fixture       *fixture,
                          gconstpointer  data)
{
  answer_everyday_steps (fixture);

  tick (fixture, "Difficulty speaking");
  tick (fixture, "No");
  g_assert_true (answer_is (fixture, "sudden", "false"));

  /* Unticking the sign withdraws the follow-up and its answer. */
  gtk_check_button_set_active (find_check (fixture, "Difficulty speaking"), FALSE);
  iterate ();
  g_assert_true (answer_is (fixture, "sudden", NULL));
  g_assert_false (next_enabled (fixture));

  /* "None of these" and a tick exclude each other. */
  tick (fixture, "None of these");
  tick (fixture, "Pain along with the twitch");
  g_assert_false (gtk_check_button_get_active (find_check (fixture, "None of these")));
  next (fixture);

  g_assert_cmpint (lipcheck_result_get_urgency (result (fixture)), ==, LIPCHECK_URGENCY_URGENT);
  g_assert_true (answer_is (fixture, "swallowing", "false"));
}

static void
test_back_keeps_answers_and_restart_clears (Fixture       *fixture,
                                            gconstpointer  data)
{
  answer_everyday_steps (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.back", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (control_of (fixture, "caffeine-cups", is_spin))), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.restart", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, -1);
  g_assert_cmpuint (lipcheck_answers_get_n_answers (lipcheck_wizard_get_answers (fixture->wizard)), ==, 0);
  g_assert_null (lipcheck_wizard_get_result (fixture->wizard));
}

static void
test_show_answers (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();

  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  lipcheck_wizard_show_answers (fixture->wizard, answers);
  iterate ();

  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, (int)lipcheck_wizard_get_n_steps (fixture->wizard));
  g_assert_cmpint (lipcheck_result_get_urgency (result (fixture)), ==, LIPCHECK_URGENCY_URGENT);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, level_name (fixture, LIPCHECK_URGENCY_URGENT)));
  /* Unanswered questions are listed, not taken as "no". */
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "Not answered"));
}

static void
test_controls_have_names (Fixture       *fixture,
                          gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.start", NULL));
  iterate ();
  gtk_test_accessible_assert_property (control_of (fixture, "severe", is_yes),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Is the twitch strong or disruptive?");

  tick (fixture, "It started today");
  next (fixture);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (control_of (fixture, "caffeine-cups", is_spin)),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  next (fixture);
  next (fixture);
  gtk_test_accessible_assert_property (find_check (fixture, "Difficulty swallowing"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Difficulty swallowing");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Revealers and stacks then show their children at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add ("/lipcheck/wizard/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("steps-from-knowledge-base", test_steps_from_knowledge_base);
  ADD ("routine-walk", test_self_care_walk);
  ADD ("follow-up-and-emergency", test_follow_up_and_emergency);
  ADD ("follow-up-withdrawn", test_follow_up_withdrawn);
  ADD ("back-keeps-answers-restart-clears", test_back_keeps_answers_and_restart_clears);
  ADD ("show-answers", test_show_answers);
  ADD ("controls-have-names", test_controls_have_names);
#undef ADD

  return g_test_run ();
}
