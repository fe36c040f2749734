/* lipcheck-summary.c: the printable one- or two-page summary of a result, for a doctor. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "lipcheck-answers.h"
#include "lipcheck-finding.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-source.h"
#include "lipcheck-summary.h"
#include "lipcheck-warning-sign.h"

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

/* Cantarell, or the default sans where it is missing; 9.5 pt body text. */
static const struct
{
  const char *font;
  guint32     rgb;
} styles[N_STYLES] = {
  [STYLE_BODY]    = { "Cantarell, Sans 9.5",        0x241f31 },
  [STYLE_STRONG]  = { "Cantarell, Sans Bold 9.5",   0x241f31 },
  [STYLE_ALERT]   = { "Cantarell, Sans Bold 9.5",   0xa51d2d },
  [STYLE_NOTE]    = { "Cantarell, Sans Italic 8.5", 0x5e5c64 },
  [STYLE_SMALL]   = { "Cantarell, Sans 8",          0x5e5c64 },
  [STYLE_HEADING] = { "Cantarell, Sans Bold 11",    0x1a5fb4 },
  [STYLE_TITLE]   = { "Cantarell, Sans Bold 16",    0x241f31 },
  [STYLE_DATE]    = { "Cantarell, Sans 10",         0x5e5c64 },
  [STYLE_LEVEL]   = { "Cantarell, Sans Bold 13",    0x241f31 },
  [STYLE_CAPTION] = { "Cantarell, Sans Bold 8",     0x5e5c64 },
};

#define ACCENT_RGB 0x1a5fb4
#define RULE_RGB   0xc0bfbc

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

struct _LipcheckSummary
{
  GObject         parent_instance;

  /* Owned */
  LipcheckResult *result;
  GDateTime      *date;
  PangoContext   *context;
  GArray         *units;
  GArray         *page_starts;

  /* The printable area of the last pagination */
  double          width;
  double          height;
  gboolean        after_heading;
};

G_DEFINE_FINAL_TYPE (LipcheckSummary, lipcheck_summary, G_TYPE_OBJECT)

G_DEFINE_QUARK (lipcheck-summary-error-quark, lipcheck_summary_error)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Units and cells */

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
}

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  g_clear_pointer (&unit->cells, g_array_unref);
}

static Unit *
append_unit (LipcheckSummary *self,
             double           space_before,
             double           height)
{
  Unit unit = { 0, };

  unit.cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (unit.cells, cell_clear);
  unit.space_before = space_before;
  unit.height = height;
  g_array_append_val (self->units, unit);

  return &g_array_index (self->units, Unit, self->units->len - 1);
}

static void
unit_add_cell (Unit        *unit,
               PangoLayout *layout,
               double       x,
               double       y,
               int          line)
{
  Cell cell = { g_object_ref (layout), x, y, line };

  g_array_append_val (unit->cells, cell);
}

/* The space above the next item: less under a heading than between two items. */
static double
take_gap (LipcheckSummary *self,
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
static PangoLayout *
new_layout (LipcheckSummary *self,
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

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle rect;

  pango_layout_get_extents (layout, NULL, &rect);
  return pango_units_to_double (rect.y + rect.height);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle rect;

  pango_layout_get_extents (layout, NULL, &rect);
  return pango_units_to_double (rect.x + rect.width);
}

static double
layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

/* Building blocks */

/* Adds @layout line by line, so that a page may end between two of its lines, though not after
 * its first line or before its last; @keep_with_next keeps its last line with what follows. */
static void
add_paragraph (LipcheckSummary *self,
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

      unit = append_unit (self, i == 0 ? space_before : 0, bottom - top);
      unit_add_cell (unit, layout, x + pango_units_to_double (rect.x), baseline - top, i);
      unit->keep_with_next = i == n - 1 ? keep_with_next : (i == 0 || i == n - 2);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
}

static void
add_text (LipcheckSummary *self,
          Style            style,
          const char      *text,
          PangoAttrList   *attrs,
          double           x,
          double           space_before)
{
  g_autoptr(PangoLayout) layout = new_layout (self, style, text, self->width - x, attrs);

  add_paragraph (self, layout, x, space_before, FALSE);
}

static void
add_heading (LipcheckSummary *self,
             const char      *text)
{
  g_autoptr(PangoLayout) layout = new_layout (self, STYLE_HEADING, text, self->width, NULL);

  add_paragraph (self, layout, 0, SECTION_GAP, TRUE);
  self->after_heading = TRUE;
}

/* A label in a column of its own at @x, and its text beside it at @x + @label_width. */
static Unit *
add_labelled (LipcheckSummary *self,
              PangoLayout     *label,
              PangoLayout     *text,
              double           x,
              double           label_width,
              double           space_before)
{
  Unit *unit;

  pango_layout_set_width (text, pango_units_from_double (self->width - x - label_width));
  unit = append_unit (self, space_before, MAX (layout_height (label), layout_height (text)));
  unit_add_cell (unit, label, x, layout_baseline (text) - layout_baseline (label), -1);
  unit_add_cell (unit, text, x + label_width, 0, -1);

  return unit;
}

/* Text with a styled part: @prefix in @prefix_style, @text in @style. */
static PangoLayout *
new_layout_with_prefix (LipcheckSummary *self,
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

  return new_layout (self, STYLE_BODY, all->str, width, attrs);
}

/* The sections */

static char *
format_date (GDateTime *date)
{
  /* Translators: the date of the check on the summary sheet, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static void
add_title (LipcheckSummary *self)
{
  g_autoptr(PangoLayout) title = new_layout (self, STYLE_TITLE, _("Lip twitch self-check summary"), 0, NULL);
  g_autofree char *date_text = format_date (self->date);
  g_autoptr(PangoLayout) date = new_layout (self, STYLE_DATE, date_text, 0, NULL);
  double date_width = layout_width (date);
  Unit *unit;

  if (layout_width (title) + COLUMN_GAP + date_width > self->width)
    pango_layout_set_width (title, pango_units_from_double (self->width - COLUMN_GAP - date_width));

  unit = append_unit (self, 0, layout_height (title) + 6);
  unit->decoration = DECORATION_TITLE_RULE;
  unit_add_cell (unit, title, 0, 0, -1);
  unit_add_cell (unit, date, self->width - date_width, layout_baseline (title) - layout_baseline (date), -1);
}

/* The level's name, a caption on its right, then the headline and the advice, on a tint. */
static void
add_urgency_box (LipcheckSummary *self)
{
  LipcheckLevel *level = lipcheck_result_get_level (self->result);
  double inner = self->width - BOX_BAR - 2 * BOX_PADDING;
  double x = BOX_BAR + BOX_PADDING;
  g_autoptr(PangoLayout) caption = new_layout (self, STYLE_CAPTION, _("Self-check result"), inner / 3, NULL);
  double caption_width = layout_width (caption);
  g_autoptr(PangoLayout) name = new_layout (self, STYLE_LEVEL, lipcheck_entry_get_name (LIPCHECK_ENTRY (level)),
                                            inner - caption_width - COLUMN_GAP, NULL);
  g_autoptr(PangoLayout) headline = new_layout (self, STYLE_STRONG, lipcheck_result_get_headline (self->result), inner, NULL);
  g_autoptr(PangoLayout) advice = new_layout (self, STYLE_BODY, lipcheck_result_get_advice (self->result), inner, NULL);
  double y = BOX_PADDING;
  Unit *unit;

  unit = append_unit (self, SECTION_GAP, 0);
  unit->decoration = DECORATION_BOX;
  unit_add_cell (unit, name, x, y, -1);
  unit_add_cell (unit, caption, x + inner - caption_width, y + layout_baseline (name) - layout_baseline (caption), -1);
  y += layout_height (name) + 3;
  unit_add_cell (unit, headline, x, y, -1);
  y += layout_height (headline) + 4;
  unit_add_cell (unit, advice, x, y, -1);
  unit->height = y + layout_height (advice) + BOX_PADDING;
}

/* The names of @signs joined into one line, or "none". */
static char *
join_names (GListModel *signs)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckEntry) sign = g_list_model_get_item (signs, i);

      if (i > 0)
        /* Translators: between two items of a list on the summary sheet */
        g_string_append (text, _(", "));
      g_string_append (text, lipcheck_entry_get_name (sign));
    }

  if (text->len == 0)
    /* Translators: an empty list of warning signs on the summary sheet */
    g_string_append (text, _("none"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The warning signs asked about but not answered. */
static GListModel *
unanswered_signs (LipcheckSummary *self)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  const char * const *unanswered = lipcheck_result_get_unanswered (self->result);
  GListStore *store = g_list_store_new (LIPCHECK_TYPE_WARNING_SIGN);

  for (guint i = 0; unanswered[i] != NULL; i++)
    {
      LipcheckWarningSign *sign = lipcheck_knowledge_base_find_warning_sign (kb, unanswered[i]);

      if (sign != NULL)
        g_list_store_append (store, sign);
    }

  return G_LIST_MODEL (store);
}

/* The width of a column that holds every one of @labels, at most @max. */
static double
label_column_width (LipcheckSummary    *self,
                    const char * const *labels,
                    double              max)
{
  double width = 0;

  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) label = new_layout (self, STYLE_BODY, labels[i], 0, NULL);

      width = MAX (width, layout_width (label) + COLUMN_GAP);
    }

  return MIN (width, max);
}

/* "Warning signs" beside two or three rows, "Present", "Not present" and, if any,
 * "Not answered", each with a list of names. */
static void
add_warning_signs (LipcheckSummary *self)
{
  g_autoptr(GListModel) unanswered = unanswered_signs (self);
  const char * const labels[] = { _("Present"), _("Not present"), _("Not answered"), NULL };
  GListModel *signs[] = {
    lipcheck_result_get_warning_signs (self->result),
    lipcheck_result_get_absent_warning_signs (self->result),
    unanswered,
  };
  const Style list_styles[] = { STYLE_ALERT, STYLE_BODY, STYLE_NOTE };
  g_autoptr(PangoLayout) title = new_layout (self, STYLE_STRONG, _("Warning signs"), self->width / 4, NULL);
  double x = MIN (layout_width (title), self->width / 4) + COLUMN_GAP;
  double label_width = label_column_width (self, labels, self->width / 4);
  double space_before = take_gap (self, ITEM_GAP);

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autofree char *names = join_names (signs[i]);
      gboolean empty = g_list_model_get_n_items (signs[i]) == 0;
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) text = NULL;
      Unit *unit;

      if (empty && signs[i] == unanswered)
        continue;

      label = new_layout (self, STYLE_BODY, labels[i], label_width - COLUMN_GAP, NULL);
      text = new_layout (self, empty ? STYLE_BODY : list_styles[i], names, 0, NULL);
      unit = add_labelled (self, label, text, x, label_width, i == 0 ? space_before : LINE_GAP);
      if (i == 0)
        {
          /* The title shares the first row, and keeps with the second. */
          unit_add_cell (unit, title, 0, 0, -1);
          unit->height = MAX (unit->height, layout_height (title));
          unit->keep_with_next = TRUE;
        }
    }
}

static char *
describe_answer (LipcheckQuestion *question,
                 GVariant         *answer)
{
  g_autofree char *words = lipcheck_question_describe_answer (question, answer);
  const char *unit;

  if (answer == NULL || lipcheck_question_get_kind (question) != LIPCHECK_QUESTION_NUMBER)
    return g_steal_pointer (&words);

  unit = lipcheck_question_get_unit_for (question, g_variant_get_int64 (answer));
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&words);

  /* Translators: a number answered and its unit on the summary sheet, as in “7 hours a night” */
  return g_strdup_printf (_("%s %s"), words, unit);
}

/* What the eye should catch is in bold: a yes, a number, a choice; a no or none is not. */
static Style
answer_style (GVariant *answer)
{
  if (answer == NULL)
    return STYLE_NOTE;
  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN) && !g_variant_get_boolean (answer))
    return STYLE_BODY;
  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY) && g_variant_n_children (answer) == 0)
    return STYLE_BODY;
  return STYLE_STRONG;
}

static void
add_question (LipcheckSummary  *self,
              LipcheckQuestion *question,
              double            space_before)
{
  LipcheckAnswers *answers = lipcheck_result_get_answers (self->result);
  GVariant *answer = lipcheck_answers_lookup (answers, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
  g_autofree char *words = describe_answer (question, answer);
  g_autoptr(PangoLayout) layout = NULL;

  layout = new_layout_with_prefix (self, STYLE_BODY, lipcheck_entry_get_name (LIPCHECK_ENTRY (question)),
                                   /* Translators: between a question and its answer on the summary sheet */
                                   _(" — "), answer_style (answer), words, self->width);
  add_paragraph (self, layout, 0, space_before, FALSE);
}

/* The warning signs first, then every other question asked, with its answer. */
static void
add_answers (LipcheckSummary *self)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  GListModel *asked = lipcheck_result_get_asked (self->result);
  double space_before = ITEM_GAP + 2;

  add_heading (self, _("Answers"));

  if (lipcheck_result_get_unanswered (self->result)[0] != NULL)
    add_text (self, STYLE_NOTE,
              _("Some questions were not answered: the result above does not take them into account."),
              NULL, 0, take_gap (self, ITEM_GAP));

  add_warning_signs (self);

  for (guint i = 0; i < g_list_model_get_n_items (asked); i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (asked, i);

      if (lipcheck_knowledge_base_find_warning_sign (kb, lipcheck_entry_get_id (LIPCHECK_ENTRY (question))))
        continue;

      add_question (self, question, space_before);
      space_before = LINE_GAP;
    }
}

static char *
source_title (LipcheckSource *source)
{
  const char *publisher = lipcheck_source_get_publisher (source);
  const char *title = lipcheck_entry_get_name (LIPCHECK_ENTRY (source));

  if (publisher == NULL || *publisher == '\0')
    return g_strdup (title);

  /* Translators: a source's title and its publisher on the summary sheet */
  return g_strdup_printf (_("%s (%s)"), title, publisher);
}

/* "Sources: A; B (NHS)", "Sources:" in bold. */
static PangoLayout *
new_sources_layout (LipcheckSummary *self,
                    GListModel      *sources,
                    double           width)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LipcheckSource) source = g_list_model_get_item (sources, i);
      g_autofree char *title = source_title (source);

      if (i > 0)
        /* Translators: between two sources on the summary sheet */
        g_string_append (text, _("; "));
      g_string_append (text, title);
    }

  return new_layout_with_prefix (self, STYLE_CAPTION, _("Sources:"), " ", STYLE_SMALL, text->str, width);
}

/* "Name — explanation explanation", the name in bold. */
static void
add_finding (LipcheckSummary *self,
             LipcheckFinding *finding,
             gboolean         with_sources)
{
  LipcheckEntry *entry = lipcheck_finding_get_entry (finding);
  g_autofree char *because = g_strjoinv ("\n", (char **)lipcheck_finding_get_explanations (finding));
  g_autoptr(PangoLayout) layout = NULL;

  layout = new_layout_with_prefix (self, STYLE_STRONG, lipcheck_entry_get_name (entry),
                                   /* Translators: between a factor's name and why it was found */
                                   _(" — "), STYLE_BODY, because, self->width);
  add_paragraph (self, layout, 0, take_gap (self, ITEM_GAP + 2), with_sources);

  if (with_sources && g_list_model_get_n_items (lipcheck_entry_get_sources (entry)) > 0)
    {
      g_autoptr(PangoLayout) sources = new_sources_layout (self, lipcheck_entry_get_sources (entry), self->width);

      add_paragraph (self, sources, 0, 1.5, FALSE);
    }
}

static void
add_findings (LipcheckSummary *self,
              const char      *heading,
              GListModel      *findings,
              const char      *none,
              gboolean         with_sources)
{
  guint n = g_list_model_get_n_items (findings);

  if (n == 0 && none == NULL)
    return;

  add_heading (self, heading);

  if (n == 0)
    add_text (self, STYLE_NOTE, none, NULL, 0, take_gap (self, ITEM_GAP));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (findings, i);

      add_finding (self, finding, with_sources);
    }
}

/* "•  name" for each tip, wrapped at @width under its first letter; @one_line tells whether
 * every name fits on one line. */
static GPtrArray *
new_tip_layouts (LipcheckSummary *self,
                 GListModel      *tips,
                 double           width,
                 gboolean        *one_line)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PangoLayout) bullet = new_layout (self, STYLE_BODY, "•  ", 0, NULL);

  *one_line = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (tips, i);
      g_autofree char *text = g_strdup_printf ("•  %s", lipcheck_entry_get_name (tip));
      PangoLayout *layout = new_layout (self, STYLE_BODY, text, width, NULL);

      pango_layout_set_indent (layout, -pango_units_from_double (layout_width (bullet)));
      *one_line &= pango_layout_get_line_count (layout) == 1;
      g_ptr_array_add (layouts, layout);
    }

  return layouts;
}

/* Tips in two columns, read down then across, when every name fits on one line of a column;
 * else in one. */
static void
add_tips (LipcheckSummary *self)
{
  GListModel *tips = lipcheck_result_get_tips (self->result);
  guint n = g_list_model_get_n_items (tips);
  double column = (self->width - COLUMN_GAP) / 2;
  g_autoptr(GPtrArray) layouts = NULL;
  gboolean two_columns;
  guint rows = (n + 1) / 2;

  if (n == 0)
    return;

  add_heading (self, _("Tips chosen"));
  layouts = new_tip_layouts (self, tips, column - INDENT, &two_columns);

  for (guint i = 0; !two_columns && i < n; i++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, i);

      pango_layout_set_width (layout, pango_units_from_double (self->width - INDENT));
      add_paragraph (self, layout, INDENT, take_gap (self, LINE_GAP), FALSE);
    }

  for (guint r = 0; two_columns && r < rows; r++)
    {
      PangoLayout *left = g_ptr_array_index (layouts, r);
      Unit *unit = append_unit (self, take_gap (self, LINE_GAP), layout_height (left));

      unit_add_cell (unit, left, INDENT, 0, -1);
      if (r + rows < n)
        unit_add_cell (unit, g_ptr_array_index (layouts, r + rows), INDENT + column + COLUMN_GAP, 0, -1);
    }
}

static void
add_notes (LipcheckSummary *self)
{
  Unit *unit;

  add_heading (self, _("Notes for the doctor"));
  unit = append_unit (self, take_gap (self, ITEM_GAP), NOTES_LINES * NOTES_PITCH);
  unit->decoration = DECORATION_NOTES;
}

/* The knowledge base's disclaimer and every source it draws on, at the foot of the last page. */
static void
add_foot (LipcheckSummary *self)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  GListModel *sources = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_SOURCE);
  g_autoptr(PangoLayout) disclaimer = new_layout (self, STYLE_NOTE, lipcheck_knowledge_base_get_disclaimer (kb),
                                                  self->width, NULL);
  g_autoptr(PangoLayout) list = new_sources_layout (self, sources, self->width);
  double gap = 4;
  Unit *unit;

  unit = append_unit (self, SECTION_GAP, layout_height (disclaimer) + gap + layout_height (list));
  unit->at_foot = TRUE;
  unit_add_cell (unit, disclaimer, 0, 0, -1);
  unit_add_cell (unit, list, 0, layout_height (disclaimer) + gap, -1);
}

static void
build_units (LipcheckSummary *self)
{
  add_title (self);
  add_urgency_box (self);
  add_answers (self);
  add_findings (self, _("Likely factors"), lipcheck_result_get_factors (self->result),
                _("No everyday factor stood out in the answers."), FALSE);
  add_findings (self, _("Conditions to discuss"), lipcheck_result_get_conditions (self->result),
                NULL, TRUE);
  add_tips (self);
  add_notes (self);
  add_foot (self);
}

/* Pagination */

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
      double top = i == start ? 0 : y + unit->space_before;
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

  room = limit - foot->height - foot->space_before - (notes->y + notes->height);
  extra = MIN ((int)(room / NOTES_PITCH), NOTES_MAX - NOTES_LINES);
  if (extra > 0)
    notes->height += extra * NOTES_PITCH;
}

/**
 * lipcheck_summary_paginate:
 * @context: the context to lay text out with: a print context's, or
 *   lipcheck_summary_create_pango_context()
 * @width: the width of the printable area, in points
 * @height: its height, in points
 *
 * Lays the summary out for pages of this size, line by line: a page never ends inside a line,
 * after a heading, or after the first line of a paragraph.
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
  self->after_heading = FALSE;
  g_array_set_size (self->units, 0);

  build_units (self);
  place_units (self, height - FOOTER_HEIGHT);
  grow_notes (self, height - FOOTER_HEIGHT);

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

static void
draw_box (LipcheckSummary *self,
          cairo_t         *cr,
          const Unit      *unit)
{
  LipcheckUrgency urgency = lipcheck_result_get_urgency (self->result);

  rounded_rectangle (cr, 0, 0, self->width, unit->height, 4);
  set_source_rgb (cr, tints[urgency].fill);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  set_source_rgb (cr, tints[urgency].edge);
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

  for (guint i = 0; i < unit->cells->len; i++)
    {
      const Cell *cell = &g_array_index (unit->cells, Cell, i);

      set_source_rgb (cr, styles[STYLE_BODY].rgb);
      cairo_move_to (cr, cell->x, cell->y);
      if (cell->line < 0)
        pango_cairo_show_layout (cr, cell->layout);
      else
        pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (cell->layout, cell->line));
    }

  cairo_restore (cr);
}

/* "<date> · Lip twitch self-check summary" on the left, "Lipcheck <version> · page N of M" on
 * the right, under a thin rule. */
static void
draw_footer (LipcheckSummary *self,
             cairo_t         *cr,
             guint            page)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  g_autofree char *title = lipcheck_summary_dup_title (self);
  /* Translators: the footer of every page of the summary sheet: the knowledge base's version,
   * the page and the number of pages */
  g_autofree char *where = g_strdup_printf (_("Lipcheck %s · page %u of %u"),
                                            lipcheck_knowledge_base_get_version (kb),
                                            page + 1, self->page_starts->len);
  g_autoptr(PangoLayout) left = new_layout (self, STYLE_SMALL, title, 0, NULL);
  g_autoptr(PangoLayout) right = new_layout (self, STYLE_SMALL, where, 0, NULL);
  double y = self->height - FOOTER_HEIGHT + 11;

  if (layout_width (left) + COLUMN_GAP + layout_width (right) > self->width)
    pango_layout_set_width (left, pango_units_from_double (self->width - COLUMN_GAP - layout_width (right)));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  draw_hline (cr, 0, self->width, y - 3, 0.5, RULE_RGB);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->width - layout_width (right), y);
  pango_cairo_show_layout (cr, right);
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

/* The PDF */

/**
 * lipcheck_summary_create_pango_context:
 *
 * Returns: (transfer full): a context that lays text out in points, as a print context does
 */
PangoContext *
lipcheck_summary_create_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);

  return context;
}

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      gssize written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;

      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

/* Writes every page to @sink; returns cairo's status. */
static cairo_status_t
render_pdf (LipcheckSummary *self,
            Sink            *sink,
            LipcheckPaper    paper)
{
  PangoContext *context = lipcheck_summary_create_pango_context ();
  g_autofree char *title = lipcheck_summary_dup_title (self);
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;
  guint n_pages;

  lipcheck_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (sink_write_cb, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Lipcheck");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lipcheck " PACKAGE_VERSION);
  cr = cairo_create (surface);

  n_pages = lipcheck_summary_paginate (self, context,
                                       width - 2 * LIPCHECK_SUMMARY_MARGIN,
                                       height - 2 * LIPCHECK_SUMMARY_MARGIN);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, LIPCHECK_SUMMARY_MARGIN, LIPCHECK_SUMMARY_MARGIN);
      lipcheck_summary_draw_page (self, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  g_object_unref (context);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, LIPCHECK_SUMMARY_ERROR, LIPCHECK_SUMMARY_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second what went wrong */
               _("Could not save the summary as “%s”: %s"), path, reason);
  return FALSE;
}

/* Cairo says only "error while writing to output stream": say first what is wrong. */
static gboolean
check_target (const char  *path,
              const char  *dir,
              GError     **error)
{
  g_autofree char *reason = NULL;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    reason = g_strdup_printf (_("the folder “%s” does not exist"), dir);
  else if (g_access (dir, W_OK) != 0)
    reason = g_strdup_printf (_("you may not write to the folder “%s” (%s)"), dir, g_strerror (errno));
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    reason = g_strdup (_("it is a folder"));

  return reason == NULL || set_write_error (error, path, reason);
}

/* Writes to a temporary file beside @path, then renames it into place. */
static gboolean
write_pdf_file (LipcheckSummary  *self,
                const char       *path,
                LipcheckPaper     paper,
                GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  int saved_errno = 0;

  if (!check_target (path, dir, error))
    return FALSE;

  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  if ((sink.fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666)) < 0)
    return set_write_error (error, path, g_strerror (errno));

  status = render_pdf (self, &sink, paper);
  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    saved_errno = errno;
  if (close (sink.fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (status == CAIRO_STATUS_SUCCESS && saved_errno == 0 && g_rename (tmp, path) != 0)
    saved_errno = errno;

  if (status == CAIRO_STATUS_SUCCESS && saved_errno == 0)
    return TRUE;

  g_unlink (tmp);
  if (sink.saved_errno != 0)
    return set_write_error (error, path, g_strerror (sink.saved_errno));
  if (saved_errno != 0)
    return set_write_error (error, path, g_strerror (saved_errno));
  return set_write_error (error, path, cairo_status_to_string (status));
}

/**
 * lipcheck_summary_write_pdf:
 * @file: where to write; a local file
 * @paper: its paper size, with margins of %LIPCHECK_SUMMARY_MARGIN
 *
 * Writes the summary as a PDF. An existing @file is replaced only once the whole PDF has been
 * written; on failure nothing is left behind.
 *
 * Returns: %TRUE on success; else %FALSE with a %LIPCHECK_SUMMARY_ERROR naming the file
 */
gboolean
lipcheck_summary_write_pdf (LipcheckSummary  *self,
                            GFile            *file,
                            LipcheckPaper     paper,
                            GError          **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      return set_write_error (error, name, _("it is not a local file"));
    }

  return write_pdf_file (self, path, paper, error);
}

/* Paper */

void
lipcheck_paper_get_size (LipcheckPaper  paper,
                         double        *width,
                         double        *height)
{
  g_return_if_fail (paper == LIPCHECK_PAPER_A4 || paper == LIPCHECK_PAPER_LETTER);

  if (width != NULL)
    *width = paper == LIPCHECK_PAPER_A4 ? 210 / 25.4 * 72 : 612;
  if (height != NULL)
    *height = paper == LIPCHECK_PAPER_A4 ? 297 / 25.4 * 72 : 792;
}

/**
 * lipcheck_paper_from_string:
 * @str: "a4" or "letter", in any case
 *
 * Returns: whether @str names a paper size
 */
gboolean
lipcheck_paper_from_string (const char    *str,
                            LipcheckPaper *paper)
{
  LipcheckPaper value;

  g_return_val_if_fail (str != NULL, FALSE);

  if (g_ascii_strcasecmp (str, "a4") == 0)
    value = LIPCHECK_PAPER_A4;
  else if (g_ascii_strcasecmp (str, "letter") == 0)
    value = LIPCHECK_PAPER_LETTER;
  else
    return FALSE;

  if (paper != NULL)
    *paper = value;
  return TRUE;
}

const char *
lipcheck_paper_to_string (LipcheckPaper paper)
{
  return paper == LIPCHECK_PAPER_LETTER ? "letter" : "a4";
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

  date = format_date (self->date);
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
  g_array_set_clear_func (self->units, unit_clear);
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
