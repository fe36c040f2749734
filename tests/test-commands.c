/* test-commands.c: tests of the headless commands, in process and through the lipcheck binary. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "lipcheck-commands.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-test-util.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "kb", name, NULL);
}

/* What was written to @stream, a tmpfile(), which this closes. */
static char *
read_stream (FILE *stream)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  size_t n;

  rewind (stream);
  while ((n = fread (buffer, 1, sizeof buffer, stream)) > 0)
    g_string_append_len (text, buffer, n);
  fclose (stream);

  return g_string_free (text, FALSE);
}

typedef struct
{
  FILE *out;
  FILE *err;
  char *out_text;
  char *err_text;
} Streams;

static void
streams_open (Streams *streams)
{
  streams->out = tmpfile ();
  streams->err = tmpfile ();
  g_assert_nonnull (streams->out);
  g_assert_nonnull (streams->err);
}

static void
streams_read (Streams *streams)
{
  streams->out_text = read_stream (g_steal_pointer (&streams->out));
  streams->err_text = read_stream (g_steal_pointer (&streams->err));
}

static void
streams_clear (Streams *streams)
{
  g_clear_pointer (&streams->out_text, g_free);
  g_clear_pointer (&streams->err_text, g_free);
}

/* lipcheck --check-kb, through the binary */

static void
run_check_kb (const char  *fixture,
              int         *status,
              char       **out,
              char       **err)
{
  g_autofree char *path = fixture_path (fixture);
  const char *argv[] = { g_getenv ("LIPCHECK"), "--check-kb", path, NULL };
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, status, &error);
  g_assert_no_error (error);
}

static void
test_check_kb (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *good = fixture_path ("minimal.json");
  g_autofree char *bad = fixture_path ("broken-unknown-choice.json");
  g_autofree char *location = NULL;
  int status = 0;

  if (g_getenv ("LIPCHECK") == NULL)
    {
      g_test_skip ("LIPCHECK is not set");
      return;
    }

  run_check_kb ("minimal.json", &status, &out, &err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_str_has_prefix (out, good));
  g_assert_nonnull (strstr (out, ": version test-1: 2 sources, 1 tip-groups, 1 tips, 4 questions"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  run_check_kb ("broken-unknown-choice.json", &status, &out, &err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  location = g_strconcat (bad, ": $.conditions[0].reasons[0].when.all[1].is[1]: ", NULL);
  g_assert_true (g_str_has_prefix (err, location));
}

/* lipcheck_command_check_kb(): the summary on @out, or the error on @err */
static void
test_check_kb_in_process (void)
{
  g_autofree char *good = fixture_path ("minimal.json");
  g_autofree char *bad = fixture_path ("broken-unknown-choice.json");
  g_autofree char *location = g_strconcat (bad, ": $.conditions[0].reasons[0].when.all[1].is[1]: ", NULL);
  Streams streams = { 0 };

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_check_kb (good, streams.out, streams.err), ==, EXIT_SUCCESS);
  streams_read (&streams);
  g_assert_true (g_str_has_prefix (streams.out_text, good));
  g_assert_nonnull (strstr (streams.out_text, ": version test-1: 2 sources, 1 tip-groups, 1 tips, 4 questions"));
  g_assert_true (g_str_has_suffix (streams.out_text, "\n"));
  g_assert_cmpstr (streams.err_text, ==, "");
  streams_clear (&streams);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_check_kb (bad, streams.out, streams.err), ==, EXIT_FAILURE);
  streams_read (&streams);
  g_assert_cmpstr (streams.out_text, ==, "");
  g_assert_true (g_str_has_prefix (streams.err_text, location));
  streams_clear (&streams);

  /* No path: the built-in knowledge base. */
  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_check_kb (NULL, streams.out, streams.err), ==, EXIT_SUCCESS);
  streams_read (&streams);
  g_assert_true (g_str_has_prefix (streams.out_text, "knowledge-base.json: version "));
  streams_clear (&streams);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_same_json (const char *text,
                  const char *expected)
{
  g_autoptr(JsonNode) got = parse_json (text);
  g_autoptr(JsonNode) want = parse_json (expected);

  if (!json_node_equal (got, want))
    g_error ("the report is\n%s\nexpected\n%s", text, expected);
}

/* lipcheck_command_report(): the JSON report of an example, as its expected file has it */
static void
test_report (void)
{
  g_autofree char *answers = g_test_build_filename (G_TEST_DIST, "answers", "13-caffeine-3.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "answers", "13-caffeine-3.expected.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  Streams streams = { 0 };

  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_report (NULL, answers, "json", streams.out, streams.err), ==, EXIT_SUCCESS);
  streams_read (&streams);
  assert_same_json (streams.out_text, expected);
  g_assert_cmpstr (streams.err_text, ==, "");
  streams_clear (&streams);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_report (NULL, answers, "text", streams.out, streams.err), ==, EXIT_SUCCESS);
  streams_read (&streams);
  g_assert_cmpuint (strlen (streams.out_text), >, 0);
  g_assert_null (strstr (streams.out_text, "\"urgency\""));
  streams_clear (&streams);
}

/* What the commands refuse, and the message each gives */
static void
test_refusals (void)
{
  g_autofree char *answers = g_test_build_filename (G_TEST_DIST, "answers", "13-caffeine-3.json", NULL);
  g_autofree char *bad_answers = g_test_build_filename (G_TEST_DIST, "answers", "bad", "03-caffeine-51.json", NULL);
  Streams streams = { 0 };

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_report (NULL, answers, "xml", streams.out, streams.err), ==, EXIT_FAILURE);
  streams_read (&streams);
  g_assert_cmpstr (streams.out_text, ==, "");
  g_assert_cmpstr (streams.err_text, ==, "--report takes “json” or “text”, not “xml”\n");
  streams_clear (&streams);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_report (NULL, NULL, "json", streams.out, streams.err), ==, EXIT_FAILURE);
  streams_read (&streams);
  g_assert_cmpstr (streams.err_text, ==, "--report and --summary-pdf need an answers file: --answers FILE\n");
  streams_clear (&streams);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_report (NULL, bad_answers, "json", streams.out, streams.err), ==, EXIT_FAILURE);
  streams_read (&streams);
  g_assert_cmpstr (streams.out_text, ==, "");
  g_assert_nonnull (strstr (streams.err_text, ": $.answers.caffeine-cups: "));
  streams_clear (&streams);

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_summary_pdf (NULL, answers, "unused.pdf", "a5", streams.out, streams.err),
                   ==, EXIT_FAILURE);
  streams_read (&streams);
  g_assert_cmpstr (streams.err_text, ==, "--paper takes “a4” or “letter”, not “a5”\n");
  g_assert_false (g_file_test ("unused.pdf", G_FILE_TEST_EXISTS));
  streams_clear (&streams);
}

/* lipcheck_command_summary_pdf(): a PDF, on the paper asked for */
static void
test_summary_pdf (void)
{
  g_autofree char *answers = g_test_build_filename (G_TEST_DIST, "answers", "46-all-yes.json", NULL);
  g_autofree char *pdf = g_build_filename (g_get_tmp_dir (), "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *size = NULL;
  gsize length = 0;
  Streams streams = { 0 };

  streams_open (&streams);
  g_assert_cmpint (lipcheck_command_summary_pdf (NULL, answers, pdf, "letter", streams.out, streams.err),
                   ==, EXIT_SUCCESS);
  streams_read (&streams);
  g_assert_cmpstr (streams.out_text, ==, "");
  g_assert_cmpstr (streams.err_text, ==, "");
  streams_clear (&streams);

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
  size = lipcheck_test_pdf_info (pdf, "Page size");
  g_assert_nonnull (strstr (size, "612 x 792"));
}

int
main (int   argc,
      char *argv[])
{
  /* The suite runs in C.UTF-8: messages are written as they are, not transliterated. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lipcheck/commands/check-kb/binary", test_check_kb);
  g_test_add_func ("/lipcheck/commands/check-kb/in-process", test_check_kb_in_process);
  g_test_add_func ("/lipcheck/commands/report", test_report);
  g_test_add_func ("/lipcheck/commands/refusals", test_refusals);
  g_test_add_func ("/lipcheck/commands/summary-pdf", test_summary_pdf);

  return g_test_run ();
}
