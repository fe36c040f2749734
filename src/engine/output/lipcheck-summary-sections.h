/* lipcheck-summary-sections.h: the summary's units of layout, and the sections laid out in them. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <pango/pangocairo.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

/* Vertical rhythm, in points. */
#define SECTION_GAP   10.0  /* above a section heading */
#define HEADING_GAP    4.0  /* between a heading and what follows it */
#define ITEM_GAP       4.0  /* between two items of a section */
#define LINE_GAP       0.5  /* between two answers */
#define BOX_PADDING    9.0  /* inside the urgency box */
#define BOX_BAR        4.0  /* the urgency box's coloured left edge */
#define NOTES_LINES    5    /* writing lines in the notes box, at least */
#define NOTES_MAX     12    /* and at most, when the last page has room */
#define NOTES_PITCH   18.0  /* between two of them */
#define FOOTER_HEIGHT 22.0  /* below the content of every page */
#define COLUMN_GAP    12.0  /* between two columns */
#define INDENT        12.0  /* of a list under a label */

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
  N_STYLES
} Style;

typedef enum
{
  DECORATION_NONE,
  DECORATION_TITLE_RULE,
  DECORATION_BOX,
  DECORATION_NOTES,
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

/* What the sections are laid out with, and into: borrowed from the summary being paginated. */
typedef struct
{
  LipcheckResult *result;
  GDateTime      *date;
  PangoContext   *context;
  GArray         *units;         /* Unit, appended to */
  double          width;         /* of the printable area */
  gboolean        after_heading;
} SummarySections;

void  _lipcheck_summary_unit_clear   (gpointer         data);
void  _lipcheck_summary_build_units  (SummarySections *self);
void  _lipcheck_summary_build_footer (SummarySections *self,
                                      guint            page,
                                      guint            n_pages,
                                      Unit            *footer);
char *_lipcheck_summary_format_date  (GDateTime       *date);
char *_lipcheck_summary_format_title (GDateTime       *date);

G_END_DECLS
