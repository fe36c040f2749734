/* lipcheck-kb-loader.c: reads and validates knowledge-base JSON into a LipcheckKnowledgeBase. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-kb-loader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-kb-loader-private.h"
#include "lipcheck-enums.h"
#include "lipcheck-question.h"
#include "lipcheck-step.h"
#include "lipcheck-warning-sign.h"

G_DEFINE_QUARK (lipcheck-kb-error-quark, lipcheck_kb_error)

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
  { "short", FIELD_TEXT, FALSE, "short-text", 0 },
  { "help", FIELD_TEXT, TRUE, "summary", 0 },
  { "choices", FIELD_CHOICES, FALSE, "choices", 0 },
  { "min", FIELD_INT, FALSE, "minimum", 0 },
  { "max", FIELD_INT, FALSE, "maximum", 0 },
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
  { "diary-with", FIELD_TEXT, FALSE, "diary-with", 0 },
  { "diary-without", FIELD_TEXT, FALSE, "diary-without", 0 },
  { "diary-experiment", FIELD_TEXT, FALSE, "diary-experiment", 0 },
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

/* The fields of each kind of entry, as the file has them; the model's table (lipcheck_kind_get_key
 * and the entry classes) says the rest. */
static const Field * const kind_fields[] = {
  [LIPCHECK_KIND_SOURCE]       = source_fields,
  [LIPCHECK_KIND_TIP_GROUP]    = tip_group_fields,
  [LIPCHECK_KIND_TIP]          = tip_fields,
  [LIPCHECK_KIND_QUESTION]     = question_fields,
  [LIPCHECK_KIND_CONDITION]    = condition_fields,
  [LIPCHECK_KIND_WARNING_SIGN] = warning_sign_fields,
  [LIPCHECK_KIND_CAUSE]        = cause_fields,
  [LIPCHECK_KIND_STEP]         = step_fields,
  [LIPCHECK_KIND_RULE]         = rule_fields,
  [LIPCHECK_KIND_LEVEL]        = level_fields,
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_fields) == LIPCHECK_N_KINDS);

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
  static const char * const number_keys[] = { "min", "max", "unit", NULL };

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

      if (min > max)
        return lipcheck_json_fail (&loader->cursor, error, LIPCHECK_DATA_ERROR_VALUE,
                                   _("expected min ≤ max, found %lld and %lld"),
                                   (long long)min, (long long)max);
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
                          lipcheck_kind_get_name (loader->kind), id, lipcheck_kind_get_key (loader->kind));
      lipcheck_json_cursor_pop (&loader->cursor, mark);
      return FALSE;
    }

  if (loader->kind == LIPCHECK_KIND_RULE &&
      json_object_has_member (object, "level") &&
      g_strcmp0 (json_object_get_string_member_with_default (object, "level", ""), "self-care") == 0)
    {
      gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, "level");

      _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
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
          if (!_lipcheck_kb_read_field (loader, &fields[i], node, &values[n], error))
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
          _lipcheck_kb_fail (loader, error, LIPCHECK_DATA_ERROR_VALUE,
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
  if (node == NULL || !_lipcheck_kb_each_element (loader, node, FALSE, add_entry_cb, NULL, error))
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
      !_lipcheck_kb_read_field (loader, &sources_field, node, &sources, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, inner);

  _lipcheck_knowledge_base_set_emergency (loader->kb, json_node_get_string (default_number), regions,
                                          g_value_get_object (&sources));
  lipcheck_json_cursor_pop (&loader->cursor, mark);
  return TRUE;
}

/* One member of "incomplete", checked and translated; its message context is "incomplete/<key>". */
static gboolean
read_incomplete_member (Loader      *loader,
                        JsonObject  *object,
                        const Field *field,
                        GValue      *value,
                        GError     **error)
{
  gsize mark = lipcheck_json_cursor_push_key (&loader->cursor, field->property);
  JsonNode *node;

  if (!(node = lipcheck_json_member (&loader->cursor, object, field->property, TRUE, error)) ||
      !_lipcheck_kb_read_field (loader, field, node, value, error))
    return FALSE;
  lipcheck_json_cursor_pop (&loader->cursor, mark);
  return TRUE;
}

/* The optional "incomplete": what a result with a warning sign unanswered says instead of its
 * level's headline, and instead of the self-care name and advice. Read once the questions are known, as the
 * advice is a template. */
static gboolean
load_incomplete (Loader      *loader,
                 JsonObject  *root,
                 GError     **error)
{
  static const char * const keys[] = { "name", "headline", "advice", "sources", NULL };
  static const Field fields[] = {
    { "incomplete/name", FIELD_TEXT, TRUE, "name", 0 },
    { "incomplete/headline", FIELD_TEXT, TRUE, "headline", 0 },
    { "incomplete/advice", FIELD_TEMPLATE, TRUE, "advice", 0 },
    { "sources", FIELD_SOURCES, TRUE, "sources", LIPCHECK_KIND_SOURCE },
  };
  g_auto(GValue) name = G_VALUE_INIT;
  g_auto(GValue) headline = G_VALUE_INIT;
  g_auto(GValue) advice = G_VALUE_INIT;
  g_auto(GValue) sources = G_VALUE_INIT;
  GValue *values[G_N_ELEMENTS (fields)] = { &name, &headline, &advice, &sources };
  JsonNode *node;
  gsize mark;

  if (!json_object_has_member (root, "incomplete"))
    return TRUE;

  loader->kind = LIPCHECK_KIND_LEVEL;
  loader->entry_id = NULL;
  mark = lipcheck_json_cursor_push_key (&loader->cursor, "incomplete");
  node = json_object_get_member (root, "incomplete");
  if (!lipcheck_json_expect (&loader->cursor, node, JSON_NODE_OBJECT, 0, error) ||
      !lipcheck_json_check_keys (&loader->cursor, json_node_get_object (node), keys, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!read_incomplete_member (loader, json_node_get_object (node), &fields[i], values[i], error))
      return FALSE;

  _lipcheck_knowledge_base_set_incomplete (loader->kb, g_value_get_string (&name), g_value_get_string (&headline),
                                           g_value_get_string (&advice));
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
                                     _lipcheck_kb_translate (loader, "disclaimer",
                                                             json_node_get_string (disclaimer)));
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

/* Without a catalogue every lookup gives back the English text: skipping them saves a tenth of
 * the load. A catalogue's header is the translation of the empty string. */
static gboolean
has_translations (void)
{
  return g_dgettext (GETTEXT_PACKAGE, "")[0] != '\0';
}

/* Fills the empty @self from @root, checking everything the format asks. On failure @self is
 * partly filled and must be dropped. */
static gboolean
load_root (LipcheckKnowledgeBase  *self,
           JsonObject             *root,
           const char             *file_name,
           GError                **error)
{
  static const char * const top_keys[] = {
    "format", "version", "disclaimer", "incomplete", "emergency-numbers", "sources", "tip-groups", "tips",
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

  ok = load_incomplete (&loader, root, error) && check_whole (&loader, error);

out:
  lipcheck_json_cursor_clear (&loader.cursor);
  return ok;
}

/**
 * lipcheck_knowledge_base_new_from_bytes:
 * @file_name: the name to use in messages
 *
 * Loads and validates a knowledge base. Either the whole file is good and the knowledge base is
 * returned, or nothing is: there is never a half-loaded model.
 *
 * Returns: (transfer full): the knowledge base, or %NULL with a %LIPCHECK_KB_ERROR set
 */
LipcheckKnowledgeBase *
lipcheck_knowledge_base_new_from_bytes (GBytes      *bytes,
                                        const char  *file_name,
                                        GError     **error)
{
  g_autoptr(LipcheckKnowledgeBase) self = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  root = lipcheck_json_parse (bytes, file_name, LIPCHECK_KB_ERROR,
                              LIPCHECK_KB_MAX_SIZE, LIPCHECK_KB_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;

  self = _lipcheck_knowledge_base_new (file_name);
  if (!load_root (self, json_node_get_object (root), file_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

LipcheckKnowledgeBase *
lipcheck_knowledge_base_new_from_file (GFile   *file,
                                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = lipcheck_json_read_file (file, LIPCHECK_KB_MAX_SIZE, LIPCHECK_KB_ERROR, error)))
    return NULL;

  name = lipcheck_json_display_name (file);
  return lipcheck_knowledge_base_new_from_bytes (bytes, name, error);
}

/**
 * lipcheck_knowledge_base_new_default:
 *
 * Returns: (transfer full): the knowledge base embedded in Lipcheck
 */
LipcheckKnowledgeBase *
lipcheck_knowledge_base_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/knowledge-base.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, LIPCHECK_KB_ERROR, LIPCHECK_DATA_ERROR_IO,
                   _("The built-in knowledge base is missing: %s"), local_error->message);
      return NULL;
    }

  return lipcheck_knowledge_base_new_from_bytes (bytes, "knowledge-base.json", error);
}
