/* lipcheck-face-map.c: a drawn face whose regions are toggles: where the twitch was.
 *
 * The face is drawn with Cairo in the theme's colours, so it follows light, dark and high contrast;
 * beside it each region is a real toggle button with a name a screen reader speaks, reached by Tab
 * or the arrow keys and switched with Space or Enter. Left and right are the person's own: their
 * left side is on the right of the picture, as in a mirror, and the columns say so. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-face-map"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-diary-entry.h"
#include "lipcheck-face-map.h"

typedef enum
{
  SHAPE_EYELID,
  SHAPE_CHEEK,
  SHAPE_UPPER_LIP,
  SHAPE_LOWER_LIP,
  SHAPE_NONE,
} Shape;

typedef struct
{
  const char *place;
  Shape       shape;
  int         side;     /* +1: the person's left, on the picture's right; -1: their right */
  const char *label;
} Region;

static const Region regions[] = {
  { "eyelid-left",     SHAPE_EYELID,    +1, N_("Your left eyelid") },
  { "eyelid-right",    SHAPE_EYELID,    -1, N_("Your right eyelid") },
  { "cheek-left",      SHAPE_CHEEK,     +1, N_("Your left cheek") },
  { "cheek-right",     SHAPE_CHEEK,     -1, N_("Your right cheek") },
  { "upper-lip-left",  SHAPE_UPPER_LIP, +1, N_("Your left upper lip") },
  { "upper-lip-right", SHAPE_UPPER_LIP, -1, N_("Your right upper lip") },
  { "lower-lip-left",  SHAPE_LOWER_LIP, +1, N_("Your left lower lip") },
  { "lower-lip-right", SHAPE_LOWER_LIP, -1, N_("Your right lower lip") },
  { "elsewhere",       SHAPE_NONE,       0, N_("Elsewhere on the body") },
};

#define N_REGIONS G_N_ELEMENTS (regions)

struct _LipcheckFaceMap
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *grid;
  GtkWidget       *face_area;
  GtkToggleButton *eyelid_left;
  GtkToggleButton *eyelid_right;
  GtkToggleButton *cheek_left;
  GtkToggleButton *cheek_right;
  GtkToggleButton *upper_lip_left;
  GtkToggleButton *upper_lip_right;
  GtkToggleButton *lower_lip_left;
  GtkToggleButton *lower_lip_right;
  GtkToggleButton *elsewhere;

  /* Borrowed: the buttons in the order of regions[] */
  GtkToggleButton *buttons[N_REGIONS];
  gboolean         setting;
};

G_DEFINE_FINAL_TYPE (LipcheckFaceMap, lipcheck_face_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLACES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
trace_shape (cairo_t *cr,
             Shape    shape,
             int      side,
             double   w,
             double   h)
{
  double cx = w / 2;

  cairo_new_path (cr);
  switch (shape)
    {
    case SHAPE_EYELID:
      cairo_save (cr);
      cairo_translate (cr, cx + side * w * 0.18, h * 0.38);
      cairo_scale (cr, w * 0.11, h * 0.045);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      break;
    case SHAPE_CHEEK:
      cairo_arc (cr, cx + side * w * 0.23, h * 0.57, w * 0.085, 0, 2 * G_PI);
      break;
    case SHAPE_UPPER_LIP:
      cairo_rectangle (cr, side > 0 ? cx : cx - w * 0.17, h * 0.715, w * 0.17, h * 0.045);
      break;
    case SHAPE_LOWER_LIP:
      cairo_rectangle (cr, side > 0 ? cx : cx - w * 0.17, h * 0.765, w * 0.17, h * 0.045);
      break;
    case SHAPE_NONE:
    default:
      break;
    }
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
get_colours (LipcheckFaceMap *self,
             GdkRGBA         *fg,
             GdkRGBA         *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    *accent = *fg;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
draw_face (LipcheckFaceMap *self,
           cairo_t         *cr,
           double           w,
           double           h)
{
  GdkRGBA fg, accent;

  get_colours (self, &fg, &accent);
  cairo_set_line_width (cr, 2);

  /* The outline of the head, and a nose between the cheeks. */
  cairo_save (cr);
  cairo_translate (cr, w / 2, h / 2);
  cairo_scale (cr, w * 0.44, h * 0.48);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_stroke (cr);
  cairo_move_to (cr, w / 2, h * 0.45);
  cairo_line_to (cr, w / 2 - w * 0.04, h * 0.60);
  cairo_line_to (cr, w / 2, h * 0.62);
  cairo_stroke (cr);

  for (guint i = 0; i < N_REGIONS; i++)
    {
      if (regions[i].shape == SHAPE_NONE)
        continue;

      trace_shape (cr, regions[i].shape, regions[i].side, w, h);
      if (gtk_toggle_button_get_active (self->buttons[i]))
        {
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_fill_preserve (cr);
        }
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_stroke (cr);
    }
}

static void
lipcheck_face_map_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LipcheckFaceMap *self = LIPCHECK_FACE_MAP (widget);
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (self->face_area, widget, &bounds) && bounds.size.width > 8 && bounds.size.height > 8)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      cairo_translate (cr, bounds.origin.x + 2, bounds.origin.y + 2);
      draw_face (self, cr, bounds.size.width - 4, bounds.size.height - 4);
      cairo_destroy (cr);
    }

  GTK_WIDGET_CLASS (lipcheck_face_map_parent_class)->snapshot (widget, snapshot);
}

static void
region_toggled_cb (LipcheckFaceMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!self->setting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACES]);
}

static void
lipcheck_face_map_dispose (GObject *object)
{
  LipcheckFaceMap *self = (LipcheckFaceMap *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_FACE_MAP);

  G_OBJECT_CLASS (lipcheck_face_map_parent_class)->dispose (object);
}

static void
lipcheck_face_map_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LipcheckFaceMap *self = LIPCHECK_FACE_MAP (object);

  switch (prop_id)
    {
    case PROP_PLACES:
      g_value_take_boxed (value, lipcheck_face_map_dup_places (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_face_map_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LipcheckFaceMap *self = LIPCHECK_FACE_MAP (object);

  switch (prop_id)
    {
    case PROP_PLACES:
      lipcheck_face_map_set_places (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_face_map_class_init (LipcheckFaceMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_face_map_dispose;
  object_class->get_property = lipcheck_face_map_get_property;
  object_class->set_property = lipcheck_face_map_set_property;
  widget_class->snapshot = lipcheck_face_map_snapshot;

  /**
   * LipcheckFaceMap:places:
   *
   * The places switched on, as the diary file names them, in the order of the map.
   */
  properties[PROP_PLACES] =
    g_param_spec_boxed ("places", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "facemap");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-face-map.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, grid);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, face_area);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, eyelid_left);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, eyelid_right);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, cheek_left);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, cheek_right);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, upper_lip_left);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, upper_lip_right);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, lower_lip_left);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, lower_lip_right);
  gtk_widget_class_bind_template_child (widget_class, LipcheckFaceMap, elsewhere);
  gtk_widget_class_bind_template_callback (widget_class, region_toggled_cb);
}

static void
lipcheck_face_map_init (LipcheckFaceMap *self)
{
  GtkToggleButton *buttons[N_REGIONS];

  gtk_widget_init_template (GTK_WIDGET (self));

  buttons[0] = self->eyelid_left;
  buttons[1] = self->eyelid_right;
  buttons[2] = self->cheek_left;
  buttons[3] = self->cheek_right;
  buttons[4] = self->upper_lip_left;
  buttons[5] = self->upper_lip_right;
  buttons[6] = self->lower_lip_left;
  buttons[7] = self->lower_lip_right;
  buttons[8] = self->elsewhere;
  memcpy (self->buttons, buttons, sizeof buttons);
}

GtkWidget *
lipcheck_face_map_new (void)
{
  return g_object_new (LIPCHECK_TYPE_FACE_MAP, NULL);
}

/**
 * lipcheck_face_map_dup_places:
 *
 * Returns: (transfer full): the places switched on, possibly none
 */
char **
lipcheck_face_map_dup_places (LipcheckFaceMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (LIPCHECK_IS_FACE_MAP (self), NULL);

  for (guint i = 0; i < N_REGIONS; i++)
    if (gtk_toggle_button_get_active (self->buttons[i]))
      g_strv_builder_add (builder, regions[i].place);

  return g_strv_builder_end (builder);
}

/**
 * lipcheck_face_map_set_places:
 * @places: (nullable): the places to switch on; every other is switched off
 */
void
lipcheck_face_map_set_places (LipcheckFaceMap    *self,
                              const char * const *places)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;

  g_return_if_fail (LIPCHECK_IS_FACE_MAP (self));

  before = lipcheck_face_map_dup_places (self);
  self->setting = TRUE;
  for (guint i = 0; i < N_REGIONS; i++)
    gtk_toggle_button_set_active (self->buttons[i],
                                  places != NULL && g_strv_contains (places, regions[i].place));
  self->setting = FALSE;
  after = lipcheck_face_map_dup_places (self);

  if (!g_strv_equal ((const char * const *)before, (const char * const *)after))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACES]);
}

/**
 * lipcheck_face_map_place_label:
 * @place: a place as the diary file names it
 *
 * Returns: the place's name for a person, translated, or %NULL for an unknown place
 */
const char *
lipcheck_face_map_place_label (const char *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  for (guint i = 0; i < N_REGIONS; i++)
    if (g_str_equal (place, regions[i].place))
      return _(regions[i].label);

  return NULL;
}
