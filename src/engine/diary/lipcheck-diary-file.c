/* lipcheck-diary-file.c: the diary file: a strict reader and an atomic writer. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-file"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-diary-file.h"
#include "lipcheck-json.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-warning-sign.h"

/* 40,000 full entries with long notes fit; the entry count is checked again after parsing. */
#define DIARY_MAX_SIZE  (64 * 1024 * 1024)
#define DIARY_MAX_DEPTH 8
#define DIARY_FORMAT    1

/* The question that is not a warning sign but is asked in "anything new?". */
#define SIGN_STIFF "stiff"

G_DEFINE_QUARK (lipcheck-diary-error-quark, lipcheck_diary_error)

typedef struct
{
  LipcheckJsonCursor     cursor;
  LipcheckKnowledgeBase *kb;
  GDate                  today;
  LipcheckDiary         *diary;
} Reader;

/**
 * lipcheck_diary_parse_date:
 * @date: (out): the date read
 *
 * Returns: whether @text is an ISO 8601 calendar date, YYYY-MM-DD, that exists
 */
gboolean
lipcheck_diary_parse_date (const char *text,
                           GDate      *date)
{
  int year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * lipcheck_diary_format_date:
 *
 * Returns: (transfer full): the Julian day @julian as an ISO 8601 date
 */
char *
lipcheck_diary_format_date (guint32 julian)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Reading */

static gboolean
is_null (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
read_date (Reader     *reader,
           JsonNode   *node,
           GDate      *date,
           GError    **error)
{
  const char *text;
  g_autofree char *quoted = NULL;
  g_autofree char *today = NULL;

  if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  text = json_node_get_string (node);
  quoted = g_strescape (text, NULL);
  if (lipcheck_diary_parse_date (text, date))
    {
      if (g_date_compare (date, &reader->today) <= 0)
        return TRUE;
      today = lipcheck_diary_format_date (g_date_get_julian (&reader->today));
      return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                 _("“%s” is after today (%s); expected a day that has begun"), quoted, today);
    }

  if (strlen (text) == 10 && g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", text, 0, 0))
    return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                               _("“%s” does not exist; expected a day of the calendar"), quoted);

  return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                             _("“%s” is not a date; expected an ISO 8601 date such as 2026-11-20"), quoted);
}

/* Reads the optional date @key of @object into @date, left invalid when missing or null. */
static gboolean
read_optional_date (Reader      *reader,
                    JsonObject  *object,
                    const char  *key,
                    GDate       *date,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, key);

  g_date_clear (date, 1);
  if (!is_null (node) && !read_date (reader, node, date, error))
    return FALSE;

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

static gboolean
read_tristate (Reader            *reader,
               JsonObject        *object,
               const char        *key,
               LipcheckTristate  *value,
               GError           **error)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, key);

  *value = LIPCHECK_TRISTATE_UNANSWERED;
  if (!is_null (node))
    {
      if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_BOOLEAN, error))
        return FALSE;
      *value = json_node_get_boolean (node) ? LIPCHECK_TRISTATE_YES : LIPCHECK_TRISTATE_NO;
    }

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

/* A number in the range of the knowledge base's question of the same id. */
static gboolean
read_number (Reader      *reader,
             JsonObject  *object,
             const char  *key,
             int         *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, key);
  LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (reader->kb, key);

  *value = LIPCHECK_DIARY_UNANSWERED;
  if (!is_null (node))
    {
      if (question == NULL || lipcheck_question_get_kind (question) != LIPCHECK_QUESTION_NUMBER)
        return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_REFERENCE,
                                   _("the knowledge base has no number question “%s”; expected one"), key);
      if (!lipcheck_json_check_int (&reader->cursor, node, lipcheck_question_get_minimum (question),
                                    lipcheck_question_get_maximum (question), error))
        return FALSE;
      *value = (int)json_node_get_int (node);
    }

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

static gboolean
is_sign (LipcheckKnowledgeBase *kb,
         const char            *id)
{
  if (g_str_equal (id, SIGN_STIFF))
    return lipcheck_knowledge_base_lookup_question (kb, SIGN_STIFF) != NULL;

  return lipcheck_knowledge_base_find_warning_sign (kb, id) != NULL;
}

static char *
describe_signs (LipcheckKnowledgeBase *kb)
{
  GListModel *signs = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_WARNING_SIGN);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);

      g_string_append_printf (text, "%s, ", lipcheck_entry_get_id (LIPCHECK_ENTRY (lipcheck_warning_sign_get_question (sign))));
    }
  g_string_append (text, SIGN_STIFF);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
check_list_item (Reader      *reader,
                 JsonNode    *node,
                 gboolean     signs,
                 GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *allowed = NULL;
  const char *id;

  if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  id = json_node_get_string (node);
  if (signs ? is_sign (reader->kb, id) : lipcheck_diary_is_place (id))
    return TRUE;

  quoted = g_strescape (id, NULL);
  allowed = signs ? describe_signs (reader->kb) : g_strjoinv (", ", (char **)lipcheck_diary_places ());
  return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                             signs ? _("there is no sign “%s”; expected one of: %s")
                                   : _("there is no place “%s”; expected one of: %s"),
                             quoted, allowed);
}

/* A list of places, or of signs, each once; %NULL in @out when missing or null. */
static gboolean
read_list (Reader       *reader,
           JsonObject   *object,
           const char   *key,
           gboolean      signs,
           char       ***out,
           GError      **error)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *out = NULL;
  if (is_null (node))
    {
      lipcheck_json_cursor_pop (&reader->cursor, mark);
      return TRUE;
    }

  if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_ARRAY, 0, error))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize item_mark = lipcheck_json_cursor_push_index (&reader->cursor, i);

      if (!check_list_item (reader, element, signs, error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (json_array_get_string_element (array, j), json_node_get_string (element)))
          return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                     _("“%s” is listed twice; expected each once"), json_node_get_string (element));

      g_strv_builder_add (builder, json_node_get_string (element));
      lipcheck_json_cursor_pop (&reader->cursor, item_mark);
    }

  *out = g_strv_builder_end (builder);
  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

static gboolean
read_twitch (Reader          *reader,
             JsonObject      *object,
             LipcheckTwitch  *twitch,
             GError         **error)
{
  JsonNode *node = lipcheck_json_member (&reader->cursor, object, "twitch", TRUE, error);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, "twitch");
  g_autofree char *quoted = NULL;

  if (node == NULL)
    {
      lipcheck_json_cursor_pop (&reader->cursor, mark);
      return FALSE;
    }
  if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;
  if (lipcheck_twitch_from_string (json_node_get_string (node), twitch))
    {
      lipcheck_json_cursor_pop (&reader->cursor, mark);
      return TRUE;
    }

  quoted = g_strescape (json_node_get_string (node), NULL);
  return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                             _("“%s” is not an allowed answer; expected one of: none, mild, strong"), quoted);
}

static gboolean
read_note (Reader      *reader,
           JsonObject  *object,
           char       **note,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "note");
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, "note");
  const char *text;

  *note = NULL;
  if (!is_null (node))
    {
      if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
        return FALSE;
      text = json_node_get_string (node);
      if (g_utf8_strlen (text, -1) > LIPCHECK_DIARY_NOTE_MAX)
        return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_TOO_LARGE,
                                   _("the note is longer than %d characters; expected a shorter note"),
                                   LIPCHECK_DIARY_NOTE_MAX);
      *note = g_strdup (text);
    }

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

/* The date of an entry: required, and the only entry of that day. */
static LipcheckDiaryEntry *
read_entry_date (Reader      *reader,
                 JsonObject  *object,
                 GError     **error)
{
  JsonNode *node = lipcheck_json_member (&reader->cursor, object, "date", TRUE, error);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, "date");
  LipcheckTwitch twitch = LIPCHECK_TWITCH_NONE;
  g_autofree char *text = NULL;
  GDate date;

  if (node == NULL || !read_date (reader, node, &date, error))
    return NULL;

  if (lipcheck_diary_lookup (reader->diary, &date) != NULL)
    {
      text = lipcheck_diary_format_date (g_date_get_julian (&date));
      lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_DUPLICATE_ID,
                          _("a second entry for %s; expected one entry a day"), text);
      return NULL;
    }

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  if (!read_twitch (reader, object, &twitch, error))
    return NULL;

  return lipcheck_diary_entry_new (&date, twitch);
}

/* Everything of an entry but its date and twitch, all optional. */
static gboolean
read_entry_answers (Reader              *reader,
                    JsonObject          *object,
                    LipcheckDiaryEntry  *entry,
                    GError             **error)
{
  g_auto(GStrv) places = NULL;
  g_auto(GStrv) signs = NULL;
  g_autofree char *note = NULL;
  LipcheckTristate stress, alcohol, medicine, sudden;
  int cups, hours;

  if (!read_list (reader, object, "places", FALSE, &places, error) ||
      !read_number (reader, object, "caffeine-cups", &cups, error) ||
      !read_number (reader, object, "sleep-hours", &hours, error) ||
      !read_tristate (reader, object, "stress", &stress, error) ||
      !read_tristate (reader, object, "alcohol", &alcohol, error) ||
      !read_tristate (reader, object, "new-medicine", &medicine, error) ||
      !read_list (reader, object, "new-signs", TRUE, &signs, error) ||
      !read_tristate (reader, object, "sudden", &sudden, error) ||
      !read_note (reader, object, &note, error))
    return FALSE;

  g_object_set (entry, "places", places, "caffeine-cups", cups, "sleep-hours", hours, "stress", stress,
                "alcohol", alcohol, "new-medicine", medicine, "new-signs", signs, "sudden", sudden,
                "note", note, NULL);
  return TRUE;
}

static gboolean
read_entry (Reader      *reader,
            JsonNode    *node,
            GError     **error)
{
  static const char * const keys[] = {
    "date", "twitch", "places", "caffeine-cups", "sleep-hours", "stress", "alcohol",
    "new-medicine", "new-signs", "sudden", "note", NULL
  };
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  JsonObject *object;

  if (!lipcheck_json_expect (&reader->cursor, node, JSON_NODE_OBJECT, 0, error))
    return FALSE;

  object = json_node_get_object (node);
  if (!lipcheck_json_check_keys (&reader->cursor, object, keys, error) ||
      !(entry = read_entry_date (reader, object, error)) ||
      !read_entry_answers (reader, object, entry, error))
    return FALSE;

  g_assert (lipcheck_diary_add (reader->diary, entry) == NULL);
  return TRUE;
}

static gboolean
read_entries (Reader      *reader,
              JsonObject  *root,
              GError     **error)
{
  JsonNode *node = lipcheck_json_member (&reader->cursor, root, "entries", TRUE, error);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, "entries");
  JsonArray *array;
  guint n;

  if (node == NULL || !lipcheck_json_expect (&reader->cursor, node, JSON_NODE_ARRAY, 0, error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > LIPCHECK_DIARY_MAX_ENTRIES)
    return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_TOO_LARGE,
                               _("%u entries; expected at most %d"), n, LIPCHECK_DIARY_MAX_ENTRIES);

  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = lipcheck_json_cursor_push_index (&reader->cursor, i);

      if (!read_entry (reader, json_array_get_element (array, i), error))
        return FALSE;
      lipcheck_json_cursor_pop (&reader->cursor, item_mark);
    }

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

static gboolean
read_format (Reader      *reader,
             JsonObject  *root,
             GError     **error)
{
  JsonNode *node = lipcheck_json_member (&reader->cursor, root, "format", TRUE, error);
  gsize mark = lipcheck_json_cursor_push_key (&reader->cursor, "format");

  if (node == NULL || !lipcheck_json_expect (&reader->cursor, node, JSON_NODE_VALUE, G_TYPE_INT64, error))
    return FALSE;
  if (json_node_get_int (node) != DIARY_FORMAT)
    return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                               _("format %lld is not known; expected %d"),
                               (long long)json_node_get_int (node), DIARY_FORMAT);

  lipcheck_json_cursor_pop (&reader->cursor, mark);
  return TRUE;
}

/* `noticed` and `settled` against the entries: noticed on or before the first, settled after noticed. */
static gboolean
check_dates (Reader       *reader,
             const GDate  *noticed,
             const GDate  *settled,
             GError      **error)
{
  guint32 first = 0;
  g_autofree char *text = NULL;

  if (lipcheck_diary_get_n_entries (reader->diary) > 0)
    first = lipcheck_diary_entry_get_julian (lipcheck_diary_get_entry (reader->diary, 0));

  if (g_date_valid (noticed) && first != 0 && g_date_get_julian (noticed) > first)
    {
      text = lipcheck_diary_format_date (first);
      lipcheck_json_cursor_push_key (&reader->cursor, "noticed");
      return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                 _("the twitch was noticed after the first entry (%s); expected that day or earlier"), text);
    }

  if (g_date_valid (noticed) && g_date_valid (settled) && g_date_compare (settled, noticed) < 0)
    {
      lipcheck_json_cursor_push_key (&reader->cursor, "settled");
      return lipcheck_json_fail (&reader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                 _("the twitch settled before it was noticed; expected a day on or after “noticed”"));
    }

  return TRUE;
}

static gboolean
read_document (Reader      *reader,
               JsonObject  *root,
               GError     **error)
{
  static const char * const keys[] = { "format", "noticed", "settled", "entries", NULL };
  GDate noticed, settled;

  if (!lipcheck_json_check_keys (&reader->cursor, root, keys, error) ||
      !read_format (reader, root, error) ||
      !read_optional_date (reader, root, "noticed", &noticed, error) ||
      !read_optional_date (reader, root, "settled", &settled, error) ||
      !read_entries (reader, root, error) ||
      !check_dates (reader, &noticed, &settled, error))
    return FALSE;

  lipcheck_diary_set_noticed (reader->diary, g_date_valid (&noticed) ? &noticed : NULL);
  lipcheck_diary_set_settled (reader->diary, g_date_valid (&settled) ? &settled : NULL);
  return TRUE;
}

/**
 * lipcheck_diary_file_read_bytes:
 * @kb: the knowledge base whose questions give the signs and the ranges of numbers
 * @file_name: the name to use in messages
 * @today: the day it is: no date may be later
 *
 * Reads a diary file, the whole of it or nothing.
 *
 * Returns: (transfer full): the diary, or %NULL with a %LIPCHECK_DIARY_ERROR that names the file,
 *   the place (line:column or JSON path) and what was expected
 */
LipcheckDiary *
lipcheck_diary_file_read_bytes (LipcheckKnowledgeBase  *kb,
                                GBytes                 *bytes,
                                const char             *file_name,
                                const GDate            *today,
                                GError                **error)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(JsonNode) root = NULL;
  Reader reader = { .kb = kb };
  gboolean ok;

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  root = lipcheck_json_parse (bytes, file_name, LIPCHECK_DIARY_ERROR, DIARY_MAX_SIZE, DIARY_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;

  diary = lipcheck_diary_new ();
  reader.today = *today;
  reader.diary = diary;
  lipcheck_json_cursor_init (&reader.cursor, file_name, LIPCHECK_DIARY_ERROR);
  ok = read_document (&reader, json_node_get_object (root), error);
  lipcheck_json_cursor_clear (&reader.cursor);

  return ok ? g_steal_pointer (&diary) : NULL;
}

/**
 * lipcheck_diary_file_read:
 *
 * Returns: (transfer full): the diary in @file, or %NULL with a %LIPCHECK_DIARY_ERROR
 */
LipcheckDiary *
lipcheck_diary_file_read (LipcheckKnowledgeBase  *kb,
                          GFile                  *file,
                          const GDate            *today,
                          GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = lipcheck_json_read_file (file, DIARY_MAX_SIZE, LIPCHECK_DIARY_ERROR, error)))
    return NULL;

  name = lipcheck_json_display_name (file);
  return lipcheck_diary_file_read_bytes (kb, bytes, name, today, error);
}

/* The diary kept for the person */

/**
 * lipcheck_diary_file_default:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/lipcheck/diary.json`
 */
GFile *
lipcheck_diary_file_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "lipcheck", "diary.json", NULL);

  return g_file_new_for_path (path);
}

/**
 * lipcheck_diary_file_load:
 * @set_aside: (out) (optional) (nullable): where a file that could not be read was moved
 *
 * Reads the person's diary. A missing file is not an error: it returns %NULL with no error set,
 * for a new diary. A file that cannot be opened (permissions, say) is reported and left alone; a
 * file that opens but is not a diary is moved aside to `diary.json.corrupt-DATE`, never dropped,
 * and the error says why and where it went.
 *
 * Returns: (transfer full) (nullable): the diary
 */
LipcheckDiary *
lipcheck_diary_file_load (LipcheckKnowledgeBase  *kb,
                          GFile                  *file,
                          const GDate            *today,
                          GFile                 **set_aside,
                          GError                **error)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autofree char *aside_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (set_aside != NULL)
    *set_aside = NULL;
  if (!g_file_query_exists (file, NULL))
    return NULL;

  if ((diary = lipcheck_diary_file_read (kb, file, today, &load_error)) != NULL)
    return g_steal_pointer (&diary);
  if (g_error_matches (load_error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO))
    {
      g_propagate_error (error, g_steal_pointer (&load_error));
      return NULL;
    }

  if (!(aside = lipcheck_json_set_file_aside (file, &move_error)))
    {
      g_set_error (error, LIPCHECK_DIARY_ERROR, load_error->code,
                   _("%s (it could not be set aside either: %s)"), load_error->message, move_error->message);
      return NULL;
    }

  aside_name = lipcheck_json_display_name (aside);
  g_set_error (error, LIPCHECK_DIARY_ERROR, load_error->code,
               _("%s. The file was kept as %s."), load_error->message, aside_name);
  if (set_aside != NULL)
    *set_aside = g_steal_pointer (&aside);

  return NULL;
}

/* `diary-START.json` beside @file, or `diary-START-2.json` and so on when that is taken. */
static GFile *
archive_file (LipcheckDiary *diary,
              GFile         *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  guint32 start = lipcheck_diary_get_start (diary);
  g_autofree char *day = start != 0 ? lipcheck_diary_format_date (start) : g_strdup ("empty");

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("diary-%s.json", day)
                                     : g_strdup_printf ("diary-%s-%u.json", day, n);
      g_autoptr(GFile) archive = g_file_get_child (parent, name);

      if (!g_file_query_exists (archive, NULL))
        return g_steal_pointer (&archive);
    }
}

/**
 * lipcheck_diary_file_archive:
 * @file: where @diary is kept
 *
 * Writes @diary beside @file as `diary-START.json`, where START is the day its twitch began, and
 * removes @file so that a new diary can start. It stays readable as a diary file.
 *
 * Returns: (transfer full): the archived file, or %NULL with a %LIPCHECK_DIARY_ERROR_IO error
 */
GFile *
lipcheck_diary_file_archive (LipcheckDiary  *diary,
                             GFile          *file,
                             GError        **error)
{
  g_autoptr(GFile) archive = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  archive = archive_file (diary, file);
  if (!lipcheck_diary_file_write (diary, archive, error))
    return NULL;

  if (!g_file_delete (file, NULL, &local_error) && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      name = lipcheck_json_display_name (file);
      g_set_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO,
                   _("%s: the diary was archived but cannot be removed: %s"), name, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&archive);
}

/* Writing */

static void
add_date (JsonBuilder *builder,
          const char  *member,
          const GDate *date)
{
  g_autofree char *text = date != NULL ? lipcheck_diary_format_date (g_date_get_julian (date)) : NULL;

  json_builder_set_member_name (builder, member);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_list (JsonBuilder        *builder,
          const char         *member,
          const char * const *ids)
{
  json_builder_set_member_name (builder, member);
  if (ids == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
}

static void
add_number (JsonBuilder *builder,
            const char  *member,
            int          value)
{
  json_builder_set_member_name (builder, member);
  if (value == LIPCHECK_DIARY_UNANSWERED)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_tristate (JsonBuilder      *builder,
              const char       *member,
              LipcheckTristate  value)
{
  json_builder_set_member_name (builder, member);
  if (value == LIPCHECK_TRISTATE_UNANSWERED)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, value == LIPCHECK_TRISTATE_YES);
}

static void
add_entry (JsonBuilder        *builder,
           LipcheckDiaryEntry *entry)
{
  const char *note = lipcheck_diary_entry_get_note (entry);

  json_builder_begin_object (builder);
  add_date (builder, "date", lipcheck_diary_entry_get_date (entry));
  json_builder_set_member_name (builder, "twitch");
  json_builder_add_string_value (builder, lipcheck_twitch_to_string (lipcheck_diary_entry_get_twitch (entry)));
  add_list (builder, "places", lipcheck_diary_entry_get_places (entry));
  add_number (builder, "caffeine-cups", lipcheck_diary_entry_get_caffeine_cups (entry));
  add_number (builder, "sleep-hours", lipcheck_diary_entry_get_sleep_hours (entry));
  add_tristate (builder, "stress", lipcheck_diary_entry_get_stress (entry));
  add_tristate (builder, "alcohol", lipcheck_diary_entry_get_alcohol (entry));
  add_tristate (builder, "new-medicine", lipcheck_diary_entry_get_new_medicine (entry));
  add_list (builder, "new-signs", lipcheck_diary_entry_get_new_signs (entry));
  add_tristate (builder, "sudden", lipcheck_diary_entry_get_sudden (entry));
  json_builder_set_member_name (builder, "note");
  if (note != NULL)
    json_builder_add_string_value (builder, note);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

/**
 * lipcheck_diary_file_to_json:
 *
 * Every unanswered member is written as null, which reads back as unanswered.
 *
 * Returns: (transfer full): @diary in the diary file format, entries in order of date
 */
char *
lipcheck_diary_file_to_json (LipcheckDiary *diary)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, DIARY_FORMAT);
  add_date (builder, "noticed", lipcheck_diary_get_noticed (diary));
  add_date (builder, "settled", lipcheck_diary_get_settled (diary));
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < lipcheck_diary_get_n_entries (diary); i++)
    add_entry (builder, lipcheck_diary_get_entry (diary, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/**
 * lipcheck_diary_file_write:
 *
 * Writes @diary to @file by a temporary file renamed into place, so that a failure leaves the
 * old file whole; makes the folder if it is missing.
 *
 * Returns: whether the diary was written; %FALSE with a %LIPCHECK_DIARY_ERROR_IO error that
 *   names the file
 */
gboolean
lipcheck_diary_file_write (LipcheckDiary  *diary,
                           GFile          *file,
                           GError        **error)
{
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (diary), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = lipcheck_diary_file_to_json (diary);
  parent = g_file_get_parent (file);
  if (parent != NULL && !g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    goto failed;
  g_clear_error (&local_error);

  if (g_file_replace_contents (file, json, strlen (json), NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL,
                               &local_error))
    return TRUE;

failed:
  name = lipcheck_json_display_name (file);
  g_set_error (error, LIPCHECK_DIARY_ERROR, LIPCHECK_DATA_ERROR_IO,
               _("%s: cannot write the diary: %s"), name, local_error->message);
  return FALSE;
}
