/* lipcheck-answers.c: a person's answers to the self-check questions, and the answers file. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-answers"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-json.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"

#define ANSWERS_MAX_SIZE  (256 * 1024)
#define ANSWERS_MAX_DEPTH 8

struct _LipcheckAnswers
{
  GObject     parent_instance;

  /* Owned: question id → GVariant (b, x, s or as) */
  GHashTable *values;
  GDateTime  *saved;
};

G_DEFINE_FINAL_TYPE (LipcheckAnswers, lipcheck_answers, G_TYPE_OBJECT)

G_DEFINE_QUARK (lipcheck-answers-error-quark, lipcheck_answers_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
lipcheck_answers_finalize (GObject *object)
{
  LipcheckAnswers *self = (LipcheckAnswers *)object;

  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->saved, g_date_time_unref);

  G_OBJECT_CLASS (lipcheck_answers_parent_class)->finalize (object);
}

static void
lipcheck_answers_class_init (LipcheckAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_answers_finalize;

  /**
   * LipcheckAnswers::changed:
   * @question_id: the question whose answer changed, or %NULL when all were cleared
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lipcheck_answers_init (LipcheckAnswers *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_variant_unref);
}

LipcheckAnswers *
lipcheck_answers_new (void)
{
  return g_object_new (LIPCHECK_TYPE_ANSWERS, NULL);
}

/**
 * lipcheck_answers_lookup:
 *
 * Returns: (transfer none) (nullable): the answer to @question_id, or %NULL if unanswered
 */
GVariant *
lipcheck_answers_lookup (LipcheckAnswers *self,
                         const char      *question_id)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  return g_hash_table_lookup (self->values, question_id);
}

/**
 * lipcheck_answers_set:
 * @value: (nullable): the answer (b, x, s or as; a floating reference is sunk), or %NULL to unset
 */
void
lipcheck_answers_set (LipcheckAnswers *self,
                      const char      *question_id,
                      GVariant        *value)
{
  GVariant *old;

  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));
  g_return_if_fail (question_id != NULL);

  old = g_hash_table_lookup (self->values, question_id);

  if (value != NULL)
    {
      g_variant_ref_sink (value);
      if (old != NULL && g_variant_equal (old, value))
        {
          g_variant_unref (value);
          return;
        }
      g_hash_table_insert (self->values, g_strdup (question_id), value);
    }
  else if (!g_hash_table_remove (self->values, question_id))
    return;

  g_signal_emit (self, signals[CHANGED], 0, question_id);
}

void
lipcheck_answers_set_boolean (LipcheckAnswers *self,
                              const char      *question_id,
                              gboolean         value)
{
  lipcheck_answers_set (self, question_id, g_variant_new_boolean (value));
}

void
lipcheck_answers_set_number (LipcheckAnswers *self,
                             const char      *question_id,
                             gint64           value)
{
  lipcheck_answers_set (self, question_id, g_variant_new_int64 (value));
}

void
lipcheck_answers_set_choice (LipcheckAnswers *self,
                             const char      *question_id,
                             const char      *choice_id)
{
  lipcheck_answers_set (self, question_id, g_variant_new_string (choice_id));
}

void
lipcheck_answers_set_several (LipcheckAnswers    *self,
                              const char         *question_id,
                              const char * const *choice_ids)
{
  lipcheck_answers_set (self, question_id, g_variant_new_strv (choice_ids, -1));
}

void
lipcheck_answers_unset (LipcheckAnswers *self,
                        const char      *question_id)
{
  lipcheck_answers_set (self, question_id, NULL);
}

void
lipcheck_answers_clear (LipcheckAnswers *self)
{
  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));

  if (g_hash_table_size (self->values) == 0)
    return;

  g_hash_table_remove_all (self->values);
  g_signal_emit (self, signals[CHANGED], 0, NULL);
}

/**
 * lipcheck_answers_replace:
 * @other: the answers to take
 *
 * Makes @self hold the answers of @other (not its saved date), emitting #LipcheckAnswers::changed.
 */
void
lipcheck_answers_replace (LipcheckAnswers *self,
                          LipcheckAnswers *other)
{
  GHashTableIter iter;
  gpointer id, value;

  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));
  g_return_if_fail (LIPCHECK_IS_ANSWERS (other));

  if (self == other)
    return;

  lipcheck_answers_clear (self);
  g_hash_table_iter_init (&iter, other->values);
  while (g_hash_table_iter_next (&iter, &id, &value))
    lipcheck_answers_set (self, id, value);
}

/**
 * lipcheck_answers_copy:
 *
 * Returns: (transfer full): new answers holding those of @self, without its saved date
 */
LipcheckAnswers *
lipcheck_answers_copy (LipcheckAnswers *self)
{
  LipcheckAnswers *copy;

  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  copy = lipcheck_answers_new ();
  lipcheck_answers_replace (copy, self);

  return copy;
}

guint
lipcheck_answers_get_n_answers (LipcheckAnswers *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), 0);

  return g_hash_table_size (self->values);
}

/**
 * lipcheck_answers_get_saved:
 *
 * Returns: (transfer none) (nullable): when the answers were saved, if they were
 */
GDateTime *
lipcheck_answers_get_saved (LipcheckAnswers *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  return self->saved;
}

void
lipcheck_answers_set_saved (LipcheckAnswers *self,
                            GDateTime       *saved)
{
  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));

  g_clear_pointer (&self->saved, g_date_time_unref);
  if (saved != NULL)
    self->saved = g_date_time_ref (saved);
}

/* Reading an answers file */

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

      g_hash_table_insert (self->values, g_strdup (id), g_variant_ref_sink (value));
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
      if (!lipcheck_json_expect (cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
        return FALSE;
      self->saved = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
      if (self->saved == NULL)
        return lipcheck_json_fail (cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                   _("“%s” is not a date; expected an ISO 8601 date and time"),
                                   json_node_get_string (node));
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

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
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
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  if (kb != NULL)
    {
      GListModel *questions = lipcheck_knowledge_base_get_entries (kb, LIPCHECK_KIND_QUESTION);

      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, i);

          if (g_hash_table_contains (self->values, lipcheck_entry_get_id (question)))
            g_ptr_array_add (ids, (gpointer)lipcheck_entry_get_id (question));
        }
    }
  else
    {
      g_autofree gpointer *keys = g_hash_table_get_keys_as_array (self->values, NULL);

      for (guint i = 0; keys[i] != NULL; i++)
        g_ptr_array_add (ids, keys[i]);
      g_ptr_array_sort (ids, compare_ids);
    }

  json_builder_begin_object (builder);
  if (self->saved != NULL)
    {
      g_autofree char *saved = g_date_time_format_iso8601 (self->saved);

      json_builder_set_member_name (builder, "saved");
      json_builder_add_string_value (builder, saved);
    }
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      json_builder_set_member_name (builder, g_ptr_array_index (ids, i));
      json_builder_add_value (builder, variant_to_node (g_hash_table_lookup (self->values, g_ptr_array_index (ids, i))));
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}
