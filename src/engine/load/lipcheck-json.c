/* lipcheck-json.c: strict JSON reading with errors that name the file and the place. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-json"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-json.h"

/* A place in the text, 1-based, columns counted in characters. */
typedef struct
{
  guint line;
  guint column;
} Place;

static Place
place_of (const char *text,
          const char *at)
{
  Place place = { 1, 1 };

  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          place.line++;
          place.column = 1;
        }
      else
        place.column++;
    }

  return place;
}

static gboolean
fail_at (GQuark              domain,
         GError            **error,
         LipcheckDataError   code,
         const char         *file,
         Place               place,
         const char         *message)
{
  g_set_error (error, domain, code, "%s:%u:%u: %s", file, place.line, place.column, message);
  return FALSE;
}

static gboolean
check_encoding (const char  *text,
                gsize        len,
                const char  *file,
                GQuark       domain,
                GError     **error)
{
  const char *nul = memchr (text, '\0', len);
  const char *end = NULL;

  if (nul != NULL)
    {
      /* Count the place only over the valid text before the NUL. */
      if (!g_utf8_validate_len (text, nul - text, &end))
        nul = end;
      return fail_at (domain, error, LIPCHECK_DATA_ERROR_ENCODING, file, place_of (text, nul),
                      _("a NUL byte; expected UTF-8 text"));
    }

  if (!g_utf8_validate_len (text, len, &end))
    return fail_at (domain, error, LIPCHECK_DATA_ERROR_ENCODING, file, place_of (text, end),
                    _("invalid UTF-8; expected UTF-8 text"));

  return TRUE;
}

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Over @len bytes: @text need not end in a NUL. */
static gboolean
is_blank (const char *text,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!is_json_space (text[i]))
      return FALSE;

  return TRUE;
}

/* JSON numbers that json-glib cannot hold as a whole number come back wrapped round; refuse them
 * first: no value in Lipcheck's files needs more than 15 digits. */
#define MAX_DIGITS 15

/* The value of the four hex digits at @p, or -1. */
static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      value = value * 16 + g_ascii_xdigit_value (p[i]);
    }

  return value;
}

/* The length of the escape at @p (a backslash), or 0 when JSON has no such escape. JSON has
 * \" \\ \/ \b \f \n \r \t and \uXXXX, a UTF-16 surrogate only as a high-low pair; json-glib
 * also takes octal escapes and lone surrogates and turns them into bytes that are not UTF-8. */
static gsize
escape_length (const char *p,
               const char *end)
{
  int unit, low;

  if (strchr ("\"\\/bfnrt", p[1]) != NULL)
    return 2;

  if (p[1] != 'u' || (unit = hex4 (p + 2, end)) < 0)
    return 0;

  if (unit < 0xd800 || unit > 0xdfff)
    return 6;

  if (unit > 0xdbff || end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
      (low = hex4 (p + 8, end)) < 0xdc00 || low > 0xdfff)
    return 0;

  return 12;
}

/* json-glib accepts comments, single quotes, hex numbers and several top-level values; JSON does
 * not. This walks the text outside strings and refuses what JSON does not allow there, and
 * nesting deeper than @max_depth, before json-glib sees the text. It counts the colons outside
 * strings into @n_members: in a document json-glib then accepts, one for each object member. */
static gboolean
check_lexical (const char  *text,
               gsize        len,
               guint        max_depth,
               guint       *n_members,
               const char  *file,
               GQuark       domain,
               GError     **error)
{
  const char *end = text + len;
  const char *comma = NULL;     /* the last comma outside strings, while nothing has followed it */
  gboolean in_string = FALSE;
  gboolean finished = FALSE;
  guint depth = 0;
  guint digits = 0;

  for (const char *p = text; p < end; p++)
    {
      char c = *p;

      if (in_string)
        {
          if (c == '\\' && end - p >= 6 && strncmp (p, "\\u0000", 6) == 0)
            return fail_at (domain, error, LIPCHECK_DATA_ERROR_ENCODING, file, place_of (text, p),
                            _("an escaped NUL character (\\u0000); expected text without NUL"));
          if (c == '\\' && p + 1 < end)
            {
              gsize n = escape_length (p, end);

              if (n == 0)
                {
                  g_autofree char *message =
                    g_strdup_printf (_("the escape “%.*s” is not JSON; expected \\\", \\\\, \\/, \\b, "
                                       "\\f, \\n, \\r, \\t or \\u and four hex digits, a surrogate "
                                       "only in a pair"),
                                     (int)(g_utf8_next_char (p + 1) - p), p);
                  return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p), message);
                }
              p += n - 1;
            }
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      digits = g_ascii_isdigit (c) ? digits + 1 : 0;
      if (digits > MAX_DIGITS)
        {
          g_autofree char *message =
            g_strdup_printf (_("a number with more than %d digits; expected a smaller number"), MAX_DIGITS);
          return fail_at (domain, error, LIPCHECK_DATA_ERROR_VALUE, file, place_of (text, p - MAX_DIGITS), message);
        }

      if (is_json_space (c))
        continue;

      if (finished)
        return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p),
                        _("unexpected text after the end of the JSON document; expected nothing more"));

      if (depth == 0 && c != '{')
        return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p),
                        _("the document must be a JSON object; expected “{”"));

      if ((c == '}' || c == ']') && comma != NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("a comma before “%c” with nothing after it; expected another value, or no comma"), c);
          return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, comma), message);
        }
      comma = c == ',' ? p : NULL;

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > max_depth)
            {
              g_autofree char *message =
                g_strdup_printf (_("nested deeper than %u levels; expected a flatter document"), max_depth);
              return fail_at (domain, error, LIPCHECK_DATA_ERROR_TOO_DEEP, file, place_of (text, p), message);
            }
        }
      else if (c == '}' || c == ']')
        {
          if (depth > 0 && --depth == 0)
            finished = TRUE;
        }
      else if (c == '/')
        return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p),
                        _("a comment; expected JSON, which has no comments"));
      else if (c == '\'')
        return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p),
                        _("a single quote; expected a string in double quotes"));
      else if (c == ':')
        (*n_members)++;
      else if (!strchr (",-+.0123456789eEtruefalsn", c))
        {
          g_autofree char *message =
            g_strdup_printf (_("unexpected character “%.*s”; expected a JSON value"),
                             (int)(g_utf8_next_char (p) - p), p);
          return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, p), message);
        }
    }

  if (in_string || depth > 0)
    return fail_at (domain, error, LIPCHECK_DATA_ERROR_SYNTAX, file, place_of (text, end),
                    _("the document ends too early; expected the rest of it"));

  return TRUE;
}

typedef struct
{
  GHashTable *seen;   /* JsonObject → the number of members parsed into it so far */
  JsonParser *parser;
  char       *duplicate;
  guint       line;
  guint       column;
} DuplicateCheck;

/* json-glib keeps the last of two members with one name, so an object with a duplicate key
 * holds fewer members than were parsed into it: counting them needs no copy of each name. No
 * object is freed while parsing before the first duplicate, so the pointers stay unique. */
static void
object_member_cb (JsonParser     *parser,
                  JsonObject     *object,
                  const char     *name,
                  DuplicateCheck *check)
{
  guint parsed;

  if (check->duplicate != NULL)
    return;

  parsed = GPOINTER_TO_UINT (g_hash_table_lookup (check->seen, object)) + 1;
  g_hash_table_insert (check->seen, object, GUINT_TO_POINTER (parsed));
  if (json_object_get_size (object) < parsed)
    {
      check->duplicate = g_strdup (name);
      check->line = json_parser_get_current_line (parser);
      check->column = json_parser_get_current_pos (parser);
    }
}

/* Parses with json-glib; with @watch_members, also finds the first key that appears twice in
 * one object (json-glib keeps the last), at the cost of a signal for every member. */
static JsonNode *
parse_checked (const char  *text,
               gsize        len,
               gboolean     watch_members,
               const char  *file,
               GQuark       domain,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  DuplicateCheck check = { 0 };
  JsonNode *root = NULL;

  if (watch_members)
    {
      check.seen = g_hash_table_new (NULL, NULL);
      g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), &check);
    }

  if (!json_parser_load_from_data (parser, text, len, &local_error))
    {
      const char *message = local_error->message;
      g_autofree char *valid = NULL;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      /* json-glib quotes an unexpected string cut after 37 bytes, which can split a character. */
      valid = g_utf8_make_valid (message, -1);
      g_set_error (error, domain, LIPCHECK_DATA_ERROR_SYNTAX, "%s:%s", file, valid);
    }
  else if (check.duplicate != NULL)
    g_set_error (error, domain, LIPCHECK_DATA_ERROR_DUPLICATE_KEY,
                 _("%s:%u:%u: the key “%s” appears twice in one object; expected each key once"),
                 file, check.line, check.column, check.duplicate);
  else
    root = json_parser_steal_root (parser);

  g_clear_pointer (&check.seen, g_hash_table_unref);
  g_free (check.duplicate);

  return root;
}

/* The members of all the objects in @node. */
static guint
count_members (JsonNode *node)
{
  guint n = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + count_members (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        n += count_members (json_array_get_element (array, i));
    }

  return n;
}

/**
 * lipcheck_json_parse:
 * @bytes: the document
 * @file: the name to use in messages
 * @domain: the error domain to report in
 *
 * Parses strict JSON: a single object, valid UTF-8 without NUL bytes, each key once, no
 * comments, single quotes or hex numbers, at most @max_size bytes and @max_depth levels.
 *
 * Returns: (transfer full): the root node, an object, or %NULL with @error set
 */
JsonNode *
lipcheck_json_parse (GBytes      *bytes,
                     const char  *file,
                     GQuark       domain,
                     gsize        max_size,
                     guint        max_depth,
                     GError     **error)
{
  gsize len = 0;
  const char *text = g_bytes_get_data (bytes, &len);
  guint n_members = 0;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (len > max_size)
    {
      g_set_error (error, domain, LIPCHECK_DATA_ERROR_TOO_LARGE,
                   _("%s: the file has %llu bytes; expected at most %llu"),
                   file, (unsigned long long)len, (unsigned long long)max_size);
      return NULL;
    }

  if (text == NULL)
    text = "";

  if (!check_encoding (text, len, file, domain, error) ||
      !check_lexical (text, len, max_depth, &n_members, file, domain, error))
    return NULL;

  if (is_blank (text, len))
    {
      g_set_error (error, domain, LIPCHECK_DATA_ERROR_SYNTAX,
                   _("%s:1:1: the file is empty; expected a JSON object"), file);
      return NULL;
    }

  /* Watching every member for a duplicate key took a third of the time of a load: parse
   * without, and only when the tree holds fewer members than the text has keys (json-glib kept
   * the last of two), parse again watching them, to say where. */
  root = parse_checked (text, len, FALSE, file, domain, error);
  if (root != NULL && count_members (root) != n_members)
    {
      g_clear_pointer (&root, json_node_unref);
      root = parse_checked (text, len, TRUE, file, domain, error);
    }

  return root;
}

/**
 * lipcheck_json_display_name:
 *
 * Returns: the name of @file to show in messages: its path, or its URI
 */
char *
lipcheck_json_display_name (GFile *file)
{
  char *path = g_file_get_path (file);

  return path != NULL ? path : g_file_get_uri (file);
}

/**
 * lipcheck_json_read_file:
 * @max_size: the largest file to read; a larger one is refused before it is read
 *
 * Returns: (transfer full): the contents of @file, or %NULL with a %LIPCHECK_DATA_ERROR_IO or
 *   %LIPCHECK_DATA_ERROR_TOO_LARGE error in @domain that names the file
 */
GBytes *
lipcheck_json_read_file (GFile   *file,
                         gsize    max_size,
                         GQuark   domain,
                         GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = lipcheck_json_display_name (file);
  g_autofree char *contents = NULL;
  gsize len = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && (guint64)g_file_info_get_size (info) > max_size)
    {
      g_set_error (error, domain, LIPCHECK_DATA_ERROR_TOO_LARGE,
                   _("%s: the file has %llu bytes; expected at most %llu"),
                   name, (unsigned long long)g_file_info_get_size (info), (unsigned long long)max_size);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &len, NULL, &local_error))
    {
      g_set_error (error, domain, LIPCHECK_DATA_ERROR_IO,
                   _("%s: cannot read the file: %s"), name, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

void
lipcheck_json_cursor_init (LipcheckJsonCursor *cursor,
                           const char         *file,
                           GQuark              domain)
{
  cursor->file = file;
  cursor->domain = domain;
  cursor->path = g_string_new ("$");
}

void
lipcheck_json_cursor_clear (LipcheckJsonCursor *cursor)
{
  if (cursor->path != NULL)
    g_string_free (cursor->path, TRUE);
  cursor->path = NULL;
}

gsize
lipcheck_json_cursor_push_key (LipcheckJsonCursor *cursor,
                               const char         *key)
{
  gsize mark = cursor->path->len;

  /* Not printf: the path is pushed for every value read, and printf cost more than the rest. */
  g_string_append_c (cursor->path, '.');
  g_string_append (cursor->path, key);
  return mark;
}

gsize
lipcheck_json_cursor_push_index (LipcheckJsonCursor *cursor,
                                 guint               index)
{
  gsize mark = cursor->path->len;
  char digits[16];
  guint n = 0;

  do
    {
      digits[n++] = '0' + index % 10;
      index /= 10;
    }
  while (index > 0);

  g_string_append_c (cursor->path, '[');
  while (n > 0)
    g_string_append_c (cursor->path, digits[--n]);
  g_string_append_c (cursor->path, ']');
  return mark;
}

void
lipcheck_json_cursor_pop (LipcheckJsonCursor *cursor,
                          gsize               mark)
{
  g_string_truncate (cursor->path, mark);
}

/**
 * lipcheck_json_fail:
 *
 * Sets @error to "FILE: PATH: message" in the cursor's domain.
 *
 * Returns: %FALSE, always
 */
gboolean
lipcheck_json_fail (LipcheckJsonCursor *cursor,
                    GError            **error,
                    LipcheckDataError   code,
                    const char         *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, cursor->domain, code, "%s: %s: %s", cursor->file, cursor->path->str, message);
  return FALSE;
}

/**
 * lipcheck_json_describe:
 *
 * Returns: what @node is, in words, for messages ("a string", "an array", …)
 */
const char *
lipcheck_json_describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("an array");

    case JSON_NODE_NULL:
      return _("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");

    case G_TYPE_BOOLEAN:
      return _("true or false");

    case G_TYPE_INT64:
      return _("a whole number");

    case G_TYPE_DOUBLE:
      return _("a decimal number");

    default:
      return _("a value");
    }
}

gboolean
lipcheck_json_is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64 || !g_ascii_islower (id[0]))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
      return FALSE;

  return TRUE;
}

/**
 * lipcheck_json_check_keys:
 * @known: the keys the object may have, %NULL-terminated
 *
 * Returns: %FALSE with @error set when @object has a key not in @known
 */
gboolean
lipcheck_json_check_keys (LipcheckJsonCursor *cursor,
                          JsonObject         *object,
                          const char * const *known,
                          GError            **error)
{
  JsonObjectIter iter;
  const char *key;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, NULL))
    {
      if (!g_strv_contains (known, key))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **)known);
          g_autofree char *quoted = g_strescape (key, NULL);
          gsize mark = lipcheck_json_cursor_push_key (cursor, quoted);

          lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
                              _("unknown key “%s”; expected one of: %s"), quoted, expected);
          lipcheck_json_cursor_pop (cursor, mark);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * lipcheck_json_member:
 *
 * Looks up @key in @object. A missing required key sets @error; a missing optional key returns
 * %NULL without one. The cursor is left pointing at the member: pop it after use.
 *
 * Returns: (transfer none) (nullable): the member
 */
JsonNode *
lipcheck_json_member (LipcheckJsonCursor *cursor,
                      JsonObject         *object,
                      const char         *key,
                      gboolean            required,
                      GError            **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL && required)
    lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_MISSING,
                        _("the required key “%s” is missing; expected it in this object"), key);

  return node;
}

/**
 * lipcheck_json_expect:
 * @type: the node type expected
 * @value_type: for %JSON_NODE_VALUE, the value type expected (%G_TYPE_STRING, %G_TYPE_INT64 or
 *   %G_TYPE_BOOLEAN)
 *
 * Returns: %FALSE with @error set when @node is not of that type
 */
gboolean
lipcheck_json_expect (LipcheckJsonCursor *cursor,
                      JsonNode           *node,
                      JsonNodeType        type,
                      GType               value_type,
                      GError            **error)
{
  const char *expected;

  if (json_node_get_node_type (node) == type &&
      (type != JSON_NODE_VALUE || json_node_get_value_type (node) == value_type))
    return TRUE;

  if (type == JSON_NODE_OBJECT)
    expected = _("an object");
  else if (type == JSON_NODE_ARRAY)
    expected = _("an array");
  else if (value_type == G_TYPE_STRING)
    expected = _("a string");
  else if (value_type == G_TYPE_INT64)
    expected = _("a whole number");
  else if (value_type == G_TYPE_BOOLEAN)
    expected = _("true or false");
  else
    expected = _("a value");

  return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_TYPE,
                             _("found %s; expected %s"), lipcheck_json_describe (node), expected);
}

/**
 * lipcheck_json_check_text:
 *
 * Checks that @node is a string of text to show: not empty, no white space at either end, at
 * most %LIPCHECK_JSON_MAX_TEXT characters.
 */
gboolean
lipcheck_json_check_text (LipcheckJsonCursor *cursor,
                          JsonNode           *node,
                          GError            **error)
{
  const char *text;
  gsize len;

  if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  text = json_node_get_string (node);
  len = strlen (text);

  if (len == 0)
    return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_EMPTY,
                               _("the text is empty; expected some text"));

  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
    return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                               _("the text starts or ends with white space; expected it trimmed"));

  if (g_utf8_strlen (text, len) > LIPCHECK_JSON_MAX_TEXT)
    return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_TOO_LARGE,
                               _("the text is longer than %d characters; expected a shorter text"),
                               LIPCHECK_JSON_MAX_TEXT);

  return TRUE;
}

/**
 * lipcheck_json_check_id:
 *
 * Checks that @node is an id: 1–64 characters of a-z, 0-9 and “-”, starting with a letter.
 */
gboolean
lipcheck_json_check_id (LipcheckJsonCursor *cursor,
                        JsonNode           *node,
                        GError            **error)
{
  const char *id;

  if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  id = json_node_get_string (node);

  if (*id == '\0')
    return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_EMPTY,
                               _("the id is empty; expected an id"));

  if (!lipcheck_json_is_valid_id (id))
    {
      g_autofree char *quoted = g_strescape (id, NULL);

      return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_INVALID_ID,
                                 _("“%s” is not a valid id; expected 1–64 characters of a-z, 0-9 "
                                   "and “-”, starting with a letter"), quoted);
    }

  return TRUE;
}

gboolean
lipcheck_json_check_int (LipcheckJsonCursor *cursor,
                         JsonNode           *node,
                         gint64              minimum,
                         gint64              maximum,
                         GError            **error)
{
  gint64 value;

  if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_INT64, error))
    return FALSE;

  value = json_node_get_int (node);
  if (value < minimum || value > maximum)
    return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                               _("%lld is out of range; expected a whole number from %lld to %lld"),
                               (long long)value, (long long)minimum, (long long)maximum);

  return TRUE;
}

/**
 * lipcheck_json_set_file_aside:
 *
 * Moves a saved file that cannot be read to `NAME.corrupt-DATE` beside it, so that nothing the
 * person saved is dropped.
 *
 * Returns: (transfer full) (nullable): where it went, or %NULL with @error set
 */
GFile *
lipcheck_json_set_file_aside (GFile   *file,
                              GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *aside_name = g_strdup_printf ("%s.corrupt-%s", base, stamp);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = g_file_get_child (parent, aside_name);

  if (!g_file_move (file, aside, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&aside);
}
