/* test-json.c: tests of the strict JSON reader: what it refuses, with the exact line and column,
 * and the checks of values at a JSON path. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "lipcheck-json.h"

#define TEST_ERROR (g_quark_from_static_string ("test-json-error"))

static JsonNode *
parse (const char  *text,
       gsize        len,
       guint        max_depth,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);

  return lipcheck_json_parse (bytes, "t.json", TEST_ERROR, 1024, max_depth, error);
}

typedef struct
{
  const char        *name;
  const char        *text;
  LipcheckDataError  code;
  const char        *message;  /* the whole message, exactly */
} Refusal;

static const Refusal refusals[] = {
  { "empty", "", LIPCHECK_DATA_ERROR_SYNTAX, "t.json:1:1: the file is empty; expected a JSON object" },
  { "blank", "  \n ", LIPCHECK_DATA_ERROR_SYNTAX, "t.json:1:1: the file is empty; expected a JSON object" },
  { "not-object", "[1, 2]", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:1: the document must be a JSON object; expected “{”" },
  { "single-quote", "{\"a\": 1,\n \"b\": 'x'}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:2:7: a single quote; expected a string in double quotes" },
  { "comment", "{\"a\": 1 /* c */}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:9: a comment; expected JSON, which has no comments" },
  { "two-documents", "{\"a\": 1}\n{}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:2:1: unexpected text after the end of the JSON document; expected nothing more" },
  { "bare-word", "{\"a\": yes}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:7: unexpected character “y”; expected a JSON value" },
  { "trailing-comma", "{\"a\": [1, 2,\n ]}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:12: a comma before “]” with nothing after it; expected another value, or no comma" },
  { "trailing-comma-object", "{\"a\": 1, \"b\": \"days\",}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:21: a comma before “}” with nothing after it; expected another value, or no comma" },
  { "ends-early", "{\"a\": [1,\n", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:2:1: the document ends too early; expected the rest of it" },
  { "bad-escape", "{\"a\": \"\\x41\"}", LIPCHECK_DATA_ERROR_SYNTAX,
    "t.json:1:8: the escape “\\x” is not JSON; expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits, a surrogate only in a pair" },
  { "escaped-nul", "{\"a\": \"x\\u0000\"}", LIPCHECK_DATA_ERROR_ENCODING,
    "t.json:1:9: an escaped NUL character (\\u0000); expected text without NUL" },
  { "long-number", "{\"a\": 1234567890123456}", LIPCHECK_DATA_ERROR_VALUE,
    "t.json:1:7: a number with more than 15 digits; expected a smaller number" },
  { "duplicate-key", "{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}", LIPCHECK_DATA_ERROR_DUPLICATE_KEY,
    "t.json:2:21: the key “c” appears twice in one object; expected each key once" },
  { "too-deep", "{\"a\": {\"b\": {\"c\": []}}}", LIPCHECK_DATA_ERROR_TOO_DEEP,
    "t.json:1:19: nested deeper than 3 levels; expected a flatter document" },
  { "invalid-utf8", "{\"a\": \"\xc3\x28\"}", LIPCHECK_DATA_ERROR_ENCODING,
    "t.json:1:8: invalid UTF-8; expected UTF-8 text" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (refusal->text, strlen (refusal->text), 3, &error);

  g_assert_null (root);
  g_assert_error (error, TEST_ERROR, (int)refusal->code);
  g_assert_cmpstr (error->message, ==, refusal->message);
}

/* A NUL byte is refused where it is, even before the rest of the text is read */
static void
test_nul_byte (void)
{
  static const char text[] = "{\"a\":\n  \"x\0y\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (text, sizeof text - 1, 3, &error);

  g_assert_null (root);
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "t.json:2:5: a NUL byte; expected UTF-8 text");
}

/* More than the size allowed */
static void
test_too_large (void)
{
  g_autoptr(GString) text = g_string_new ("{\"a\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  while (text->len < 1030)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"}");

  root = parse (text->str, text->len, 3, &error);
  g_assert_null (root);
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "t.json: the file has 1032 bytes; expected at most 1024");
}

/* A good document comes back whole, and nesting up to the limit is fine */
static void
test_accepts (void)
{
  static const char text[] = "{\"a\": {\"b\": [1, true, null, \"é\"]}, \"n\": -12}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (text, sizeof text - 1, 3, &error);
  JsonObject *object;
  JsonArray *array;

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "n"), ==, -12);
  array = json_object_get_array_member (json_object_get_object_member (object, "a"), "b");
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  g_assert_cmpstr (json_array_get_string_element (array, 3), ==, "é");
}

/* The checks at a place in the document: "FILE: PATH: what was found; what was expected" */
static void
test_cursor_checks (void)
{
  static const char text[] = "{\"list\": [\"ok\", \" padded\", 7, \"Bad_Id\"], \"n\": 70}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (text, sizeof text - 1, 3, &error);
  static const char * const known[] = { "list", NULL };
  LipcheckJsonCursor cursor;
  JsonObject *object;
  JsonArray *list;
  gsize mark;

  g_assert_no_error (error);
  object = json_node_get_object (root);
  lipcheck_json_cursor_init (&cursor, "t.json", TEST_ERROR);

  g_assert_false (lipcheck_json_check_keys (&cursor, object, known, &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_UNKNOWN_KEY);
  g_assert_cmpstr (error->message, ==, "t.json: $.n: unknown key “n”; expected one of: list");
  g_clear_error (&error);
  /* A failure leaves the cursor where it failed: start again at the root. */
  lipcheck_json_cursor_clear (&cursor);
  lipcheck_json_cursor_init (&cursor, "t.json", TEST_ERROR);

  g_assert_null (lipcheck_json_member (&cursor, object, "missing", TRUE, &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "t.json: $: the required key “missing” is missing; expected it in this object");
  g_clear_error (&error);
  g_assert_null (lipcheck_json_member (&cursor, object, "missing", FALSE, &error));
  g_assert_no_error (error);

  list = json_object_get_array_member (object, "list");
  mark = lipcheck_json_cursor_push_key (&cursor, "list");

  lipcheck_json_cursor_push_index (&cursor, 0);
  g_assert_true (lipcheck_json_check_text (&cursor, json_array_get_element (list, 0), &error));
  g_assert_true (lipcheck_json_check_id (&cursor, json_array_get_element (list, 0), &error));
  g_assert_no_error (error);
  lipcheck_json_cursor_pop (&cursor, mark + strlen (".list"));

  lipcheck_json_cursor_push_index (&cursor, 1);
  g_assert_false (lipcheck_json_check_text (&cursor, json_array_get_element (list, 1), &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "t.json: $.list[1]: the text starts or ends with white space; expected it trimmed");
  g_clear_error (&error);
  lipcheck_json_cursor_pop (&cursor, mark + strlen (".list"));

  lipcheck_json_cursor_push_index (&cursor, 2);
  g_assert_false (lipcheck_json_expect (&cursor, json_array_get_element (list, 2), JSON_NODE_VALUE,
                                        G_TYPE_STRING, &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "t.json: $.list[2]: found a whole number; expected a string");
  g_clear_error (&error);
  g_assert_false (lipcheck_json_check_int (&cursor, json_array_get_element (list, 2), 10, 20, &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "t.json: $.list[2]: 7 is out of range; expected a whole number from 10 to 20");
  g_clear_error (&error);
  g_assert_true (lipcheck_json_check_int (&cursor, json_array_get_element (list, 2), 7, 7, &error));
  lipcheck_json_cursor_pop (&cursor, mark + strlen (".list"));

  lipcheck_json_cursor_push_index (&cursor, 3);
  g_assert_false (lipcheck_json_check_id (&cursor, json_array_get_element (list, 3), &error));
  g_assert_error (error, TEST_ERROR, LIPCHECK_DATA_ERROR_INVALID_ID);
  g_assert_true (g_str_has_prefix (error->message, "t.json: $.list[3]: “Bad_Id” is not a valid id; expected "));
  g_clear_error (&error);

  lipcheck_json_cursor_pop (&cursor, mark);
  g_assert_cmpstr (cursor.path->str, ==, "$");
  lipcheck_json_cursor_clear (&cursor);
}

/* Ids: 1–64 of a-z, 0-9 and single hyphens inside */
static void
test_valid_ids (void)
{
  g_assert_true (lipcheck_json_is_valid_id ("caffeine-cups"));
  g_assert_true (lipcheck_json_is_valid_id ("a"));
  g_assert_false (lipcheck_json_is_valid_id (""));
  g_assert_false (lipcheck_json_is_valid_id ("Caffeine"));
  g_assert_false (lipcheck_json_is_valid_id ("caffeine_cups"));
  g_assert_false (lipcheck_json_is_valid_id ("caffeine cups"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strconcat ("/lipcheck/json/refuses/", refusals[i].name, NULL);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/lipcheck/json/refuses/nul-byte", test_nul_byte);
  g_test_add_func ("/lipcheck/json/refuses/too-large", test_too_large);
  g_test_add_func ("/lipcheck/json/accepts", test_accepts);
  g_test_add_func ("/lipcheck/json/cursor-checks", test_cursor_checks);
  g_test_add_func ("/lipcheck/json/valid-ids", test_valid_ids);

  return g_test_run ();
}
