/* test-summary.c: the summary sheet: what it says, its pages, its paper and writing it safely. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-summary"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lipcheck-answers.h"
#include "lipcheck-entry.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-finding.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-report.h"
#include "lipcheck-result.h"
#include "lipcheck-source.h"
#include "lipcheck-summary.h"
#include "lipcheck-test-util.h"
#include "lipcheck-warning-sign.h"

/* The shipped knowledge base, loaded once in main(). */
static LipcheckKnowledgeBase *kb;

/* The section headings followed by text: a page never ends with one. ("Notes for the doctor" is
 * followed by a box, not text, so it may be the last text of a page.) */
static const char * const headings[] = {
  "Answers", "Likely factors", "Conditions to discuss", "Tips chosen", NULL
};

/* Answer files under tests/, each a test of what the sheet says and of its pages. */
static const struct
{
  const char *name;
  const char *file;
} cases[] = {
  { "self-care", "gallery/self-care.json" },
  { "routine", "gallery/routine.json" },
  { "urgent", "gallery/urgent.json" },
  { "emergency", "gallery/emergency.json" },
  { "empty", "answers/01-empty.json" },
  { "all-no", "answers/02-all-no.json" },
  { "all-medications", "answers/12-all-medications.json" },
  { "everyday-factors", "answers/25-everyday-factors.json" },
  { "unanswered-warning-signs", "answers/40-unanswered-warning-signs.json" },
  { "unanswered-sudden", "answers/41-unanswered-sudden.json" },
  { "both-conditions", "answers/42-both-conditions.json" },
  { "routine-with-factors", "answers/43-routine-with-factors.json" },
  { "all-yes", "answers/46-all-yes.json" },
  { "urgent-everything", "answers/48-urgent-everything.json" },
  { "incomplete-routine", "answers/49-incomplete-routine-weeks.json" },
  { "incomplete-routine-one-sign", "answers/51-incomplete-routine-vision-missing.json" },
  { "emergency-incomplete", "answers/56-emergency-incomplete.json" },
  { "incomplete-factors", "answers/61-incomplete-factors-only.json" },
};

/* Helpers: files and tools */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-summary-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  g_chmod (dir, 0700);
  while ((name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Helpers: results and summaries */

static GDateTime *
check_date (void)
{
  return g_date_time_new_local (2026, 11, 5, 10, 30, 0);
}

/* Writes the summary of @result to @dir/@name; returns its path and number of pages. */
static char *
write_summary (LipcheckResult *result,
               const char     *dir,
               const char     *name,
               LipcheckPaper   paper,
               guint          *n_pages)
{
  g_autoptr(GDateTime) date = check_date ();
  LipcheckSummary *summary = lipcheck_summary_new (result, date);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (lipcheck_summary_write_pdf (summary, file, paper, &error));
  g_assert_no_error (error);
  if (n_pages != NULL)
    *n_pages = lipcheck_summary_get_n_pages (summary);
  g_assert_finalize_object (summary);

  return path;
}

/* The summary of @result in words, whitespace normalised, and its number of pages. */
static char *
summary_text (LipcheckResult *result,
              LipcheckPaper   paper,
              guint          *n_pages)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_summary (result, dir, "summary.pdf", paper, n_pages);
  g_autofree char *text = lipcheck_test_pdf_text (path, 0);

  remove_dir (dir);
  return lipcheck_test_normalise (text);
}

#define assert_contains(text, expected) \
  G_STMT_START { \
    g_autofree char *_expected = lipcheck_test_normalise (expected); \
    if (strstr ((text), _expected) == NULL) \
      { \
        g_test_message ("The summary says: %s", (text)); \
        g_test_message ("It should say: %s", _expected); \
        g_assert_nonnull (strstr ((text), _expected)); \
      } \
  } G_STMT_END

/* Helpers: what the sheet should say */

/* How often @needle is in @text. */
static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* A row "short question  answer" for every question asked, the short text and the answer side by
 * side where neither wraps; "not answered" once for each question without an answer. */
static void
assert_answers (const char     *text,
                LipcheckResult *result)
{
  GListModel *asked = lipcheck_result_get_asked (result);
  LipcheckAnswers *answers = lipcheck_result_get_answers (result);
  guint unanswered = 0;

  for (guint i = 0; i < g_list_model_get_n_items (asked); i++)
    {
      g_autoptr(LipcheckQuestion) question = g_list_model_get_item (asked, i);
      GVariant *answer = lipcheck_answers_lookup (answers, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
      g_autofree char *words = lipcheck_report_describe_answer (question, answer);
      const char *label = lipcheck_question_get_short_text (question);
      g_autofree char *row = g_strdup_printf ("%s %s", label, words);

      if (strlen (label) <= 24 && strlen (words) <= 24)
        assert_contains (text, row);
      unanswered += answer == NULL;
    }

  if (unanswered > 0)
    assert_contains (text, "Some questions were not answered");
  g_assert_cmpuint (count (text, "not answered"), ==, unanswered + (unanswered > 0));
}

/* "• Factor (short question, …)", which may wrap in its column. */
static void
assert_factors (const char     *text,
                LipcheckResult *result)
{
  GListModel *factors = lipcheck_result_get_factors (result);

  for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
    {
      g_autoptr(LipcheckFinding) factor = g_list_model_get_item (factors, i);
      g_autofree char *item = g_strdup_printf ("• %s (", lipcheck_entry_get_name (lipcheck_finding_get_entry (factor)));

      assert_contains (text, "Likely factors");
      assert_contains (text, item);
    }
}

/* "Condition — short question · sources 1, 2" */
static void
assert_conditions (const char     *text,
                   LipcheckResult *result)
{
  GListModel *conditions = lipcheck_result_get_conditions (result);

  if (g_list_model_get_n_items (conditions) == 0)
    g_assert_null (strstr (text, "Conditions to discuss"));

  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(LipcheckFinding) finding = g_list_model_get_item (conditions, i);
      LipcheckEntry *entry = lipcheck_finding_get_entry (finding);
      LipcheckQuestion *first = lipcheck_knowledge_base_lookup_question (kb, lipcheck_finding_get_because (finding)[0]);
      g_autofree char *item = g_strdup_printf ("%s — %s", lipcheck_entry_get_name (entry),
                                               lipcheck_question_get_short_text (first));

      assert_contains (text, "Conditions to discuss");
      assert_contains (text, item);
      assert_contains (text, "· sources ");
    }
}

/* The tips to try first, and none of the more tips. */
static void
assert_tips (const char     *text,
             LipcheckResult *result)
{
  GListModel *tips = lipcheck_result_get_tips (result);
  GListModel *more = lipcheck_result_get_more_tips (result);

  if (g_list_model_get_n_items (tips) == 0)
    g_assert_null (strstr (text, "Tips chosen"));
  else
    assert_contains (text, "Tips chosen");

  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (tips, i);
      g_autofree char *item = g_strdup_printf ("• %s", lipcheck_entry_get_name (tip));

      assert_contains (text, item);
    }

  for (guint i = 0; i < g_list_model_get_n_items (more); i++)
    {
      g_autoptr(LipcheckEntry) tip = g_list_model_get_item (more, i);
      g_autofree char *item = g_strdup_printf ("• %s", lipcheck_entry_get_name (tip));

      g_assert_null (strstr (text, item));
    }
}

/* The title, the date, the footer and the sources at the foot. */
static void
assert_frame (const char *text,
              guint       n_pages)
{
  GListModel *sources = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_SOURCE);
  g_autofree char *footer = g_strdup_printf ("Lipcheck %s · knowledge base %s · page 1 of %u",
                                             PACKAGE_VERSION, lipcheck_knowledge_base_get_version (kb), n_pages);

  assert_contains (text, "Lip twitch self-check summary 5 November 2026");
  assert_contains (text, "Name");
  assert_contains (text, "The twitch began on");
  assert_contains (text, footer);
  assert_contains (text, lipcheck_knowledge_base_get_disclaimer (kb));
  assert_contains (text, "Sources:");

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LipcheckSource) source = g_list_model_get_item (sources, i);
      const char *publisher = lipcheck_source_get_publisher (source);
      g_autofree char *title = NULL;

      if (publisher != NULL)
        title = g_strdup_printf ("[%u] %s (%s)", i + 1, lipcheck_entry_get_name (LIPCHECK_ENTRY (source)), publisher);
      else
        title = g_strdup_printf ("[%u] %s", i + 1, lipcheck_entry_get_name (LIPCHECK_ENTRY (source)));
      assert_contains (text, title);
    }
}

/* An incomplete result's sheet says nothing calming, at its top or anywhere else. */
static void
assert_no_reassurance (const char     *text,
                       LipcheckResult *result)
{
  const char * const calming[] = {
    "everyday twitch", "usually harmless", "try not to worry", "not an emergency", "look after it yourself", NULL
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);

  if (lipcheck_result_get_complete (result))
    return;

  for (guint i = 0; calming[i] != NULL; i++)
    {
      g_test_message ("%s", calming[i]);
      g_assert_null (strstr (lower, calming[i]));
    }
  /* Below an emergency it asks for the answers at its top; an emergency keeps its call. */
  if (lipcheck_result_get_urgency (result) < LIPCHECK_URGENCY_EMERGENCY)
    assert_contains (text, lipcheck_knowledge_base_get_incomplete_headline (kb));
}

/* The sudden onset, when asked, is stated in its row. */
static void
assert_sudden (const char     *text,
               LipcheckResult *result)
{
  LipcheckQuestion *sudden = lipcheck_knowledge_base_lookup_question (kb, "sudden");
  GVariant *answer = lipcheck_answers_lookup (lipcheck_result_get_answers (result), "sudden");
  guint position;
  g_autofree char *row = NULL;

  if (!g_list_store_find (G_LIST_STORE (lipcheck_result_get_asked (result)), sudden, &position))
    {
      g_assert_null (strstr (text, lipcheck_question_get_short_text (sudden)));
      return;
    }

  row = g_strdup_printf ("%s %s", lipcheck_question_get_short_text (sudden),
                         answer == NULL ? "not answered" : g_variant_get_boolean (answer) ? "yes" : "no");
  assert_contains (text, row);
}

static void
assert_summary_says (const char     *text,
                     LipcheckResult *result,
                     guint           n_pages)
{
  const char * const beyond_the_call[] = {
    "Likely factors", "Conditions to discuss", "Tips chosen", "Notes for the doctor", NULL
  };

  assert_frame (text, n_pages);
  assert_no_reassurance (text, result);
  assert_contains (text, lipcheck_result_get_title (result));
  assert_contains (text, lipcheck_result_get_headline (result));
  assert_contains (text, lipcheck_result_get_advice (result));
  assert_answers (text, result);
  assert_sudden (text, result);

  /* An emergency says one thing: the call, with the check, and the answers. */
  if (lipcheck_result_get_urgency (result) == LIPCHECK_URGENCY_EMERGENCY)
    {
      for (guint i = 0; beyond_the_call[i] != NULL; i++)
        g_assert_null (strstr (text, beyond_the_call[i]));
      return;
    }

  assert_contains (text, "Notes for the doctor");
  if (g_list_model_get_n_items (lipcheck_result_get_factors (result)) == 0 &&
      lipcheck_result_get_unanswered (result)[0] == NULL)
    assert_contains (text, "Likely factors No everyday factor stood out in the answers.");
  assert_factors (text, result);
  assert_conditions (text, result);
  assert_tips (text, result);
}

/* Content */

static void
test_content (gconstpointer data)
{
  const char *name = data;
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, name);
  g_autofree char *dir = make_temp_dir ();
  guint n_pages;
  g_autofree char *path = write_summary (result, dir, "summary.pdf", LIPCHECK_PAPER_A4, &n_pages);
  g_autofree char *raw = lipcheck_test_pdf_text (path, 0);
  g_autofree char *text = lipcheck_test_normalise (raw);

  assert_summary_says (text, result, n_pages);

  remove_dir (dir);
  g_assert_finalize_object (result);
}

/* Answers made in code: numbers with their units, several choices, and gaps. */
static void
test_content_in_code (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  LipcheckResult *result;
  g_autofree char *text = NULL;
  guint n_pages;

  lipcheck_answers_set_choice (answers, "duration", "weeks");
  lipcheck_answers_set_number (answers, "sleep-hours", 5);
  lipcheck_answers_set_number (answers, "caffeine-cups", 4);
  lipcheck_answers_set_several (answers, "medications", (const char * const []) { "corticosteroid", "other-new", NULL });
  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  lipcheck_answers_set_boolean (answers, "weakness", TRUE);
  lipcheck_answers_set_boolean (answers, "pain", FALSE);
  lipcheck_answers_set_boolean (answers, "sudden", FALSE);

  result = lipcheck_evaluate (kb, answers, "GB");
  text = summary_text (result, LIPCHECK_PAPER_A4, &n_pages);

  assert_summary_says (text, result, n_pages);
  assert_contains (text, "Sleep 5 hours a night");
  assert_contains (text, "Area feels stiff not answered");
  assert_contains (text, "Weakness of face or lip yes");
  assert_contains (text, "Numbness not answered");
  assert_contains (text, "Cannot keep both arms up not answered");
  assert_contains (text, "Pain no");
  assert_contains (text, "Came on suddenly no");

  g_assert_finalize_object (result);
  g_assert_finalize_object (answers);
}

/* Knowledge-base text is drawn as text: markup, ampersands and printf directives come out as written. */
static void
test_literal (void)
{
  const char *root = g_getenv ("LIPCHECK_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LipcheckKnowledgeBase) literal_kb = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LipcheckAnswers *answers;
  LipcheckResult *result;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  JsonArray *causes;

  if (root == NULL)
    {
      g_test_skip ("LIPCHECK_SOURCE_ROOT is not set");
      return;
    }

  path = g_build_filename (root, "data", "knowledge-base.json", NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  causes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "causes");
  for (guint i = 0; i < json_array_get_length (causes); i++)
    {
      JsonObject *cause = json_array_get_object_element (causes, i);
      JsonObject *reason;

      if (!g_str_equal (json_object_get_string_member (cause, "id"), "stress"))
        continue;

      reason = json_array_get_object_element (json_object_get_array_member (cause, "reasons"), 0);
      json_object_set_string_member (reason, "why", "You said so. <b>A & B</b> 100%s");
      json_object_set_string_member (cause, "name", "<i>Stress</i> & anxiety %d");
    }

  json = json_to_string (json_parser_get_root (parser), FALSE);
  bytes = g_bytes_new (json, strlen (json));
  literal_kb = lipcheck_knowledge_base_new_from_bytes (bytes, "literal.json", &error);
  g_assert_no_error (error);

  answers = lipcheck_answers_new ();
  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  result = lipcheck_evaluate (literal_kb, answers, NULL);
  text = summary_text (result, LIPCHECK_PAPER_A4, NULL);

  assert_contains (text, "• <i>Stress</i> & anxiety %d (Stress or anxiety lately)");

  g_assert_finalize_object (result);
  g_assert_finalize_object (answers);
}

/* Paper */

static void
test_paper_names (void)
{
  LipcheckPaper paper = LIPCHECK_PAPER_LETTER;
  double width, height;

  g_assert_true (lipcheck_paper_from_string ("a4", &paper));
  g_assert_cmpint (paper, ==, LIPCHECK_PAPER_A4);
  g_assert_true (lipcheck_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, LIPCHECK_PAPER_LETTER);
  g_assert_true (lipcheck_paper_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, LIPCHECK_PAPER_A4);
  g_assert_false (lipcheck_paper_from_string ("legal", &paper));
  g_assert_false (lipcheck_paper_from_string ("", &paper));
  g_assert_cmpint (paper, ==, LIPCHECK_PAPER_A4);
  g_assert_cmpstr (lipcheck_paper_to_string (LIPCHECK_PAPER_LETTER), ==, "letter");

  lipcheck_paper_get_size (LIPCHECK_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.001);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.001);
  lipcheck_paper_get_size (LIPCHECK_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

/* pdfinfo rounds to six digits: A4 is 595.276 × 841.89 points. */
static void
assert_page_size (const char *path,
                  double      width,
                  double      height,
                  const char *name)
{
  g_autofree char *size = lipcheck_test_pdf_info (path, "Page size");
  g_autofree char *suffix = g_strdup_printf ("pts (%s)", name);
  double w, h;

  g_assert_cmpint (sscanf (size, "%lf x %lf", &w, &h), ==, 2);
  g_assert_cmpfloat_with_epsilon (w, width, 0.01);
  g_assert_cmpfloat_with_epsilon (h, height, 0.01);
  g_assert_true (g_str_has_suffix (size, suffix));
}

static void
test_paper_pdf (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/urgent.json");
  g_autofree char *dir = make_temp_dir ();
  guint a4_pages, letter_pages;
  g_autofree char *a4 = write_summary (result, dir, "a4.pdf", LIPCHECK_PAPER_A4, &a4_pages);
  g_autofree char *letter = write_summary (result, dir, "letter.pdf", LIPCHECK_PAPER_LETTER, &letter_pages);
  g_autofree char *title = NULL, *author = NULL, *creator = NULL, *pages = NULL;
  g_autofree char *a4_pages_text = g_strdup_printf ("%u", a4_pages);

  assert_page_size (a4, 595.28, 841.89, "A4");
  assert_page_size (letter, 612, 792, "letter");

  title = lipcheck_test_pdf_info (a4, "Title");
  author = lipcheck_test_pdf_info (a4, "Author");
  creator = lipcheck_test_pdf_info (a4, "Creator");
  pages = lipcheck_test_pdf_info (a4, "Pages");
  g_assert_cmpstr (title, ==, "Lip twitch self-check summary, 5 November 2026");
  g_assert_cmpstr (author, ==, "Lipcheck");
  g_assert_cmpstr (creator, ==, "Lipcheck " PACKAGE_VERSION);
  g_assert_cmpstr (pages, ==, a4_pages_text);
  g_assert_cmpuint (letter_pages, >=, a4_pages);

  remove_dir (dir);
  g_assert_finalize_object (result);
}

/* Pages */

/* The non-empty lines of @text, whitespace normalised, without the page footers. */
static GPtrArray *
content_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lipcheck_test_normalise (lines[i]);

      if (*line == '\0' || strstr (line, " · page ") != NULL)
        g_free (line);
      else
        g_ptr_array_add (kept, line);
    }

  return kept;
}

/* The summary on pages of @width × @height points with the usual margins, drawn as the print
 * operation would; returns the path and the number of pages. */
static char *
write_custom (LipcheckResult *result,
              const char     *dir,
              const char     *name,
              double          width,
              double          height,
              guint          *n_pages)
{
  g_autoptr(GDateTime) date = check_date ();
  LipcheckSummary *summary = lipcheck_summary_new (result, date);
  PangoContext *context = lipcheck_summary_create_pango_context ();
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;

  *n_pages = lipcheck_summary_paginate (summary, context, width - 2 * LIPCHECK_SUMMARY_MARGIN,
                                        height - 2 * LIPCHECK_SUMMARY_MARGIN);

  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < *n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, LIPCHECK_SUMMARY_MARGIN, LIPCHECK_SUMMARY_MARGIN);
      lipcheck_summary_draw_page (summary, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_object_unref (context);
  g_assert_finalize_object (summary);

  return path;
}

/* The summary on one page as tall as it needs: every line as it would be on paper, none split. */
static char *
write_tall (LipcheckResult *result,
            const char     *dir,
            LipcheckPaper   paper)
{
  double width;
  guint n_pages;
  char *path;

  lipcheck_paper_get_size (paper, &width, NULL);
  path = write_custom (result, dir, "tall.pdf", width, 5000, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);

  return path;
}

static double
fetch_double (GMatchInfo *match,
              int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return g_ascii_strtod (text, NULL);
}

/* Every word of one page of pdftotext's -bbox report lies inside the printable area, and above
 * the footer, the page's lowest line. */
static guint
assert_page_words_inside (const char *page_html,
                          const char *path)
{
  g_autoptr(GRegex) page_re = g_regex_new ("^page width=\"([0-9.]+)\" height=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)<",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) page = NULL;
  g_autoptr(GMatchInfo) word = NULL;
  const double margin = LIPCHECK_SUMMARY_MARGIN - 2;
  double width, height, footer_top = 0;
  guint n_words = 0;

  g_assert_true (g_regex_match (page_re, page_html, 0, &page));
  width = fetch_double (page, 1);
  height = fetch_double (page, 2);

  for (g_regex_match (word_re, page_html, 0, &word); g_match_info_matches (word); g_match_info_next (word, NULL))
    footer_top = MAX (footer_top, fetch_double (word, 2));
  g_clear_pointer (&word, g_match_info_unref);

  for (g_regex_match (word_re, page_html, 0, &word); g_match_info_matches (word); g_match_info_next (word, NULL))
    {
      double x0 = fetch_double (word, 1), y0 = fetch_double (word, 2);
      double x1 = fetch_double (word, 3), y1 = fetch_double (word, 4);
      g_autofree char *text = g_match_info_fetch (word, 5);

      if (x0 < margin || y0 < margin || x1 > width - margin || y1 > height - margin)
        g_error ("“%s” at %g,%g–%g,%g is outside the printable area of %s", text, x0, y0, x1, y1, path);
      if (y0 < footer_top - 1 && y1 > footer_top)
        g_error ("“%s” at %g,%g–%g,%g runs into the footer of %s", text, x0, y0, x1, y1, path);
      n_words++;
    }

  return n_words;
}

/* Every word of @path lies inside the printable area of its page, none on the footer. */
static void
assert_words_inside (const char *path)
{
  g_autofree char *html = lipcheck_test_run_tool ((const char * const []) { "pdftotext", "-bbox", path, "-", NULL });
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);
  guint n_words = 0;

  g_assert_cmpuint (g_strv_length (pages), >, 1);
  for (guint i = 1; pages[i] != NULL; i++)
    {
      g_autofree char *page = g_strconcat ("page ", pages[i], NULL);

      n_words += assert_page_words_inside (page, path);
    }

  g_assert_cmpuint (n_words, >, 100);
}

/* Adds the lines of page @page (from 1) to @paged, checking its footer and that it does not end
 * with a heading. */
static void
add_page_lines (GPtrArray  *paged,
                const char *text,
                guint       page,
                guint       n_pages)
{
  g_autoptr(GPtrArray) lines = content_lines (text);
  g_autofree char *footer = g_strdup_printf ("· page %u of %u", page, n_pages);
  const char *last;

  g_assert_nonnull (strstr (text, footer));
  g_assert_cmpuint (lines->len, >, 0);
  last = g_ptr_array_index (lines, lines->len - 1);
  if (g_strv_contains (headings, last))
    g_error ("page %u of %u ends with the heading “%s”", page, n_pages, last);

  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (paged, g_strdup (g_ptr_array_index (lines, i)));
}

static void
assert_same_lines (GPtrArray *paged,
                   GPtrArray *expected)
{
  for (guint i = 0; i < MIN (paged->len, expected->len); i++)
    g_assert_cmpstr (g_ptr_array_index (paged, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (paged->len, ==, expected->len);
}

/* Page by page, the lines are those of the single tall page, in order: none split, lost or
 * repeated; no page ends with a heading; no text strays out of the printable area. */
static void
assert_whole_lines (LipcheckResult *result,
                    LipcheckPaper   paper,
                    guint           max_pages)
{
  g_autofree char *dir = make_temp_dir ();
  guint n_pages;
  g_autofree char *path = write_summary (result, dir, "summary.pdf", paper, &n_pages);
  g_autofree char *tall = write_tall (result, dir, paper);
  g_autofree char *tall_text = lipcheck_test_pdf_text (tall, 0);
  g_autoptr(GPtrArray) expected = content_lines (tall_text);
  g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pages = lipcheck_test_pdf_info (path, "Pages");

  g_assert_cmpuint (n_pages, <=, max_pages);
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = lipcheck_test_pdf_text (path, page);

      add_page_lines (paged, text, page, n_pages);
    }

  assert_same_lines (paged, expected);
  assert_words_inside (path);
  remove_dir (dir);
}

/* Pages of many heights break in many places: the lines are always those of the tall page, and
 * no page ends with a heading. */
static void
test_pages_heights (gconstpointer data)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, data);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *tall = write_tall (result, dir, LIPCHECK_PAPER_A4);
  g_autofree char *tall_text = lipcheck_test_pdf_text (tall, 0);
  g_autoptr(GPtrArray) expected = content_lines (tall_text);
  double width;

  lipcheck_paper_get_size (LIPCHECK_PAPER_A4, &width, NULL);

  for (double height = 260; height <= 900; height += 37)
    {
      g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (g_free);
      guint n_pages;
      g_autofree char *path = write_custom (result, dir, "custom.pdf", width, height, &n_pages);
      g_autofree char *text = lipcheck_test_pdf_text (path, 0);
      g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

      g_assert_cmpuint (g_strv_length (pages), >=, n_pages);
      for (guint page = 0; page < n_pages; page++)
        add_page_lines (paged, pages[page], page + 1, n_pages);

      assert_same_lines (paged, expected);
      assert_words_inside (path);
    }

  remove_dir (dir);
  g_assert_finalize_object (result);
}

static void
test_pages (gconstpointer data)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, data);

  assert_whole_lines (result, LIPCHECK_PAPER_A4, 2);
  assert_whole_lines (result, LIPCHECK_PAPER_LETTER, 2);

  g_assert_finalize_object (result);
}

/* Every factor and every warning sign, nothing unanswered, and not an emergency (which lists no
 * factors): one A4 page. */
static void
test_pages_everything (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "answers/48-urgent-everything.json");

  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_factors (result)), ==,
                    g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_CAUSE)));
  g_assert_cmpuint (g_list_model_get_n_items (lipcheck_result_get_warning_signs (result)), ==,
                    g_list_model_get_n_items (lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN)));
  g_assert_null (lipcheck_result_get_unanswered (result)[0]);

  /* One A4 page: the tips after the first five, and everything but the answers behind each
   * factor and condition, stay on the result page. */
  assert_whole_lines (result, LIPCHECK_PAPER_A4, 1);
  assert_whole_lines (result, LIPCHECK_PAPER_LETTER, 2);

  g_assert_finalize_object (result);
}

/* Pages far too small for a heading and what it keeps with still paginate, and draw. */
static void
test_pages_tiny (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "answers/48-urgent-everything.json");
  LipcheckSummary *summary = lipcheck_summary_new (result, NULL);
  PangoContext *context = lipcheck_summary_create_pango_context ();
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  g_assert_cmpuint (lipcheck_summary_get_n_pages (summary), ==, 0);
  n_pages = lipcheck_summary_paginate (summary, context, 250, 60);
  g_assert_cmpuint (n_pages, >, 20);
  g_assert_cmpuint (lipcheck_summary_get_n_pages (summary), ==, n_pages);
  for (guint i = 0; i < n_pages; i++)
    lipcheck_summary_draw_page (summary, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* Laid out again, for A4: the same as the first time. */
  g_assert_cmpuint (lipcheck_summary_paginate (summary, context, 499, 745), ==, 1);
  g_assert_cmpuint (lipcheck_summary_paginate (summary, context, 499, 745), ==, 1);
  lipcheck_summary_draw_page (summary, cr, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
  g_assert_finalize_object (summary);
  g_assert_finalize_object (result);
}

/* Writing safely */

static void
assert_write_fails (LipcheckResult *result,
                    const char     *path,
                    const char     *reason)
{
  g_autoptr(GDateTime) date = check_date ();
  LipcheckSummary *summary = lipcheck_summary_new (result, date);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (lipcheck_summary_write_pdf (summary, file, LIPCHECK_PAPER_A4, &error));
  g_assert_error (error, LIPCHECK_SUMMARY_ERROR, (int)LIPCHECK_SUMMARY_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, reason));

  g_assert_finalize_object (summary);
}

static void
test_write_missing_dir (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "summary.pdf", NULL);
  g_autofree char *listing = NULL;

  assert_write_fails (result, path, "does not exist");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  remove_dir (dir);
  g_assert_finalize_object (result);
}

static void
test_write_read_only_dir (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *listing = NULL;

  /* /proc/self refuses new files even to root. */
  if (g_file_test ("/proc/self", G_FILE_TEST_IS_DIR))
    assert_write_fails (result, "/proc/self/summary.pdf", "/proc/self");

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (g_access (dir, W_OK) == 0)
    g_test_message ("running as root: a read-only folder is still writable");
  else
    {
      assert_write_fails (result, path, "may not write");
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  remove_dir (dir);
  g_assert_finalize_object (result);
}

static void
test_write_not_a_file (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/routine.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autoptr(GDateTime) date = check_date ();
  LipcheckSummary *summary = lipcheck_summary_new (result, date);
  g_autoptr(GFile) remote = g_file_new_for_uri ("https://example.org/summary.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_write_fails (result, folder, "it is a folder");

  g_assert_false (lipcheck_summary_write_pdf (summary, remote, LIPCHECK_PAPER_A4, &error));
  g_assert_error (error, LIPCHECK_SUMMARY_ERROR, (int)LIPCHECK_SUMMARY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "https://example.org/summary.pdf"));

  remove_dir (dir);
  g_assert_finalize_object (summary);
  g_assert_finalize_object (result);
}

/* An existing file is replaced by a whole PDF, and kept as it was when writing fails midway. */
static void
test_write_replace (void)
{
  LipcheckResult *result = lipcheck_test_evaluate_file (kb, "gallery/urgent.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *written = NULL;
  struct rlimit saved, small;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);

  /* A file size limit makes the write fail halfway, as a full disk would. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 4096;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  assert_write_fails (result, path, g_strerror (EFBIG));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "summary.pdf");

  written = write_summary (result, dir, "summary.pdf", LIPCHECK_PAPER_A4, NULL);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "summary.pdf");

  remove_dir (dir);
  g_assert_finalize_object (result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *content = g_strconcat ("/lipcheck/summary/content/", cases[i].name, NULL);
      g_autofree char *pages = g_strconcat ("/lipcheck/summary/pages/", cases[i].name, NULL);

      g_test_add_data_func (content, cases[i].file, test_content);
      g_test_add_data_func (pages, cases[i].file, test_pages);
    }

  g_test_add_func ("/lipcheck/summary/content/in-code", test_content_in_code);
  g_test_add_func ("/lipcheck/summary/content/literal", test_literal);
  g_test_add_func ("/lipcheck/summary/paper/names", test_paper_names);
  g_test_add_func ("/lipcheck/summary/paper/pdf", test_paper_pdf);
  g_test_add_func ("/lipcheck/summary/pages/everything", test_pages_everything);
  g_test_add_data_func ("/lipcheck/summary/pages/heights/all-yes", "answers/46-all-yes.json", test_pages_heights);
  g_test_add_data_func ("/lipcheck/summary/pages/heights/self-care", "gallery/self-care.json", test_pages_heights);
  g_test_add_data_func ("/lipcheck/summary/pages/heights/unanswered", "answers/40-unanswered-warning-signs.json",
                        test_pages_heights);
  g_test_add_func ("/lipcheck/summary/pages/tiny", test_pages_tiny);
  g_test_add_func ("/lipcheck/summary/write/missing-dir", test_write_missing_dir);
  g_test_add_func ("/lipcheck/summary/write/read-only-dir", test_write_read_only_dir);
  g_test_add_func ("/lipcheck/summary/write/not-a-file", test_write_not_a_file);
  g_test_add_func ("/lipcheck/summary/write/replace", test_write_replace);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
