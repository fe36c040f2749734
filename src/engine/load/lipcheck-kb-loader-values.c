/* lipcheck-kb-loader-values.c: reads and checks the value of each field of a knowledge-base entry. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-kb-loader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-kb-loader-private.h"
#include "lipcheck-enums.h"
#include "lipcheck-expr.h"
#include "lipcheck-question.h"

/* Text a person reads is looked up in the translations, with the place it comes from as the
 * message context: build-aux/kb-strings.py extracts it the same way. Titles of sources, ids and
 * addresses stay as they are. */
const char *
_lipcheck_kb_translate (Loader     *loader,
                        const char *field,
                        const char *text)
{
  g_autofree char *context = NULL;

  if (!loader->translations)
    return text;

  if (loader->entry_id == NULL)
    context = g_strdup (field);
  else
    context = g_strconcat (lipcheck_kind_get_key (loader->kind), "/", loader->entry_id, "/", field, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, context, text);
}

static gboolean
is_translated (Loader      *loader,
               const Field *field)
{
  if (!loader->translations)
    return FALSE;

  if (loader->kind == LIPCHECK_KIND_SOURCE)
    return g_str_equal (field->key, "summary");

  /* Units stay in English: they are translated when shown, with ngettext, for the number. */
  if (loader->kind == LIPCHECK_KIND_QUESTION && g_str_has_prefix (field->key, "unit"))
    return FALSE;

  return field->type == FIELD_TEXT || field->type == FIELD_TEMPLATE || field->type == FIELD_TEXT_LIST;
}

gboolean
_lipcheck_kb_fail (Loader            *loader,
                   GError           **error,
                   LipcheckDataError  code,
                   const char        *message)
{
  return lipcheck_json_fail (&loader->cursor, error, code, "%s", message);
}

static LipcheckEntry *
lookup_ref (Loader     *loader,
            JsonNode   *node,
            LipcheckKind kind,
            GError    **error)
{
  LipcheckEntry *entry;

  if (!lipcheck_json_check_id (&loader->cursor, node, error))
    return NULL;

  entry = lipcheck_knowledge_base_lookup (loader->kb, kind, json_node_get_string (node));
  if (entry == NULL)
    lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_REFERENCE,
                        _("there is no %s “%s”; expected the id of one listed under “%s”%s"),
                        lipcheck_kind_get_name (kind), json_node_get_string (node),
                        lipcheck_kind_get_key (kind),
                        kind == loader->kind ? _(", before this one") : "");

  return entry;
}

/* Calls @each on every element of the array @node, with the cursor on the element. */
gboolean
_lipcheck_kb_each_element (Loader    *loader,
                           JsonNode  *node,
                           gboolean   non_empty,
                           EachFunc   each,
                           gpointer   data,
                           GError   **error)
{
  JsonArray *array;
  guint n;

  if (!lipcheck_json_expect (&loader->cursor, node, JSON_NODE_ARRAY, 0, error))
    return FALSE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  if (non_empty && n == 0)
    return _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_EMPTY,
                              _("the list is empty; expected at least one item"));

  if (n > LIPCHECK_KB_MAX_ENTRIES)
    return _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_TOO_LARGE, _("the list is too long"));

  for (guint i = 0; i < n; i++)
    {
      gsize mark = lipcheck_json_cursor_push_index (&loader->cursor, i);
      gboolean ok = each (loader, json_array_get_element (array, i), i, data, error);

      if (!ok)
        return FALSE;
      lipcheck_json_cursor_pop (&loader->cursor, mark);
    }

  return TRUE;
}

typedef struct
{
  GStrvBuilder *builder;
  const char   *field;
  gboolean      translated;
} TextList;

static gboolean
add_text_cb (Loader    *loader,
             JsonNode  *element,
             guint      index,
             gpointer   data,
             GError   **error)
{
  TextList *list = data;
  const char *text;

  if (!lipcheck_json_check_text (&loader->cursor, element, error))
    return FALSE;

  text = json_node_get_string (element);
  if (list->translated)
    {
      g_autofree char *place = g_strdup_printf ("%s/%u", list->field, index);

      text = _lipcheck_kb_translate (loader, place, text);
    }

  g_strv_builder_add (list->builder, text);
  return TRUE;
}

typedef struct
{
  LipcheckKind  kind;
  GListStore   *store;
} RefList;

static gboolean
add_ref_cb (Loader    *loader,
            JsonNode  *element,
            guint      index,
            gpointer   data,
            GError   **error)
{
  RefList *refs = data;
  LipcheckEntry *entry = lookup_ref (loader, element, refs->kind, error);

  if (entry == NULL)
    return FALSE;

  if (g_list_store_find (refs->store, entry, NULL))
    return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_DUPLICATE_ID,
                               _("“%s” is listed twice; expected each once"), lipcheck_entry_get_id (entry));

  g_list_store_append (refs->store, entry);
  return TRUE;
}

/* Conditions */

static LipcheckExpr *parse_condition (Loader    *loader,
                                      JsonNode  *node,
                                      GError   **error);

static LipcheckQuestion *
condition_question (Loader               *loader,
                    JsonNode             *node,
                    LipcheckQuestionKind  expected,
                    GError              **error)
{
  LipcheckQuestion *question;
  g_autoptr(GEnumClass) kinds = NULL;

  question = (LipcheckQuestion *)lookup_ref (loader, node, LIPCHECK_KIND_QUESTION, error);
  if (question == NULL)
    return NULL;

  if (lipcheck_question_get_kind (question) != expected)
    {
      kinds = g_type_class_ref (LIPCHECK_TYPE_QUESTION_KIND);
      lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                          _("the question “%s” is a %s question; expected a %s question"),
                          json_node_get_string (node),
                          g_enum_get_value (kinds, lipcheck_question_get_kind (question))->value_nick,
                          g_enum_get_value (kinds, expected)->value_nick);
      return NULL;
    }

  return question;
}

static LipcheckExpr *
parse_pair (Loader               *loader,
            JsonNode             *node,
            LipcheckExprOp        op,
            LipcheckQuestionKind  kind,
            GError              **error)
{
  LipcheckQuestion *question;
  JsonArray *pair;
  JsonNode *value;
  gsize mark;

  if (!lipcheck_json_expect (&loader->cursor, node, JSON_NODE_ARRAY, 0, error))
    return NULL;

  pair = json_node_get_array (node);
  if (json_array_get_length (pair) != 2)
    {
      _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
                         _("expected a pair: [question id, value]"));
      return NULL;
    }

  mark = lipcheck_json_cursor_push_index (&loader->cursor, 0);
  if (!(question = condition_question (loader, json_array_get_element (pair, 0), kind, error)))
    return NULL;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  mark = lipcheck_json_cursor_push_index (&loader->cursor, 1);
  value = json_array_get_element (pair, 1);

  if (kind == LIPCHECK_QUESTION_NUMBER)
    {
      if (!lipcheck_json_check_int (&loader->cursor, value, G_MININT, G_MAXINT, error))
        return NULL;
      lipcheck_json_cursor_pop (&loader->cursor, mark);
      return lipcheck_expr_new_test (op, json_node_get_string (json_array_get_element (pair, 0)),
                                     NULL, json_node_get_int (value));
    }

  if (!lipcheck_json_check_id (&loader->cursor, value, error))
    return NULL;
  if (lipcheck_question_find_choice (question, json_node_get_string (value)) == NULL)
    {
      lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_REFERENCE,
                          _("the question “%s” has no choice “%s”; expected one of its choices"),
                          lipcheck_entry_get_id (LIPCHECK_ENTRY (question)), json_node_get_string (value));
      return NULL;
    }
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  return lipcheck_expr_new_test (op, lipcheck_entry_get_id (LIPCHECK_ENTRY (question)),
                                 json_node_get_string (value), 0);
}

static gboolean
add_condition_cb (Loader    *loader,
                  JsonNode  *element,
                  guint      index,
                  gpointer   data,
                  GError   **error)
{
  LipcheckExpr *child = parse_condition (loader, element, error);

  if (child == NULL)
    return FALSE;

  g_ptr_array_add (data, child);
  return TRUE;
}

static LipcheckExpr *
parse_operator (Loader      *loader,
                const char  *op,
                JsonNode    *node,
                GError     **error)
{
  if (g_str_equal (op, "yes") || g_str_equal (op, "any-chosen"))
    {
      gboolean yes = g_str_equal (op, "yes");
      LipcheckQuestionKind kind = yes ? LIPCHECK_QUESTION_YES_NO : LIPCHECK_QUESTION_SEVERAL;

      if (!condition_question (loader, node, kind, error))
        return NULL;
      return lipcheck_expr_new_test (yes ? LIPCHECK_EXPR_YES : LIPCHECK_EXPR_ANY_CHOSEN,
                                     json_node_get_string (node), NULL, 0);
    }
  else if (g_str_equal (op, "is"))
    return parse_pair (loader, node, LIPCHECK_EXPR_IS, LIPCHECK_QUESTION_CHOICE, error);
  else if (g_str_equal (op, "includes"))
    return parse_pair (loader, node, LIPCHECK_EXPR_INCLUDES, LIPCHECK_QUESTION_SEVERAL, error);
  else if (g_str_equal (op, "more-than"))
    return parse_pair (loader, node, LIPCHECK_EXPR_MORE_THAN, LIPCHECK_QUESTION_NUMBER, error);
  else if (g_str_equal (op, "less-than"))
    return parse_pair (loader, node, LIPCHECK_EXPR_LESS_THAN, LIPCHECK_QUESTION_NUMBER, error);
  else
    {
      gboolean any = g_str_equal (op, "any");
      g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func ((GDestroyNotify)lipcheck_expr_unref);

      g_assert (any || g_str_equal (op, "all"));

      if (!_lipcheck_kb_each_element (loader, node, TRUE, add_condition_cb, children, error))
        return NULL;
      return lipcheck_expr_new_group (any ? LIPCHECK_EXPR_ANY : LIPCHECK_EXPR_ALL,
                                      g_steal_pointer (&children));
    }
}

static LipcheckExpr *
parse_condition (Loader    *loader,
                 JsonNode  *node,
                 GError   **error)
{
  static const char * const operators[] = {
    "yes", "is", "includes", "any-chosen", "more-than", "less-than", "any", "all", NULL
  };
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  LipcheckExpr *expr;
  const char *op;
  gsize mark;

  if (!lipcheck_json_expect (&loader->cursor, node, JSON_NODE_OBJECT, 0, error))
    return NULL;

  object = json_node_get_object (node);
  if (json_object_get_size (object) != 1)
    {
      _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
                         _("a condition has exactly one key; expected one of: yes, is, includes, any-chosen, "
                             "more-than, less-than, any, all"));
      return NULL;
    }

  if (!lipcheck_json_check_keys (&loader->cursor, object, operators, error))
    return NULL;

  members = json_object_get_members (object);
  op = members->data;
  mark = lipcheck_json_cursor_push_key (&loader->cursor, op);
  expr = parse_operator (loader, op, json_object_get_member (object, op), error);
  if (expr != NULL)
    lipcheck_json_cursor_pop (&loader->cursor, mark);

  return expr;
}

/* Templates: "{question-id}" and "{emergency-number}" and nothing else in braces. */
static gboolean
check_template (Loader      *loader,
                const char  *text,
                GError     **error)
{
  for (const char *p = strchr (text, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *close = strchr (p, '}');
      g_autofree char *name = NULL;

      if (close == NULL)
        return _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
                                  _("a “{” without its “}”; expected {question-id} or {emergency-number}"));

      name = g_strndup (p + 1, close - p - 1);
      if (!g_str_equal (name, "emergency-number") &&
          lipcheck_knowledge_base_lookup_question (loader->kb, name) == NULL)
        return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_REFERENCE,
                                   _("the placeholder “{%s}” names no question; expected "
                                     "{question-id} or {emergency-number}"), name);
    }

  for (const char *p = strchr (text, '}'); p != NULL; p = strchr (p + 1, '}'))
    {
      const char *open = g_strrstr_len (text, p - text, "{");

      if (open == NULL || strchr (open, '}') != p)
        return _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
                                  _("a “}” without its “{”; expected {question-id} or {emergency-number}"));
    }

  return TRUE;
}

static gboolean
add_reason_cb (Loader    *loader,
               JsonNode  *element,
               guint      index,
               gpointer   data,
               GError   **error)
{
  static const char * const keys[] = { "when", "why", NULL };
  g_autoptr(LipcheckExpr) when = NULL;
  g_autofree char *place = NULL;
  JsonObject *object;
  JsonNode *node;
  gsize mark;

  if (!lipcheck_json_expect (&loader->cursor, element, JSON_NODE_OBJECT, 0, error))
    return FALSE;
  object = json_node_get_object (element);
  if (!lipcheck_json_check_keys (&loader->cursor, object, keys, error))
    return FALSE;

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "when");
  if (!(node = lipcheck_json_member (&loader->cursor, object, "when", TRUE, error)))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);
  mark = lipcheck_json_cursor_push_key (&loader->cursor, "when");
  if (!(when = parse_condition (loader, node, error)))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "why");
  if (!(node = json_object_get_member (object, "why")))
    return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_MISSING,
                               _("the required key “%s” is missing; expected it in this object"), "why");
  if (!lipcheck_json_check_text (&loader->cursor, node, error) ||
      !check_template (loader, json_node_get_string (node), error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  place = g_strdup_printf ("reasons/%u/why", index);
  g_ptr_array_add (data, lipcheck_reason_new (when, _lipcheck_kb_translate (loader, place,
                                                                            json_node_get_string (node))));
  return TRUE;
}

static gboolean
add_choice_cb (Loader    *loader,
               JsonNode  *element,
               guint      index,
               gpointer   data,
               GError   **error)
{
  static const char * const keys[] = { "id", "label", NULL };
  g_autofree char *place = NULL;
  GPtrArray *choices = data;
  JsonObject *object;
  JsonNode *id, *label;
  gsize mark;

  if (!lipcheck_json_expect (&loader->cursor, element, JSON_NODE_OBJECT, 0, error))
    return FALSE;
  object = json_node_get_object (element);
  if (!lipcheck_json_check_keys (&loader->cursor, object, keys, error))
    return FALSE;

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "id");
  if (!(id = lipcheck_json_member (&loader->cursor, object, "id", TRUE, error)) ||
      !lipcheck_json_check_id (&loader->cursor, id, error))
    return FALSE;
  for (guint i = 0; i < choices->len; i++)
    if (g_str_equal (((LipcheckChoice *)g_ptr_array_index (choices, i))->id, json_node_get_string (id)))
      return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_DUPLICATE_ID,
                                 _("the choice “%s” is listed twice; expected each once"),
                                 json_node_get_string (id));
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "label");
  if (!(label = lipcheck_json_member (&loader->cursor, object, "label", TRUE, error)) ||
      !lipcheck_json_check_text (&loader->cursor, label, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  place = g_strdup_printf ("choices/%s", json_node_get_string (id));
  g_ptr_array_add (choices, lipcheck_choice_new (json_node_get_string (id),
                                                 _lipcheck_kb_translate (loader, place,
                                                                         json_node_get_string (label))));
  return TRUE;
}

static GType
field_enum_type (Loader      *loader,
                 const Field *field)
{
  if (loader->kind == LIPCHECK_KIND_QUESTION)
    return LIPCHECK_TYPE_QUESTION_KIND;
  if (loader->kind == LIPCHECK_KIND_STEP)
    return LIPCHECK_TYPE_STEP_STYLE;
  return LIPCHECK_TYPE_URGENCY;
}

static gboolean
read_enum (Loader       *loader,
           const Field  *field,
           JsonNode     *node,
           GValue       *value,
           GError      **error)
{
  GType type = field_enum_type (loader, field);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) allowed = g_string_new (NULL);
  GEnumValue *found = NULL;

  if (!lipcheck_json_expect (&loader->cursor, node, JSON_NODE_VALUE, G_TYPE_STRING, error))
    return FALSE;

  found = g_enum_get_value_by_nick (klass, json_node_get_string (node));
  if (found != NULL)
    {
      g_value_init (value, type);
      g_value_set_enum (value, found->value);
      return TRUE;
    }

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s%s", i ? ", " : "", klass->values[i].value_nick);

  return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                             _("“%s” is not allowed here; expected one of: %s"),
                             json_node_get_string (node), allowed->str);
}

/* Reads the value of one field into @value, ready to be set as a property. */
gboolean
_lipcheck_kb_read_field (Loader       *loader,
                         const Field  *field,
                         JsonNode     *node,
                         GValue       *value,
                         GError      **error)
{
  switch (field->type)
    {
    case FIELD_ID:
      if (!lipcheck_json_check_id (&loader->cursor, node, error))
        return FALSE;
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, json_node_get_string (node));
      loader->entry_id = json_node_get_string (node);
      return TRUE;

    case FIELD_TEXT:
    case FIELD_TEMPLATE:
      if (!lipcheck_json_check_text (&loader->cursor, node, error))
        return FALSE;
      if (field->type == FIELD_TEMPLATE && !check_template (loader, json_node_get_string (node), error))
        return FALSE;
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, is_translated (loader, field)
                                 ? _lipcheck_kb_translate (loader, field->key, json_node_get_string (node))
                                 : json_node_get_string (node));
      return TRUE;

    case FIELD_TEXT_LIST:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        TextList list = { builder, field->key, is_translated (loader, field) };

        if (!_lipcheck_kb_each_element (loader, node, FALSE, add_text_cb, &list, error))
          return FALSE;
        g_value_init (value, G_TYPE_STRV);
        g_value_take_boxed (value, g_strv_builder_end (builder));
        return TRUE;
      }

    case FIELD_INT:
      if (!lipcheck_json_check_int (&loader->cursor, node, -1000000, 1000000, error))
        return FALSE;
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, json_node_get_int (node));
      return TRUE;

    case FIELD_ENUM:
      return read_enum (loader, field, node, value, error);

    case FIELD_REF:
      {
        LipcheckEntry *entry = lookup_ref (loader, node, field->ref_kind, error);

        if (entry == NULL)
          return FALSE;
        g_value_init (value, G_TYPE_OBJECT);
        g_value_set_object (value, entry);
        return TRUE;
      }

    case FIELD_REFS:
    case FIELD_SOURCES:
      {
        g_autoptr(GListStore) store = g_list_store_new (LIPCHECK_TYPE_ENTRY);
        RefList refs = { field->ref_kind, store };
        gboolean non_empty = field->type == FIELD_SOURCES || loader->kind == LIPCHECK_KIND_STEP;

        if (!_lipcheck_kb_each_element (loader, node, non_empty, add_ref_cb, &refs, error))
          return FALSE;
        g_value_init (value, G_TYPE_LIST_MODEL);
        g_value_set_object (value, store);
        return TRUE;
      }

    case FIELD_CONDITION:
      {
        LipcheckExpr *expr = parse_condition (loader, node, error);

        if (expr == NULL)
          return FALSE;
        g_value_init (value, LIPCHECK_TYPE_EXPR);
        g_value_take_boxed (value, expr);
        return TRUE;
      }

    case FIELD_REASONS:
      {
        g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func ((GDestroyNotify)lipcheck_reason_free);

        if (!_lipcheck_kb_each_element (loader, node, TRUE, add_reason_cb, reasons, error))
          return FALSE;
        g_value_init (value, G_TYPE_PTR_ARRAY);
        g_value_set_boxed (value, reasons);
        return TRUE;
      }

    case FIELD_CHOICES:
      {
        g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify)lipcheck_choice_free);

        if (!_lipcheck_kb_each_element (loader, node, TRUE, add_choice_cb, choices, error))
          return FALSE;
        g_value_init (value, G_TYPE_PTR_ARRAY);
        g_value_set_boxed (value, choices);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}
