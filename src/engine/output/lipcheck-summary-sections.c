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
#include "lipcheck-report.h"
#include "lipcheck-result.h"
#include "lipcheck-source.h"
#include "lipcheck-summary-private.h"
#include "lipcheck-warning-sign.h"

/* The sections */

/* The months, translated from the catalogue: g_date_time_format() takes their names from
 * LC_TIME, which need not be the interface's language (LANGUAGE=de alone). */
static const char * const months[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
  NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
  NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

char *
_lipcheck_summary_format_date (GDateTime *date)
{
  const char *month = g_dpgettext2 (GETTEXT_PACKAGE, "month", months[g_date_time_get_month (date) - 1]);
  /* Translators: the date of the check on the summary sheet, see g_date_time_format(); %B is the
   * month's name, which comes translated from the "month" messages */
  g_auto(GStrv) parts = g_strsplit (_("%-d %B %Y"), "%B", -1);
  g_autoptr(GString) escaped = g_string_new (month);
  g_autofree char *format = NULL;

  g_string_replace (escaped, "%", "%%", 0);
  format = g_strjoinv (escaped->str, parts);

  return g_date_time_format (date, format);
}

static void
add_title (LipcheckSummary *self)
{
  g_autoptr(PangoLayout) title = _lipcheck_summary_new_layout (self, STYLE_TITLE, _("Lip twitch self-check summary"), 0, NULL);
  g_autofree char *date_text = _lipcheck_summary_format_date (self->date);
  g_autoptr(PangoLayout) date = _lipcheck_summary_new_layout (self, STYLE_DATE, date_text, 0, NULL);
  double date_width = _lipcheck_summary_layout_width (date);
  Unit *unit;

  if (_lipcheck_summary_layout_width (title) + COLUMN_GAP + date_width > self->width)
    pango_layout_set_width (title, pango_units_from_double (self->width - COLUMN_GAP - date_width));

  unit = _lipcheck_summary_append_unit (self, 0, _lipcheck_summary_layout_height (title) + 6);
  unit->decoration = DECORATION_TITLE_RULE;
  _lipcheck_summary_unit_add_cell (unit, title, 0, 0, -1);
  _lipcheck_summary_unit_add_cell (unit, date, self->width - date_width, _lipcheck_summary_layout_baseline (title) - _lipcheck_summary_layout_baseline (date), -1);
}

/* "Name ______  Twitch began ______": lines for the person to fill in by hand. */
static void
add_fill_in (LipcheckSummary *self)
{
  g_autoptr(PangoLayout) name = _lipcheck_summary_new_layout (self, STYLE_BODY, _("Name"), self->width / 4, NULL);
  g_autoptr(PangoLayout) began = _lipcheck_summary_new_layout (self, STYLE_BODY, _("The twitch began on"), self->width / 4, NULL);
  Unit *unit = _lipcheck_summary_append_unit (self, ITEM_GAP + 2, MAX (_lipcheck_summary_layout_height (name), _lipcheck_summary_layout_height (began)) + 2);

  unit->decoration = DECORATION_FILL_IN;
  _lipcheck_summary_unit_add_cell (unit, name, 0, 0, -1);
  _lipcheck_summary_unit_add_cell (unit, began, self->width * 0.58, 0, -1);
}

/* The level's name, a caption on its right, then the headline and the advice, on a tint. */
static void
add_urgency_box (LipcheckSummary *self)
{
  double inner = self->width - BOX_BAR - 2 * BOX_PADDING;
  double x = BOX_BAR + BOX_PADDING;
  g_autoptr(PangoLayout) caption = _lipcheck_summary_new_layout (self, STYLE_CAPTION, _("Self-check result"), inner / 3, NULL);
  double caption_width = _lipcheck_summary_layout_width (caption);
  g_autoptr(PangoLayout) name = _lipcheck_summary_new_layout (self, STYLE_LEVEL, lipcheck_result_get_title (self->result),
                                            inner - caption_width - COLUMN_GAP, NULL);
  g_autoptr(PangoLayout) headline = _lipcheck_summary_new_layout (self, STYLE_STRONG, lipcheck_result_get_headline (self->result), inner, NULL);
  g_autoptr(PangoLayout) advice = _lipcheck_summary_new_layout (self, STYLE_BODY, lipcheck_result_get_advice (self->result), inner, NULL);
  double y = BOX_PADDING;
  Unit *unit;

  unit = _lipcheck_summary_append_unit (self, SECTION_GAP, 0);
  unit->decoration = DECORATION_BOX;
  _lipcheck_summary_unit_add_cell (unit, name, x, y, -1);
  _lipcheck_summary_unit_add_cell (unit, caption, x + inner - caption_width, y + _lipcheck_summary_layout_baseline (name) - _lipcheck_summary_layout_baseline (caption), -1);
  y += _lipcheck_summary_layout_height (name) + 3;
  _lipcheck_summary_unit_add_cell (unit, headline, x, y, -1);
  y += _lipcheck_summary_layout_height (headline) + 4;
  _lipcheck_summary_unit_add_cell (unit, advice, x, y, -1);
  unit->height = y + _lipcheck_summary_layout_height (advice) + BOX_PADDING;
}

/* The answers table */

/* A column of the answers table: a question's short text at @x, its answer at @x + @label_width. */
typedef struct
{
  double x;
  double label_width;
  double answer_width;
} Column;

/* A yes to a warning sign stands out in red; a yes, a number or a choice in bold; a no or none
 * plainly; no answer in italics. */
static Style
answer_style (GVariant *answer,
              gboolean  warning)
{
  if (answer == NULL)
    return STYLE_NOTE;
  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN))
    return !g_variant_get_boolean (answer) ? STYLE_BODY : warning ? STYLE_ALERT : STYLE_STRONG;
  if (g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY) && g_variant_n_children (answer) == 0)
    return STYLE_BODY;
  return STYLE_STRONG;
}

/* Sets the size of @layout's font, in points, keeping its family and weight. */
static void
layout_set_size (PangoLayout *layout,
                 double       size)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
}

/* The question's short text and its answer, side by side in @column of @unit. */
static void
add_answer_cells (LipcheckSummary  *self,
                  Unit             *unit,
                  const Column     *column,
                  LipcheckQuestion *question,
                  gboolean          warning)
{
  LipcheckAnswers *answers = lipcheck_result_get_answers (self->result);
  GVariant *answer = lipcheck_answers_lookup (answers, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
  g_autofree char *words = lipcheck_report_describe_answer (question, answer);
  g_autoptr(PangoLayout) label = _lipcheck_summary_new_layout (self, STYLE_TABLE, lipcheck_question_get_short_text (question),
                                             column->label_width - COLUMN_GAP / 2, NULL);
  g_autoptr(PangoLayout) text = _lipcheck_summary_new_layout (self, answer_style (answer, warning), words, column->answer_width, NULL);

  layout_set_size (text, TABLE_SIZE);
  _lipcheck_summary_unit_add_cell (unit, label, column->x, ROW_PADDING, -1);
  _lipcheck_summary_unit_add_cell (unit, text, column->x + column->label_width, ROW_PADDING, -1);
  unit->height = MAX (unit->height, MAX (_lipcheck_summary_layout_height (label), _lipcheck_summary_layout_height (text)) + 2 * ROW_PADDING);
}

/* The warning signs and their follow-ups (questions asked only after another answer) on the
 * right, every other question on the left, each in the knowledge base's order. */
static void
split_questions (LipcheckSummary *self,
                 GPtrArray       *everyday,
                 GPtrArray       *warning)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  GListModel *asked = lipcheck_result_get_asked (self->result);

  for (guint i = 0; i < g_list_model_get_n_items (asked); i++)
    {
      LipcheckQuestion *question = g_list_model_get_item (asked, i);
      const char *id = lipcheck_entry_get_id (LIPCHECK_ENTRY (question));
      gboolean is_warning = lipcheck_knowledge_base_find_warning_sign (kb, id) != NULL ||
                            lipcheck_question_get_ask_when (question) != NULL;

      g_ptr_array_add (is_warning ? warning : everyday, question);
    }
}

/* The left column takes what the right, whose answers are short, leaves. */
static void
table_columns (LipcheckSummary *self,
               Column           columns[2])
{
  g_autoptr(PangoLayout) longest = _lipcheck_summary_new_layout (self, STYLE_NOTE, _("not answered"), 0, NULL);
  double right_answer = _lipcheck_summary_layout_width (longest) + 2;
  double right = MIN (self->width * 0.38, self->width - COLUMN_GAP);
  double left = self->width - right - 2 * COLUMN_GAP;

  columns[0] = (Column) { 0, left * 0.41, left * 0.59 };
  columns[1] = (Column) { left + 2 * COLUMN_GAP, right - right_answer, right_answer };
}

static void
add_table_captions (LipcheckSummary *self,
                    const Column     columns[2])
{
  g_autoptr(PangoLayout) left = _lipcheck_summary_new_layout (self, STYLE_CAPTION, _("The twitch and daily life"),
                                            columns[0].label_width + columns[0].answer_width, NULL);
  g_autoptr(PangoLayout) right = _lipcheck_summary_new_layout (self, STYLE_CAPTION, _("Warning signs"),
                                             columns[1].label_width + columns[1].answer_width, NULL);
  Unit *unit = _lipcheck_summary_append_unit (self, _lipcheck_summary_take_gap (self, ITEM_GAP), MAX (_lipcheck_summary_layout_height (left), _lipcheck_summary_layout_height (right)) + 1);

  unit->decoration = DECORATION_ROW_RULE;
  unit->keep_with_next = TRUE;
  _lipcheck_summary_unit_add_cell (unit, left, columns[0].x, 0, -1);
  _lipcheck_summary_unit_add_cell (unit, right, columns[1].x, 0, -1);
}

/* Every question asked, in two columns of rows "short question | answer", a thin rule under
 * each row; an unanswered question says "not answered". */
static void
add_answers (LipcheckSummary *self)
{
  g_autoptr(GPtrArray) everyday = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) warning = g_ptr_array_new_with_free_func (g_object_unref);
  Column columns[2];

  _lipcheck_summary_add_heading (self, _("Answers"));
  if (lipcheck_result_get_unanswered (self->result)[0] != NULL)
    _lipcheck_summary_add_text (self, STYLE_NOTE,
              _("Some questions were not answered: the result above does not take them into account."),
              NULL, 0, _lipcheck_summary_take_gap (self, ITEM_GAP));

  split_questions (self, everyday, warning);
  table_columns (self, columns);
  add_table_captions (self, columns);

  for (guint r = 0; r < MAX (everyday->len, warning->len); r++)
    {
      Unit *unit = _lipcheck_summary_append_unit (self, 0, 0);

      unit->decoration = DECORATION_ROW_RULE;
      if (r < everyday->len)
        add_answer_cells (self, unit, &columns[0], g_ptr_array_index (everyday, r), FALSE);
      if (r < warning->len)
        add_answer_cells (self, unit, &columns[1], g_ptr_array_index (warning, r), TRUE);
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

/* "Sources: [1] A; [2] B (NHS)", "Sources:" in bold: every source, numbered for the conditions
 * to cite. */
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
      /* Translators: a source's number, as the conditions on the summary sheet cite it, and its title */
      g_string_append_printf (text, _("[%u] %s"), i + 1, title);
    }

  return _lipcheck_summary_new_layout_with_prefix (self, STYLE_CAPTION, _("Sources:"), " ", STYLE_SMALL, text->str, width);
}

/* The short texts of the questions whose answers point to @finding: "Sleep, Caffeinated drinks". */
static char *
join_because (LipcheckSummary *self,
              LipcheckFinding *finding)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  const char * const *because = lipcheck_finding_get_because (finding);
  g_autoptr(GString) answers = g_string_new (NULL);

  for (guint i = 0; because[i] != NULL; i++)
    {
      LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, because[i]);

      if (i > 0)
        g_string_append (answers, _(", "));
      g_string_append (answers, lipcheck_question_get_short_text (question));
    }

  return g_string_free (g_steal_pointer (&answers), FALSE);
}

/* "1, 2, 5": the numbers of @entry's sources in the list at the foot. */
static char *
cite_sources (LipcheckSummary *self,
              LipcheckEntry   *entry)
{
  GListModel *all = lipcheck_knowledge_base_get_entries (lipcheck_result_get_knowledge_base (self->result),
                                                         LIPCHECK_KIND_SOURCE);
  GListModel *sources = lipcheck_entry_get_sources (entry);
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GObject) source = g_list_model_get_item (all, i);
      guint position;

      if (!g_list_store_find (G_LIST_STORE (sources), source, &position))
        continue;
      if (numbers->len > 0)
        g_string_append (numbers, _(", "));
      g_string_append_printf (numbers, "%u", i + 1);
    }

  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

/* "Bell's palsy — the answers behind it · sources 1, 2", the name in bold. */
static void
add_condition (LipcheckSummary *self,
               LipcheckFinding *finding)
{
  LipcheckEntry *entry = lipcheck_finding_get_entry (finding);
  g_autofree char *because = join_because (self, finding);
  g_autofree char *numbers = cite_sources (self, entry);
  /* Translators: the answers behind a condition on the summary sheet, and the numbers of its
   * sources in the list at the foot */
  g_autofree char *text = g_strdup_printf (_("%s · sources %s"), because, numbers);
  g_autoptr(PangoLayout) layout = NULL;

  layout = _lipcheck_summary_new_layout_with_prefix (self, STYLE_STRONG, lipcheck_entry_get_name (entry),
                                   /* Translators: between a condition's name and the answers behind it */
                                   _(" — "), STYLE_BODY, *numbers != '\0' ? text : because, self->width);
  _lipcheck_summary_add_paragraph (self, layout, 0, _lipcheck_summary_take_gap (self, ITEM_GAP), FALSE);
}

static void
add_conditions (LipcheckSummary *self)
{
  GListModel *conditions = lipcheck_result_get_conditions (self->result);
  guint n = g_list_model_get_n_items (conditions);

  if (n == 0)
    return;

  _lipcheck_summary_add_heading (self, _("Conditions to discuss"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (conditions, i);

      add_condition (self, finding);
    }
}

/* "•  text" for each of @texts, wrapped at @width under its first letter; @one_line tells
 * whether every one fits on one line. */
static GPtrArray *
new_bullet_layouts (LipcheckSummary *self,
                    GPtrArray       *texts,
                    double           width,
                    gboolean        *one_line)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PangoLayout) bullet = _lipcheck_summary_new_layout (self, STYLE_BODY, "•  ", 0, NULL);

  *one_line = TRUE;
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("•  %s", (const char *)g_ptr_array_index (texts, i));
      PangoLayout *layout = _lipcheck_summary_new_layout (self, STYLE_BODY, text, width, NULL);

      pango_layout_set_indent (layout, -pango_units_from_double (_lipcheck_summary_layout_width (bullet)));
      *one_line &= pango_layout_get_line_count (layout) == 1;
      g_ptr_array_add (layouts, layout);
    }

  return layouts;
}

/* @texts under @heading in two columns, read down then across, when every one fits on one line
 * of a column or there are more than three; else in one. */
static void
add_bullets (LipcheckSummary *self,
             const char      *heading,
             GPtrArray       *texts)
{
  double column = (self->width - COLUMN_GAP) / 2;
  g_autoptr(GPtrArray) layouts = NULL;
  gboolean two_columns;
  guint n = texts->len;
  guint rows = (n + 1) / 2;

  if (n == 0)
    return;

  _lipcheck_summary_add_heading (self, heading);
  layouts = new_bullet_layouts (self, texts, column - INDENT, &two_columns);
  two_columns |= n > 3;

  for (guint i = 0; !two_columns && i < n; i++)
    {
      PangoLayout *layout = g_ptr_array_index (layouts, i);

      pango_layout_set_width (layout, pango_units_from_double (self->width - INDENT));
      _lipcheck_summary_add_paragraph (self, layout, INDENT, _lipcheck_summary_take_gap (self, LINE_GAP), FALSE);
    }

  for (guint r = 0; two_columns && r < rows; r++)
    {
      PangoLayout *left = g_ptr_array_index (layouts, r);
      PangoLayout *right = r + rows < n ? g_ptr_array_index (layouts, r + rows) : NULL;
      Unit *unit = _lipcheck_summary_append_unit (self, _lipcheck_summary_take_gap (self, LINE_GAP), _lipcheck_summary_layout_height (left));

      _lipcheck_summary_unit_add_cell (unit, left, INDENT, 0, -1);
      if (right != NULL)
        {
          _lipcheck_summary_unit_add_cell (unit, right, INDENT + column + COLUMN_GAP, 0, -1);
          unit->height = MAX (unit->height, _lipcheck_summary_layout_height (right));
        }
    }
}

/* The tips to try first; the others are on the result page only. */
static void
add_tips (LipcheckSummary *self)
{
  GListModel *tips = lipcheck_result_get_tips (self->result);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (tips, i);

      g_ptr_array_add (names, (gpointer)lipcheck_entry_get_name (tip));
    }

  add_bullets (self, _("Tips chosen"), names);
}

/* "Caffeine (Caffeinated drinks)": a factor and the questions whose answers point to it. */
static char *
describe_factor (LipcheckSummary *self,
                 LipcheckFinding *factor)
{
  g_autofree char *because = join_because (self, factor);

  /* Translators: a likely factor on the summary sheet and the answers behind it */
  return g_strdup_printf (_("%s (%s)"), lipcheck_entry_get_name (lipcheck_finding_get_entry (factor)), because);
}

/* The likely factors with the answers behind them; "none stood out" only when every question
 * that could point to one was answered. */
static void
add_factors (LipcheckSummary *self)
{
  GListModel *factors = lipcheck_result_get_factors (self->result);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
    {
      g_autoptr(LipcheckFinding) factor = g_list_model_get_item (factors, i);

      g_ptr_array_add (texts, describe_factor (self, factor));
    }

  if (texts->len > 0)
    add_bullets (self, _("Likely factors"), texts);
  else if (lipcheck_result_get_unanswered (self->result)[0] == NULL)
    {
      _lipcheck_summary_add_heading (self, _("Likely factors"));
      _lipcheck_summary_add_text (self, STYLE_NOTE, _("No everyday factor stood out in the answers."), NULL, 0,
                _lipcheck_summary_take_gap (self, ITEM_GAP));
    }
}

static void
add_notes (LipcheckSummary *self)
{
  Unit *unit;
  int lines;

  _lipcheck_summary_add_heading (self, _("Notes for the doctor"));
  /* A diary's section says much of what the notes would: two lines at least are enough then;
   * one, when that keeps the sheet on one page (the box grows again into any room left). */
  lines = self->tight ? 1 : self->diary != NULL ? NOTES_LINES - 1 : NOTES_LINES;
  unit = _lipcheck_summary_append_unit (self, _lipcheck_summary_take_gap (self, ITEM_GAP), lines * NOTES_PITCH);
  unit->decoration = DECORATION_NOTES;
}

/* The knowledge base's disclaimer and every source it draws on, at the foot of the last page. */
static void
add_foot (LipcheckSummary *self)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  GListModel *sources = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_SOURCE);
  g_autoptr(PangoLayout) disclaimer = _lipcheck_summary_new_layout (self, STYLE_NOTE, lipcheck_knowledge_base_get_disclaimer (kb),
                                                  self->width, NULL);
  g_autoptr(PangoLayout) list = new_sources_layout (self, sources, self->width);
  double gap = 4;
  Unit *unit;

  unit = _lipcheck_summary_append_unit (self, SECTION_GAP, _lipcheck_summary_layout_height (disclaimer) + gap + _lipcheck_summary_layout_height (list));
  unit->at_foot = TRUE;
  _lipcheck_summary_unit_add_cell (unit, disclaimer, 0, 0, -1);
  _lipcheck_summary_unit_add_cell (unit, list, 0, _lipcheck_summary_layout_height (disclaimer) + gap, -1);
}

/* The footer of @page, laid out as each page is drawn: the summary's title on the left, shortened
 * if need be, and "Lipcheck <version> · knowledge base <version> · page N of M" on the right,
 * both with their tops at 0. */
void
_lipcheck_summary_build_footer (LipcheckSummary *self,
                                guint            page,
                                Unit            *footer)
{
  LipcheckKnowledgeBase *kb = lipcheck_result_get_knowledge_base (self->result);
  g_autofree char *title = lipcheck_summary_dup_title (self);
  /* Translators: the footer of every page of the summary sheet: the application's version, the
   * knowledge base's version, the page and the number of pages */
  g_autofree char *where = g_strdup_printf (_("Lipcheck %s · knowledge base %s · page %u of %u"),
                                            PACKAGE_VERSION, lipcheck_knowledge_base_get_version (kb),
                                            page + 1, self->page_starts->len);
  g_autoptr(PangoLayout) left = _lipcheck_summary_new_layout (self, STYLE_SMALL, title, 0, NULL);
  g_autoptr(PangoLayout) right = _lipcheck_summary_new_layout (self, STYLE_SMALL, where, 0, NULL);

  if (_lipcheck_summary_layout_width (left) + COLUMN_GAP + _lipcheck_summary_layout_width (right) > self->width)
    pango_layout_set_width (left, pango_units_from_double (self->width - COLUMN_GAP - _lipcheck_summary_layout_width (right)));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  _lipcheck_summary_unit_init (footer);
  _lipcheck_summary_unit_add_cell (footer, left, 0, 0, -1);
  _lipcheck_summary_unit_add_cell (footer, right, self->width - _lipcheck_summary_layout_width (right), 0, -1);
}

/* An emergency says one thing: the call, with the check of the signs, and the answers. */
void
_lipcheck_summary_build_units (LipcheckSummary *self)
{
  gboolean emergency = lipcheck_result_get_urgency (self->result) == LIPCHECK_URGENCY_EMERGENCY;

  add_title (self);
  add_fill_in (self);
  add_urgency_box (self);
  _lipcheck_summary_add_diary (self);
  add_answers (self);
  if (!emergency)
    {
      add_factors (self);
      add_conditions (self);
      add_tips (self);
      add_notes (self);
    }
  add_foot (self);
}
