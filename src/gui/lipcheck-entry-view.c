/* lipcheck-entry-view.c: the whole of one knowledge-base entry: heading, summary, its sections and sources. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-entry-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-bullet-item.h"
#include "lipcheck-cause.h"
#include "lipcheck-clamp.h"
#include "lipcheck-condition.h"
#include "lipcheck-entry-row.h"
#include "lipcheck-entry-section.h"
#include "lipcheck-entry-view.h"
#include "lipcheck-link-row.h"
#include "lipcheck-source.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

struct _LipcheckEntryView
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *clamp;
  GtkWidget     *column;
  GtkLabel      *kind_label;
  GtkLabel      *name_label;
  GtkLabel      *summary_label;
  GtkWidget     *sections;

  /* Owned */
  LipcheckEntry *entry;
  GListModel    *links;
};

G_DEFINE_FINAL_TYPE (LipcheckEntryView, lipcheck_entry_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_LINKS,
  N_PROPS
};

enum {
  SHOW_ENTRY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
text_label_new (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
add_section (LipcheckEntryView *self,
             const char        *title)
{
  GtkWidget *section = lipcheck_entry_section_new (title);

  gtk_box_append (GTK_BOX (self->sections), section);

  return section;
}

static GtkWidget *
bullet_list_new (const char * const *items)
{
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 8,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    gtk_box_append (GTK_BOX (list), lipcheck_bullet_item_new (items[i]));

  return list;
}

/* A card of rows, like a boxed list, that keeps the focus chain simple: only links take focus. */
static GtkWidget *
card_new (void)
{
  GtkWidget *card = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  NULL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "entry-card");

  return card;
}

static void
card_append (GtkWidget *card,
             GtkWidget *row)
{
  if (gtk_widget_get_first_child (card) != NULL)
    gtk_box_append (GTK_BOX (card), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  gtk_widget_add_css_class (row, "entry-card-row");
  gtk_box_append (GTK_BOX (card), row);
}

static gboolean
is_link_target (LipcheckEntryView *self,
                LipcheckEntry     *entry)
{
  guint n;

  if (self->links == NULL || entry == self->entry)
    return FALSE;

  n = g_list_model_get_n_items (self->links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) item = g_list_model_get_item (self->links, i);

      if (item == entry)
        return TRUE;
    }

  return FALSE;
}

/* A related entry: a button that shows it when it is in the links, a plain row otherwise. */
static GtkWidget *
related_row_new (LipcheckEntryView *self,
                 LipcheckEntry     *entry,
                 gboolean           with_summary)
{
  if (is_link_target (self, entry))
    return lipcheck_link_row_new (entry, with_summary);

  return lipcheck_entry_row_new (lipcheck_entry_get_name (entry),
                                 with_summary ? lipcheck_entry_get_summary (entry) : NULL,
                                 NULL, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static GtkWidget *
related_card_new (LipcheckEntryView *self,
                  GListModel        *entries,
                  gboolean           with_summary)
{
  GtkWidget *card = card_new ();
  guint n = entries != NULL ? g_list_model_get_n_items (entries) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckEntry) entry = g_list_model_get_item (entries, i);

      card_append (card, related_row_new (self, entry, with_summary));
    }

  return card;
}

static GtkWidget *
source_row_new (LipcheckSource *source)
{
  return lipcheck_entry_row_new (lipcheck_entry_get_name (LIPCHECK_ENTRY (source)),
                                 lipcheck_source_get_publisher (source),
                                 lipcheck_source_get_url (source),
                                 GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
add_sources (LipcheckEntryView *self)
{
  GListModel *sources = lipcheck_entry_get_sources (self->entry);
  guint n = g_list_model_get_n_items (sources);
  GtkWidget *card;

  if (n == 0)
    return;

  card = card_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckSource) source = g_list_model_get_item (sources, i);

      card_append (card, source_row_new (source));
    }

  gtk_box_append (GTK_BOX (add_section (self, _("Sources"))), card);
}

static void
add_cause (LipcheckEntryView *self,
           LipcheckCause     *cause)
{
  const char *mechanism = lipcheck_cause_get_mechanism (cause);
  const char *advice = lipcheck_cause_get_advice (cause);
  GListModel *tips = lipcheck_cause_get_tips (cause);
  gboolean has_tips = tips != NULL && g_list_model_get_n_items (tips) > 0;
  GtkWidget *section;

  if (mechanism != NULL)
    gtk_box_append (GTK_BOX (add_section (self, _("How it can cause twitching"))),
                    text_label_new (mechanism, NULL));

  if (advice == NULL && !has_tips)
    return;

  section = add_section (self, _("What helps"));
  if (advice != NULL)
    gtk_box_append (GTK_BOX (section), text_label_new (advice, NULL));
  if (has_tips)
    {
      GtkWidget *card = related_card_new (self, tips, TRUE);

      gtk_widget_set_margin_top (card, 6);
      gtk_box_append (GTK_BOX (section), card);
    }
}

static void
add_warning_sign (LipcheckEntryView   *self,
                  LipcheckWarningSign *sign)
{
  const char *action = lipcheck_warning_sign_get_action (sign);
  GListModel *conditions = lipcheck_warning_sign_get_conditions (sign);

  if (action != NULL)
    {
      GtkWidget *callout = text_label_new (action, "entry-callout");

      gtk_box_append (GTK_BOX (add_section (self, _("What to do"))), callout);
    }

  if (conditions != NULL && g_list_model_get_n_items (conditions) > 0)
    gtk_box_append (GTK_BOX (add_section (self, _("Can point to"))),
                    related_card_new (self, conditions, FALSE));
}

static void
add_condition (LipcheckEntryView *self,
               LipcheckCondition *condition)
{
  const char * const *signs = lipcheck_condition_get_signs (condition);
  const char * const *treatments = lipcheck_condition_get_treatments (condition);
  GtkWidget *section;

  if (signs != NULL && signs[0] != NULL)
    gtk_box_append (GTK_BOX (add_section (self, _("Signs"))), bullet_list_new (signs));

  section = add_section (self, _("Treatments"));
  if (treatments != NULL && treatments[0] != NULL)
    gtk_box_append (GTK_BOX (section), bullet_list_new (treatments));
  else
    gtk_box_append (GTK_BOX (section),
                    text_label_new (_("The sources name no specific treatment."), "dim-label"));
}

static void
add_tip (LipcheckEntryView *self,
         LipcheckTip       *tip)
{
  const char * const *foods = lipcheck_tip_get_foods (tip);

  if (foods != NULL && foods[0] != NULL)
    gtk_box_append (GTK_BOX (add_section (self, _("Good sources"))), bullet_list_new (foods));
}

static const char *
kind_label_for_entry (LipcheckEntry *entry)
{
  if (LIPCHECK_IS_CAUSE (entry))
    return _("Everyday cause");
  if (LIPCHECK_IS_WARNING_SIGN (entry))
    return _("Warning sign");
  if (LIPCHECK_IS_CONDITION (entry))
    return _("Condition");
  if (LIPCHECK_IS_TIP (entry))
    {
      LipcheckEntry *group = lipcheck_tip_get_group (LIPCHECK_TIP (entry));

      return group != NULL ? lipcheck_entry_get_name (group) : _("Tip");
    }

  return NULL;
}

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
clear_sections (LipcheckEntryView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->sections)) != NULL)
    gtk_box_remove (GTK_BOX (self->sections), child);
}

static void
lipcheck_entry_view_rebuild (LipcheckEntryView *self)
{
  LipcheckEntry *entry = self->entry;

  clear_sections (self);
  gtk_widget_set_visible (self->column, entry != NULL);
  if (entry == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  set_optional_text (self->kind_label, kind_label_for_entry (entry));
  set_optional_text (self->name_label, lipcheck_entry_get_name (entry));
  set_optional_text (self->summary_label, lipcheck_entry_get_summary (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, lipcheck_entry_get_name (entry),
                                  -1);

  if (LIPCHECK_IS_CAUSE (entry))
    add_cause (self, LIPCHECK_CAUSE (entry));
  else if (LIPCHECK_IS_WARNING_SIGN (entry))
    add_warning_sign (self, LIPCHECK_WARNING_SIGN (entry));
  else if (LIPCHECK_IS_CONDITION (entry))
    add_condition (self, LIPCHECK_CONDITION (entry));
  else if (LIPCHECK_IS_TIP (entry))
    add_tip (self, LIPCHECK_TIP (entry));

  add_sources (self);
}

static void
show_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  g_signal_emit (widget, signals[SHOW_ENTRY], 0, id);
}

/* Arrow keys scroll the entry while the view itself has the focus. */
static gboolean
scroll_binding_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  gboolean handled = FALSE;

  if (!gtk_widget_is_focus (widget) || scroller == NULL)
    return FALSE;

  g_signal_emit_by_name (scroller, "scroll-child", g_variant_get_int32 (args), FALSE, &handled);

  return handled;
}

static void
lipcheck_entry_view_dispose (GObject *object)
{
  LipcheckEntryView *self = (LipcheckEntryView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_ENTRY_VIEW);
  g_clear_pointer (&self->clamp, gtk_widget_unparent);
  g_clear_object (&self->entry);
  g_clear_object (&self->links);

  G_OBJECT_CLASS (lipcheck_entry_view_parent_class)->dispose (object);
}

static void
lipcheck_entry_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LipcheckEntryView *self = LIPCHECK_ENTRY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_LINKS:
      g_value_set_object (value, self->links);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_entry_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LipcheckEntryView *self = LIPCHECK_ENTRY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      lipcheck_entry_view_set_entry (self, g_value_get_object (value));
      break;

    case PROP_LINKS:
      lipcheck_entry_view_set_links (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_scroll_binding (GtkWidgetClass *widget_class,
                    guint           keyval,
                    GtkScrollType   scroll)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, scroll_binding_cb, "i", scroll);
}

static void
lipcheck_entry_view_class_init (LipcheckEntryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_entry_view_dispose;
  object_class->get_property = lipcheck_entry_view_get_property;
  object_class->set_property = lipcheck_entry_view_set_property;


  /**
   * LipcheckEntryView:entry:
   * The entry shown, or %NULL for none.
   */
  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         LIPCHECK_TYPE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckEntryView:links:
   * The entries that related entries link to: a related entry found here becomes a button
   * that emits #LipcheckEntryView::show-entry.
   */
  properties[PROP_LINKS] =
    g_param_spec_object ("links", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LipcheckEntryView::show-entry:
   * @id: the id of the related entry to show
   *
   * Asks the owner to show another entry of #LipcheckEntryView:links.
   */
  signals[SHOW_ENTRY] =
    g_signal_new ("show-entry",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "entry-view.show-entry", "s", show_entry_action);

  add_scroll_binding (widget_class, GDK_KEY_Up, GTK_SCROLL_STEP_BACKWARD);
  add_scroll_binding (widget_class, GDK_KEY_KP_Up, GTK_SCROLL_STEP_BACKWARD);
  add_scroll_binding (widget_class, GDK_KEY_Down, GTK_SCROLL_STEP_FORWARD);
  add_scroll_binding (widget_class, GDK_KEY_KP_Down, GTK_SCROLL_STEP_FORWARD);
  add_scroll_binding (widget_class, GDK_KEY_Home, GTK_SCROLL_START);
  add_scroll_binding (widget_class, GDK_KEY_End, GTK_SCROLL_END);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, clamp);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, column);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, kind_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, name_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckEntryView, sections);

  gtk_widget_class_set_css_name (widget_class, "entryview");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (LIPCHECK_TYPE_CLAMP);
  g_type_ensure (LIPCHECK_TYPE_LINK_ROW);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lipcheck_entry_view_init (LipcheckEntryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->column, FALSE);
}

GtkWidget *
lipcheck_entry_view_new (void)
{
  return g_object_new (LIPCHECK_TYPE_ENTRY_VIEW, NULL);
}

/**
 * lipcheck_entry_view_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
LipcheckEntry *
lipcheck_entry_view_get_entry (LipcheckEntryView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ENTRY_VIEW (self), NULL);

  return self->entry;
}

void
lipcheck_entry_view_set_entry (LipcheckEntryView *self,
                               LipcheckEntry     *entry)
{
  g_return_if_fail (LIPCHECK_IS_ENTRY_VIEW (self));
  g_return_if_fail (entry == NULL || LIPCHECK_IS_ENTRY (entry));

  if (g_set_object (&self->entry, entry))
    {
      lipcheck_entry_view_rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
    }
}

/**
 * lipcheck_entry_view_get_links:
 *
 * Returns: (transfer none) (nullable): the entries related entries link to
 */
GListModel *
lipcheck_entry_view_get_links (LipcheckEntryView *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ENTRY_VIEW (self), NULL);

  return self->links;
}

void
lipcheck_entry_view_set_links (LipcheckEntryView *self,
                               GListModel        *links)
{
  g_return_if_fail (LIPCHECK_IS_ENTRY_VIEW (self));
  g_return_if_fail (links == NULL || G_IS_LIST_MODEL (links));

  if (g_set_object (&self->links, links))
    {
      lipcheck_entry_view_rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKS]);
    }
}
