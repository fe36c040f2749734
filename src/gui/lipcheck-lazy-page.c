/* lipcheck-lazy-page.c: a page whose content is built from its .ui file the first time it is needed.
 *
 * The window opens on the self-check's introduction; the Diary and the browse pages are declared
 * in ui/lipcheck-window-pages.ui, the self-check's result page in ui/lipcheck-wizard-pages.ui, and
 * each is built when it is first shown or asked for, so that the first frame does not pay for
 * pages nobody has looked at yet. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-lazy-page"

#include "config.h"

#include "lipcheck-lazy-page.h"

struct _LipcheckLazyPage
{
  GtkWidget  parent_instance;

  /* Owned */
  char      *resource;
  char      *object_id;

  /* Owned as the only child, once built */
  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (LipcheckLazyPage, lipcheck_lazy_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOURCE,
  PROP_OBJECT_ID,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A page that cannot be built is a mistake in Lipcheck's own resources, found by every test.
 * Returns a reference of its own: the builder's goes with the builder. */
static GtkWidget *
build_child (LipcheckLazyPage *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  const char *ids[] = { self->object_id, NULL };
  g_autoptr(GError) error = NULL;
  GObject *object;

  if (!gtk_builder_add_objects_from_resource (builder, self->resource, ids, &error))
    g_error ("%s: %s", self->resource, error->message);

  object = gtk_builder_get_object (builder, self->object_id);
  if (!GTK_IS_WIDGET (object))
    g_error ("%s holds no widget “%s”", self->resource, self->object_id);

  return g_object_ref (GTK_WIDGET (object));
}

/**
 * lipcheck_lazy_page_get_child:
 *
 * Builds the page's content if it is not built yet.
 *
 * Returns: (transfer none): the page's content
 */
GtkWidget *
lipcheck_lazy_page_get_child (LipcheckLazyPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LAZY_PAGE (self), NULL);
  g_return_val_if_fail (self->resource != NULL && self->object_id != NULL, NULL);

  if (self->child == NULL)
    {
      g_autoptr(GtkWidget) child = build_child (self);

      self->child = child;
      gtk_widget_set_parent (self->child, GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
    }

  return self->child;
}

/**
 * lipcheck_lazy_page_peek_child:
 *
 * Returns: (transfer none) (nullable): the page's content, or %NULL while it is not built
 */
GtkWidget *
lipcheck_lazy_page_peek_child (LipcheckLazyPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LAZY_PAGE (self), NULL);

  return self->child;
}

const char *
lipcheck_lazy_page_get_resource (LipcheckLazyPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LAZY_PAGE (self), NULL);

  return self->resource;
}

const char *
lipcheck_lazy_page_get_object_id (LipcheckLazyPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_LAZY_PAGE (self), NULL);

  return self->object_id;
}

/* Shown for the first time: built just before its first frame. */
static void
lipcheck_lazy_page_map (GtkWidget *widget)
{
  lipcheck_lazy_page_get_child (LIPCHECK_LAZY_PAGE (widget));

  GTK_WIDGET_CLASS (lipcheck_lazy_page_parent_class)->map (widget);
}

static void
lipcheck_lazy_page_dispose (GObject *object)
{
  LipcheckLazyPage *self = (LipcheckLazyPage *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (lipcheck_lazy_page_parent_class)->dispose (object);
}

static void
lipcheck_lazy_page_finalize (GObject *object)
{
  LipcheckLazyPage *self = (LipcheckLazyPage *)object;

  g_free (self->resource);
  g_free (self->object_id);

  G_OBJECT_CLASS (lipcheck_lazy_page_parent_class)->finalize (object);
}

static void
lipcheck_lazy_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LipcheckLazyPage *self = LIPCHECK_LAZY_PAGE (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      g_value_set_string (value, self->resource);
      break;

    case PROP_OBJECT_ID:
      g_value_set_string (value, self->object_id);
      break;

    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_lazy_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LipcheckLazyPage *self = LIPCHECK_LAZY_PAGE (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      self->resource = g_value_dup_string (value);
      break;

    case PROP_OBJECT_ID:
      self->object_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_lazy_page_class_init (LipcheckLazyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_lazy_page_dispose;
  object_class->finalize = lipcheck_lazy_page_finalize;
  object_class->get_property = lipcheck_lazy_page_get_property;
  object_class->set_property = lipcheck_lazy_page_set_property;

  widget_class->map = lipcheck_lazy_page_map;

  /**
   * LipcheckLazyPage:resource:
   * The resource path of the .ui file that declares the page's content.
   */
  properties[PROP_RESOURCE] =
    g_param_spec_string ("resource", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckLazyPage:object-id:
   * The id, in that file, of the widget that is the page's content.
   */
  properties[PROP_OBJECT_ID] =
    g_param_spec_string ("object-id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckLazyPage:child:
   * The page's content; %NULL until it is first needed.
   */
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lipcheck_lazy_page_init (LipcheckLazyPage *self)
{
}
