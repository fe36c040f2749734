/* lipcheck-test-widgets.c: helpers shared by the UI tests: finding widgets as a person would. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lipcheck-test-widgets.h"

void
lipcheck_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The first widget, depth first from @root itself, that @match accepts; only mapped ones if
 * @shown. */
static GtkWidget *
find (GtkWidget         *root,
      LipcheckTestMatch  match,
      gconstpointer      data,
      gboolean           shown)
{
  if ((!shown || gtk_widget_get_mapped (root)) && match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data, shown);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * lipcheck_test_find:
 * @match: says whether a widget is the one looked for, given @data
 *
 * Returns: (nullable): the first widget under @root, or @root itself, that @match accepts,
 *   visible or not
 */
GtkWidget *
lipcheck_test_find (GtkWidget         *root,
                    LipcheckTestMatch  match,
                    gconstpointer      data)
{
  return find (root, match, data, FALSE);
}

/**
 * lipcheck_test_find_shown:
 * @match: says whether a widget is the one looked for, given @data
 *
 * Returns: (nullable): the first mapped widget under @root, or @root itself, that @match accepts:
 *   what a person can see
 */
GtkWidget *
lipcheck_test_find_shown (GtkWidget         *root,
                          LipcheckTestMatch  match,
                          gconstpointer      data)
{
  return find (root, match, data, TRUE);
}

/**
 * lipcheck_test_collect_text:
 *
 * Appends the text of every label under @widget to @text, a line each.
 */
void
lipcheck_test_collect_text (GtkWidget *widget,
                            GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    lipcheck_test_collect_text (child, text);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/**
 * lipcheck_test_find_by_type:
 *
 * Returns: (nullable): the first widget of @type under @root, or @root itself
 */
GtkWidget *
lipcheck_test_find_by_type (GtkWidget *root,
                            GType      type)
{
  return lipcheck_test_find (root, is_of_type, GSIZE_TO_POINTER (type));
}

typedef struct
{
  GType       type;
  const char *label;
} LabelQuery;

static gboolean
has_accessible_label (GtkWidget     *widget,
                      gconstpointer  data)
{
  const LabelQuery *query = data;
  g_autofree char *mismatch = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, query->type))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, query->label);
  return mismatch == NULL;
}

/**
 * lipcheck_test_find_by_label:
 * @type: the type the widget has, such as %GTK_TYPE_WIDGET for any
 * @label: the accessible name a screen reader speaks
 *
 * Returns: (nullable): the first widget of @type under @root whose accessible label is @label
 */
GtkWidget *
lipcheck_test_find_by_label (GtkWidget  *root,
                             GType       type,
                             const char *label)
{
  LabelQuery query = { type, label };

  return lipcheck_test_find (root, has_accessible_label, &query);
}

static gboolean
has_buildable_id (GtkWidget     *widget,
                  gconstpointer  data)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), data) == 0;
}

/**
 * lipcheck_test_find_by_buildable_id:
 * @id: the id the widget has in its template
 *
 * Returns: (nullable): the first widget under @root with that id
 */
GtkWidget *
lipcheck_test_find_by_buildable_id (GtkWidget  *root,
                                    const char *id)
{
  return lipcheck_test_find (root, has_buildable_id, id);
}

static gboolean
label_shows (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/**
 * lipcheck_test_find_label:
 *
 * Returns: (nullable): the first label under @root showing exactly @text, visible or not
 */
GtkLabel *
lipcheck_test_find_label (GtkWidget  *root,
                          const char *text)
{
  return GTK_LABEL (lipcheck_test_find (root, label_shows, text));
}

/**
 * lipcheck_test_action_enabled:
 * @action_name: a prefixed action name, such as "win.print"
 *
 * Whether the action, as seen from @widget, is there and enabled: what a button wired to it
 * shows by being sensitive.
 */
gboolean
lipcheck_test_action_enabled (GtkWidget  *widget,
                              const char *action_name)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new ());
  gboolean enabled;

  gtk_widget_set_parent (button, widget);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  enabled = gtk_widget_get_sensitive (button);
  gtk_widget_unparent (button);
  g_object_unref (button);

  return enabled;
}
