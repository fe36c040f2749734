/* test-browse.c: the browse pages and the entry view, driven as a user would, under Xvfb. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-browse"

#include "config.h"

#include <gtk/gtk.h>

#include "lipcheck-browse-page.h"
#include "lipcheck-cause.h"
#include "lipcheck-entry-view.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-test-widgets.h"

typedef struct
{
  LipcheckKnowledgeBase *kb;
  GListModel            *model;
  gboolean               model_is_ours;
  LipcheckBrowsePage    *page;
  GtkWidget             *window;
} Fixture;

#define iterate lipcheck_test_iterate
#define find_by_type lipcheck_test_find_by_type
#define find_label lipcheck_test_find_label

static gboolean
is_label_with_class (GtkWidget     *widget,
                     gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

static GtkLabel *
find_label_with_class (GtkWidget  *root,
                       const char *css_class)
{
  return GTK_LABEL (lipcheck_test_find (root, is_label_with_class, css_class));
}

static GtkWidget *
find_button_for (GtkWidget  *root,
                 const char *accessible_text)
{
  GtkLabel *label = find_label (root, accessible_text);

  return label != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON) : NULL;
}

static GtkListView *
page_list_view (Fixture *fixture)
{
  return GTK_LIST_VIEW (find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW));
}

static GListModel *
page_shown_entries (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (page_list_view (fixture)));
}

static GtkEditable *
page_search_entry (Fixture *fixture)
{
  return GTK_EDITABLE (find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY));
}

static LipcheckEntryView *
page_entry_view (Fixture *fixture)
{
  return LIPCHECK_ENTRY_VIEW (find_by_type (GTK_WIDGET (fixture->page), LIPCHECK_TYPE_ENTRY_VIEW));
}

/* The heading of the entry shown in the detail pane. */
static const char *
shown_heading (Fixture *fixture)
{
  GtkLabel *heading = find_label_with_class (GTK_WIDGET (page_entry_view (fixture)), "title-1");

  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (heading)));
  g_assert_false (gtk_label_get_use_markup (heading));

  return gtk_label_get_text (heading);
}

static const char *
selected_id (Fixture *fixture)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (page_shown_entries (fixture));
  LipcheckEntry *entry = gtk_single_selection_get_selected_item (selection);

  return entry != NULL ? lipcheck_entry_get_id (entry) : NULL;
}

static void
search (Fixture    *fixture,
        const char *text)
{
  gtk_editable_set_text (page_search_entry (fixture), text);
  iterate ();
}

/* Shows a page of @model, which the fixture takes; @is_ours says no one else holds it. */
static void
show_page (Fixture    *fixture,
           GListModel *model,
           gboolean    is_ours)
{
  fixture->model = model;
  fixture->model_is_ours = is_ours;
  fixture->page = g_object_ref_sink (g_object_new (LIPCHECK_TYPE_BROWSE_PAGE, NULL));
  lipcheck_browse_page_set_model (fixture->page, model);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->kb);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();

  if (fixture->page != NULL)
    g_assert_finalize_object (fixture->page);
  if (fixture->model != NULL && fixture->model_is_ours)
    g_assert_finalize_object (fixture->model);
  else
    g_clear_object (&fixture->model);
  g_assert_finalize_object (fixture->kb);
}

static GListModel *
causes_model (Fixture *fixture)
{
  return g_object_ref (lipcheck_knowledge_base_get_entries (fixture->kb, LIPCHECK_KIND_CAUSE));
}

/* Warning signs then conditions, as the window shows them. */
static GListModel *
signs_model (Fixture *fixture)
{
  GListStore *store = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (store, lipcheck_knowledge_base_get_entries (fixture->kb, LIPCHECK_KIND_WARNING_SIGN));
  g_list_store_append (store, lipcheck_knowledge_base_get_entries (fixture->kb, LIPCHECK_KIND_CONDITION));

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (store)));
}

static void
test_causes_list_and_search (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *shown;
  GtkWidget *empty_title;

  show_page (fixture, causes_model (fixture), FALSE);
  shown = page_shown_entries (fixture);

  /* Every cause is listed and the first one is shown. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (fixture->model));
  g_assert_cmpstr (selected_id (fixture), ==, "medication");
  g_assert_cmpstr (shown_heading (fixture), ==, "Medicines");
  g_assert_nonnull (find_label (GTK_WIDGET (page_list_view (fixture)), "Caffeine"));

  /* Caffeine is named by its own cause and by the alcohol cause's advice. */
  search (fixture, "caffeine");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  search (fixture, "CAFFEINE");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  search (fixture, "sleep");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpstr (selected_id (fixture), ==, "fatigue");
  g_assert_cmpstr (shown_heading (fixture), ==, "Tiredness and lack of sleep");

  /* Nothing matches: the empty state shows and the detail pane is cleared. */
  empty_title = GTK_WIDGET (find_label (GTK_WIDGET (fixture->page), "No Matches"));
  g_assert_nonnull (empty_title);
  g_assert_false (gtk_widget_get_mapped (empty_title));
  search (fixture, "zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (gtk_widget_get_mapped (empty_title));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page_list_view (fixture))));
  g_assert_null (lipcheck_entry_view_get_entry (page_entry_view (fixture)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (find_label (GTK_WIDGET (page_entry_view (fixture)),
                                                                 "Tiredness and lack of sleep"))));

  search (fixture, "");
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 7);
  g_assert_nonnull (lipcheck_entry_view_get_entry (page_entry_view (fixture)));
  g_assert_false (gtk_widget_get_mapped (empty_title));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page_list_view (fixture))));
}

static void
test_causes_select (Fixture       *fixture,
                    gconstpointer  data)
{
  LipcheckEntryView *view;
  GtkWidget *link;

  show_page (fixture, causes_model (fixture), FALSE);
  view = page_entry_view (fixture);

  g_assert_true (lipcheck_browse_page_select (fixture->page, "caffeine"));
  iterate ();
  g_assert_cmpstr (selected_id (fixture), ==, "caffeine");
  g_assert_cmpstr (shown_heading (fixture), ==, "Caffeine");
  g_assert_cmpstr (lipcheck_entry_get_id (lipcheck_entry_view_get_entry (view)), ==, "caffeine");

  /* The cause's sections, its tips by name and its sources with a link. */
  g_assert_nonnull (find_label (GTK_WIDGET (view), "How it can cause twitching"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "What helps"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Switch to decaf or herbal tea"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Sources"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Twitching eyes and muscles"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "NHS"));
  link = find_by_type (GTK_WIDGET (view), GTK_TYPE_LINK_BUTTON);
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==,
                   "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/");
  gtk_test_accessible_assert_property (link, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Open “Twitching eyes and muscles” in a web browser");

  /* A search that hides the entry is cleared to show it. */
  search (fixture, "zzzz");
  g_assert_true (lipcheck_browse_page_select (fixture->page, "alcohol"));
  g_assert_cmpstr (gtk_editable_get_text (page_search_entry (fixture)), ==, "");
  g_assert_cmpstr (selected_id (fixture), ==, "alcohol");
  g_assert_cmpstr (shown_heading (fixture), ==, "Alcohol");

  /* An id that is not on the page changes nothing. */
  g_assert_false (lipcheck_browse_page_select (fixture->page, "bells-palsy"));
  g_assert_false (lipcheck_browse_page_select (fixture->page, "no-such-entry"));
  g_assert_cmpstr (selected_id (fixture), ==, "alcohol");
}

static void
test_signs_and_conditions (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *advice = "Contact your GP within a day or two & tell them <everything>.";
  LipcheckEntryView *view;
  GtkWidget *button;
  GtkLabel *label;

  show_page (fixture, signs_model (fixture), TRUE);
  view = page_entry_view (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 13);
  g_assert_cmpstr (shown_heading (fixture), ==, "Muscle weakness");

  /* The intro banner: hidden until set, text shown literally. */
  g_assert_null (find_label (GTK_WIDGET (fixture->page), "If you notice one of these"));
  lipcheck_browse_page_set_intro (fixture->page, "If you notice one of these", advice);
  gtk_test_widget_wait_for_draw (fixture->window);
  label = find_label (GTK_WIDGET (fixture->page), advice);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  lipcheck_browse_page_set_intro (fixture->page, NULL, NULL);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (label)));

  /* A warning sign: what to do, and the conditions it can point to, which link to them. */
  g_assert_nonnull (find_label (GTK_WIDGET (view), "What to do"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Can point to"));
  button = find_button_for (GTK_WIDGET (view), "Bell's palsy");
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Bell's palsy");
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpstr (selected_id (fixture), ==, "bells-palsy");
  g_assert_cmpstr (shown_heading (fixture), ==, "Bell's palsy");
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Condition"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Signs"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Corticosteroids and antiviral medicines, which can help speed up recovery"));
  g_assert_null (find_label (GTK_WIDGET (view), "The sources name no specific treatment."));

  /* A condition without treatments says so. */
  g_assert_true (lipcheck_browse_page_select (fixture->page, "dystonia"));
  g_assert_cmpstr (shown_heading (fixture), ==, "Dystonia");
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Treatments"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "The sources name no specific treatment."));

  /* Search reaches the conditions' treatments. */
  search (fixture, "botox");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 1);
  g_assert_cmpstr (selected_id (fixture), ==, "hemifacial-spasm");
  search (fixture, "stroke");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 6);
}

/* Following "Can point to" from the end of a long entry opens the condition at its heading,
 * with the focus on the entry itself. */
static void
test_link_opens_at_heading (Fixture       *fixture,
                            gconstpointer  data)
{
  LipcheckEntryView *view;
  GtkAdjustment *adjustment;
  GtkWidget *button;

  fixture->model = signs_model (fixture);
  fixture->model_is_ours = TRUE;
  fixture->page = g_object_ref_sink (g_object_new (LIPCHECK_TYPE_BROWSE_PAGE, NULL));
  lipcheck_browse_page_set_model (fixture->page, fixture->model);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 300);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  view = page_entry_view (fixture);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW)));

  /* The link near the end of the entry, scrolled down to and focused, as after reading it. */
  button = find_button_for (GTK_WIDGET (view), "Bell's palsy");
  g_assert_true (gtk_widget_grab_focus (button));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, gtk_adjustment_get_lower (adjustment));

  g_signal_emit_by_name (button, "clicked");
  iterate ();
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  g_assert_cmpstr (shown_heading (fixture), ==, "Bell's palsy");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
}

static void
test_tips (Fixture       *fixture,
           gconstpointer  data)
{
  LipcheckEntryView *view;

  show_page (fixture, g_object_ref (lipcheck_knowledge_base_get_entries (fixture->kb, LIPCHECK_KIND_TIP)), FALSE);
  view = page_entry_view (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 27);

  g_assert_true (lipcheck_browse_page_select (fixture->page, "potassium-foods"));
  g_assert_cmpstr (shown_heading (fixture), ==, "Eat foods rich in potassium");
  g_assert_cmpstr (gtk_label_get_text (find_label_with_class (GTK_WIDGET (view), "entry-kind")), ==,
                   "Diet and minerals");
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Good sources"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Sweet potatoes"));

  /* The group names the row's subtitle, and the foods are searched. */
  g_assert_nonnull (find_label (GTK_WIDGET (page_list_view (fixture)), "Diet and minerals"));
  search (fixture, "spinach");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 1);
  search (fixture, "water");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 4);

  /* A tip without foods has no foods section. */
  g_assert_true (lipcheck_browse_page_select (fixture->page, "deep-breathing"));
  g_assert_null (find_label (GTK_WIDGET (view), "Good sources"));
}

static void
test_text_is_literal (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *name = "<b>A & B</b>";
  const char *summary = "%s <i>not italic</i> &amp; 100% literal";
  g_autoptr(GListStore) store = g_list_store_new (LIPCHECK_TYPE_ENTRY);
  g_autoptr(LipcheckCause) cause = g_object_new (LIPCHECK_TYPE_CAUSE,
                                                 "id", "x",
                                                 "name", name,
                                                 "summary", summary,
                                                 "mechanism", "<span>&lt;</span>",
                                                 NULL);
  GtkLabel *label;

  g_list_store_append (store, cause);
  show_page (fixture, G_LIST_MODEL (g_steal_pointer (&store)), TRUE);

  g_assert_cmpstr (shown_heading (fixture), ==, name);
  label = find_label (GTK_WIDGET (page_entry_view (fixture)), summary);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_nonnull (find_label (GTK_WIDGET (page_entry_view (fixture)), "<span>&lt;</span>"));

  /* The list row too. */
  label = find_label (GTK_WIDGET (page_list_view (fixture)), name);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));

  search (fixture, "a & b");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  iterate ();
  g_assert_finalize_object (g_steal_pointer (&fixture->page));
  g_assert_finalize_object (g_steal_pointer (&fixture->model));
  g_assert_finalize_object (g_steal_pointer (&cause));
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *placeholder = NULL;
  GtkWidget *search_entry;
  GtkWidget *list_view;

  show_page (fixture, causes_model (fixture), FALSE);
  search_entry = GTK_WIDGET (page_search_entry (fixture));
  list_view = GTK_WIDGET (page_list_view (fixture));

  gtk_test_accessible_assert_property (search_entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search");
  gtk_test_accessible_assert_property (list_view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Entries");
  g_object_get (search_entry, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, "Search…");
  g_clear_pointer (&placeholder, g_free);

  g_object_set (fixture->page,
                "list-label", "Causes",
                "search-placeholder", "Search causes…",
                NULL);
  gtk_test_accessible_assert_property (list_view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Causes");
  g_object_get (search_entry, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, "Search causes…");
  gtk_test_accessible_assert_property (page_entry_view (fixture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Medicines");
}

static gboolean
focus_is_in (Fixture   *fixture,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The name in the list row that has the focus. */
static const char *
focused_row (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkLabel *title;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (page_list_view (fixture))));
  title = find_label_with_class (focus, "browse-row-title");
  g_assert_nonnull (title);

  return gtk_label_get_text (title);
}

static void
move_focus (Fixture          *fixture,
            GtkDirectionType  direction)
{
  g_assert_true (gtk_widget_child_focus (fixture->window, direction));
  iterate ();
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *search_entry;
  GtkWidget *list_view;
  GtkWidget *view;
  GtkWidget *button;

  show_page (fixture, signs_model (fixture), TRUE);
  search_entry = GTK_WIDGET (page_search_entry (fixture));
  list_view = GTK_WIDGET (page_list_view (fixture));
  view = GTK_WIDGET (page_entry_view (fixture));

  /* Tab: the search, the list at its selected row, then the detail and its links. */
  lipcheck_browse_page_focus_search (fixture->page);
  iterate ();
  g_assert_true (focus_is_in (fixture, search_entry));
  move_focus (fixture, GTK_DIR_TAB_FORWARD);
  g_assert_cmpstr (focused_row (fixture), ==, "Muscle weakness");
  move_focus (fixture, GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_focus (view));
  move_focus (fixture, GTK_DIR_TAB_FORWARD);
  button = find_button_for (view, "Bell's palsy");
  g_assert_true (focus_is_in (fixture, button));

  /* Back into the list at the row shown, wherever the list's cursor was. */
  g_assert_true (lipcheck_browse_page_select (fixture->page, "pain"));
  iterate ();
  g_assert_true (gtk_widget_grab_focus (view));
  move_focus (fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_cmpstr (focused_row (fixture), ==, "Pain");
  g_assert_true (gtk_widget_child_focus (list_view, GTK_DIR_DOWN));
  g_assert_cmpstr (focused_row (fixture), ==, "Change in facial symmetry");
  move_focus (fixture, GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus_is_in (fixture, search_entry));

  /* Enter in the search moves to the result shown. */
  search (fixture, "botox");
  g_signal_emit_by_name (search_entry, "activate");
  iterate ();
  g_assert_cmpstr (focused_row (fixture), ==, "Hemifacial spasm");
  g_assert_cmpstr (shown_heading (fixture), ==, "Hemifacial spasm");

  /* Escape in the search clears it. */
  g_signal_emit_by_name (search_entry, "stop-search");
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (page_shown_entries (fixture)), ==, 13);
}

/* Each row shows its entry's name, and below it a cause's summary or what kind of entry it is;
 * the list row is named after the entry. */
static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  LipcheckEntry *caffeine = lipcheck_knowledge_base_lookup (fixture->kb, LIPCHECK_KIND_CAUSE, "caffeine");
  GtkWidget *list;
  GtkLabel *name, *summary;

  show_page (fixture, signs_model (fixture), TRUE);
  list = GTK_WIDGET (page_list_view (fixture));
  name = find_label (list, "Muscle weakness");
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name)));
  summary = find_label (list, "Warning sign");
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (summary)));
  g_assert_nonnull (lipcheck_test_find_by_label (list, GTK_TYPE_WIDGET, "Muscle weakness"));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  iterate ();
  g_clear_object (&fixture->page);
  g_clear_object (&fixture->model);

  show_page (fixture, causes_model (fixture), FALSE);
  list = GTK_WIDGET (page_list_view (fixture));
  name = find_label (list, lipcheck_entry_get_name (caffeine));
  summary = find_label (list, lipcheck_entry_get_summary (caffeine));
  g_assert_nonnull (name);
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (summary)));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (name)) == gtk_widget_get_parent (GTK_WIDGET (summary)));
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  add_test ("/lipcheck/browse/causes/list-and-search", test_causes_list_and_search);
  add_test ("/lipcheck/browse/causes/select", test_causes_select);
  add_test ("/lipcheck/browse/link-opens-at-heading", test_link_opens_at_heading);
  add_test ("/lipcheck/browse/signs-and-conditions", test_signs_and_conditions);
  add_test ("/lipcheck/browse/tips", test_tips);
  add_test ("/lipcheck/browse/text-is-literal", test_text_is_literal);
  add_test ("/lipcheck/browse/accessible-names", test_accessible_names);
  add_test ("/lipcheck/browse/keyboard", test_keyboard);
  add_test ("/lipcheck/browse/rows", test_rows);

  return g_test_run ();
}
