/* lipcheck-browse-page.c: a page to browse one list of knowledge-base entries, with search and detail. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-browse-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-browse-page.h"
#include "lipcheck-browse-row.h"
#include "lipcheck-clamp.h"
#include "lipcheck-search-filter.h"
#include "lipcheck-entry-view.h"
#include "lipcheck-entry.h"

struct _LipcheckBrowsePage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *intro;
  GtkWidget          *panes;
  GtkWidget          *sidebar;
  GtkWidget          *pane_separator;
  GtkExpander        *intro_expander;
  GtkLabel           *intro_title;
  GtkLabel           *intro_text;
  GtkSearchEntry     *search_entry;
  GtkStack           *sidebar_stack;
  GtkListView        *list_view;
  GtkScrolledWindow  *detail_scroller;
  LipcheckEntryView  *entry_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;

  /* Owned */
  GListModel         *model;
  char               *search_placeholder;
  char               *list_label;
  char               *kinds;
  char               *intro_level;
  char               *intro_heading;

  gboolean            narrow;
};

G_DEFINE_FINAL_TYPE (LipcheckBrowsePage, lipcheck_browse_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SEARCH_PLACEHOLDER,
  PROP_LIST_LABEL,
  PROP_KINDS,
  PROP_INTRO_LEVEL,
  PROP_INTRO_TITLE,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
filter_model_items_changed_cb (GListModel         *model,
                               guint               position,
                               guint               removed,
                               guint               added,
                               LipcheckBrowsePage *self)
{
  gboolean empty = self->model != NULL && g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->sidebar_stack, empty ? "empty" : "list");
}

/* While a search matches nothing, the detail pane is empty: an entry from an earlier keystroke
 * would not be what was searched for. */
static void
selection_notify_selected_item_cb (GtkSingleSelection *selection,
                                   GParamSpec         *pspec,
                                   LipcheckBrowsePage *self)
{
  LipcheckEntry *entry = gtk_single_selection_get_selected_item (selection);
  GtkAdjustment *adjustment;

  if (entry == lipcheck_entry_view_get_entry (self->entry_view))
    return;

  lipcheck_entry_view_set_entry (self->entry_view, entry);
  adjustment = gtk_scrolled_window_get_vadjustment (self->detail_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
focus_is_in (LipcheckBrowsePage *self,
             GtkWidget          *widget)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Puts the focus on the selected row, where arrow keys then move on from. */
static gboolean
focus_selected_row (LipcheckBrowsePage *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);

  if (!gtk_widget_get_mapped (list))
    return FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if ((gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0)
        return gtk_widget_grab_focus (row);
    }

  return gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD);
}

static void
search_activate_cb (GtkSearchEntry     *entry,
                    LipcheckBrowsePage *self)
{
  focus_selected_row (self);
}

static void
search_stop_search_cb (GtkSearchEntry     *entry,
                       LipcheckBrowsePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* A link followed inside an entry opens the other entry at its heading: the focus goes to the
 * view itself (where arrow keys scroll it), not to a row near the end of the new entry, which
 * the scrolled window would follow down. */
static void
entry_view_show_entry_cb (LipcheckEntryView  *view,
                          const char         *id,
                          LipcheckBrowsePage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->detail_scroller);

  if (!lipcheck_browse_page_select (self, id))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static guint
find_entry (GListModel *model,
            const char *id)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (lipcheck_entry_get_id (entry), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Tab goes search, list, detail: the list is one stop, entered at the selected row.
 * (In GTK 4.8 Tab would otherwise walk through every row, and enter the list at its first.) */
static gboolean
lipcheck_browse_page_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  LipcheckBrowsePage *self = LIPCHECK_BROWSE_PAGE (widget);
  GtkWidget *search = GTK_WIDGET (self->search_entry);
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkWidget *view = GTK_WIDGET (self->entry_view);

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (focus_is_in (self, search))
        return focus_selected_row (self) || gtk_widget_child_focus (view, direction);
      if (focus_is_in (self, list))
        return gtk_widget_child_focus (view, direction);
    }
  else if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (focus_is_in (self, list))
        return gtk_widget_child_focus (search, direction);
      if (focus_is_in (self, view))
        return gtk_widget_child_focus (view, direction) ||
               focus_selected_row (self) ||
               gtk_widget_child_focus (search, direction);
    }

  return GTK_WIDGET_CLASS (lipcheck_browse_page_parent_class)->focus (widget, direction);
}

static void
lipcheck_browse_page_dispose (GObject *object)
{
  LipcheckBrowsePage *self = (LipcheckBrowsePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_BROWSE_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (lipcheck_browse_page_parent_class)->dispose (object);
}

static void
lipcheck_browse_page_finalize (GObject *object)
{
  LipcheckBrowsePage *self = (LipcheckBrowsePage *)object;

  g_clear_pointer (&self->search_placeholder, g_free);
  g_clear_pointer (&self->list_label, g_free);
  g_clear_pointer (&self->kinds, g_free);
  g_clear_pointer (&self->intro_level, g_free);
  g_clear_pointer (&self->intro_heading, g_free);

  G_OBJECT_CLASS (lipcheck_browse_page_parent_class)->finalize (object);
}

static void
lipcheck_browse_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LipcheckBrowsePage *self = LIPCHECK_BROWSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SEARCH_PLACEHOLDER:
      g_value_set_string (value, self->search_placeholder);
      break;

    case PROP_LIST_LABEL:
      g_value_set_string (value, self->list_label);
      break;

    case PROP_KINDS:
      g_value_set_string (value, self->kinds);
      break;

    case PROP_INTRO_LEVEL:
      g_value_set_string (value, self->intro_level);
      break;

    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;

    case PROP_INTRO_TITLE:
      g_value_set_string (value, self->intro_heading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_list_label (LipcheckBrowsePage *self,
                const char         *list_label)
{
  if (g_strcmp0 (self->list_label, list_label) == 0)
    return;

  g_free (self->list_label);
  self->list_label = g_strdup (list_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  list_label != NULL ? list_label : _("Entries"),
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_LABEL]);
}

static void
set_search_placeholder (LipcheckBrowsePage *self,
                        const char         *search_placeholder)
{
  if (g_strcmp0 (self->search_placeholder, search_placeholder) == 0)
    return;

  g_free (self->search_placeholder);
  self->search_placeholder = g_strdup (search_placeholder);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_PLACEHOLDER]);
}

static void
lipcheck_browse_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LipcheckBrowsePage *self = LIPCHECK_BROWSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      lipcheck_browse_page_set_model (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_PLACEHOLDER:
      set_search_placeholder (self, g_value_get_string (value));
      break;

    case PROP_LIST_LABEL:
      set_list_label (self, g_value_get_string (value));
      break;

    case PROP_KINDS:
      self->kinds = g_value_dup_string (value);
      break;

    case PROP_INTRO_LEVEL:
      self->intro_level = g_value_dup_string (value);
      break;

    case PROP_NARROW:
      lipcheck_browse_page_set_narrow (self, g_value_get_boolean (value));
      break;

    case PROP_INTRO_TITLE:
      self->intro_heading = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_browse_page_class_init (LipcheckBrowsePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_browse_page_dispose;
  object_class->finalize = lipcheck_browse_page_finalize;
  object_class->get_property = lipcheck_browse_page_get_property;
  object_class->set_property = lipcheck_browse_page_set_property;

  widget_class->focus = lipcheck_browse_page_focus;

  /**
   * LipcheckBrowsePage:model:
   * The entries to browse: a #GListModel of #LipcheckEntry.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowsePage:search-placeholder:
   * The hint in the empty search entry, such as “Search causes…”; “Search…” until set.
   */
  properties[PROP_SEARCH_PLACEHOLDER] =
    g_param_spec_string ("search-placeholder", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowsePage:list-label:
   * The name a screen reader speaks for the list, such as “Causes”; “Entries” until set.
   */
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowsePage:kinds:
   * The kinds of knowledge-base entry the page lists, in order, separated by spaces:
   * “cause”, “warning-sign”, “condition”, “tip”.
   */
  properties[PROP_KINDS] =
    g_param_spec_string ("kinds", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowsePage:intro-level:
   * (nullable): the urgency, such as “urgent”, whose advice the page's banner shows, if any.
   */
  properties[PROP_INTRO_LEVEL] =
    g_param_spec_string ("intro-level", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckBrowsePage:intro-title:
   * (nullable): the heading of the banner that shows the advice of #LipcheckBrowsePage:intro-level.
   */
  /**
   * LipcheckBrowsePage:narrow:
   * Whether the list stands above the entry rather than beside it, in a narrow window.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTRO_TITLE] =
    g_param_spec_string ("intro-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIPCHECK_TYPE_ENTRY);
  g_type_ensure (LIPCHECK_TYPE_ENTRY_VIEW);
  g_type_ensure (LIPCHECK_TYPE_CLAMP);
  g_type_ensure (LIPCHECK_TYPE_BROWSE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-browse-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, intro);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, panes);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, intro_expander);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, intro_title);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, intro_text);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, entry_view);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, selection);
  gtk_widget_class_bind_template_child (widget_class, LipcheckBrowsePage, filter_model);
  g_type_ensure (LIPCHECK_TYPE_SEARCH_FILTER);
  gtk_widget_class_bind_template_callback (widget_class, filter_model_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_notify_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_view_show_entry_cb);

  gtk_widget_class_set_css_name (widget_class, "browsepage");
}

static void
lipcheck_browse_page_init (LipcheckBrowsePage *self)
{
  /* Until the window names them: the template binds the placeholder at once. */
  self->search_placeholder = g_strdup (_("Search…"));
  self->list_label = g_strdup (_("Entries"));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing anywhere on the page, on the list say, starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->list_label,
                                  -1);
}

/**
 * lipcheck_browse_page_get_model:
 *
 * Returns: (transfer none) (nullable): the entries browsed
 */
GListModel *
lipcheck_browse_page_get_model (LipcheckBrowsePage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_BROWSE_PAGE (self), NULL);

  return self->model;
}

/**
 * lipcheck_browse_page_set_model:
 * @model: (nullable): a #GListModel of #LipcheckEntry
 *
 * Sets the entries to browse, and shows the first.
 */
void
lipcheck_browse_page_set_model (LipcheckBrowsePage *self,
                                GListModel         *model)
{
  g_return_if_fail (LIPCHECK_IS_BROWSE_PAGE (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  lipcheck_entry_view_set_links (self->entry_view, model);
  gtk_filter_list_model_set_model (self->filter_model, model);
  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    lipcheck_entry_view_set_entry (self->entry_view, NULL);
  filter_model_items_changed_cb (G_LIST_MODEL (self->filter_model), 0, 0, 0, self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The banner is open in a wide window; in a narrow one it shows its title until it is opened,
 * unless it has no title to show. */
static void
update_intro_expanded (LipcheckBrowsePage *self)
{
  gboolean titled = gtk_widget_get_visible (GTK_WIDGET (self->intro_title));

  gtk_expander_set_expanded (self->intro_expander, !self->narrow || !titled);
}

/**
 * lipcheck_browse_page_set_intro:
 * @title: (nullable): the banner's heading
 * @text: (nullable): the banner's text
 *
 * Shows a calm banner at the top of the page, or hides it when both are %NULL.
 * The text is shown as it is, never as markup.
 */
void
lipcheck_browse_page_set_intro (LipcheckBrowsePage *self,
                                const char         *title,
                                const char         *text)
{
  g_return_if_fail (LIPCHECK_IS_BROWSE_PAGE (self));

  gtk_label_set_text (self->intro_title, title != NULL ? title : "");
  /* GTK 4.8 does not name an expander after its label widget. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->intro_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "", -1);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_title), title != NULL);
  gtk_label_set_text (self->intro_text, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->intro_text), text != NULL);
  gtk_widget_set_visible (self->intro, title != NULL || text != NULL);
  update_intro_expanded (self);
}

/**
 * lipcheck_browse_page_select:
 * @entry_id: the id of an entry of the model
 *
 * Selects the entry and shows it, clearing a search that hides it.
 *
 * Returns: %FALSE if the model holds no entry with that id
 */
gboolean
lipcheck_browse_page_select (LipcheckBrowsePage *self,
                             const char         *entry_id)
{
  guint position;

  g_return_val_if_fail (LIPCHECK_IS_BROWSE_PAGE (self), FALSE);
  g_return_val_if_fail (entry_id != NULL, FALSE);

  if (find_entry (self->model, entry_id) == GTK_INVALID_LIST_POSITION)
    return FALSE;

  position = find_entry (G_LIST_MODEL (self->filter_model), entry_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      position = find_entry (G_LIST_MODEL (self->filter_model), entry_id);
    }

  g_return_val_if_fail (position != GTK_INVALID_LIST_POSITION, FALSE);

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  return TRUE;
}

/**
 * lipcheck_browse_page_focus_search:
 *
 * Moves the keyboard focus to the search entry.
 */
void
lipcheck_browse_page_focus_search (LipcheckBrowsePage *self)
{
  g_return_if_fail (LIPCHECK_IS_BROWSE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * lipcheck_browse_page_get_kinds:
 *
 * Returns: (nullable): the kinds of entry the page lists, separated by spaces
 */
const char *
lipcheck_browse_page_get_kinds (LipcheckBrowsePage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_BROWSE_PAGE (self), NULL);

  return self->kinds;
}

/**
 * lipcheck_browse_page_get_intro_level:
 *
 * Returns: (nullable): the urgency whose advice the banner shows
 */
const char *
lipcheck_browse_page_get_intro_level (LipcheckBrowsePage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_BROWSE_PAGE (self), NULL);

  return self->intro_level;
}

/**
 * lipcheck_browse_page_get_intro_title:
 *
 * Returns: (nullable): the heading of the banner
 */
const char *
lipcheck_browse_page_get_intro_title (LipcheckBrowsePage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_BROWSE_PAGE (self), NULL);

  return self->intro_heading;
}

/**
 * lipcheck_browse_page_set_narrow:
 *
 * In a narrow window the list stands above the entry, so that neither scrolls sideways.
 */
void
lipcheck_browse_page_set_narrow (LipcheckBrowsePage *self,
                                 gboolean            narrow)
{
  GtkOrientation across;

  g_return_if_fail (LIPCHECK_IS_BROWSE_PAGE (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  across = narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes), across);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->pane_separator),
                                  narrow ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_size_request (self->sidebar, narrow ? -1 : 320, narrow ? 130 : -1);
  /* Narrow, the entry gets the room the list does not need. */
  gtk_widget_set_vexpand (self->sidebar, !narrow);
  update_intro_expanded (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}
