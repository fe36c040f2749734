/* lipcheck-kb-loader.h: makes a LipcheckKnowledgeBase from knowledge-base JSON, checking all of it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-data-error.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

/* Raised with a LipcheckDataError code. */
#define LIPCHECK_KB_ERROR (lipcheck_kb_error_quark ())

GQuark                 lipcheck_kb_error_quark                (void);
LipcheckKnowledgeBase *lipcheck_knowledge_base_new_from_bytes (GBytes      *bytes,
                                                               const char  *file_name,
                                                               GError     **error);
LipcheckKnowledgeBase *lipcheck_knowledge_base_new_from_file  (GFile       *file,
                                                               GError     **error);
LipcheckKnowledgeBase *lipcheck_knowledge_base_new_default    (GError     **error);

G_END_DECLS
