/* lipcheck-print-preview.c: the print preview: the pages a print operation draws, as sheets to scroll through.
 *
 * It keeps GtkPrintOperationPreview's contract: it gives the print context a cairo context at
 * once; when the operation is "ready" it renders every page to be printed, each "got-page-size"
 * starting a new sheet, a recording surface the size of the paper; closing the window ends the
 * preview. Each sheet is a GtkPicture of a render node that replays its recording, so the
 * sheets fit the window's width and stay sharp at any size. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-print-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-print-preview.h"

#define SHADOW 8.0  /* room round a sheet for its shadow, in points */

struct _LipcheckPrintPreview
{
  GtkWindow                 parent_instance;

  /* Template widgets */
  GtkLabel                 *page_label;
  GtkWidget                *print_button;
  GtkDrawingArea           *ground;
  GtkScrolledWindow        *scroller;
  GtkBox                   *sheets;

  /* Owned */
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  GPtrArray                *surfaces;  /* cairo_surface_t: each sheet, recorded in points */

  guint                     page;      /* the sheet in the middle of the view */
  guint                     update_id;
  gboolean                  ended;
};

G_DEFINE_FINAL_TYPE (LipcheckPrintPreview, lipcheck_print_preview, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PREVIEW,
  PROP_CONTEXT,
  PROP_N_PAGES,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sheets */

/* White paper with a soft shadow and a hairline edge, then what was recorded on it; a point
 * to a pixel until the picture scales it. */
static GdkPaintable *
sheet_paintable_new (cairo_surface_t *surface)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  const GdkRGBA shadow = { 0, 0, 0, 0.25 };
  const GdkRGBA edge = { 0, 0, 0, 0.18 };
  const GdkRGBA white = { 1, 1, 1, 1 };
  cairo_rectangle_t extents;
  graphene_rect_t paper;
  GskRoundedRect outline;
  cairo_t *cr;

  cairo_recording_surface_get_extents (surface, &extents);
  graphene_rect_init (&paper, SHADOW, SHADOW, extents.width, extents.height);
  gsk_rounded_rect_init_from_rect (&outline, &paper, 0);

  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1.5, 0, 6);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &edge, 0, 0, 0.75, 0);
  gtk_snapshot_append_color (snapshot, &white, &paper);
  cr = gtk_snapshot_append_cairo (snapshot, &paper);
  cairo_set_source_surface (cr, surface, SHADOW, SHADOW);
  cairo_paint (cr);
  cairo_destroy (cr);

  return gtk_snapshot_free_to_paintable (g_steal_pointer (&snapshot),
                                         &GRAPHENE_SIZE_INIT (extents.width + 2 * SHADOW, extents.height + 2 * SHADOW));
}

static GtkWidget *
sheet_picture_new (cairo_surface_t *surface,
                   guint            page,
                   guint            n_pages)
{
  g_autoptr(GdkPaintable) paintable = sheet_paintable_new (surface);
  /* Translators: what a screen reader says of a page in the print preview */
  g_autofree char *name = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  GtkWidget *picture = gtk_picture_new_for_paintable (paintable);

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), name);

  return picture;
}

/* "Page N of M" for the sheet in the middle of the view. */
static void
update_page (LipcheckPrintPreview *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double middle = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 2;
  g_autofree char *text = NULL;
  guint page = 0, i = 0;

  for (GtkWidget *sheet = gtk_widget_get_first_child (GTK_WIDGET (self->sheets));
       sheet != NULL;
       sheet = gtk_widget_get_next_sibling (sheet), i++)
    {
      graphene_rect_t bounds;

      /* (A sheet not yet laid out has no height) */
      if (gtk_widget_get_height (sheet) > 0 &&
          gtk_widget_compute_bounds (sheet, GTK_WIDGET (self->sheets), &bounds) &&
          bounds.origin.y <= middle)
        page = i;
    }

  if (i > 0)
    /* Translators: in the print preview's header bar */
    text = g_strdup_printf (_("Page %u of %u"), page + 1, i);
  gtk_label_set_label (self->page_label, text);

  if (page != self->page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
}

static gboolean
update_page_cb (gpointer user_data)
{
  LipcheckPrintPreview *self = user_data;

  self->update_id = 0;
  update_page (self);

  return G_SOURCE_REMOVE;
}

/* The view scrolled, or its sheets were laid out anew: "Page N of M" follows, once the layout
 * is done (a label changed while its header bar is laid out would be drawn before it is). */
static void
scrolled_cb (LipcheckPrintPreview *self,
             GtkAdjustment        *adjustment)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_page_cb, self);
}

/* The ground under the sheets: the text colour, faint, over the window's background. */
static void
draw_ground (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GdkRGBA colour;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &colour);
  cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue, 0.12);
  cairo_paint (cr);
}

/* The print operation */

/* A new sheet begins: the page drawn next goes onto a fresh recording the size of the paper. */
static void
got_page_size_cb (LipcheckPrintPreview *self,
                  GtkPrintContext      *context,
                  GtkPageSetup         *setup)
{
  cairo_rectangle_t extents = {
    0, 0,
    gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
    gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
  };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  g_ptr_array_add (self->surfaces, surface);
}

/* Paginated: renders every page the print settings select. */
static void
ready_cb (LipcheckPrintPreview *self,
          GtkPrintContext      *context)
{
  int n_pages = 0;

  if (self->ended)
    return;

  if (GTK_IS_PRINT_OPERATION (self->preview))
    g_object_get (self->preview, "n-pages", &n_pages, NULL);

  for (int i = 0; i < n_pages; i++)
    if (gtk_print_operation_preview_is_selected (self->preview, i))
      gtk_print_operation_preview_render_page (self->preview, i);

  for (guint i = 0; i < self->surfaces->len; i++)
    gtk_box_append (self->sheets, sheet_picture_new (g_ptr_array_index (self->surfaces, i), i, self->surfaces->len));

  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/* Ends the preview, once: the print operation then says it is done. */
static void
end_preview (LipcheckPrintPreview *self)
{
  if (self->ended || self->preview == NULL)
    return;

  self->ended = TRUE;
  g_signal_handlers_disconnect_by_data (self->preview, self);
  gtk_print_operation_preview_end_preview (self->preview);
}

/* Whether the window's class installs win.print. Lipcheck's window enables it whenever it has a
 * result, and only a window with a result opens a preview. */
static gboolean
has_print_action (GtkWindow *window)
{
  GtkWidgetClass *klass = window != NULL ? GTK_WIDGET_GET_CLASS (window) : NULL;
  const GVariantType *parameter_type;
  const char *name, *property;
  GType owner;

  for (guint i = 0; klass != NULL && gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    if (g_str_equal (name, "win.print"))
      return TRUE;

  return FALSE;
}

/* Print… hands over to the parent window's print action, where there is one. */
static void
update_print_action (LipcheckPrintPreview *self)
{
  gboolean can_print = has_print_action (gtk_window_get_transient_for (GTK_WINDOW (self)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", can_print);
  gtk_widget_set_visible (self->print_button, can_print);
}

static void
transient_for_cb (LipcheckPrintPreview *self,
                  GParamSpec           *pspec,
                  gpointer              user_data)
{
  update_print_action (self);
}

/* Actions */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LipcheckPrintPreview *self = LIPCHECK_PRINT_PREVIEW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GtkWindow) hold = g_object_ref (parent);

  end_preview (self);
  gtk_window_destroy (GTK_WINDOW (self));
  gtk_widget_activate_action (GTK_WIDGET (hold), "win.print", NULL);
}

/* Scrolls as a scrolled window's keys do, by a GtkScrollType: a page, or to the start or end. */
static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LipcheckPrintPreview *self = LIPCHECK_PRINT_PREVIEW (widget);
  gboolean handled;

  g_signal_emit_by_name (self->scroller, "scroll-child", (GtkScrollType)g_variant_get_int32 (parameter), FALSE, &handled);
}

/* GObject */

static gboolean
lipcheck_print_preview_close_request (GtkWindow *window)
{
  end_preview (LIPCHECK_PRINT_PREVIEW (window));

  return GTK_WINDOW_CLASS (lipcheck_print_preview_parent_class)->close_request (window);
}

static void
lipcheck_print_preview_constructed (GObject *object)
{
  LipcheckPrintPreview *self = (LipcheckPrintPreview *)object;
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  cairo_surface_t *surface;
  cairo_t *cr;

  G_OBJECT_CLASS (lipcheck_print_preview_parent_class)->constructed (object);

  g_assert (GTK_IS_PRINT_OPERATION_PREVIEW (self->preview));
  g_assert (GTK_IS_PRINT_CONTEXT (self->context));

  /* The operation wants a cairo context before it paginates; each sheet gets its own. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (self->context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_signal_connect_object (self->preview, "got-page-size", G_CALLBACK (got_page_size_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "ready", G_CALLBACK (ready_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  update_print_action (self);
}

static void
lipcheck_print_preview_dispose (GObject *object)
{
  LipcheckPrintPreview *self = (LipcheckPrintPreview *)object;

  end_preview (self);
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->preview);
  g_clear_object (&self->context);
  g_clear_pointer (&self->surfaces, g_ptr_array_unref);

  G_OBJECT_CLASS (lipcheck_print_preview_parent_class)->dispose (object);
}

static void
lipcheck_print_preview_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LipcheckPrintPreview *self = LIPCHECK_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PREVIEW:
      g_value_set_object (value, self->preview);
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, lipcheck_print_preview_get_n_pages (self));
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_print_preview_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LipcheckPrintPreview *self = LIPCHECK_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PREVIEW:
      self->preview = g_value_dup_object (value);
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_print_preview_class_init (LipcheckPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lipcheck_print_preview_constructed;
  object_class->dispose = lipcheck_print_preview_dispose;
  object_class->get_property = lipcheck_print_preview_get_property;
  object_class->set_property = lipcheck_print_preview_set_property;
  window_class->close_request = lipcheck_print_preview_close_request;

  properties[PROP_PREVIEW] =
    g_param_spec_object ("preview", NULL, NULL,
                         GTK_TYPE_PRINT_OPERATION_PREVIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         GTK_TYPE_PRINT_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The sheets rendered: 0 until the operation is ready. */
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* The sheet in the middle of the view, from 0. */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckPrintPreview, print_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckPrintPreview, ground);
  gtk_widget_class_bind_template_child (widget_class, LipcheckPrintPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, LipcheckPrintPreview, sheets);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.scroll", "i", scroll_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.scroll", "i", GTK_SCROLL_PAGE_BACKWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.scroll", "i", GTK_SCROLL_PAGE_FORWARD);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "preview.scroll", "i", GTK_SCROLL_START);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "preview.scroll", "i", GTK_SCROLL_END);
}

/* Up and Down scroll the sheets while they have the focus (the window's own arrow keys move
 * the focus between its controls). */
static void
add_arrow_keys (LipcheckPrintPreview *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { guint keyval; GtkScrollType scroll; } keys[] = {
    { GDK_KEY_Up, GTK_SCROLL_STEP_UP },
    { GDK_KEY_KP_Up, GTK_SCROLL_STEP_UP },
    { GDK_KEY_Down, GTK_SCROLL_STEP_DOWN },
    { GDK_KEY_KP_Down, GTK_SCROLL_STEP_DOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                gtk_named_action_new ("preview.scroll"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (keys[i].scroll));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  gtk_widget_add_controller (GTK_WIDGET (self->sheets), controller);
}

static void
lipcheck_print_preview_init (LipcheckPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify)cairo_surface_destroy);
  gtk_drawing_area_set_draw_func (self->ground, draw_ground, NULL, NULL);
  add_arrow_keys (self);
  g_signal_connect (self, "notify::transient-for", G_CALLBACK (transient_for_cb), NULL);
}

/**
 * lipcheck_print_preview_new:
 * @preview: the print operation's preview, as its "preview" signal gives it
 * @context: the print context it gives with it
 * @parent: (nullable): the window to keep the preview above; its `print` action, if any, is
 *   what the preview's Print… button activates
 *
 * Creates the preview and readies @context to draw into it: call it from a "preview" handler,
 * which should then return %TRUE. The pages appear once the operation is ready.
 *
 * Returns: (transfer none): the preview window, to present
 */
LipcheckPrintPreview *
lipcheck_print_preview_new (GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION_PREVIEW (preview), NULL);
  g_return_val_if_fail (GTK_IS_PRINT_CONTEXT (context), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (LIPCHECK_TYPE_PRINT_PREVIEW,
                       "preview", preview,
                       "context", context,
                       "transient-for", parent,
                       NULL);
}

/**
 * lipcheck_print_preview_get_n_pages:
 *
 * Returns: the number of sheets shown, 0 until the operation is ready
 */
guint
lipcheck_print_preview_get_n_pages (LipcheckPrintPreview *self)
{
  g_return_val_if_fail (LIPCHECK_IS_PRINT_PREVIEW (self), 0);

  return self->surfaces != NULL ? self->surfaces->len : 0;
}

/**
 * lipcheck_print_preview_get_page:
 *
 * Returns: the sheet in the middle of the view, from 0, as "Page N of M" in the header bar says
 */
guint
lipcheck_print_preview_get_page (LipcheckPrintPreview *self)
{
  g_return_val_if_fail (LIPCHECK_IS_PRINT_PREVIEW (self), 0);

  return self->page;
}
