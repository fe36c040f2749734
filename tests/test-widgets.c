/* test-widgets.c: Lipcheck's small widgets and rows on their own, from the shipped knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-widgets"

#include "config.h"

#include <gtk/gtk.h>

#include "lipcheck-checklist-item.h"
#include "lipcheck-choice-button.h"
#include "lipcheck-clamp.h"
#include "lipcheck-entry-row.h"
#include "lipcheck-finding.h"
#include "lipcheck-finding-row.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-result-view.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-link-row.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-test-util.h"
#include "lipcheck-test-widgets.h"
#include "lipcheck-tip.h"
#include "lipcheck-tip-row.h"

static LipcheckKnowledgeBase *kb;

/* However wide the window, the child is no wider than maximum-size, and centred. */
static void
test_clamp_caps_width (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *clamp = lipcheck_clamp_new ();
  GtkWidget *label = gtk_label_new ("A long line of text that would run right across a wide window "
                                    "if nothing kept it to a comfortable reading width.");
  int natural = 0;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 300);
  lipcheck_clamp_set_child (LIPCHECK_CLAMP (clamp), label);
  g_assert_true (lipcheck_clamp_get_child (LIPCHECK_CLAMP (clamp)) == label);
  gtk_window_set_child (window, clamp);
  gtk_window_set_default_size (window, 900, 400);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 300);
  g_assert_cmpint (gtk_widget_get_width (clamp), >, 300);
  g_assert_cmpint (gtk_widget_get_width (label), ==, 300);

  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 500);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (label), ==, 500);

  gtk_window_destroy (window);
  lipcheck_test_iterate ();
}

/* Asked for a height at no width in particular, the clamp gives the child's height at the width
 * it would take: its natural width, but no more than maximum-size. */
static void
test_clamp_height_at_natural_width (void)
{
  GtkWidget *clamp = g_object_ref_sink (lipcheck_clamp_new ());
  GtkWidget *label = gtk_label_new ("A long line of text that would run right across a wide window "
                                    "if nothing kept it to a comfortable reading width.");
  int height = 0, at_maximum = 0, unclamped = 0, natural = 0;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 200);
  lipcheck_clamp_set_child (LIPCHECK_CLAMP (clamp), label);

  gtk_widget_measure (clamp, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 200, &at_maximum, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, &unclamped, NULL, NULL, NULL);
  g_test_message ("height %d; at 200 pixels %d; the label's own %d", height, at_maximum, unclamped);
  g_assert_cmpint (height, ==, at_maximum);
  g_assert_cmpint (height, >, unclamped);

  /* A child narrower than maximum-size is measured at its own natural width. */
  gtk_label_set_text (GTK_LABEL (label), "Short");
  lipcheck_clamp_set_maximum_size (LIPCHECK_CLAMP (clamp), 600);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, natural, &at_maximum, NULL, NULL, NULL);
  gtk_widget_measure (clamp, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  g_assert_cmpint (height, ==, at_maximum);

  g_assert_finalize_object (clamp);
}

/* The value a question view reads back is the one the button was made with. */
static void
test_choice_button_value (void)
{
  GtkWidget *button = g_object_ref_sink (lipcheck_choice_button_new ("A few days", "days"));
  g_autofree char *value = NULL;

  g_assert_cmpstr (lipcheck_choice_button_get_value (LIPCHECK_CHOICE_BUTTON (button)), ==, "days");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (button)), ==, "A few days");

  g_object_set (button, "value", "weeks", NULL);
  g_object_get (button, "value", &value, NULL);
  g_assert_cmpstr (value, ==, "weeks");

  g_assert_finalize_object (button);
}

/* A long choice wraps: the button can be much narrower than its text on one line. */
static void
test_choice_button_wraps (void)
{
  GtkWidget *button = g_object_ref_sink (lipcheck_choice_button_new ("A few days (less than two weeks)", "days"));
  int minimum = 0, natural = 0;

  gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_test_message ("a long choice: at least %d pixels, %d on one line", minimum, natural);
  g_assert_cmpint (minimum, <, natural / 2);

  g_assert_finalize_object (button);
}

/* A source's row offers its address as a link; a row without one has no link at all. */
static void
test_entry_row_link (void)
{
  GtkWidget *row = g_object_ref_sink (lipcheck_entry_row_new ("Twitching", "NHS", "https://www.nhs.uk/", GTK_ACCESSIBLE_ROLE_LIST_ITEM));
  GtkWidget *plain = g_object_ref_sink (lipcheck_entry_row_new ("Twitching", NULL, NULL, GTK_ACCESSIBLE_ROLE_LIST_ITEM));
  GtkWidget *link = lipcheck_test_find_by_type (row, GTK_TYPE_LINK_BUTTON);

  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, "https://www.nhs.uk/");
  gtk_test_accessible_assert_property (link, GTK_ACCESSIBLE_PROPERTY_LABEL, "Open “Twitching” in a web browser");
  g_assert_nonnull (lipcheck_test_find_label (row, "NHS"));
  g_assert_null (lipcheck_test_find_by_type (plain, GTK_TYPE_LINK_BUTTON));

  g_assert_finalize_object (row);
  g_assert_finalize_object (plain);
}

/* A related entry's row opens it by its id, and is named after it. */
static void
test_link_row (void)
{
  LipcheckEntry *caffeine = lipcheck_knowledge_base_lookup (kb, LIPCHECK_KIND_CAUSE, "caffeine");
  GtkWidget *row = g_object_ref_sink (lipcheck_link_row_new (caffeine, TRUE));
  g_autoptr(GVariant) target = NULL;

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "entry-view.show-entry");
  target = g_variant_ref (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "caffeine");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, lipcheck_entry_get_name (caffeine));
  g_assert_nonnull (lipcheck_test_find_label (row, lipcheck_entry_get_summary (caffeine)));

  g_assert_finalize_object (row);
}

/* A checklist box answers its question, and reads its name and summary. */
static void
test_checklist_item (void)
{
  LipcheckQuestion *weakness = lipcheck_knowledge_base_lookup_question (kb, "weakness");
  GtkWidget *item = g_object_ref_sink (lipcheck_checklist_item_new (weakness));
  LipcheckEntry *entry = LIPCHECK_ENTRY (weakness);

  g_assert_cmpstr (lipcheck_checklist_item_get_id (LIPCHECK_CHECKLIST_ITEM (item)), ==, "weakness");
  gtk_test_accessible_assert_property (item, GTK_ACCESSIBLE_PROPERTY_LABEL, lipcheck_entry_get_name (entry));
  gtk_test_accessible_assert_property (item, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, lipcheck_entry_get_summary (entry));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (lipcheck_test_find_label (item, lipcheck_entry_get_summary (entry)))));

  g_assert_finalize_object (item);
}

/* A factor's row says why it fits and opens the cause on the causes page. */
static void
test_finding_row (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  g_autoptr(LipcheckFinding) factor = g_list_model_get_item (lipcheck_result_get_factors (result), 0);
  GtkWidget *row = g_object_ref_sink (lipcheck_finding_row_new (factor, "causes"));
  LipcheckEntry *entry = lipcheck_finding_get_entry (factor);
  g_autofree char *more = g_strdup_printf ("Read more about %s", lipcheck_entry_get_name (entry));
  GtkWidget *button = lipcheck_test_find_by_label (row, GTK_TYPE_BUTTON, more);
  const char *page, *id;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-entry");
  g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), "(&s&s)", &page, &id);
  g_assert_cmpstr (page, ==, "causes");
  g_assert_cmpstr (id, ==, lipcheck_entry_get_id (entry));
  g_assert_nonnull (lipcheck_test_find_label (row, lipcheck_finding_get_explanations (factor)[0]));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, lipcheck_entry_get_name (entry));

  g_assert_finalize_object (row);
  g_clear_object (&factor);
  g_assert_finalize_object (result);
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

/* A tip's row lists good sources of a nutrient only when the tip names foods. */
static void
test_tip_row (void)
{
  GListModel *tips = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_TIP);
  guint with_foods = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(LipcheckTip) tip = g_list_model_get_item (tips, i);
      const char * const *foods = lipcheck_tip_get_foods (tip);
      GtkWidget *row = g_object_ref_sink (lipcheck_tip_row_new (tip));
      gboolean has_foods = foods != NULL && foods[0] != NULL;
      g_autofree char *line = has_foods ? g_strdup_printf ("Good sources: %s", foods[0]) : NULL;

      g_assert_true (has_foods == (lipcheck_test_find (row, label_starts_with, "Good sources: ") != NULL));
      g_assert_true (!has_foods || lipcheck_test_find (row, label_starts_with, line) != NULL);
      with_foods += has_foods;
      g_assert_nonnull (lipcheck_test_find_label (row, lipcheck_entry_get_name (LIPCHECK_ENTRY (tip))));

      g_assert_finalize_object (row);
    }
  g_assert_cmpuint (with_foods, >, 0);
}

/* A banner that looks all clear only when it is: an incomplete self-care result is not green. */
static gboolean
is_banner (GtkWidget     *widget,
           gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "result-banner");
}

static void
assert_banner (const char *answers,
               const char *style)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, answers);
  GtkWidget *view = g_object_ref_sink (g_object_new (LIPCHECK_TYPE_RESULT_VIEW, NULL));
  GtkWidget *banner;

  lipcheck_result_view_set_result (LIPCHECK_RESULT_VIEW (view), result);
  banner = lipcheck_test_find (view, is_banner, NULL);
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_has_css_class (banner, style));
  g_assert_cmpint (gtk_widget_has_css_class (banner, "self-care"), ==, g_str_equal (style, "self-care"));
  g_assert_finalize_object (view);
  g_assert_finalize_object (result);
}

static void
test_result_banner_style (void)
{
  assert_banner ("answers/01-empty.json", "incomplete");
  assert_banner ("answers/50-incomplete-pain-missing.json", "incomplete");
  assert_banner ("answers/02-all-no.json", "self-care");
  assert_banner ("answers/49-incomplete-routine-weeks.json", "routine");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/lipcheck/widgets/clamp-caps-width", test_clamp_caps_width);
  g_test_add_func ("/lipcheck/widgets/clamp-height-at-natural-width", test_clamp_height_at_natural_width);
  g_test_add_func ("/lipcheck/widgets/choice-button-value", test_choice_button_value);
  g_test_add_func ("/lipcheck/widgets/choice-button-wraps", test_choice_button_wraps);
  g_test_add_func ("/lipcheck/widgets/entry-row-link", test_entry_row_link);
  g_test_add_func ("/lipcheck/widgets/link-row", test_link_row);
  g_test_add_func ("/lipcheck/widgets/checklist-item", test_checklist_item);
  g_test_add_func ("/lipcheck/widgets/finding-row", test_finding_row);
  g_test_add_func ("/lipcheck/widgets/tip-row", test_tip_row);
  g_test_add_func ("/lipcheck/widgets/result-banner-style", test_result_banner_style);

  status = g_test_run ();
  g_assert_finalize_object (kb);
  return status;
}
