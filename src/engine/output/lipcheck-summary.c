/* lipcheck-summary.c: the printable one- or two-page summary of a result, for a doctor: pages, drawing. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-result.h"
#include "lipcheck-summary-private.h"

/* The urgency box's tint and edge, light enough to print in black and white. */
static const struct
{
  guint32 fill;
  guint32 edge;
} tints[LIPCHECK_N_URGENCIES] = {
  [LIPCHECK_URGENCY_SELF_CARE] = { 0xe9f6ec, 0x26a269 },
  [LIPCHECK_URGENCY_ROUTINE]   = { 0xe7effa, 0x1c71d8 },
  [LIPCHECK_URGENCY_URGENT]    = { 0xfdf3d8, 0xe5a50a },
  [LIPCHECK_URGENCY_EMERGENCY] = { 0xfce8e8, 0xc01c28 },
};

#define NEUTRAL_FILL_RGB 0xf6f5f4
#define NEUTRAL_EDGE_RGB 0x77767b

G_DEFINE_FINAL_TYPE (LipcheckSummary, lipcheck_summary, G_TYPE_OBJECT)

G_DEFINE_QUARK (lipcheck-summary-error-quark, lipcheck_summary_error)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pagination */

/* The room above @unit: its own, or half of it on a tightened sheet. */
static double
space_before (LipcheckSummary *self,
              const Unit      *unit)
{
  return self->tight ? unit->space_before * TIGHT_GAPS : unit->space_before;
}

/* Places units on pages top to bottom; a page ends before the unit that does not fit, or
 * earlier so as not to part a unit from the one it keeps with. */
static void
place_units (LipcheckSummary *self,
             double           limit)
{
  guint start = 0;
  double y = 0;

  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, start);

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = &g_array_index (self->units, Unit, i);
      double top = i == start ? 0 : y + space_before (self, unit);
      guint end = i;

      if (i > start && top + unit->height > limit)
        {
          while (end > start + 1 && g_array_index (self->units, Unit, end - 1).keep_with_next)
            end--;
          if (end == start + 1 && g_array_index (self->units, Unit, start).keep_with_next)
            end = i;

          start = end;
          g_array_append_val (self->page_starts, start);
          i = start - 1;
          y = 0;
          continue;
        }

      unit->y = top;
      y = top + unit->height;
    }
}

/* On the last page, the notes box grows a line at a time into the room left above the foot. */
static void
grow_notes (LipcheckSummary *self,
            double           limit)
{
  guint n = self->units->len;
  Unit *notes, *foot;
  double room;
  int extra;

  if (n < 2)
    return;

  notes = &g_array_index (self->units, Unit, n - 2);
  foot = &g_array_index (self->units, Unit, n - 1);
  if (notes->decoration != DECORATION_NOTES || !foot->at_foot ||
      g_array_index (self->page_starts, guint, self->page_starts->len - 1) > n - 2)
    return;

  room = limit - foot->height - space_before (self, foot) - (notes->y + notes->height);
  extra = MIN ((int)(room / NOTES_PITCH), NOTES_MAX - NOTES_LINES);
  if (extra > 0)
    notes->height += extra * NOTES_PITCH;
}

/* Builds the units again and places them on pages of the last pagination's size. */
static guint
lay_out (LipcheckSummary *self,
         gboolean         tight)
{
  double limit = self->height - FOOTER_HEIGHT;

  self->tight = tight;
  self->after_heading = FALSE;
  g_array_set_size (self->units, 0);

  _lipcheck_summary_build_units (self);
  place_units (self, limit);
  grow_notes (self, limit);

  return self->page_starts->len;
}

/**
 * lipcheck_summary_paginate:
 * @context: the context to lay text out with: a print context's, or
 *   lipcheck_summary_create_pango_context()
 * @width: the width of the printable area, in points
 * @height: its height, in points
 *
 * Lays the summary out for pages of this size, line by line: a page never ends inside a line,
 * after a heading, or after the first line of a paragraph. A summary that would need two pages
 * but fits one with its gaps halved and the notes box at one line is laid out so.
 *
 * Returns: the number of pages
 */
guint
lipcheck_summary_paginate (LipcheckSummary *self,
                           PangoContext    *context,
                           double           width,
                           double           height)
{
  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 0 && height > FOOTER_HEIGHT, 0);

  g_set_object (&self->context, context);
  self->width = width;
  self->height = height;

  /* A sheet that just spills onto a second page is tightened, when that keeps it on one. */
  if (lay_out (self, FALSE) == 2 && lay_out (self, TRUE) > 1)
    lay_out (self, FALSE);

  return self->page_starts->len;
}

/**
 * lipcheck_summary_get_n_pages:
 *
 * Returns: the number of pages of the last pagination, 0 before the first
 */
guint
lipcheck_summary_get_n_pages (LipcheckSummary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), 0);

  return self->page_starts->len;
}

/* Drawing */

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_hline (cairo_t *cr,
            double   x0,
            double   x1,
            double   y,
            double   line_width,
            guint32  rgb)
{
  set_source_rgb (cr, rgb);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

/* An incomplete self-care result is not tinted as one: it cannot say all is well. */
static void
draw_box (LipcheckSummary *self,
          cairo_t         *cr,
          const Unit      *unit)
{
  LipcheckUrgency urgency = lipcheck_result_get_urgency (self->result);
  gboolean neutral = urgency == LIPCHECK_URGENCY_SELF_CARE && !lipcheck_result_get_complete (self->result);

  rounded_rectangle (cr, 0, 0, self->width, unit->height, 4);
  set_source_rgb (cr, neutral ? NEUTRAL_FILL_RGB : tints[urgency].fill);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  set_source_rgb (cr, neutral ? NEUTRAL_EDGE_RGB : tints[urgency].edge);
  cairo_rectangle (cr, 0, 0, BOX_BAR, unit->height);
  cairo_fill (cr);
  cairo_reset_clip (cr);
}

static void
draw_notes (LipcheckSummary *self,
            cairo_t         *cr,
            const Unit      *unit)
{
  for (guint i = 1; i < (guint)(unit->height / NOTES_PITCH + 0.5); i++)
    draw_hline (cr, 10, self->width - 10, i * NOTES_PITCH, 0.5, 0xdeddda);

  rounded_rectangle (cr, 0.5, 0.5, self->width - 1, unit->height - 1, 4);
  set_source_rgb (cr, RULE_RGB);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

static double
cell_right (const Cell *cell)
{
  PangoRectangle rect;

  pango_layout_get_extents (cell->layout, NULL, &rect);
  return cell->x + pango_units_to_double (rect.x + rect.width);
}

/* A line to write on after each label, to the start of the next one or the edge. */
static void
draw_fill_in (LipcheckSummary *self,
              cairo_t         *cr,
              const Unit      *unit)
{
  for (guint i = 0; i < unit->cells->len; i++)
    {
      const Cell *cell = &g_array_index (unit->cells, Cell, i);
      double end = i + 1 < unit->cells->len ? g_array_index (unit->cells, Cell, i + 1).x - COLUMN_GAP : self->width;

      draw_hline (cr, cell_right (cell) + 6, end, unit->height - 2, 0.6, RULE_RGB);
    }
}

static void
draw_unit (LipcheckSummary *self,
           cairo_t         *cr,
           const Unit      *unit,
           double           y)
{
  cairo_save (cr);
  cairo_translate (cr, 0, y);

  if (unit->decoration == DECORATION_TITLE_RULE)
    draw_hline (cr, 0, self->width, unit->height - 1, 1.5, ACCENT_RGB);
  else if (unit->decoration == DECORATION_BOX)
    draw_box (self, cr, unit);
  else if (unit->decoration == DECORATION_NOTES)
    draw_notes (self, cr, unit);
  else if (unit->decoration == DECORATION_ROW_RULE)
    draw_hline (cr, 0, self->width, unit->height - 0.25, 0.5, 0xdeddda);
  else if (unit->decoration == DECORATION_FILL_IN)
    draw_fill_in (self, cr, unit);
  else if (unit->decoration == DECORATION_DIARY_STRIP)
    _lipcheck_summary_draw_diary_strip (self, cr, unit);
  else if (unit->decoration == DECORATION_DIARY_FACES)
    _lipcheck_summary_draw_diary_faces (self, cr, unit);

  for (guint i = 0; i < unit->cells->len; i++)
    {
      const Cell *cell = &g_array_index (unit->cells, Cell, i);

      set_source_rgb (cr, TEXT_RGB);
      cairo_move_to (cr, cell->x, cell->y);
      if (cell->line < 0)
        pango_cairo_show_layout (cr, cell->layout);
      else
        pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (cell->layout, cell->line));
    }

  cairo_restore (cr);
}

/* The footer under a thin rule. */
static void
draw_footer (LipcheckSummary *self,
             cairo_t         *cr,
             guint            page)
{
  double y = self->height - FOOTER_HEIGHT + 11;
  Unit footer;

  _lipcheck_summary_build_footer (self, page, &footer);
  draw_hline (cr, 0, self->width, y - 3, 0.5, RULE_RGB);
  draw_unit (self, cr, &footer, y);
  _lipcheck_summary_unit_clear (&footer);
}

/**
 * lipcheck_summary_draw_page:
 * @cr: where to draw, its origin at the top left of the printable area, in points
 * @page: the page, from 0, of the last lipcheck_summary_paginate()
 *
 * Draws one page. The print operation and lipcheck_summary_write_pdf() both draw with it.
 */
void
lipcheck_summary_draw_page (LipcheckSummary *self,
                            cairo_t         *cr,
                            guint            page)
{
  guint start, end;

  g_return_if_fail (LIPCHECK_IS_SUMMARY (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  start = g_array_index (self->page_starts, guint, page);
  end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1) : self->units->len;

  cairo_save (cr);
  for (guint i = start; i < end; i++)
    {
      const Unit *unit = &g_array_index (self->units, Unit, i);
      double y = unit->at_foot ? self->height - FOOTER_HEIGHT - unit->height : unit->y;

      draw_unit (self, cr, unit, y);
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* The object */

/**
 * lipcheck_summary_dup_title:
 *
 * Returns: (transfer full): "Lip twitch self-check summary, <date>", for a PDF's title or a print job
 */
char *
lipcheck_summary_dup_title (LipcheckSummary *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), NULL);

  date = _lipcheck_summary_format_date (self->date);
  /* Translators: the title of the summary's PDF and print job; %s is the date of the check */
  return g_strdup_printf (_("Lip twitch self-check summary, %s"), date);
}

LipcheckResult *
lipcheck_summary_get_result (LipcheckSummary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), NULL);

  return self->result;
}

GDateTime *
lipcheck_summary_get_date (LipcheckSummary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), NULL);

  return self->date;
}

static void
lipcheck_summary_constructed (GObject *object)
{
  LipcheckSummary *self = (LipcheckSummary *)object;

  G_OBJECT_CLASS (lipcheck_summary_parent_class)->constructed (object);

  g_assert (LIPCHECK_IS_RESULT (self->result));

  if (self->date == NULL)
    self->date = g_date_time_new_now_local ();
}

static void
lipcheck_summary_dispose (GObject *object)
{
  LipcheckSummary *self = (LipcheckSummary *)object;

  g_clear_pointer (&self->units, g_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (lipcheck_summary_parent_class)->dispose (object);
}

static void
lipcheck_summary_finalize (GObject *object)
{
  LipcheckSummary *self = (LipcheckSummary *)object;

  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->diary, lipcheck_summary_diary_free);

  G_OBJECT_CLASS (lipcheck_summary_parent_class)->finalize (object);
}

static void
lipcheck_summary_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LipcheckSummary *self = LIPCHECK_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_summary_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LipcheckSummary *self = LIPCHECK_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;

    case PROP_DATE:
      self->date = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_summary_class_init (LipcheckSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lipcheck_summary_constructed;
  object_class->dispose = lipcheck_summary_dispose;
  object_class->finalize = lipcheck_summary_finalize;
  object_class->get_property = lipcheck_summary_get_property;
  object_class->set_property = lipcheck_summary_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIPCHECK_TYPE_RESULT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* When the check was made; now if unset. */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_summary_init (LipcheckSummary *self)
{
  self->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (self->units, _lipcheck_summary_unit_clear);
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * lipcheck_summary_new:
 * @result: the result to summarise
 * @date: (nullable): when the check was made, or %NULL for now
 *
 * Returns: (transfer full): a summary; lay it out with lipcheck_summary_paginate()
 */
LipcheckSummary *
lipcheck_summary_new (LipcheckResult *result,
                      GDateTime      *date)
{
  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  return g_object_new (LIPCHECK_TYPE_SUMMARY,
                       "result", result,
                       "date", date,
                       NULL);
}

/**
 * lipcheck_summary_set_diary:
 * @diary: (transfer full) (nullable): what to show of a twitch diary, from
 *   lipcheck_diary_sheet_new(), or %NULL for none
 *
 * Gives the sheet a diary section, laid out at the next lipcheck_summary_paginate().
 */
void
lipcheck_summary_set_diary (LipcheckSummary      *self,
                            LipcheckSummaryDiary *diary)
{
  g_return_if_fail (LIPCHECK_IS_SUMMARY (self));

  g_clear_pointer (&self->diary, lipcheck_summary_diary_free);
  self->diary = diary;
}

/**
 * lipcheck_summary_format_day:
 *
 * Returns: (transfer full): the day of @date in words as the sheet writes it ("24 November 2026")
 */
char *
lipcheck_summary_format_day (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return _lipcheck_summary_format_date (date);
}
