/* lipcheck-summary-sections.c: lays the summary's sections out from a result, in units a page cannot split. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary-sections"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-finding.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-result.h"
#include "lipcheck-source.h"
#include "lipcheck-summary-sections.h"
#include "lipcheck-warning-sign.h"

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

static void
unit_init (Unit *unit)
{
  *unit = (Unit) { 0, };
  unit->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (unit->cells, cell_clear);
}

static Unit *
append_unit (SummarySections *self,
             double           space_before,
             double           height)
{
  Unit unit;

  unit_init (&unit);
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
take_gap (SummarySections *self,
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
new_layout (SummarySections *self,
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
add_paragraph (SummarySections *self,
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
add_text (SummarySections *self,
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
add_heading (SummarySections *self,
             const char      *text)
{
  g_autoptr(PangoLayout) layout = new_layout (self, STYLE_HEADING, text, self->width, NULL);

  add_paragraph (self, layout, 0, SECTION_GAP, TRUE);
  self->after_heading = TRUE;
}

/* A label in a column of its own at @x, and its text beside it at @x + @label_width. */
static Unit *
add_labelled (SummarySections *self,
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
new_layout_with_prefix (SummarySections *self,
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

char *
_lipcheck_summary_format_date (GDateTime *date)
{
  /* Translators: the date of the check on the summary sheet, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* "Lip twitch self-check summary, <date>": the title of the summary's PDF, print job and footer. */
char *
_lipcheck_summary_format_title (GDateTime *date)
{
  g_autofree char *text = _lipcheck_summary_format_date (date);

  /* Translators: the title of the summary's PDF and print job; %s is the date of the check */
  return g_strdup_printf (_("Lip twitch self-check summary, %s"), text);
}

static void
add_title (SummarySections *self)
{
  g_autoptr(PangoLayout) title = new_layout (self, STYLE_TITLE, _("Lip twitch self-check summary"), 0, NULL);
  g_autofree char *date_text = _lipcheck_summary_format_date (self->date);
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
add_urgency_box (SummarySections *self)
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
unanswered_signs (SummarySections *self)
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
label_column_width (SummarySections    *self,
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
add_warning_signs (SummarySections *self)
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
add_question (SummarySections  *self,
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
add_answers (SummarySections *self)
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
new_sources_layout (SummarySections *self,
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
add_finding (SummarySections *self,
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
add_findings (SummarySections *self,
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
new_tip_layouts (SummarySections *self,
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
add_tips (SummarySections *self)
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
add_notes (SummarySections *self)
{
  Unit *unit;

  add_heading (self, _("Notes for the doctor"));
  unit = append_unit (self, take_gap (self, ITEM_GAP), NOTES_LINES * NOTES_PITCH);
  unit->decoration = DECORATION_NOTES;
}

/* The knowledge base's disclaimer and every source it draws on, at the foot of the last page. */
static void
add_foot (SummarySections *self)
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

/* The footer of @page, laid out as each page is drawn: the summary's title on the left, shortened
 * if need be, and "Lipcheck <version> · page N of M" on the right, both with their tops at 0. */
void
_lipcheck_summary_build_footer (SummarySections *self,
                                guint            page,
                                guint            n_pages,
                                Unit            *footer)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  g_autofree char *title = _lipcheck_summary_format_title (self->date);
  /* Translators: the footer of every page of the summary sheet: the knowledge base's version,
   * the page and the number of pages */
  g_autofree char *where = g_strdup_printf (_("Lipcheck %s · page %u of %u"),
                                            lipcheck_knowledge_base_get_version (kb),
                                            page + 1, n_pages);
  g_autoptr(PangoLayout) left = new_layout (self, STYLE_SMALL, title, 0, NULL);
  g_autoptr(PangoLayout) right = new_layout (self, STYLE_SMALL, where, 0, NULL);

  if (layout_width (left) + COLUMN_GAP + layout_width (right) > self->width)
    pango_layout_set_width (left, pango_units_from_double (self->width - COLUMN_GAP - layout_width (right)));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  unit_init (footer);
  unit_add_cell (footer, left, 0, 0, -1);
  unit_add_cell (footer, right, self->width - layout_width (right), 0, -1);
}

void
_lipcheck_summary_build_units (SummarySections *self)
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
