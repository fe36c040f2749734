/* lipcheck-clamp.c: a wrapper that keeps its child no wider than a comfortable reading width.
 *
 * The child gets the whole width up to maximum-size (never less than it needs), placed by its
 * own halign: at the start, at the end, or centred. Its height is measured at that width, and
 * with no width given, at the width it would naturally take. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-clamp"

#include "config.h"

#include "lipcheck-clamp.h"

struct _LipcheckClamp
{
  GtkWidget  parent_instance;

  /* Owned */
  GtkWidget *child;

  int        maximum_size;
};

static void lipcheck_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LipcheckClamp, lipcheck_clamp, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, lipcheck_clamp_buildable_init))

#define DEFAULT_MAXIMUM_SIZE 600

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

/* The width the child gets out of @width. */
static int
child_width (LipcheckClamp *self,
             int            width)
{
  int minimum = 0;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);

  return MAX (minimum, MIN (width, self->maximum_size));
}

/* The width the child takes when nothing limits it but maximum-size. A height for no width in
 * particular is measured at it, which is also the width a wide window gives the child, so that
 * its text is laid out once for both. */
static int
natural_width (LipcheckClamp *self)
{
  int natural = 0;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);

  return natural;
}

static GtkSizeRequestMode
lipcheck_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lipcheck_clamp_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  LipcheckClamp *self = LIPCHECK_CLAMP (widget);

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, -1, minimum, natural, NULL, NULL);
      *natural = MAX (*minimum, MIN (*natural, self->maximum_size));
    }
  else
    gtk_widget_measure (self->child, orientation, child_width (self, for_size < 0 ? natural_width (self) : for_size),
                        minimum, natural, NULL, NULL);
}

static void
lipcheck_clamp_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  LipcheckClamp *self = LIPCHECK_CLAMP (widget);
  int inner, x;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  inner = child_width (self, width);
  switch (gtk_widget_get_halign (self->child))
    {
    case GTK_ALIGN_START:
      x = 0;
      break;

    case GTK_ALIGN_END:
      x = width - inner;
      break;

    default:
      x = (width - inner) / 2;
    }

  gtk_widget_allocate (self->child, inner, height, baseline,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (MAX (0, x), 0)));
}

/* The clamp expands where its child does. */
static void
lipcheck_clamp_compute_expand (GtkWidget *widget,
                               gboolean  *hexpand,
                               gboolean  *vexpand)
{
  GtkWidget *child = LIPCHECK_CLAMP (widget)->child;

  *hexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
}

static void
lipcheck_clamp_buildable_add_child (GtkBuildable *buildable,
                                    GtkBuilder   *builder,
                                    GObject      *child,
                                    const char   *type)
{
  if (GTK_IS_WIDGET (child))
    lipcheck_clamp_set_child (LIPCHECK_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
lipcheck_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = lipcheck_clamp_buildable_add_child;
}

static void
lipcheck_clamp_dispose (GObject *object)
{
  LipcheckClamp *self = (LipcheckClamp *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (lipcheck_clamp_parent_class)->dispose (object);
}

static void
lipcheck_clamp_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LipcheckClamp *self = LIPCHECK_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_clamp_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LipcheckClamp *self = LIPCHECK_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      lipcheck_clamp_set_child (self, g_value_get_object (value));
      break;

    case PROP_MAXIMUM_SIZE:
      lipcheck_clamp_set_maximum_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_clamp_class_init (LipcheckClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_clamp_dispose;
  object_class->get_property = lipcheck_clamp_get_property;
  object_class->set_property = lipcheck_clamp_set_property;

  widget_class->get_request_mode = lipcheck_clamp_get_request_mode;
  widget_class->measure = lipcheck_clamp_measure;
  widget_class->size_allocate = lipcheck_clamp_size_allocate;
  widget_class->compute_expand = lipcheck_clamp_compute_expand;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckClamp:maximum-size:
   * The widest the child grows, in pixels, its margins included.
   */
  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL,
                      0, G_MAXINT, DEFAULT_MAXIMUM_SIZE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
lipcheck_clamp_init (LipcheckClamp *self)
{
  self->maximum_size = DEFAULT_MAXIMUM_SIZE;
}

GtkWidget *
lipcheck_clamp_new (void)
{
  return g_object_new (LIPCHECK_TYPE_CLAMP, NULL);
}

/**
 * lipcheck_clamp_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
lipcheck_clamp_get_child (LipcheckClamp *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CLAMP (self), NULL);

  return self->child;
}

void
lipcheck_clamp_set_child (LipcheckClamp *self,
                          GtkWidget     *child)
{
  g_return_if_fail (LIPCHECK_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
lipcheck_clamp_get_maximum_size (LipcheckClamp *self)
{
  g_return_val_if_fail (LIPCHECK_IS_CLAMP (self), 0);

  return self->maximum_size;
}

void
lipcheck_clamp_set_maximum_size (LipcheckClamp *self,
                                 int            maximum_size)
{
  g_return_if_fail (LIPCHECK_IS_CLAMP (self));
  g_return_if_fail (maximum_size >= 0);

  if (self->maximum_size == maximum_size)
    return;

  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}
