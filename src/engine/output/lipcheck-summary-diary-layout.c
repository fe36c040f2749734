/* lipcheck-summary-diary-layout.c: the summary sheet's diary section: the facts, a timeline strip, two faces. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary-diary"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-summary-diary.h"
#include "lipcheck-summary-private.h"

#define STRIP_CELL_MAX 18.0  /* the widest a day's cell gets */
#define STRIP_CELL     12.0  /* the height of a day's mark */
#define FACE_HEIGHT    42.0
#define FACE_WIDTH     34.0

/* Where each place sits on a face seen from the front, as fractions of the face's box: the
 * person's left is on the viewer's right. */
static const struct { const char *id; double x, y; } face_places[] = {
  { "eyelid-left", 0.68, 0.40 }, { "eyelid-right", 0.32, 0.40 },
  { "cheek-left", 0.76, 0.60 }, { "cheek-right", 0.24, 0.60 },
  { "upper-lip-left", 0.60, 0.76 }, { "upper-lip-right", 0.40, 0.76 },
  { "lower-lip-left", 0.60, 0.86 }, { "lower-lip-right", 0.40, 0.86 },
};

static double
cell_width (LipcheckSummary *self)
{
  guint n = MAX (self->diary->strip->len, 1);

  return MIN (STRIP_CELL_MAX, self->width / n);
}

/* The strip: a cell a day, with the day of the month under it; the marks are drawn by
 * _lipcheck_summary_draw_diary_strip(). */
static void
add_strip (LipcheckSummary *self,
           PangoLayout     *legend)
{
  LipcheckSummaryDiary *diary = self->diary;
  double width = cell_width (self);
  Unit *unit = _lipcheck_summary_append_unit (self, ITEM_GAP, STRIP_CELL + 4);
  double label_height = 0;

  unit->decoration = DECORATION_DIARY_STRIP;
  for (guint i = 0; i < diary->strip->len; i++)
    {
      GDate date;
      g_autofree char *day = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, diary->strip_start + i);
      if (i != 0 && i + 1 != diary->strip->len && g_date_get_day (&date) % 7 != 1 && width < 14)
        continue;
      day = g_strdup_printf ("%d", g_date_get_day (&date));
      layout = _lipcheck_summary_new_layout (self, STYLE_SMALL, day, 0, NULL);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      _lipcheck_summary_unit_add_cell (unit, layout, i * width + (width - _lipcheck_summary_layout_width (layout)) / 2,
                                       STRIP_CELL + 4, -1);
      label_height = MAX (label_height, _lipcheck_summary_layout_height (layout));
    }
  unit->height += label_height + 2;
  if (legend != NULL)
    {
      _lipcheck_summary_unit_add_cell (unit, legend, diary->strip->len * width + COLUMN_GAP, 0, -1);
      unit->height = MAX (unit->height, _lipcheck_summary_layout_height (legend));
    }
}

static char *
legend_text (LipcheckSummary *self)
{
  LipcheckSummaryDiary *diary = self->diary;
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the key beside the diary's timeline strip on the summary sheet */
  g_string_append (text, _("Square: strong twitch · diamond: mild · ring: none · dashed: no entry"));
  if (diary->day_14 >= 0)
    g_string_append_printf (text, " · %s", _("line: day 14"));
  if (diary->days_total > diary->strip->len)
    {
      g_string_append (text, " · ");
      /* Translators: the diary is longer than the strip on the summary sheet */
      g_string_append_printf (text, _("the last %u of %u days"), diary->strip->len, diary->days_total);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The strip, with its key beside it when there is room, else under it. */
static void
add_strip_and_legend (LipcheckSummary *self)
{
  g_autofree char *text = legend_text (self);
  double room = self->width - self->diary->strip->len * cell_width (self) - COLUMN_GAP;

  if (room >= 160)
    {
      g_autoptr(PangoLayout) legend = _lipcheck_summary_new_layout (self, STYLE_NOTE, text, room, NULL);

      add_strip (self, legend);
      return;
    }

  add_strip (self, NULL);
  _lipcheck_summary_add_text (self, STYLE_NOTE, text, NULL, 0, 1);
}

static char *
join_list (const char *label,
           GPtrArray  *items,
           const char *empty)
{
  g_autofree char *joined = NULL;

  g_ptr_array_add (items, NULL);
  joined = g_strjoinv ("; ", (char **)items->pdata);
  g_ptr_array_set_size (items, items->len - 1);

  return g_strdup_printf ("%s %s", label, items->len > 0 ? joined : empty);
}

/* Three columns: the face of the first places, of the latest, then the signs and medicines. */
static void
add_faces (LipcheckSummary *self)
{
  LipcheckSummaryDiary *diary = self->diary;
  double column = self->width / 3;
  double text_width = column - FACE_WIDTH - 8 - COLUMN_GAP;
  g_autofree char *first = g_strdup_printf ("%s: %s", _("First"), diary->first_text != NULL ? diary->first_text : _("none named"));
  g_autofree char *latest = g_strdup_printf ("%s: %s", _("Latest"), diary->latest_text != NULL ? diary->latest_text : _("none named"));
  g_autofree char *signs = join_list (_("Warning signs recorded:"), diary->signs, _("none"));
  g_autofree char *medicines = join_list (_("New medicines:"), diary->medicines, _("none recorded"));
  g_autofree char *events = g_strdup_printf ("%s\n%s", signs, medicines);
  g_autoptr(PangoLayout) first_layout = _lipcheck_summary_new_layout (self, STYLE_BODY, first, text_width, NULL);
  g_autoptr(PangoLayout) latest_layout = _lipcheck_summary_new_layout (self, STYLE_BODY, latest, text_width, NULL);
  g_autoptr(PangoLayout) events_layout = _lipcheck_summary_new_layout (self, STYLE_BODY, events, column, NULL);
  Unit *unit = _lipcheck_summary_append_unit (self, 2, FACE_HEIGHT);

  unit->decoration = DECORATION_DIARY_FACES;
  _lipcheck_summary_unit_add_cell (unit, first_layout, FACE_WIDTH + 8, 4, -1);
  _lipcheck_summary_unit_add_cell (unit, latest_layout, column + FACE_WIDTH + 8, 4, -1);
  _lipcheck_summary_unit_add_cell (unit, events_layout, 2 * column, 4, -1);
  unit->height = MAX (FACE_HEIGHT, 4 + MAX (_lipcheck_summary_layout_height (events_layout),
                                            MAX (_lipcheck_summary_layout_height (first_layout),
                                                 _lipcheck_summary_layout_height (latest_layout))));
}

/**
 * _lipcheck_summary_add_diary:
 *
 * The diary section, when the summary has a diary: since when, how often, the strip of days,
 * where (first and latest), the warning signs and new medicines with their dates, the patterns.
 */
void
_lipcheck_summary_add_diary (LipcheckSummary *self)
{
  LipcheckSummaryDiary *diary = self->diary;
  g_autofree char *facts = NULL;
  g_autoptr(PangoLayout) heading = NULL;

  if (diary == NULL)
    return;

  /* Translators: on the summary sheet: the date first noticed, days logged, days with a twitch */
  facts = g_strdup_printf (_("First noticed: %s · days logged: %u · days with a twitch: %u"),
                           diary->noticed != NULL ? diary->noticed : _("not answered"),
                           diary->days_logged, diary->days_with_twitch);
  heading = _lipcheck_summary_new_layout_with_prefix (self, STYLE_HEADING, _("Twitch diary"), "   ",
                                                      STYLE_BODY, facts, self->width);
  _lipcheck_summary_add_paragraph (self, heading, 0, SECTION_GAP, TRUE);
  if (diary->strip->len > 0)
    add_strip_and_legend (self);
  add_faces (self);
  for (guint i = 0; i < diary->patterns->len; i++)
    _lipcheck_summary_add_text (self, STYLE_TABLE, g_ptr_array_index (diary->patterns, i), NULL, 0, i == 0 ? ITEM_GAP : LINE_GAP);
}

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

/* A day's mark centred at @x, @y: shape and shade both say the twitch. */
static void
draw_day (cairo_t          *cr,
          LipcheckStripDay  day,
          double            x,
          double            y,
          double            size)
{
  double r = size / 2;
  const double dashes[] = { 1.5, 1.5 };

  cairo_new_path (cr);
  switch (day)
    {
    case LIPCHECK_STRIP_STRONG:
      cairo_rectangle (cr, x - r, y - r, size, size);
      set_grey (cr, 0.14);
      cairo_fill (cr);
      break;

    case LIPCHECK_STRIP_MILD:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      set_grey (cr, 0.55);
      cairo_fill (cr);
      break;

    case LIPCHECK_STRIP_NONE:
      cairo_arc (cr, x, y, r * 0.6, 0, 2 * G_PI);
      set_grey (cr, 0.35);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;

    case LIPCHECK_STRIP_GAP:
    default:
      cairo_rectangle (cr, x - r + 0.5, y - r + 0.5, size - 1, size - 1);
      set_grey (cr, 0.6);
      cairo_set_line_width (cr, 0.6);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

void
_lipcheck_summary_draw_diary_strip (LipcheckSummary *self,
                                    cairo_t         *cr,
                                    const Unit      *unit)
{
  LipcheckSummaryDiary *diary = self->diary;
  double width = cell_width (self);
  double size = MIN (STRIP_CELL, width - 2);

  for (guint i = 0; i < diary->strip->len; i++)
    draw_day (cr, g_array_index (diary->strip, guint8, i), i * width + width / 2, STRIP_CELL / 2 + 1, size);

  if (diary->day_14 >= 0)
    {
      double x = (diary->day_14 + 1) * width;

      cairo_set_source_rgb (cr, 0x1a / 255.0, 0x5f / 255.0, 0xb4 / 255.0);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, x, -2);
      cairo_line_to (cr, x, unit->height);
      cairo_stroke (cr);
    }
}

/* A face's outline seen from the front, with a dot on each of @places. */
static void
draw_face (cairo_t            *cr,
           double              x0,
           const char * const *places)
{
  cairo_save (cr);
  cairo_translate (cr, x0, 0);
  set_grey (cr, 0.45);
  cairo_set_line_width (cr, 0.8);
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, FACE_WIDTH / 2, FACE_HEIGHT / 2);
  cairo_scale (cr, FACE_WIDTH / 2 - 1, FACE_HEIGHT / 2 - 1);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_stroke (cr);
  for (guint side = 0; side < 2; side++)
    {
      double cx = FACE_WIDTH * (side ? 0.68 : 0.32);

      cairo_new_path (cr);
      cairo_move_to (cr, cx - 4, FACE_HEIGHT * 0.38);
      cairo_curve_to (cr, cx - 2, FACE_HEIGHT * 0.34, cx + 2, FACE_HEIGHT * 0.34, cx + 4, FACE_HEIGHT * 0.38);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
  cairo_move_to (cr, FACE_WIDTH * 0.34, FACE_HEIGHT * 0.81);
  cairo_curve_to (cr, FACE_WIDTH * 0.45, FACE_HEIGHT * 0.78, FACE_WIDTH * 0.55, FACE_HEIGHT * 0.78, FACE_WIDTH * 0.66, FACE_HEIGHT * 0.81);
  cairo_curve_to (cr, FACE_WIDTH * 0.55, FACE_HEIGHT * 0.88, FACE_WIDTH * 0.45, FACE_HEIGHT * 0.88, FACE_WIDTH * 0.34, FACE_HEIGHT * 0.81);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0);
  for (guint i = 0; i < G_N_ELEMENTS (face_places); i++)
    if (places != NULL && g_strv_contains (places, face_places[i].id))
      {
        cairo_new_path (cr);
        cairo_arc (cr, FACE_WIDTH * face_places[i].x, FACE_HEIGHT * face_places[i].y, 2.8, 0, 2 * G_PI);
        cairo_fill (cr);
      }
  cairo_restore (cr);
}

void
_lipcheck_summary_draw_diary_faces (LipcheckSummary *self,
                                    cairo_t         *cr,
                                    const Unit      *unit)
{
  draw_face (cr, 0, (const char * const *)self->diary->first_places);
  draw_face (cr, self->width / 3, (const char * const *)self->diary->latest_places);
}
