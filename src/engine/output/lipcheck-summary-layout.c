/* lipcheck-summary-layout.c: the summary's building blocks: styles, layouts and the units a page cannot split. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary-layout"

#include "config.h"

#include <string.h>

#include "lipcheck-summary-private.h"

/* Cantarell, or the default sans where it is missing; 9 pt body text. */
static const struct
{
  const char *font;
  guint32     rgb;
} styles[N_STYLES] = {
  [STYLE_BODY]    = { "Cantarell, Sans 9",          0x241f31 },
  [STYLE_STRONG]  = { "Cantarell, Sans Bold 9",     0x241f31 },
  [STYLE_ALERT]   = { "Cantarell, Sans Bold 9",     0xa51d2d },
  [STYLE_NOTE]    = { "Cantarell, Sans Italic 8.5", 0x5e5c64 },
  [STYLE_SMALL]   = { "Cantarell, Sans 8",          0x5e5c64 },
  [STYLE_HEADING] = { "Cantarell, Sans Bold 11",    0x1a5fb4 },
  [STYLE_TITLE]   = { "Cantarell, Sans Bold 16",    0x241f31 },
  [STYLE_DATE]    = { "Cantarell, Sans 10",         0x5e5c64 },
  [STYLE_LEVEL]   = { "Cantarell, Sans Bold 13",    0x241f31 },
  [STYLE_CAPTION] = { "Cantarell, Sans Bold 8",     0x5e5c64 },
  [STYLE_TABLE]   = { "Cantarell, Sans 8.5",        0x3d3846 },
};

/* Units and cells */

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
}

void
_lipcheck_summary_unit_clear (gpointer data)
{
  Unit *unit = data;

  g_clear_pointer (&unit->cells, g_array_unref);
}

void
_lipcheck_summary_unit_init (Unit *unit)
{
  *unit = (Unit) { 0, };
  unit->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (unit->cells, cell_clear);
}

Unit *
_lipcheck_summary_append_unit (LipcheckSummary *self,
             double           space_before,
             double           height)
{
  Unit unit;

  _lipcheck_summary_unit_init (&unit);
  unit.space_before = space_before;
  unit.height = height;
  g_array_append_val (self->units, unit);

  return &g_array_index (self->units, Unit, self->units->len - 1);
}

void
_lipcheck_summary_unit_add_cell (Unit        *unit,
               PangoLayout *layout,
               double       x,
               double       y,
               int          line)
{
  Cell cell = { g_object_ref (layout), x, y, line };

  g_array_append_val (unit->cells, cell);
}

/* The space above the next item: less under a heading than between two items. */
double
_lipcheck_summary_take_gap (LipcheckSummary *self,
          double           gap)
{
  if (!self->after_heading)
    return gap;

  self->after_heading = FALSE;
  return HEADING_GAP;
}

/* Layouts */

static PangoAttribute *
colour_attr_new (guint32 rgb)
{
  return pango_attr_foreground_new (((rgb >> 16) & 0xff) * 0x101,
                                    ((rgb >> 8) & 0xff) * 0x101,
                                    (rgb & 0xff) * 0x101);
}

static void
attrs_add_style (PangoAttrList *attrs,
                 Style          style,
                 gsize          start,
                 gsize          end)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (styles[style].font);
  PangoAttribute *attr = pango_attr_font_desc_new (font);
  PangoAttribute *colour = colour_attr_new (styles[style].rgb);

  attr->start_index = colour->start_index = start;
  attr->end_index = colour->end_index = end;
  pango_attr_list_insert (attrs, attr);
  pango_attr_list_insert (attrs, colour);
}

/* A layout of @text drawn as text, never as markup, in @style, wrapped at @width (none if 0);
 * @attrs, if any, style parts of it. */
PangoLayout *
_lipcheck_summary_new_layout (LipcheckSummary *self,
            Style            style,
            const char      *text,
            double           width,
            PangoAttrList   *attrs)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (styles[style].font);
  g_autoptr(PangoAttrList) list = attrs != NULL ? pango_attr_list_ref (attrs) : pango_attr_list_new ();

  pango_attr_list_insert_before (list, colour_attr_new (styles[style].rgb));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width > 0 ? pango_units_from_double (width) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, list);

  return layout;
}

double
_lipcheck_summary_layout_height (PangoLayout *layout)
{
  PangoRectangle rect;

  pango_layout_get_extents (layout, NULL, &rect);
  return pango_units_to_double (rect.y + rect.height);
}

double
_lipcheck_summary_layout_width (PangoLayout *layout)
{
  PangoRectangle rect;

  pango_layout_get_extents (layout, NULL, &rect);
  return pango_units_to_double (rect.x + rect.width);
}

double
_lipcheck_summary_layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

/* Building blocks */

/* Adds @layout line by line, so that a page may end between two of its lines, though not after
 * its first line or before its last; @keep_with_next keeps its last line with what follows. */
void
_lipcheck_summary_add_paragraph (LipcheckSummary *self,
               PangoLayout     *layout,
               double           x,
               double           space_before,
               gboolean         keep_with_next)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  int n = pango_layout_get_line_count (layout);
  int i = 0;

  do
    {
      PangoRectangle rect;
      double top, bottom, baseline;
      Unit *unit;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      top = pango_units_to_double (rect.y);
      bottom = pango_units_to_double (rect.y + rect.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

      unit = _lipcheck_summary_append_unit (self, i == 0 ? space_before : 0, bottom - top);
      _lipcheck_summary_unit_add_cell (unit, layout, x + pango_units_to_double (rect.x), baseline - top, i);
      unit->keep_with_next = i == n - 1 ? keep_with_next : (i == 0 || i == n - 2);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
}

void
_lipcheck_summary_add_text (LipcheckSummary *self,
          Style            style,
          const char      *text,
          PangoAttrList   *attrs,
          double           x,
          double           space_before)
{
  g_autoptr(PangoLayout) layout = _lipcheck_summary_new_layout (self, style, text, self->width - x, attrs);

  _lipcheck_summary_add_paragraph (self, layout, x, space_before, FALSE);
}

void
_lipcheck_summary_add_heading (LipcheckSummary *self,
             const char      *text)
{
  g_autoptr(PangoLayout) layout = _lipcheck_summary_new_layout (self, STYLE_HEADING, text, self->width, NULL);

  _lipcheck_summary_add_paragraph (self, layout, 0, SECTION_GAP, TRUE);
  self->after_heading = TRUE;
}

/* Text with a styled part: @prefix in @prefix_style, @text in @style. */
PangoLayout *
_lipcheck_summary_new_layout_with_prefix (LipcheckSummary *self,
                        Style            prefix_style,
                        const char      *prefix,
                        const char      *separator,
                        Style            style,
                        const char      *text,
                        double           width)
{
  g_autoptr(GString) all = g_string_new (prefix);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  attrs_add_style (attrs, prefix_style, 0, all->len);
  g_string_append (all, separator);
  attrs_add_style (attrs, style, all->len, all->len + strlen (text));
  g_string_append (all, text);

  return _lipcheck_summary_new_layout (self, STYLE_BODY, all->str, width, attrs);
}

