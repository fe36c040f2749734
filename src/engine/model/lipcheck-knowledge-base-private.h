/* lipcheck-knowledge-base-private.h: what the loader uses to fill a knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-knowledge-base.h"

G_BEGIN_DECLS

LipcheckKnowledgeBase *_lipcheck_knowledge_base_new           (const char            *file_name);
GType                  _lipcheck_kind_get_item_type           (LipcheckKind           kind);
void                   _lipcheck_knowledge_base_add           (LipcheckKnowledgeBase *self,
                                                  LipcheckKind           kind,
                                                  LipcheckEntry         *entry);
void                   _lipcheck_knowledge_base_set_info      (LipcheckKnowledgeBase *self,
                                                  const char            *version,
                                                  const char            *disclaimer);
void                   _lipcheck_knowledge_base_set_incomplete (LipcheckKnowledgeBase *self,
                                                  const char            *name,
                                                  const char            *headline,
                                                  const char            *advice);
void                   _lipcheck_knowledge_base_set_emergency (LipcheckKnowledgeBase *self,
                                                  const char            *default_number,
                                                  GHashTable            *regions,
                                                  GListModel            *sources);

G_END_DECLS
