/* test-face-map.c: the face map: its regions named, the person's own sides, toggled from the keyboard. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-face-map"

#include "config.h"

#include <gtk/gtk.h>

#include "lipcheck-diary-entry.h"
#include "lipcheck-face-map.h"
#include "lipcheck-test-widgets.h"

#define iterate lipcheck_test_iterate

typedef struct
{
  GtkWidget *window;
  GtkWidget *map;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  fixture->map = lipcheck_face_map_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->map);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
}

static GtkWidget *
region (Fixture    *fixture,
        const char *name)
{
  GtkWidget *button = lipcheck_test_find_by_label (fixture->map, GTK_TYPE_TOGGLE_BUTTON, name);

  g_assert_nonnull (button);
  return button;
}

static gboolean
clicked_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* What Space or Enter does to the focused button: activate it, then let its click happen. */
static void
press_focused (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean clicked = FALSE;
  gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  gulong id;

  g_assert_true (GTK_IS_BUTTON (focus));
  id = g_signal_connect_swapped (focus, "clicked", G_CALLBACK (clicked_cb), &clicked);
  g_assert_true (gtk_widget_activate (focus));
  while (!clicked && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (focus, id);
  g_assert_true (clicked);
  iterate ();
}

static char *
places_text (Fixture *fixture)
{
  g_auto(GStrv) places = lipcheck_face_map_dup_places (LIPCHECK_FACE_MAP (fixture->map));

  return g_strjoinv (" ", places);
}

/* Every place the diary knows has a region with its own spoken name. */
static void
test_regions_named (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const *places = lipcheck_diary_places ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; places[i] != NULL; i++)
    {
      const char *name = lipcheck_face_map_place_label (places[i]);

      g_assert_nonnull (name);
      region (fixture, name);
      g_assert_true (g_hash_table_add (names, (gpointer)name));
    }
  g_assert_cmpuint (g_hash_table_size (names), ==, 9);
  g_assert_null (lipcheck_face_map_place_label ("nose"));
}

/* The person's left is on the picture's right, under "Your left". */
static void
test_sides_are_the_persons (Fixture       *fixture,
                            gconstpointer  data)
{
  graphene_rect_t left, right, left_heading, right_heading;
  GtkLabel *your_left = lipcheck_test_find_label (fixture->map, "Your left");
  GtkLabel *your_right = lipcheck_test_find_label (fixture->map, "Your right");

  g_assert_nonnull (your_left);
  g_assert_nonnull (your_right);
  g_assert_true (gtk_widget_compute_bounds (region (fixture, "Your left eyelid"), fixture->map, &left));
  g_assert_true (gtk_widget_compute_bounds (region (fixture, "Your right eyelid"), fixture->map, &right));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (your_left), fixture->map, &left_heading));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (your_right), fixture->map, &right_heading));

  g_assert_cmpfloat (left.origin.x, >, right.origin.x);
  g_assert_cmpfloat (left_heading.origin.x, >, right_heading.origin.x);
  g_assert_cmpfloat (fabs (left.origin.x - left_heading.origin.x), <, left.size.width);
}

/* Tab reaches a region, Space switches it on and off, the arrow keys move between regions. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *after_on = NULL;
  g_autofree char *after_two = NULL;
  g_autofree char *after_off = NULL;
  GtkWidget *focus;

  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == region (fixture, "Your right eyelid"));

  press_focused (fixture->window);
  after_on = places_text (fixture);
  g_assert_cmpstr (after_on, ==, "eyelid-right");

  /* Down the column to the right upper lip, and across to the left upper lip. */
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_DOWN));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_DOWN));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == region (fixture, "Your right upper lip"));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_RIGHT));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == region (fixture, "Your left upper lip"));
  press_focused (fixture->window);
  after_two = places_text (fixture);
  g_assert_cmpstr (after_two, ==, "eyelid-right upper-lip-left");

  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_LEFT));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_UP));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_UP));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == region (fixture, "Your right eyelid"));
  press_focused (fixture->window);
  after_off = places_text (fixture);
  g_assert_cmpstr (after_off, ==, "upper-lip-left");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    data)
{
  (*(guint *)data)++;
}

/* Setting the places switches exactly those on, and tells only of a real change. */
static void
test_set_places (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *places[] = { "lower-lip-left", "elsewhere", NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) none = NULL;
  guint notified = 0;

  g_signal_connect (fixture->map, "notify::places", G_CALLBACK (count_cb), &notified);
  lipcheck_face_map_set_places (LIPCHECK_FACE_MAP (fixture->map), places);
  text = places_text (fixture);
  g_assert_cmpstr (text, ==, "lower-lip-left elsewhere");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (region (fixture, "Elsewhere on the body"))));
  g_assert_cmpuint (notified, ==, 1);

  lipcheck_face_map_set_places (LIPCHECK_FACE_MAP (fixture->map), places);
  g_assert_cmpuint (notified, ==, 1);

  lipcheck_face_map_set_places (LIPCHECK_FACE_MAP (fixture->map), NULL);
  none = lipcheck_face_map_dup_places (LIPCHECK_FACE_MAP (fixture->map));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (notified, ==, 2);
}

/* The face is drawn in the theme's colour: a switched-on region fills more of the picture. */
static guint
count_ink (Fixture *fixture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (fixture->map);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width = gtk_widget_get_width (fixture->map), height = gtk_widget_get_height (fixture->map);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (fixture->window));
  guint ink = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  for (int i = 0; i < width * height; i++)
    if (pixels[i * 4 + 3] > 0)
      ink++;

  return ink;
}

static void
test_drawn (Fixture       *fixture,
            gconstpointer  data)
{
  const char *cheek[] = { "cheek-left", NULL };
  guint before, after;

  before = count_ink (fixture);
  g_assert_cmpuint (before, >, 0);
  lipcheck_face_map_set_places (LIPCHECK_FACE_MAP (fixture->map), cheek);
  gtk_test_widget_wait_for_draw (fixture->window);
  after = count_ink (fixture);
  g_assert_cmpuint (after, >, before);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define add_test(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  add_test ("/lipcheck/face-map/regions-named", test_regions_named);
  add_test ("/lipcheck/face-map/sides-are-the-persons", test_sides_are_the_persons);
  add_test ("/lipcheck/face-map/keyboard", test_keyboard);
  add_test ("/lipcheck/face-map/set-places", test_set_places);
  add_test ("/lipcheck/face-map/drawn", test_drawn);

  return g_test_run ();
}
