/* lipcheck-summary-private.h: what the summary's files share: its units of layout and its fields. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <pango/pangocairo.h>

#include "lipcheck-summary-diary.h"
#include "lipcheck-summary.h"

G_BEGIN_DECLS

/* Vertical rhythm, in points. */
#define SECTION_GAP    8.0  /* above a section heading */
#define HEADING_GAP    3.0  /* between a heading and what follows it */
#define ITEM_GAP       4.0  /* between two items of a section */
#define LINE_GAP       0.5  /* between two answers */
#define BOX_PADDING    9.0  /* inside the urgency box */
#define BOX_BAR        4.0  /* the urgency box's coloured left edge */
#define NOTES_LINES    3    /* writing lines in the notes box, at least */
#define NOTES_MAX     12    /* and at most, when the last page has room */
#define NOTES_PITCH   18.0  /* between two of them */
#define TIGHT_GAPS     0.5  /* how much of every gap a tightened sheet keeps */
#define FOOTER_HEIGHT 22.0  /* below the content of every page */
#define COLUMN_GAP    12.0  /* between two columns */
#define INDENT        12.0  /* of a list under a label */
#define ROW_PADDING    1.0  /* above and below the text of a row of the answers table */
#define TABLE_SIZE     8.5  /* the answers table's text, in points */

/* Colours: the body text (as in the styles), the title's rule, the thin rules. */
#define TEXT_RGB   0x241f31
#define ACCENT_RGB 0x1a5fb4
#define RULE_RGB   0xc0bfbc

typedef enum
{
  STYLE_BODY,
  STYLE_STRONG,
  STYLE_ALERT,
  STYLE_NOTE,
  STYLE_SMALL,
  STYLE_HEADING,
  STYLE_TITLE,
  STYLE_DATE,
  STYLE_LEVEL,
  STYLE_CAPTION,
  STYLE_TABLE,
  N_STYLES
} Style;

typedef enum
{
  DECORATION_NONE,
  DECORATION_TITLE_RULE,
  DECORATION_BOX,
  DECORATION_NOTES,
  DECORATION_ROW_RULE,
  DECORATION_FILL_IN,
  DECORATION_DIARY_STRIP,
  DECORATION_DIARY_FACES,
} Decoration;

/* A layout placed in a unit: all of it (top-left at x, y), or one line (its baseline at x, y). */
typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  int          line;
} Cell;

/* What a page cannot split: one line of a paragraph, a row of cells, a box. */
typedef struct
{
  GArray     *cells;              /* Cell */
  double      space_before;       /* dropped at the top of a page */
  double      height;
  double      y;                  /* on its page, once paginated */
  Decoration  decoration;
  guint       keep_with_next : 1; /* no page break after this unit */
  guint       at_foot : 1;        /* drawn at the foot of its page */
} Unit;

struct _LipcheckSummary
{
  GObject         parent_instance;

  /* Owned */
  LipcheckResult *result;
  GDateTime      *date;
  PangoContext   *context;
  GArray         *units;
  GArray         *page_starts;
  LipcheckSummaryDiary *diary;    /* NULL without a diary */

  /* The printable area of the last pagination */
  double          width;
  double          height;
  gboolean        after_heading;
  gboolean        tight;          /* gaps halved and the notes box at one line, to keep one page */
};

void  _lipcheck_summary_unit_clear   (gpointer         data);
Unit        *_lipcheck_summary_append_unit            (LipcheckSummary *self,
                                                       double           space_before,
                                                       double           height);
void         _lipcheck_summary_unit_init              (Unit            *unit);
void         _lipcheck_summary_unit_add_cell          (Unit            *unit,
                                                       PangoLayout     *layout,
                                                       double           x,
                                                       double           y,
                                                       int              line);
double       _lipcheck_summary_take_gap               (LipcheckSummary *self,
                                                       double           gap);
PangoLayout *_lipcheck_summary_new_layout             (LipcheckSummary *self,
                                                       Style            style,
                                                       const char      *text,
                                                       double           width,
                                                       PangoAttrList   *attrs);
PangoLayout *_lipcheck_summary_new_layout_with_prefix (LipcheckSummary *self,
                                                       Style            prefix_style,
                                                       const char      *prefix,
                                                       const char      *separator,
                                                       Style            style,
                                                       const char      *text,
                                                       double           width);
double       _lipcheck_summary_layout_height          (PangoLayout     *layout);
double       _lipcheck_summary_layout_width           (PangoLayout     *layout);
double       _lipcheck_summary_layout_baseline        (PangoLayout     *layout);
void         _lipcheck_summary_add_paragraph          (LipcheckSummary *self,
                                                       PangoLayout     *layout,
                                                       double           x,
                                                       double           space_before,
                                                       gboolean         keep_with_next);
void         _lipcheck_summary_add_text               (LipcheckSummary *self,
                                                       Style            style,
                                                       const char      *text,
                                                       PangoAttrList   *attrs,
                                                       double           x,
                                                       double           space_before);
void         _lipcheck_summary_add_heading            (LipcheckSummary *self,
                                                       const char      *text);

void  _lipcheck_summary_build_units  (LipcheckSummary *self);
void  _lipcheck_summary_build_footer (LipcheckSummary *self,
                                      guint            page,
                                      Unit            *footer);
char *_lipcheck_summary_format_date  (GDateTime       *date);

void  _lipcheck_summary_add_diary        (LipcheckSummary *self);
void  _lipcheck_summary_draw_diary_strip (LipcheckSummary *self,
                                          cairo_t         *cr,
                                          const Unit      *unit);
void  _lipcheck_summary_draw_diary_faces (LipcheckSummary *self,
                                          cairo_t         *cr,
                                          const Unit      *unit);

G_END_DECLS
