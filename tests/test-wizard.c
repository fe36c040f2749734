/* test-wizard.c: the self-check wizard driven through its real widgets. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "lipcheck-answers.h"
#include "lipcheck-answers-file.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-last-check.h"
#include "lipcheck-level.h"
#include "lipcheck-report.h"
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

static GFile *
in_progress_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "lipcheck", "in-progress.json", NULL);
}

/* The tests share one home folder: none starts with another's unfinished check. */
static void
forget_in_progress (void)
{
  g_autoptr(GFile) file = in_progress_file ();

  g_file_delete (file, NULL, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  forget_in_progress ();

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
  forget_in_progress ();
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

static GtkWidget *
next_button (Fixture *fixture)
{
  GtkWidget *next = find_widget (GTK_WIDGET (fixture->window), button_reads, "_Next");

  if (next == NULL)
    next = find_widget (GTK_WIDGET (fixture->window), button_reads, "See _Result");
  g_assert_nonnull (next);

  return next;
}

/* The note beside Next that says what is still to answer, or NULL when nothing is. */
static const char *
missing_note (Fixture *fixture)
{
  GtkWidget *note = find_widget (GTK_WIDGET (fixture->window), label_contains, "Still to answer: ");

  return note != NULL ? gtk_label_get_text (GTK_LABEL (note)) : NULL;
}

/* Next always stays sensitive on a step, so that a screen reader finds it; it goes on only
 * once nothing that can change the urgency is missing. */
static gboolean
next_enabled (Fixture *fixture)
{
  g_assert_true (gtk_widget_get_sensitive (next_button (fixture)));

  return missing_note (fixture) == NULL;
}

static void
next (Fixture *fixture)
{
  int position = lipcheck_wizard_get_position (fixture->wizard);

  g_assert_true (next_enabled (fixture));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, position + 1);
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

/* A control of a question's view that reads @text. */
static GtkCheckButton *
button_of (Fixture    *fixture,
           const char *question_id,
           const char *text)
{
  GtkWidget *view = find_widget (GTK_WIDGET (fixture->window), is_view_of, question_id);
  GtkWidget *button;

  g_assert_nonnull (view);
  button = find_widget (view, check_button_reads, text);
  g_assert_nonnull (button);

  return GTK_CHECK_BUTTON (button);
}

static void
choose (Fixture    *fixture,
        const char *question_id,
        const char *text)
{
  gtk_check_button_set_active (button_of (fixture, question_id, text), TRUE);
  iterate ();
}

static void
start (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.start", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 0);
}

/* The first step's questions that can change the urgency, all answered "No" but @except. */
static void
answer_twitch_no (Fixture    *fixture,
                  const char *except)
{
  const char *ids[] = { "spread", "severe", "stiff", "eye-onset" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_strcmp0 (ids[i], except) != 0)
      choose (fixture, ids[i], "No");
}

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* Walks the first three steps: a few days, strong twitch, 5 cups, 6 hours, a diuretic. */
static void
answer_everyday_steps (Fixture *fixture)
{
  start (fixture);

  /* The duration has no default: Next waits for it. */
  g_assert_false (next_enabled (fixture));
  tick (fixture, "A few days (less than two weeks)");
  g_assert_true (answer_is (fixture, "duration", "'days'"));
  /* Nothing untouched is an answer: not a yes/no question ... */
  g_assert_true (answer_is (fixture, "severe", NULL));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (control_of (fixture, "severe", is_yes)), TRUE);
  g_assert_true (answer_is (fixture, "severe", "true"));
  answer_twitch_no (fixture, "severe");
  next (fixture);
  g_assert_true (answer_is (fixture, "spread", "false"));
  g_assert_true (answer_is (fixture, "stress", NULL));

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
                    ((const char *[]) { "stress", "alcohol", "low-fluids", "low-mineral-diet", NULL }));
  g_assert_true (answer_is (fixture, "stress", NULL));
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
  start (fixture);
  gtk_test_accessible_assert_property (control_of (fixture, "severe", is_yes),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Is the twitch strong or disruptive?");

  tick (fixture, "It started today");
  answer_twitch_no (fixture, NULL);
  next (fixture);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (control_of (fixture, "caffeine-cups", is_spin)),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  next (fixture);
  choose (fixture, "medications", "None of these");
  next (fixture);
  gtk_test_accessible_assert_property (find_check (fixture, "Difficulty swallowing"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Difficulty swallowing");
}

/* Issue 10: an everyday question left untouched is unanswered all the way: in the answers, in
 * the answers file kept for the last check, in the result's list and in the report's words. */
static void
test_untouched_unanswered (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *everyday[] = { "stress", "sleep-hours", "caffeine-cups", "alcohol", "low-fluids", "low-mineral-diet", NULL };
  g_autoptr(GFile) file = g_file_new_build_filename (g_get_user_data_dir (), "check.json", NULL);
  g_autoptr(LipcheckAnswers) saved = NULL;
  g_autoptr(LipcheckResult) reread = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  LipcheckResult *res;

  start (fixture);
  tick (fixture, "It started today");
  answer_twitch_no (fixture, NULL);
  next (fixture);
  next (fixture);                               /* daily life: nothing touched */
  choose (fixture, "medications", "None of these");
  next (fixture);                               /* food and drink: only the medicines */
  tick (fixture, "None of these");
  next (fixture);

  res = result (fixture);
  g_assert_cmpint (lipcheck_result_get_urgency (res), ==, LIPCHECK_URGENCY_SELF_CARE);
  g_assert_true (lipcheck_result_get_complete (res));
  g_assert_cmpstrv (lipcheck_result_get_unanswered (res), everyday);
  for (guint i = 0; everyday[i] != NULL; i++)
    g_assert_true (answer_is (fixture, everyday[i], NULL));
  /* "None of these" is an answer the person gave: no medicine. */
  g_assert_true (answer_is (fixture, "medications", "[]"));

  /* The file kept for the last check records nothing for them, and reads back the same. */
  json = lipcheck_answers_to_json (lipcheck_wizard_get_answers (fixture->wizard), fixture->kb);
  for (guint i = 0; everyday[i] != NULL; i++)
    {
      g_autofree char *member = g_strdup_printf ("\"%s\"", everyday[i]);

      g_assert_null (strstr (json, member));
    }
  g_assert_true (lipcheck_last_check_save (file, fixture->kb, lipcheck_wizard_get_answers (fixture->wizard), now, &error));
  g_assert_no_error (error);
  saved = lipcheck_last_check_load (file, fixture->kb, NULL, &error);
  g_assert_no_error (error);
  reread = lipcheck_evaluate (fixture->kb, saved, NULL);
  g_assert_cmpstrv (lipcheck_result_get_unanswered (reread), everyday);

  /* The report (and the sheet, which shares its words) says "not answered", never "no". */
  text = lipcheck_report_to_text (res);
  g_assert_nonnull (strstr (text, "• How many hours do you usually sleep a night? — not answered\n"));
  g_assert_nonnull (strstr (text, "• Have you been under stress or feeling anxious lately? — not answered\n"));
  g_assert_nonnull (strstr (text, "• Do you take any of these medicines? — none\n"));
}

/* Next explains what is missing, beside the buttons and in its description, and takes the focus
 * to it; the questions that matter come from the knowledge base's rules. */
static void
test_missing_note_and_focus (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *note;

  start (fixture);
  g_assert_cmpstr (missing_note (fixture), ==,
                   "Still to answer: How long, Twitching elsewhere too, Strong or disruptive, "
                   "Area feels stiff, One side, began at the eye");
  gtk_test_accessible_assert_property (next_button (fixture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       missing_note (fixture));

  /* Pressing Next stays on the step and focuses the first question missing. */
  gtk_widget_grab_focus (GTK_WIDGET (button_of (fixture, "stiff", "No")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 0);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "duration", "It started today")));

  tick (fixture, "Two weeks or more");
  choose (fixture, "spread", "Yes");
  note = missing_note (fixture);
  g_assert_cmpstr (note, ==, "Still to answer: Strong or disruptive, Area feels stiff, One side, began at the eye");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 0);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "severe", "Yes")));

  answer_twitch_no (fixture, "spread");
  g_assert_null (missing_note (fixture));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (next_button (fixture)),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  next (fixture);

  /* Everyday questions may be left; the medicines may not, nor the warning signs. */
  g_assert_null (missing_note (fixture));
  next (fixture);
  g_assert_cmpstr (missing_note (fixture), ==, "Still to answer: Medicines");
  choose (fixture, "medications", "None of these");
  next (fixture);
  g_assert_cmpstr (missing_note (fixture), ==, "Still to answer: the list: tick what applies, or “None of these”");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.next", NULL));
  iterate ();
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (find_check (fixture, "Weakness in the muscles of the face or lip")));
  /* The note follows the answers however they are given, as from an unfinished check. */
  lipcheck_answers_set_boolean (lipcheck_wizard_get_answers (fixture->wizard), "pain", TRUE);
  iterate ();
  g_assert_null (missing_note (fixture));
  lipcheck_answers_unset (lipcheck_wizard_get_answers (fixture->wizard), "pain");
  iterate ();
  g_assert_nonnull (missing_note (fixture));

  /* A follow-up that appears is missing in its turn. */
  tick (fixture, "Numbness in the face or lip");
  g_assert_cmpstr (missing_note (fixture), ==, "Still to answer: Came on suddenly");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (next_button (fixture))), ==, "See _Result");
  choose (fixture, "sudden", "No");
  next (fixture);
  g_assert_cmpint (lipcheck_result_get_urgency (result (fixture)), ==, LIPCHECK_URGENCY_URGENT);
}

/* The medicines have an explicit "None of these": untouched stays unanswered. */
static void
test_medicines_none_of_these (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkCheckButton *none;
  GtkCheckButton *diuretic;

  start (fixture);
  tick (fixture, "It started today");
  answer_twitch_no (fixture, NULL);
  next (fixture);
  next (fixture);

  none = button_of (fixture, "medications", "None of these");
  diuretic = button_of (fixture, "medications", "A diuretic (water tablet)");
  g_assert_false (gtk_check_button_get_active (none));
  g_assert_true (answer_is (fixture, "medications", NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "or tick “None of these” if you take none of them"));

  choose (fixture, "medications", "None of these");
  g_assert_true (answer_is (fixture, "medications", "[]"));

  /* A medicine and "None of these" exclude each other. */
  choose (fixture, "medications", "A diuretic (water tablet)");
  g_assert_false (gtk_check_button_get_active (none));
  g_assert_true (answer_is (fixture, "medications", "['diuretic']"));

  /* Unticking the last box leaves the question unanswered again, not "none". */
  gtk_check_button_set_active (diuretic, FALSE);
  iterate ();
  g_assert_true (answer_is (fixture, "medications", NULL));
  g_assert_cmpstr (missing_note (fixture), ==, "Still to answer: Medicines");

  choose (fixture, "medications", "None of these");
  gtk_check_button_set_active (none, FALSE);
  iterate ();
  g_assert_true (answer_is (fixture, "medications", NULL));
}

/* Iterates the main loop until @view lies wholly inside @scroller, or five seconds have passed. */
static void
wait_until_in_view (GtkWidget *view,
                    GtkWidget *scroller)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  graphene_rect_t bounds;

  while (g_get_monotonic_time () < deadline)
    {
      if (gtk_widget_compute_bounds (view, scroller, &bounds) && bounds.origin.y >= 0 &&
          bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller))
        return;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

/* "Came on suddenly" scrolls into view, takes the focus and is a named, described group. */
static void
test_follow_up_in_view (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *view;
  GtkWidget *scroller;
  graphene_rect_t bounds;

  gtk_window_set_default_size (fixture->window, 900, 420);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  answer_everyday_steps (fixture);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  tick (fixture, "Changes in vision");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  iterate ();

  view = find_widget (GTK_WIDGET (fixture->window), is_view_of, "sudden");
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (button_of (fixture, "sudden", "Yes"))));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "The drooping, weakness, numbness, speech or vision trouble came on suddenly");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Answer yes if it came on suddenly. Answer no if it developed over hours to days.");

  /* The whole question shows inside the step's scrolled window, once its revealer has opened
   * (an animation of the frame clock: waited for, up to five seconds on a loaded machine). */
  scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  wait_until_in_view (view, scroller);
  g_assert_true (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))) > 0);
  g_assert_true (gtk_widget_compute_bounds (view, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
}

/* Issue 13: after Start and after Next, the focus is on the step's first question. */
static void
test_focus_first_question (Fixture       *fixture,
                           gconstpointer  data)
{
  start (fixture);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "duration", "It started today")));

  tick (fixture, "A few days (less than two weeks)");
  answer_twitch_no (fixture, NULL);
  next (fixture);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "stress", "Yes")));

  next (fixture);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "low-fluids", "Yes")));

  choose (fixture, "medications", "None of these");
  next (fixture);
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (find_check (fixture, "Weakness in the muscles of the face or lip")));

  /* Back lands on the first question too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.back", NULL));
  iterate ();
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "low-fluids", "Yes")));
}

/* Puts a fresh wizard in the window, as a new start of Lipcheck does. */
static void
reopen (Fixture *fixture)
{
  fixture->wizard = g_object_new (LIPCHECK_TYPE_WIZARD, "knowledge-base", fixture->kb, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->wizard));
  iterate ();
}

/* Issue 13: closing in the middle keeps the answers so far, and the intro offers to continue. */
static void
test_resume_after_closing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) file = in_progress_file ();
  GtkWidget *row;

  start (fixture);
  tick (fixture, "Two weeks or more");
  choose (fixture, "spread", "Yes");
  g_assert_true (g_file_query_exists (file, NULL));

  /* The window closes: the wizard goes with it. */
  gtk_window_set_child (fixture->window, NULL);
  iterate ();
  reopen (fixture);

  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, -1);
  row = find_widget (GTK_WIDGET (fixture->window), label_contains, "You have a self-check you did not finish, with 2 answers so far.");
  g_assert_nonnull (row);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), button_reads, "_Continue the Self-Check"));
  g_assert_true (answer_is (fixture, "duration", "'weeks'"));
  g_assert_true (answer_is (fixture, "spread", "true"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->wizard), "wizard.continue", NULL));
  iterate ();
  g_assert_cmpint (lipcheck_wizard_get_position (fixture->wizard), ==, 0);
  g_assert_true (gtk_check_button_get_active (button_of (fixture, "spread", "Yes")));
  /* The focus is on the first question still to answer. */
  g_assert_true (focus_widget (fixture) == GTK_WIDGET (button_of (fixture, "severe", "Yes")));
  answer_twitch_no (fixture, "spread");
  next (fixture);
  next (fixture);
  choose (fixture, "medications", "None of these");
  next (fixture);
  tick (fixture, "None of these");
  next (fixture);

  /* A finished check is the last check, no longer one to continue. */
  g_assert_cmpint (lipcheck_result_get_urgency (result (fixture)), ==, LIPCHECK_URGENCY_ROUTINE);
  g_assert_false (g_file_query_exists (file, NULL));
}

/* An unfinished check that cannot be read is set aside, never dropped, and the intro says so. */
static void
test_resume_unreadable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = in_progress_file ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;
  gboolean set_aside = FALSE;

  g_assert_true (g_file_make_directory_with_parents (folder, NULL, NULL) || g_file_query_exists (folder, NULL));
  g_assert_true (g_file_replace_contents (file, "{\"answers\": {\"duration\": ", 24, NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  gtk_window_set_child (fixture->window, NULL);
  iterate ();
  reopen (fixture);

  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), label_contains, "Your unfinished self-check could not be read"));
  g_assert_null (find_widget (GTK_WIDGET (fixture->window), button_reads, "_Continue the Self-Check"));
  g_assert_cmpuint (lipcheck_answers_get_n_answers (lipcheck_wizard_get_answers (fixture->wizard)), ==, 0);
  g_assert_false (g_file_query_exists (file, NULL));

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      set_aside |= g_str_has_prefix (g_file_info_get_name (info), "in-progress.json.corrupt-");
      g_object_unref (info);
    }
  g_assert_true (set_aside);
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
  ADD ("untouched-unanswered", test_untouched_unanswered);
  ADD ("missing-note-and-focus", test_missing_note_and_focus);
  ADD ("medicines-none-of-these", test_medicines_none_of_these);
  ADD ("follow-up-in-view", test_follow_up_in_view);
  ADD ("focus-first-question", test_focus_first_question);
  ADD ("resume-after-closing", test_resume_after_closing);
  ADD ("resume-unreadable", test_resume_unreadable);
#undef ADD

  return g_test_run ();
}
