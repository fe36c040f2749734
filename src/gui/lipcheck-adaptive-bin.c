/* lipcheck-adaptive-bin.c: a wrapper that says whether the width it is given is narrow.
 *
 * GTK 4.8 has no breakpoints: this bin passes its whole size to its child and sets "narrow" when
 * its width falls below "threshold", so that the window can bind the parts that change (the page
 * switcher at the top or at the bottom) to it. The change is made after the allocation, never
 * during it, since showing and hiding widgets there would ask for another layout. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-adaptive-bin"

#include "config.h"

#include "lipcheck-adaptive-bin.h"

struct _LipcheckAdaptiveBin
{
  GtkWidget  parent_instance;

  /* Owned */
  GtkWidget *child;
  guint      update_id;

  int        threshold;
  int        width;
  gboolean   narrow;
};

static void lipcheck_adaptive_bin_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LipcheckAdaptiveBin, lipcheck_adaptive_bin, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, lipcheck_adaptive_bin_buildable_init))

#define DEFAULT_THRESHOLD 600

enum {
  PROP_0,
  PROP_CHILD,
  PROP_THRESHOLD,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
set_narrow (LipcheckAdaptiveBin *self,
            gboolean             narrow)
{
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static gboolean
update_cb (gpointer data)
{
  LipcheckAdaptiveBin *self = data;

  self->update_id = 0;
  set_narrow (self, self->width > 0 && self->width < self->threshold);

  return G_SOURCE_REMOVE;
}

static void
queue_update (LipcheckAdaptiveBin *self)
{
  gboolean narrow = self->width > 0 && self->width < self->threshold;

  if (narrow != self->narrow && self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_cb, self, NULL);
}

static GtkSizeRequestMode
lipcheck_adaptive_bin_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = LIPCHECK_ADAPTIVE_BIN (widget)->child;

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
lipcheck_adaptive_bin_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  LipcheckAdaptiveBin *self = LIPCHECK_ADAPTIVE_BIN (widget);

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  /* A height for no width in particular is the height at the narrowest width the window
   * takes (its own width request), or the child's, if that is wider. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0 &&
      gtk_widget_get_request_mode (self->child) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      int narrowest = 0;

      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &for_size, NULL, NULL, NULL);
      if (root != NULL)
        gtk_widget_get_size_request (GTK_WIDGET (root), &narrowest, NULL);
      for_size = MAX (for_size, narrowest);
    }

  gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
lipcheck_adaptive_bin_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  LipcheckAdaptiveBin *self = LIPCHECK_ADAPTIVE_BIN (widget);

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);

  self->width = width;
  queue_update (self);
}

static void
lipcheck_adaptive_bin_compute_expand (GtkWidget *widget,
                                      gboolean  *hexpand,
                                      gboolean  *vexpand)
{
  GtkWidget *child = LIPCHECK_ADAPTIVE_BIN (widget)->child;

  *hexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
}

static void
lipcheck_adaptive_bin_buildable_add_child (GtkBuildable *buildable,
                                           GtkBuilder   *builder,
                                           GObject      *child,
                                           const char   *type)
{
  if (GTK_IS_WIDGET (child))
    lipcheck_adaptive_bin_set_child (LIPCHECK_ADAPTIVE_BIN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
lipcheck_adaptive_bin_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = lipcheck_adaptive_bin_buildable_add_child;
}

static void
lipcheck_adaptive_bin_dispose (GObject *object)
{
  LipcheckAdaptiveBin *self = (LipcheckAdaptiveBin *)object;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (lipcheck_adaptive_bin_parent_class)->dispose (object);
}

static void
lipcheck_adaptive_bin_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LipcheckAdaptiveBin *self = LIPCHECK_ADAPTIVE_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;

    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_adaptive_bin_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LipcheckAdaptiveBin *self = LIPCHECK_ADAPTIVE_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      lipcheck_adaptive_bin_set_child (self, g_value_get_object (value));
      break;

    case PROP_THRESHOLD:
      lipcheck_adaptive_bin_set_threshold (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_adaptive_bin_class_init (LipcheckAdaptiveBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_adaptive_bin_dispose;
  object_class->get_property = lipcheck_adaptive_bin_get_property;
  object_class->set_property = lipcheck_adaptive_bin_set_property;

  widget_class->get_request_mode = lipcheck_adaptive_bin_get_request_mode;
  widget_class->measure = lipcheck_adaptive_bin_measure;
  widget_class->size_allocate = lipcheck_adaptive_bin_size_allocate;
  widget_class->compute_expand = lipcheck_adaptive_bin_compute_expand;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckAdaptiveBin:threshold:
   * The width, in pixels, below which the bin is narrow.
   */
  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL,
                      0, G_MAXINT, DEFAULT_THRESHOLD,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckAdaptiveBin:narrow:
   * Whether the bin's last width was below the threshold.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_adaptive_bin_init (LipcheckAdaptiveBin *self)
{
  self->threshold = DEFAULT_THRESHOLD;
}

GtkWidget *
lipcheck_adaptive_bin_new (void)
{
  return g_object_new (LIPCHECK_TYPE_ADAPTIVE_BIN, NULL);
}

/**
 * lipcheck_adaptive_bin_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
lipcheck_adaptive_bin_get_child (LipcheckAdaptiveBin *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ADAPTIVE_BIN (self), NULL);

  return self->child;
}

void
lipcheck_adaptive_bin_set_child (LipcheckAdaptiveBin *self,
                                 GtkWidget           *child)
{
  g_return_if_fail (LIPCHECK_IS_ADAPTIVE_BIN (self));
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
lipcheck_adaptive_bin_get_threshold (LipcheckAdaptiveBin *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ADAPTIVE_BIN (self), 0);

  return self->threshold;
}

void
lipcheck_adaptive_bin_set_threshold (LipcheckAdaptiveBin *self,
                                     int                  threshold)
{
  g_return_if_fail (LIPCHECK_IS_ADAPTIVE_BIN (self));
  g_return_if_fail (threshold >= 0);

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

gboolean
lipcheck_adaptive_bin_get_narrow (LipcheckAdaptiveBin *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ADAPTIVE_BIN (self), FALSE);

  return self->narrow;
}
