/* lipcheck-knowledge-base.c: everything Lipcheck knows, as list models of entries with lookup by id. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-knowledge-base"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lipcheck-knowledge-base-private.h"
#include "lipcheck-cause.h"
#include "lipcheck-condition.h"
#include "lipcheck-level.h"
#include "lipcheck-question.h"
#include "lipcheck-rule.h"
#include "lipcheck-source.h"
#include "lipcheck-step.h"
#include "lipcheck-tip.h"
#include "lipcheck-warning-sign.h"

struct _LipcheckKnowledgeBase
{
  GObject     parent_instance;

  /* Owned */
  char       *file_name;
  char       *version;
  char       *disclaimer;
  char       *incomplete_name;
  char       *incomplete_headline;
  char       *incomplete_advice;
  char       *default_number;
  GHashTable *regions;
  GListModel *emergency_sources;
  GListStore *entries[LIPCHECK_N_KINDS];
  GHashTable *by_id[LIPCHECK_N_KINDS];
};

G_DEFINE_FINAL_TYPE (LipcheckKnowledgeBase, lipcheck_knowledge_base, G_TYPE_OBJECT)

/* What the model knows of each kind of entry: its JSON key, its name in messages, its class. */
typedef struct
{
  const char *key;
  const char *name;
  GType     (*get_type) (void);
} KindInfo;

static const KindInfo kinds[] = {
  [LIPCHECK_KIND_SOURCE]       = { "sources",       N_("source"),       lipcheck_source_get_type },
  [LIPCHECK_KIND_TIP_GROUP]    = { "tip-groups",    N_("tip group"),    lipcheck_entry_get_type },
  [LIPCHECK_KIND_TIP]          = { "tips",          N_("tip"),          lipcheck_tip_get_type },
  [LIPCHECK_KIND_QUESTION]     = { "questions",     N_("question"),     lipcheck_question_get_type },
  [LIPCHECK_KIND_CONDITION]    = { "conditions",    N_("condition"),    lipcheck_condition_get_type },
  [LIPCHECK_KIND_WARNING_SIGN] = { "warning-signs", N_("warning sign"), lipcheck_warning_sign_get_type },
  [LIPCHECK_KIND_CAUSE]        = { "causes",        N_("cause"),        lipcheck_cause_get_type },
  [LIPCHECK_KIND_STEP]         = { "steps",         N_("step"),         lipcheck_step_get_type },
  [LIPCHECK_KIND_RULE]         = { "rules",         N_("rule"),         lipcheck_rule_get_type },
  [LIPCHECK_KIND_LEVEL]        = { "levels",        N_("level"),        lipcheck_level_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == LIPCHECK_N_KINDS);

/* The class of the entries of @kind. */
GType
_lipcheck_kind_get_item_type (LipcheckKind kind)
{
  g_return_val_if_fail (kind < LIPCHECK_N_KINDS, G_TYPE_INVALID);

  return kinds[kind].get_type ();
}

static void
lipcheck_knowledge_base_finalize (GObject *object)
{
  LipcheckKnowledgeBase *self = (LipcheckKnowledgeBase *)object;

  for (guint i = 0; i < LIPCHECK_N_KINDS; i++)
    {
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
      g_clear_object (&self->entries[i]);
    }
  g_clear_object (&self->emergency_sources);
  g_clear_pointer (&self->regions, g_hash_table_unref);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->disclaimer, g_free);
  g_clear_pointer (&self->incomplete_name, g_free);
  g_clear_pointer (&self->incomplete_headline, g_free);
  g_clear_pointer (&self->incomplete_advice, g_free);
  g_clear_pointer (&self->default_number, g_free);

  G_OBJECT_CLASS (lipcheck_knowledge_base_parent_class)->finalize (object);
}

static void
lipcheck_knowledge_base_class_init (LipcheckKnowledgeBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_knowledge_base_finalize;
}

static void
lipcheck_knowledge_base_init (LipcheckKnowledgeBase *self)
{
  for (guint i = 0; i < LIPCHECK_N_KINDS; i++)
    {
      self->entries[i] = g_list_store_new (_lipcheck_kind_get_item_type (i));
      self->by_id[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

/**
 * _lipcheck_knowledge_base_new:
 * @file_name: the name to use in messages
 *
 * Returns: (transfer full): an empty knowledge base, for the loader to fill
 */
LipcheckKnowledgeBase *
_lipcheck_knowledge_base_new (const char *file_name)
{
  LipcheckKnowledgeBase *self = g_object_new (LIPCHECK_TYPE_KNOWLEDGE_BASE, NULL);

  self->file_name = g_strdup (file_name);

  return self;
}

const char *
lipcheck_knowledge_base_get_file_name (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->file_name;
}

const char *
lipcheck_knowledge_base_get_version (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->version;
}

const char *
lipcheck_knowledge_base_get_disclaimer (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->disclaimer;
}

/**
 * lipcheck_knowledge_base_get_incomplete_name:
 *
 * Returns: (nullable): the title of a self-care result while a warning-sign question has no
 *   answer, in place of the level's name; %NULL when the file has none
 */
const char *
lipcheck_knowledge_base_get_incomplete_name (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->incomplete_name;
}

/**
 * lipcheck_knowledge_base_get_incomplete_headline:
 *
 * Returns: (nullable): what a result says first when a warning-sign question has no answer: a
 *   sentence that asks for the answers, followed by the names of the questions; %NULL when the
 *   file has none
 */
const char *
lipcheck_knowledge_base_get_incomplete_headline (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->incomplete_headline;
}

/**
 * lipcheck_knowledge_base_get_incomplete_advice:
 *
 * Returns: (nullable): a template: what to do, in place of the self-care advice, while a
 *   warning-sign question has no answer; %NULL when the file has none
 */
const char *
lipcheck_knowledge_base_get_incomplete_advice (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->incomplete_advice;
}

/**
 * lipcheck_knowledge_base_get_entries:
 *
 * Returns: (transfer none): the entries of @kind, in the order of the file
 */
GListModel *
lipcheck_knowledge_base_get_entries (LipcheckKnowledgeBase *self,
                                     LipcheckKind           kind)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);
  g_return_val_if_fail (kind < LIPCHECK_N_KINDS, NULL);

  return G_LIST_MODEL (self->entries[kind]);
}

/**
 * lipcheck_knowledge_base_lookup:
 *
 * Returns: (transfer none) (nullable): the entry of @kind with @id, found in constant time
 */
gpointer
lipcheck_knowledge_base_lookup (LipcheckKnowledgeBase *self,
                                LipcheckKind           kind,
                                const char            *id)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);
  g_return_val_if_fail (kind < LIPCHECK_N_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id[kind], id);
}

LipcheckQuestion *
lipcheck_knowledge_base_lookup_question (LipcheckKnowledgeBase *self,
                                         const char            *id)
{
  return lipcheck_knowledge_base_lookup (self, LIPCHECK_KIND_QUESTION, id);
}

/**
 * lipcheck_knowledge_base_get_level:
 *
 * Returns: (transfer none): what the file says of @urgency (a valid file has every level)
 */
LipcheckLevel *
lipcheck_knowledge_base_get_level (LipcheckKnowledgeBase *self,
                                   LipcheckUrgency        urgency)
{
  return lipcheck_knowledge_base_lookup (self, LIPCHECK_KIND_LEVEL, lipcheck_urgency_to_string (urgency));
}

/**
 * lipcheck_knowledge_base_find_warning_sign:
 *
 * Returns: (transfer none) (nullable): the warning sign that @question_id asks about
 */
LipcheckWarningSign *
lipcheck_knowledge_base_find_warning_sign (LipcheckKnowledgeBase *self,
                                           const char            *question_id)
{
  GListModel *signs;
  guint n;

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  signs = G_LIST_MODEL (self->entries[LIPCHECK_KIND_WARNING_SIGN]);
  n = g_list_model_get_n_items (signs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LipcheckWarningSign) sign = g_list_model_get_item (signs, i);
      LipcheckEntry *question = LIPCHECK_ENTRY (lipcheck_warning_sign_get_question (sign));

      if (g_str_equal (lipcheck_entry_get_id (question), question_id))
        return sign;
    }

  return NULL;
}

/**
 * lipcheck_knowledge_base_get_emergency_number:
 * @region: (nullable): a two-letter region code such as "GB", or %NULL for the user's locale
 *
 * Returns: the emergency telephone number for @region, or the default (112)
 */
const char *
lipcheck_knowledge_base_get_emergency_number (LipcheckKnowledgeBase *self,
                                              const char            *region)
{
  g_autofree char *locale_region = NULL;
  const char *number = NULL;

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  if (region == NULL)
    region = locale_region = lipcheck_locale_region ();

  if (region != NULL)
    number = g_hash_table_lookup (self->regions, region);

  return number != NULL ? number : self->default_number;
}

GListModel *
lipcheck_knowledge_base_get_emergency_sources (LipcheckKnowledgeBase *self)
{
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  return self->emergency_sources;
}

/**
 * lipcheck_knowledge_base_describe:
 *
 * Returns: (transfer full): a one-line summary of what the knowledge base holds
 */
char *
lipcheck_knowledge_base_describe (LipcheckKnowledgeBase *self)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (self), NULL);

  g_string_append_printf (str, "%s: version %s:", self->file_name, self->version);
  for (guint i = 0; i < LIPCHECK_N_KINDS; i++)
    g_string_append_printf (str, "%s %u %s", i ? "," : "",
                            g_list_model_get_n_items (G_LIST_MODEL (self->entries[i])), kinds[i].key);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

const char *
lipcheck_kind_get_key (LipcheckKind kind)
{
  g_return_val_if_fail (kind < LIPCHECK_N_KINDS, NULL);

  return kinds[kind].key;
}

/**
 * lipcheck_kind_get_name:
 *
 * Returns: the name of @kind as a message shows it ("warning sign"), translated
 */
const char *
lipcheck_kind_get_name (LipcheckKind kind)
{
  g_return_val_if_fail (kind < LIPCHECK_N_KINDS, NULL);

  return _(kinds[kind].name);
}

static char *
territory_of (const char *locale)
{
  const char *underscore = locale != NULL ? strchr (locale, '_') : NULL;

  if (underscore != NULL && g_ascii_isupper (underscore[1]) && g_ascii_isupper (underscore[2]) &&
      (underscore[3] == '\0' || underscore[3] == '.' || underscore[3] == '@'))
    return g_strndup (underscore + 1, 2);

  return NULL;
}

/**
 * lipcheck_locale_region:
 *
 * The region comes from the locale's territory: the first of LC_ALL, LC_TELEPHONE, LC_MESSAGES
 * and LANG that names one, else the first language in LANGUAGE that does.
 *
 * Returns: (transfer full) (nullable): the region of the user's locale ("GB" for en_GB.UTF-8),
 *   or %NULL when the locale names none
 */
char *
lipcheck_locale_region (void)
{
  static const char * const variables[] = { "LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG" };
  g_auto(GStrv) languages = g_strsplit (g_getenv ("LANGUAGE") ?: "", ":", -1);

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      char *region = territory_of (g_getenv (variables[i]));

      if (region != NULL)
        return region;
    }

  /* No locale names a territory (C.UTF-8, say): the preferred languages may ("en_GB:en"). */
  for (guint i = 0; languages[i] != NULL; i++)
    {
      char *region = territory_of (languages[i]);

      if (region != NULL)
        return region;
    }

  return NULL;
}

void
_lipcheck_knowledge_base_add (LipcheckKnowledgeBase *self,
                              LipcheckKind           kind,
                              LipcheckEntry         *entry)
{
  g_list_store_append (self->entries[kind], entry);
  g_hash_table_insert (self->by_id[kind], (gpointer)lipcheck_entry_get_id (entry), entry);
}

void
_lipcheck_knowledge_base_set_info (LipcheckKnowledgeBase *self,
                                   const char            *version,
                                   const char            *disclaimer)
{
  g_free (self->version);
  self->version = g_strdup (version);
  g_free (self->disclaimer);
  self->disclaimer = g_strdup (disclaimer);
}

void
_lipcheck_knowledge_base_set_incomplete (LipcheckKnowledgeBase *self,
                                         const char            *name,
                                         const char            *headline,
                                         const char            *advice)
{
  g_free (self->incomplete_name);
  self->incomplete_name = g_strdup (name);
  g_free (self->incomplete_headline);
  self->incomplete_headline = g_strdup (headline);
  g_free (self->incomplete_advice);
  self->incomplete_advice = g_strdup (advice);
}

void
_lipcheck_knowledge_base_set_emergency (LipcheckKnowledgeBase *self,
                                        const char            *default_number,
                                        GHashTable            *regions,
                                        GListModel            *sources)
{
  g_free (self->default_number);
  self->default_number = g_strdup (default_number);
  g_clear_pointer (&self->regions, g_hash_table_unref);
  self->regions = g_hash_table_ref (regions);
  g_set_object (&self->emergency_sources, sources);
}
