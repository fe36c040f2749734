/* lipcheck-knowledge-base.h: everything Lipcheck knows, as list models of entries with lookup by id.
 * lipcheck-kb-loader.h makes one. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-entry.h"

G_BEGIN_DECLS

/* The kinds of entry, in the order the loader reads them. */
typedef enum
{
  LIPCHECK_KIND_SOURCE,
  LIPCHECK_KIND_TIP_GROUP,
  LIPCHECK_KIND_TIP,
  LIPCHECK_KIND_QUESTION,
  LIPCHECK_KIND_CONDITION,
  LIPCHECK_KIND_WARNING_SIGN,
  LIPCHECK_KIND_CAUSE,
  LIPCHECK_KIND_STEP,
  LIPCHECK_KIND_RULE,
  LIPCHECK_KIND_LEVEL,
} LipcheckKind;

#define LIPCHECK_N_KINDS (LIPCHECK_KIND_LEVEL + 1)

#define LIPCHECK_TYPE_KNOWLEDGE_BASE (lipcheck_knowledge_base_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckKnowledgeBase, lipcheck_knowledge_base, LIPCHECK, KNOWLEDGE_BASE, GObject)

const char            *lipcheck_knowledge_base_get_file_name        (LipcheckKnowledgeBase *self);
const char            *lipcheck_knowledge_base_get_version          (LipcheckKnowledgeBase *self);
const char            *lipcheck_knowledge_base_get_disclaimer       (LipcheckKnowledgeBase *self);
const char            *lipcheck_knowledge_base_get_incomplete_name  (LipcheckKnowledgeBase *self);
const char            *lipcheck_knowledge_base_get_incomplete_headline (LipcheckKnowledgeBase *self);
const char            *lipcheck_knowledge_base_get_incomplete_advice (LipcheckKnowledgeBase *self);
GListModel            *lipcheck_knowledge_base_get_entries          (LipcheckKnowledgeBase *self,
                                                                     LipcheckKind           kind);
gpointer               lipcheck_knowledge_base_lookup               (LipcheckKnowledgeBase *self,
                                                                     LipcheckKind           kind,
                                                                     const char            *id);
LipcheckQuestion      *lipcheck_knowledge_base_lookup_question      (LipcheckKnowledgeBase *self,
                                                                     const char            *id);
LipcheckLevel         *lipcheck_knowledge_base_get_level            (LipcheckKnowledgeBase *self,
                                                                     LipcheckUrgency        urgency);
LipcheckWarningSign   *lipcheck_knowledge_base_find_warning_sign    (LipcheckKnowledgeBase *self,
                                                                     const char            *question_id);
const char            *lipcheck_knowledge_base_get_emergency_number (LipcheckKnowledgeBase *self,
                                                                     const char            *region);
GListModel            *lipcheck_knowledge_base_get_emergency_sources (LipcheckKnowledgeBase *self);
char                  *lipcheck_knowledge_base_describe             (LipcheckKnowledgeBase *self);
const char            *lipcheck_kind_get_key                        (LipcheckKind           kind);
const char            *lipcheck_kind_get_name                       (LipcheckKind           kind);

char                  *lipcheck_locale_region                       (void);

G_END_DECLS
