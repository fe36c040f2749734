/* lipcheck-answers-file.c: reads an answers file, checked against a knowledge base, and writes one. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-answers-file"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-answers-file.h"
#include "lipcheck-json.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"

#define ANSWERS_MAX_SIZE  (256 * 1024)
#define ANSWERS_MAX_DEPTH 8

G_DEFINE_QUARK (lipcheck-answers-error-quark, lipcheck_answers_error)

static gboolean
check_choice (LipcheckJsonCursor  *cursor,
              LipcheckQuestion    *question,
              JsonNode            *node,
              GError             **error)
{
  GPtrArray *choices = lipcheck_question_get_choices (question);
  g_autoptr(GString) allowed = g_string_new (NULL);

  if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  if (lipcheck_question_find_choice (question, json_node_get_string (node)) != NULL)
    return TRUE;

  for (guint i = 0; i < choices->len; i++)
    g_string_append_printf (allowed, "%s%s", i ? ", " : "", ((LipcheckChoice *)g_ptr_array_index (choices, i))->id);

  return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                             _("“%s” is not an allowed answer; expected one of: %s"),
                             json_node_get_string (node), allowed->str);
}

static GVariant *
read_several (LipcheckJsonCursor  *cursor,
              LipcheckQuestion    *question,
              JsonNode            *node,
              GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  JsonArray *array;

  if (!lipcheck_json_expect (cursor, node, JSON_NODE_ARRAY, 0, error))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize mark = lipcheck_json_cursor_push_index (cursor, i);

      if (!check_choice (cursor, question, element, error))
        return NULL;

      for (guint j = 0; j < i; j++)
        if (g_str_equal (json_array_get_string_element (array, j), json_node_get_string (element)))
          {
            lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                _("“%s” is listed twice; expected each once"), json_node_get_string (element));
            return NULL;
          }

      g_strv_builder_add (builder, json_node_get_string (element));
      lipcheck_json_cursor_pop (cursor, mark);
    }

  ids = g_strv_builder_end (builder);
  return g_variant_new_strv ((const char * const *)ids, -1);
}

static GVariant *
read_answer (LipcheckJsonCursor  *cursor,
             LipcheckQuestion    *question,
             JsonNode            *node,
             GError             **error)
{
  switch (lipcheck_question_get_kind (question))
    {
    case LIPCHECK_QUESTION_YES_NO:
      if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_BOOLEAN, error))
        return NULL;
      return g_variant_new_boolean (json_node_get_boolean (node));

    case LIPCHECK_QUESTION_NUMBER:
      if (!lipcheck_json_check_int (cursor, node, lipcheck_question_get_minimum (question),
                                    lipcheck_question_get_maximum (question), error))
        return NULL;
      return g_variant_new_int64 (json_node_get_int (node));

    case LIPCHECK_QUESTION_CHOICE:
      if (!check_choice (cursor, question, node, error))
        return NULL;
      return g_variant_new_string (json_node_get_string (node));

    case LIPCHECK_QUESTION_SEVERAL:
      return read_several (cursor, question, node, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_answers (LipcheckAnswers       *self,
              LipcheckKnowledgeBase *kb,
              LipcheckJsonCursor    *cursor,
              JsonObject            *answers,
              GError               **error)
{
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  json_object_iter_init (&iter, answers);
  while (json_object_iter_next (&iter, &id, &node))
    {
      g_autofree char *quoted = g_strescape (id, NULL);
      gsize mark = lipcheck_json_cursor_push_key (cursor, quoted);
      LipcheckQuestion *question = lipcheck_knowledge_base_lookup_question (kb, id);
      GVariant *value;

      if (question == NULL)
        return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
                                   _("there is no question “%s”; expected a question id such as "
                                     "“duration” (see the README)"), quoted);

      if (!(value = read_answer (cursor, question, node, error)))
        return FALSE;

      lipcheck_answers_set (self, id, value);
      lipcheck_json_cursor_pop (cursor, mark);
    }

  return TRUE;
}

static gboolean
read_document (LipcheckAnswers       *self,
               LipcheckKnowledgeBase *kb,
               LipcheckJsonCursor    *cursor,
               JsonObject            *root,
               GError               **error)
{
  static const char * const keys[] = { "answers", "saved", NULL };
  JsonNode *node;
  gsize mark;

  if (!lipcheck_json_check_keys (cursor, root, keys, error))
    return FALSE;

  mark = lipcheck_json_cursor_push_key (cursor, "saved");
  if ((node = json_object_get_member (root, "saved")) != NULL)
    {
      g_autoptr(GDateTime) saved = NULL;

      if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
        return FALSE;
      saved = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
      if (saved == NULL)
        return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                   _("“%s” is not a date; expected an ISO 8601 date and time"),
                                   json_node_get_string (node));
      lipcheck_answers_set_saved (self, saved);
    }
  lipcheck_json_cursor_pop (cursor, mark);

  mark = lipcheck_json_cursor_push_key (cursor, "answers");
  if (!(node = lipcheck_json_member (cursor, root, "answers", TRUE, error)) ||
      !lipcheck_json_expect (cursor, node, JSON_NODE_OBJECT, 0, error) ||
      !read_answers (self, kb, cursor, json_node_get_object (node), error))
    return FALSE;
  lipcheck_json_cursor_pop (cursor, mark);

  return TRUE;
}

/**
 * lipcheck_answers_new_from_bytes:
 * @kb: the knowledge base whose questions the answers answer
 * @file_name: the name to use in messages
 *
 * Reads an answers file: `{"answers": {"duration": "days", …}}`, each answer checked against
 * its question's kind and allowed values.
 *
 * Returns: (transfer full): the answers, or %NULL with a %LIPCHECK_ANSWERS_ERROR set
 */
LipcheckAnswers *
lipcheck_answers_new_from_bytes (LipcheckKnowledgeBase  *kb,
                                 GBytes                 *bytes,
                                 const char             *file_name,
                                 GError                **error)
{
  g_autoptr(LipcheckAnswers) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  LipcheckJsonCursor cursor;
  gboolean ok;

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  root = lipcheck_json_parse (bytes, file_name, LIPCHECK_ANSWERS_ERROR,
                              ANSWERS_MAX_SIZE, ANSWERS_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;

  self = lipcheck_answers_new ();
  lipcheck_json_cursor_init (&cursor, file_name, LIPCHECK_ANSWERS_ERROR);
  ok = read_document (self, kb, &cursor, json_node_get_object (root), error);
  lipcheck_json_cursor_clear (&cursor);

  return ok ? g_steal_pointer (&self) : NULL;
}

LipcheckAnswers *
lipcheck_answers_new_from_file (LipcheckKnowledgeBase  *kb,
                                GFile                  *file,
                                GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = lipcheck_json_read_file (file, ANSWERS_MAX_SIZE, LIPCHECK_ANSWERS_ERROR, error)))
    return NULL;

  name = lipcheck_json_display_name (file);
  return lipcheck_answers_new_from_bytes (kb, bytes, name, error);
}

static JsonNode *
variant_to_node (GVariant *value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    json_node_set_boolean (node, g_variant_get_boolean (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    json_node_set_int (node, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    json_node_set_string (node, g_variant_get_string (value, NULL));
  else
    {
      JsonArray *array = json_array_new ();
      GVariantIter iter;
      const char *id;

      g_variant_iter_init (&iter, value);
      while (g_variant_iter_next (&iter, "&s", &id))
        json_array_add_string_element (array, id);
      json_node_init_array (node, array);
      json_array_unref (array);
    }

  return node;
}

/* The ids of the questions @self answers, in the order of @kb's questions. */
static char **
ids_in_question_order (LipcheckAnswers       *self,
                       LipcheckKnowledgeBase *kb)
{
  GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, i);
      const char *id = lipcheck_entry_get_id (question);

      if (lipcheck_answers_lookup (self, id) != NULL)
        g_strv_builder_add (ids, id);
    }

  return g_strv_builder_end (ids);
}

/**
 * lipcheck_answers_to_json:
 * @kb: (nullable): a knowledge base, to write the answers in the order of its questions
 *
 * Returns: (transfer full): the answers as an answers file
 */
char *
lipcheck_answers_to_json (LipcheckAnswers       *self,
                          LipcheckKnowledgeBase *kb)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) ids = NULL;
  GDateTime *when;

  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  ids = kb != NULL ? ids_in_question_order (self, kb) : lipcheck_answers_dup_question_ids (self);

  json_builder_begin_object (builder);
  if ((when = lipcheck_answers_get_saved (self)) != NULL)
    {
      g_autofree char *saved = g_date_time_format_iso8601 (when);

      json_builder_set_member_name (builder, "saved");
      json_builder_add_string_value (builder, saved);
    }
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, ids[i]);
      json_builder_add_value (builder, variant_to_node (lipcheck_answers_lookup (self, ids[i])));
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}
