/* lipcheck-kb-loader.c: reads and validates knowledge-base JSON into a LipcheckKnowledgeBase. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-kb-loader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-knowledge-base-private.h"
#include "lipcheck-enums.h"
#include "lipcheck-expr.h"
#include "lipcheck-question.h"
#include "lipcheck-step.h"
#include "lipcheck-warning-sign.h"

typedef enum
{
  FIELD_ID,
  FIELD_TEXT,
  FIELD_TEMPLATE,
  FIELD_TEXT_LIST,
  FIELD_INT,
  FIELD_ENUM,
  FIELD_REF,
  FIELD_REFS,
  FIELD_SOURCES,
  FIELD_CONDITION,
  FIELD_REASONS,
  FIELD_CHOICES,
} FieldType;

typedef struct
{
  const char   *key;
  FieldType     type;
  gboolean      required;
  const char   *property;
  LipcheckKind  ref_kind;
} Field;

typedef struct
{
  LipcheckKnowledgeBase *kb;
  LipcheckJsonCursor     cursor;
  LipcheckKind           kind;

  /* The id of the entry being read, for the message contexts of its translations */
  const char            *entry_id;

  /* Whether a catalogue of translations is found for the current locale */
  gboolean               translations;
} Loader;

#define END_FIELDS { NULL, 0, FALSE, NULL, 0 }

static const Field source_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "title", FIELD_TEXT, TRUE, "name", 0 },
  { "publisher", FIELD_TEXT, FALSE, "publisher", 0 },
  { "url", FIELD_TEXT, FALSE, "url", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  END_FIELDS
};

static const Field tip_group_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  END_FIELDS
};

static const Field tip_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "group", FIELD_REF, TRUE, "group", LIPCHECK_KIND_TIP_GROUP },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  { "foods", FIELD_TEXT_LIST, FALSE, "foods", 0 },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field question_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "kind", FIELD_ENUM, TRUE, "kind", 0 },
  { "text", FIELD_TEXT, TRUE, "name", 0 },
  { "help", FIELD_TEXT, TRUE, "summary", 0 },
  { "choices", FIELD_CHOICES, FALSE, "choices", 0 },
  { "min", FIELD_INT, FALSE, "minimum", 0 },
  { "max", FIELD_INT, FALSE, "maximum", 0 },
  { "default", FIELD_INT, FALSE, "default-value", 0 },
  { "unit", FIELD_TEXT, FALSE, "unit", 0 },
  { "unit-one", FIELD_TEXT, FALSE, "unit-one", 0 },
  { "ask-when", FIELD_CONDITION, FALSE, "ask-when", 0 },
  { "sources", FIELD_SOURCES, FALSE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field condition_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  { "signs", FIELD_TEXT_LIST, TRUE, "signs", 0 },
  { "treatments", FIELD_TEXT_LIST, TRUE, "treatments", 0 },
  { "reasons", FIELD_REASONS, FALSE, "reasons", 0 },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field warning_sign_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  { "action", FIELD_TEXT, TRUE, "action", 0 },
  { "question", FIELD_REF, TRUE, "question", LIPCHECK_KIND_QUESTION },
  { "conditions", FIELD_REFS, FALSE, "conditions", LIPCHECK_KIND_CONDITION },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field cause_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  { "mechanism", FIELD_TEXT, TRUE, "mechanism", 0 },
  { "advice", FIELD_TEXT, TRUE, "advice", 0 },
  { "reasons", FIELD_REASONS, FALSE, "reasons", 0 },
  { "tips", FIELD_REFS, FALSE, "tips", LIPCHECK_KIND_TIP },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field step_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "summary", FIELD_TEXT, TRUE, "summary", 0 },
  { "style", FIELD_ENUM, TRUE, "style", 0 },
  { "questions", FIELD_REFS, TRUE, "questions", LIPCHECK_KIND_QUESTION },
  END_FIELDS
};

static const Field rule_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "level", FIELD_ENUM, TRUE, "urgency", 0 },
  { "when", FIELD_CONDITION, TRUE, "when", 0 },
  { "why", FIELD_TEMPLATE, TRUE, "why", 0 },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field level_fields[] = {
  { "id", FIELD_ID, TRUE, "id", 0 },
  { "name", FIELD_TEXT, TRUE, "name", 0 },
  { "headline", FIELD_TEMPLATE, TRUE, "headline", 0 },
  { "advice", FIELD_TEMPLATE, TRUE, "advice", 0 },
  { "tips", FIELD_REFS, FALSE, "tips", LIPCHECK_KIND_TIP },
  { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  END_FIELDS
};

static const Field *kind_fields[LIPCHECK_N_KINDS] = {
  source_fields, tip_group_fields, tip_fields, question_fields, condition_fields,
  warning_sign_fields, cause_fields, step_fields, rule_fields, level_fields,
};

static const char *kind_names[LIPCHECK_N_KINDS] = {
  N_("source"), N_("tip group"), N_("tip"), N_("question"), N_("condition"),
  N_("warning sign"), N_("cause"), N_("step"), N_("rule"), N_("level"),
};

/* Text a person reads is looked up in the translations, with the place it comes from as the
 * message context: build-aux/kb-strings.py extracts it the same way. Titles of sources, ids and
 * addresses stay as they are. */
static const char *
translate (Loader     *loader,
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

/* Without a catalogue every lookup gives back the English text: skipping them saves a tenth of
 * the load. A catalogue's header is the translation of the empty string. */
static gboolean
has_translations (void)
{
  return g_dgettext (GETTEXT_PACKAGE, "")[0] != '\0';
}

static gboolean
is_translated (Loader      *loader,
               const Field *field)
{
  if (!loader->translations)
    return FALSE;

  if (loader->kind == LIPCHECK_KIND_SOURCE)
    return g_str_equal (field->key, "summary");

  return field->type == FIELD_TEXT || field->type == FIELD_TEMPLATE || field->type == FIELD_TEXT_LIST;
}

static gboolean
fail (Loader            *loader,
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
                        _(kind_names[kind]), json_node_get_string (node), lipcheck_kind_get_key (kind),
                        kind == loader->kind ? _(", before this one") : "");

  return entry;
}

/* Calls @each on every element of the array @node, with the cursor on the element. */
typedef gboolean (*EachFunc) (Loader   *loader,
                              JsonNode *element,
                              guint     index,
                              gpointer  data,
                              GError  **error);

static gboolean
each_element (Loader    *loader,
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
    return fail (loader, error, LIPCHECK_DATA_ERROR_EMPTY, _("the list is empty; expected at least one item"));

  if (n > LIPCHECK_KB_MAX_ENTRIES)
    return fail (loader, error, LIPCHECK_DATA_ERROR_TOO_LARGE, _("the list is too long"));

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

      text = translate (loader, place, text);
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
      fail (loader, error, LIPCHECK_DATA_ERROR_VALUE, _("expected a pair: [question id, value]"));
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

      if (!each_element (loader, node, TRUE, add_condition_cb, children, error))
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
      fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
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
        return fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
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
        return fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
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
  g_ptr_array_add (data, lipcheck_reason_new (when, translate (loader, place, json_node_get_string (node))));
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
                                                 translate (loader, place, json_node_get_string (label))));
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
static gboolean
read_field (Loader       *loader,
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
      g_value_set_string (value, is_translated (loader, field) ? translate (loader, field->key, json_node_get_string (node))
                                                             : json_node_get_string (node));
      return TRUE;

    case FIELD_TEXT_LIST:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        TextList list = { builder, field->key, is_translated (loader, field) };

        if (!each_element (loader, node, FALSE, add_text_cb, &list, error))
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

        if (!each_element (loader, node, non_empty, add_ref_cb, &refs, error))
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

        if (!each_element (loader, node, TRUE, add_reason_cb, reasons, error))
          return FALSE;
        g_value_init (value, G_TYPE_PTR_ARRAY);
        g_value_set_boxed (value, reasons);
        return TRUE;
      }

    case FIELD_CHOICES:
      {
        g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify)lipcheck_choice_free);

        if (!each_element (loader, node, TRUE, add_choice_cb, choices, error))
          return FALSE;
        g_value_init (value, G_TYPE_PTR_ARRAY);
        g_value_set_boxed (value, choices);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

static const char **
field_keys (const Field *fields)
{
  GPtrArray *keys = g_ptr_array_new ();

  for (guint i = 0; fields[i].key != NULL; i++)
    g_ptr_array_add (keys, (gpointer)fields[i].key);
  g_ptr_array_add (keys, NULL);

  return (const char **)g_ptr_array_free (keys, FALSE);
}

/* Checks that hold across the fields of one question. */
static gboolean
check_question (Loader      *loader,
                JsonObject  *object,
                GError     **error)
{
  const char *kind = json_object_get_string_member_with_default (object, "kind", "");
  gboolean number = g_str_equal (kind, "number");
  gboolean choices = g_str_equal (kind, "choice") || g_str_equal (kind, "several");
  static const char * const number_keys[] = { "min", "max", "default", "unit", NULL };

  if (choices != json_object_has_member (object, "choices"))
    return lipcheck_json_fail (&loader->cursor, error,
                               choices ? LIPCHECK_DATA_ERROR_MISSING : LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
                               choices ? _("a %s question needs “choices”; expected a list of choices")
                                       : _("a %s question takes no “choices”; expected none"), kind);

  for (guint i = 0; number_keys[i] != NULL; i++)
    if (number != json_object_has_member (object, number_keys[i]))
      return lipcheck_json_fail (&loader->cursor, error,
                                 number ? LIPCHECK_DATA_ERROR_MISSING : LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
                                 number ? _("a %s question needs “%s”; expected a whole number or text")
                                        : _("a %s question takes no “%s”; expected none"),
                                 kind, number_keys[i]);

  if (!number && json_object_has_member (object, "unit-one"))
    return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
                               _("a %s question takes no “%s”; expected none"), kind, "unit-one");

  if (number)
    {
      gint64 min = json_object_get_int_member_with_default (object, "min", 0);
      gint64 max = json_object_get_int_member_with_default (object, "max", 0);
      gint64 def = json_object_get_int_member_with_default (object, "default", 0);

      if (min > max || def < min || def > max)
        return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                   _("expected min ≤ default ≤ max, found %lld, %lld and %lld"),
                                   (long long)min, (long long)def, (long long)max);
    }

  return TRUE;
}

/* Checks that hold across the fields of one entry, after each field is valid on its own. */
static gboolean
check_entry (Loader         *loader,
             JsonObject     *object,
             LipcheckEntry  *entry,
             GError        **error)
{
  const char *id = lipcheck_entry_get_id (entry);

  if (lipcheck_knowledge_base_lookup (loader->kb, loader->kind, id) != NULL)
    {
      gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, "id");

      lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_DUPLICATE_ID,
                          _("the %s id “%s” is used twice; expected ids unique within “%s”"),
                          _(kind_names[loader->kind]), id, lipcheck_kind_get_key (loader->kind));
      lipcheck_json_cursor_pop (&loader->cursor, mark);
      return FALSE;
    }

  if (loader->kind == LIPCHECK_KIND_RULE &&
      json_object_has_member (object, "level") &&
      g_strcmp0 (json_object_get_string_member_with_default (object, "level", ""), "self-care") == 0)
    {
      gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, "level");

      fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
            _("a rule cannot lower the urgency to self-care; expected routine, urgent or emergency"));
      lipcheck_json_cursor_pop (&loader->cursor, mark);
      return FALSE;
    }

  return TRUE;
}

static LipcheckEntry *
build_entry (Loader      *loader,
             JsonObject  *object,
             GError     **error)
{
  const Field *fields = kind_fields[loader->kind];
  g_autofree const char **keys = field_keys (fields);
  const char *names[16];
  GValue values[16] = { G_VALUE_INIT };
  LipcheckEntry *entry = NULL;
  guint n = 0;

  if (!lipcheck_json_check_keys (&loader->cursor, object, keys, error))
    return NULL;

  for (guint i = 0; fields[i].key != NULL; i++)
    {
      gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, fields[i].key);
      JsonNode *node = lipcheck_json_member (&loader->cursor, object, fields[i].key, fields[i].required, error);

      g_assert (n < G_N_ELEMENTS (values));

      if (node == NULL && fields[i].required)
        goto out;

      if (node != NULL)
        {
          if (!read_field (loader, &fields[i], node, &values[n], error))
            goto out;
          names[n++] = fields[i].property;
        }
      else if (fields[i].type == FIELD_REFS || fields[i].type == FIELD_SOURCES)
        {
          g_value_init (&values[n], G_TYPE_LIST_MODEL);
          g_value_take_object (&values[n], g_list_store_new (LIPCHECK_TYPE_ENTRY));
          names[n++] = fields[i].property;
        }

      lipcheck_json_cursor_pop (&loader->cursor, mark);
    }

  /* After the fields, so that "kind", "min", "max" and "default" are known to be well typed. */
  if (loader->kind == LIPCHECK_KIND_QUESTION && !check_question (loader, object, error))
    goto out;

  if (loader->kind == LIPCHECK_KIND_LEVEL)
    {
      LipcheckUrgency urgency;

      if (!lipcheck_urgency_from_string (g_value_get_string (&values[0]), &urgency))
        {
          lipcheck_json_cursor_push_key (&loader->cursor, "id");
          fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
                _("not an urgency level; expected one of: self-care, routine, urgent, emergency"));
          goto out;
        }
      g_value_init (&values[n], LIPCHECK_TYPE_URGENCY);
      g_value_set_enum (&values[n], urgency);
      names[n++] = "urgency";
    }

  entry = LIPCHECK_ENTRY (g_object_new_with_properties (_lipcheck_kind_get_item_type (loader->kind), n, names, values));
  if (!check_entry (loader, object, entry, error))
    g_clear_object (&entry);

out:
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);

  return entry;
}

static gboolean
add_entry_cb (Loader    *loader,
              JsonNode  *element,
              guint      index,
              gpointer   data,
              GError   **error)
{
  g_autoptr(LipcheckEntry) entry = NULL;

  if (!lipcheck_json_expect (&loader->cursor, element, JSON_NODE_OBJECT, 0, error))
    return FALSE;

  loader->entry_id = NULL;
  entry = build_entry (loader, json_node_get_object (element), error);
  loader->entry_id = NULL;
  if (entry == NULL)
    return FALSE;

  _lipcheck_knowledge_base_add (loader->kb, loader->kind, entry);
  return TRUE;
}

static gboolean
load_kind (Loader      *loader,
           JsonObject  *root,
           LipcheckKind kind,
           GError     **error)
{
  const char *key = lipcheck_kind_get_key (kind);
  gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, key);
  JsonNode *node = lipcheck_json_member (&loader->cursor, root, key, TRUE, error);

  loader->kind = kind;
  if (node == NULL || !each_element (loader, node, FALSE, add_entry_cb, NULL, error))
    return FALSE;

  lipcheck_json_cursor_pop (&loader->cursor, mark);
  return TRUE;
}

static gboolean
add_region_cb (Loader      *loader,
               JsonObject  *regions,
               GHashTable  *table,
               GError     **error)
{
  JsonObjectIter iter;
  const char *region;
  JsonNode *number;

  json_object_iter_init (&iter, regions);
  while (json_object_iter_next (&iter, &region, &number))
    {
      g_autofree char *quoted = g_strescape (region, NULL);
      gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, quoted);

      if (strlen (region) != 2 || !g_ascii_isupper (region[0]) || !g_ascii_isupper (region[1]))
        return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                   _("“%s” is not a region code; expected two capital letters such as GB"),
                                   quoted);
      if (!lipcheck_json_check_text (&loader->cursor, number, error))
        return FALSE;
      g_hash_table_insert (table, g_strdup (region), g_strdup (json_node_get_string (number)));
      lipcheck_json_cursor_pop (&loader->cursor, mark);
    }

  return TRUE;
}

static gboolean
load_emergency_numbers (Loader      *loader,
                        JsonObject  *root,
                        GError     **error)
{
  static const char * const keys[] = { "default", "regions", "sources", NULL };
  static const Field sources_field = { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE };
  g_autoptr(GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GValue) sources = G_VALUE_INIT;
  JsonObject *object;
  JsonNode *node, *default_number;
  gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, "emergency-numbers");
  gsize inner;

  if (!(node = lipcheck_json_member (&loader->cursor, root, "emergency-numbers", TRUE, error)) ||
      !lipcheck_json_expect (&loader->cursor, node, JSON_NODE_OBJECT, 0, error))
    return FALSE;
  object = json_node_get_object (node);
  if (!lipcheck_json_check_keys (&loader->cursor, object, keys, error))
    return FALSE;

  inner = lipcheck_json_cursor_push_key (&loader->cursor, "default");
  if (!(default_number = lipcheck_json_member (&loader->cursor, object, "default", TRUE, error)) ||
      !lipcheck_json_check_text (&loader->cursor, default_number, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, inner);

  inner = lipcheck_json_cursor_push_key (&loader->cursor, "regions");
  if (!(node = lipcheck_json_member (&loader->cursor, object, "regions", TRUE, error)) ||
      !lipcheck_json_expect (&loader->cursor, node, JSON_NODE_OBJECT, 0, error) ||
      !add_region_cb (loader, json_node_get_object (node), regions, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, inner);

  inner = lipcheck_json_cursor_push_key (&loader->cursor, "sources");
  if (!(node = lipcheck_json_member (&loader->cursor, object, "sources", TRUE, error)) ||
      !read_field (loader, &sources_field, node, &sources, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, inner);

  _lipcheck_knowledge_base_set_emergency (loader->kb, json_node_get_string (default_number), regions,
                                          g_value_get_object (&sources));
  lipcheck_json_cursor_pop (&loader->cursor, mark);
  return TRUE;
}

static gboolean
load_info (Loader      *loader,
           JsonObject  *root,
           GError     **error)
{
  JsonNode *format, *version, *disclaimer;
  gsize mark;

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "format");
  if (!(format = lipcheck_json_member (&loader->cursor, root, "format", TRUE, error)) ||
      !lipcheck_json_expect (&loader->cursor, format, JSON_NODE_VALUE, G_TYPE_INT64, error))
    return FALSE;
  if (json_node_get_int (format) != 1)
    return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                               _("format %lld is not supported; expected 1"),
                               (long long)json_node_get_int (format));
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "version");
  if (!(version = lipcheck_json_member (&loader->cursor, root, "version", TRUE, error)) ||
      !lipcheck_json_check_text (&loader->cursor, version, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  mark = lipcheck_json_cursor_push_key (&loader->cursor, "disclaimer");
  if (!(disclaimer = lipcheck_json_member (&loader->cursor, root, "disclaimer", TRUE, error)) ||
      !lipcheck_json_check_text (&loader->cursor, disclaimer, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);

  _lipcheck_knowledge_base_set_info (loader->kb, json_node_get_string (version),
                                     translate (loader, "disclaimer", json_node_get_string (disclaimer)));
  return TRUE;
}

/* Checks across kinds: every level once, every question in one step, signs ask yes/no. */
static gboolean
check_whole (Loader      *loader,
             GError     **error)
{
  GListModel *steps = lipcheck_knowledge_base_get_entries (loader->kb, LIPCHECK_KIND_STEP);
  GListModel *questions = lipcheck_knowledge_base_get_entries (loader->kb, LIPCHECK_KIND_QUESTION);
  GListModel *signs = lipcheck_knowledge_base_get_entries (loader->kb, LIPCHECK_KIND_WARNING_SIGN);
  g_autoptr(GHashTable) placed = g_hash_table_new (NULL, NULL);

  for (guint u = 0; u < LIPCHECK_N_URGENCIES; u++)
    if (lipcheck_knowledge_base_get_level (loader->kb, u) == NULL)
      {
        lipcheck_json_cursor_push_key (&loader->cursor, "levels");
        return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_MISSING,
                                   _("the level “%s” is missing; expected self-care, routine, urgent "
                                     "and emergency, each once"), lipcheck_urgency_to_string (u));
      }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LipcheckStep) step = g_list_model_get_item (steps, i);
      GListModel *asked = lipcheck_step_get_questions (step);

      for (guint j = 0; j < g_list_model_get_n_items (asked); j++)
        {
          g_autoptr(LipcheckEntry) question = g_list_model_get_item (asked, j);

          if (!g_hash_table_add (placed, question))
            {
              g_string_append_printf (loader->cursor.path, ".steps[%u].questions[%u]", i, j);
              return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_DUPLICATE_ID,
                                         _("the question “%s” is in two steps; expected each in one"),
                                         lipcheck_entry_get_id (question));
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(LipcheckEntry) question = g_list_model_get_item (questions, i);

      if (!g_hash_table_contains (placed, question))
        {
          g_string_append_printf (loader->cursor.path, ".questions[%u]", i);
          return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_REFERENCE,
                                     _("the question “%s” is in no step; expected it in one of “steps”"),
                                     lipcheck_entry_get_id (question));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);
      LipcheckQuestion *question = lipcheck_warning_sign_get_question (sign);

      if (lipcheck_question_get_kind (question) != LIPCHECK_QUESTION_YES_NO)
        {
          g_string_append_printf (loader->cursor.path, ".warning-signs[%u].question", i);
          return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                     _("the question “%s” is not a yes-no question; expected one"),
                                     lipcheck_entry_get_id (LIPCHECK_ENTRY (question)));
        }
    }

  return TRUE;
}

/**
 * _lipcheck_knowledge_base_load:
 * @root: the document's root object
 *
 * Fills the empty @self from @root, checking everything the format asks. On failure @self is
 * partly filled and must be dropped.
 */
gboolean
_lipcheck_knowledge_base_load (LipcheckKnowledgeBase  *self,
                               JsonObject             *root,
                               const char             *file_name,
                               GError                **error)
{
  static const char * const top_keys[] = {
    "format", "version", "disclaimer", "emergency-numbers", "sources", "tip-groups", "tips",
    "questions", "conditions", "warning-signs", "causes", "steps", "rules", "levels", NULL
  };
  Loader loader = { self, { 0 }, 0 };
  gboolean ok = FALSE;

  lipcheck_json_cursor_init (&loader.cursor, file_name, LIPCHECK_KB_ERROR);
  loader.translations = has_translations ();

  if (!lipcheck_json_check_keys (&loader.cursor, root, top_keys, error) ||
      !load_info (&loader, root, error))
    goto out;

  for (LipcheckKind kind = 0; kind < LIPCHECK_N_KINDS; kind++)
    {
      if (!load_kind (&loader, root, kind, error))
        goto out;
      if (kind == LIPCHECK_KIND_SOURCE && !load_emergency_numbers (&loader, root, error))
        goto out;
    }

  ok = check_whole (&loader, error);

out:
  lipcheck_json_cursor_clear (&loader.cursor);
  return ok;
}
