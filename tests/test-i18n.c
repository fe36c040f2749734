/* test-i18n.c: Lipcheck in the user's language: the interface, the knowledge base and the reports.
 * Run once per language with LIPCHECK_TEST_LANGUAGE set (see tests/meson.build). */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "lipcheck-answers.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-wizard.h"

typedef struct
{
  const char *language;
  const char *caffeine;       /* the cause's name */
  const char *emergency;      /* the emergency level's name */
  const char *start;          /* the wizard's start button */
  const char *none;           /* "None of these" */
  const char *why_caffeine;   /* part of the rendered reason for 5 cups */
  const char *hour;           /* the unit of sleep after 1 */
  const char *hours;          /* and after 2 */
  const char *date;           /* 2 December 2026 on the summary sheet */
} Expected;

static const Expected expected_texts[] = {
  { "de", "Koffein", "Jetzt den Notruf wählen", "Selbsttest s_tarten", "Nichts davon", "5",
    "Stunde pro Nacht", "Stunden pro Nacht", "2. Dezember 2026" },
  { "es", "Cafeína", "Llame ahora al número de emergencias", "_Empezar la autoevaluación", "Nada de esto", "5",
    "hora por noche", "horas por noche", "2 de diciembre de 2026" },
};

static const Expected *expected;

static LipcheckKnowledgeBase *
load_kb (void)
{
  g_autoptr(GError) error = NULL;
  LipcheckKnowledgeBase *kb = lipcheck_knowledge_base_new_default (&error);

  g_assert_no_error (error);
  return kb;
}

static gboolean
shows_text (GtkWidget     *widget,
            gconstpointer  text)
{
  return (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text)) ||
         (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0);
}

static gboolean
find_text (GtkWidget  *widget,
           const char *text)
{
  return lipcheck_test_find (widget, shows_text, text) != NULL;
}

static void
test_knowledge_base (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  LipcheckEntry *caffeine = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "caffeine");
  LipcheckEntry *emergency = LIPCHECK_ENTRY (lipcheck_knowledge_base_get_level (kb, LIPCHECK_URGENCY_EMERGENCY));
  GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);

  g_assert_cmpstr (lipcheck_entry_get_name (caffeine), ==, expected->caffeine);
  g_assert_cmpstr (lipcheck_entry_get_name (emergency), ==, expected->emergency);

  /* Every question reads differently from the English: nothing was left out. */
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, i);
      g_autofree char *context = g_strdup_printf ("questions/%s/text", lipcheck_entry_get_id (question));
      const char *english = NULL;

      /* The English is what gettext gives back in the C locale; here it must differ. */
      english = g_dpgettext2 ("lipcheck-no-such-domain", context, lipcheck_entry_get_name (question));
      g_assert_cmpstr (english, ==, lipcheck_entry_get_name (question));
      g_assert_null (strstr (lipcheck_entry_get_name (question), "How long has the twitch"));
      g_assert_null (strstr (lipcheck_entry_get_name (question), "Do you "));
    }
}

static void
test_report (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(LipcheckResult) result = NULL;
  g_autofree char *text = NULL;

  lipcheck_answers_set_number (answers, "caffeine-cups", 5);
  lipcheck_answers_set_boolean (answers, "asymmetry", TRUE);
  lipcheck_answers_set_boolean (answers, "sudden", TRUE);
  result = lipcheck_evaluate (kb, answers, "DE");
  text = lipcheck_report_to_text (result);

  g_assert_nonnull (strstr (text, expected->emergency));
  g_assert_nonnull (strstr (text, "112"));
  /* An emergency says one thing: the caffeine factor is not listed. */
  g_assert_null (strstr (text, expected->caffeine));
  /* The placeholders were filled in, whatever the sentence around them. */
  g_assert_null (strchr (text, '{'));
  g_assert_null (strstr (text, "Likely factors"));
}

/* Below an emergency the factors are named, in the language. */
static void
test_report_factors (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(LipcheckResult) result = NULL;
  g_autofree char *text = NULL;

  lipcheck_answers_set_number (answers, "caffeine-cups", 5);
  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  result = lipcheck_evaluate (kb, answers, "DE");
  text = lipcheck_report_to_text (result);

  g_assert_nonnull (strstr (text, expected->caffeine));
  g_assert_null (strchr (text, '{'));
  g_assert_null (strstr (text, "Likely factors"));
  g_assert_null (strstr (text, "not answered"));
}

/* One hour, one cup: the singular of the language. */
static void
test_report_plural (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(LipcheckResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *one_hour = g_strdup_printf ("— 1 %s\n", expected->hour);
  g_autofree char *two_hours = g_strdup_printf ("— 2 %s\n", expected->hours);
  g_autofree char *wrong = g_strdup_printf (" 1 %s", expected->hours);

  lipcheck_answers_set_number (answers, "sleep-hours", 1);
  result = lipcheck_evaluate (kb, answers, "DE");
  text = lipcheck_report_to_text (result);
  g_assert_nonnull (strstr (text, one_hour));
  /* Nor in the factor's reason, whose template writes the plural after the number. */
  g_assert_null (strstr (text, wrong));
  g_clear_pointer (&text, g_free);
  g_clear_object (&result);

  lipcheck_answers_set_number (answers, "sleep-hours", 2);
  result = lipcheck_evaluate (kb, answers, "DE");
  text = lipcheck_report_to_text (result);
  g_assert_nonnull (strstr (text, two_hours));
}

/* The sheet's date in the interface's language, though LC_TIME is C. */
static void
test_summary_date (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();
  g_autoptr(LipcheckResult) result = lipcheck_evaluate (kb, answers, "DE");
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 2, 9, 0, 0);
  g_autoptr(LipcheckSummary) summary = lipcheck_summary_new (result, date);
  g_autofree char *title = lipcheck_summary_dup_title (summary);

  g_assert_nonnull (strstr (title, expected->date));
  g_assert_null (strstr (title, "December"));
}

static void
test_interface (void)
{
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LipcheckWizard *wizard = g_object_new (LIPCHECK_TYPE_WIZARD, "knowledge-base", kb, NULL);

  gtk_window_set_child (window, GTK_WIDGET (wizard));
  gtk_window_present (window);

  g_assert_true (find_text (GTK_WIDGET (window), expected->start));
  g_assert_false (find_text (GTK_WIDGET (window), "_Start the Self-Check"));

  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
  for (guint i = 0; i < 3; i++)
    {
      lipcheck_answers_set_choice (lipcheck_wizard_get_answers (wizard), "duration", "days");
      gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
    }
  g_assert_true (find_text (GTK_WIDGET (window), expected->none));

  gtk_window_destroy (window);
}

/* The spin buttons of a step start at one x, however long each unit is in the language. */
static void
collect_spins (GtkWidget *widget,
               GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (spins, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_spins (child, spins);
}

static void
test_spin_buttons_line_up (void)
{
  static const char * const first_step_noes[] = { "spread", "severe", "stiff", "eye-onset" };
  g_autoptr(LipcheckKnowledgeBase) kb = load_kb ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LipcheckWizard *wizard = g_object_new (LIPCHECK_TYPE_WIZARD, "knowledge-base", kb, NULL);
  graphene_point_t first, other;

  gtk_window_set_default_size (window, 1000, 740);
  gtk_window_set_child (window, GTK_WIDGET (wizard));
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
  /* The first step's questions, answered, so that Next goes on. */
  lipcheck_answers_set_choice (lipcheck_wizard_get_answers (wizard), "duration", "days");
  for (guint i = 0; i < G_N_ELEMENTS (first_step_noes); i++)
    lipcheck_answers_set_boolean (lipcheck_wizard_get_answers (wizard), first_step_noes[i], FALSE);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  g_assert_cmpint (lipcheck_wizard_get_position (wizard), ==, 1);
  /* The step's questions slide in one after the other. */
  for (gint64 until = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
       g_get_monotonic_time () < until;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_ptr_array_set_size (spins, 0);
      collect_spins (GTK_WIDGET (window), spins);
      if (spins->len >= 2)
        break;
      g_usleep (10000);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (spins->len, >=, 2);
  g_assert_true (gtk_widget_compute_point (g_ptr_array_index (spins, 0), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &first));
  for (guint i = 1; i < spins->len; i++)
    {
      g_assert_true (gtk_widget_compute_point (g_ptr_array_index (spins, i), GTK_WIDGET (window),
                                               &GRAPHENE_POINT_INIT (0, 0), &other));
      g_test_message ("spin button %u at x %.0f, the first at %.0f", i, other.x, first.x);
      g_assert_cmpfloat_with_epsilon (other.x, first.x, 0.5);
    }

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LIPCHECK_TEST_LANGUAGE");
  g_autofree char *locale_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);

  gtk_test_init (&argc, &argv, NULL);

  /* gtk_test_init chose the C locale; a translation test wants the environment's. */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (expected_texts); i++)
    if (g_strcmp0 (expected_texts[i].language, language) == 0)
      expected = &expected_texts[i];
  g_assert_nonnull (expected);

  g_test_add_func ("/lipcheck/i18n/knowledge-base", test_knowledge_base);
  g_test_add_func ("/lipcheck/i18n/report", test_report);
  g_test_add_func ("/lipcheck/i18n/report-factors", test_report_factors);
  g_test_add_func ("/lipcheck/i18n/report-plural", test_report_plural);
  g_test_add_func ("/lipcheck/i18n/summary-date", test_summary_date);
  g_test_add_func ("/lipcheck/i18n/interface", test_interface);
  g_test_add_func ("/lipcheck/i18n/spin-buttons-line-up", test_spin_buttons_line_up);

  return g_test_run ();
}
