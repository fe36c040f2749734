/* lipcheck-test-util.h: helpers shared by the tests: evaluating example answers, reading PDFs. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

/* What the shipped knowledge base holds of each kind, by LipcheckKind. */
extern const guint lipcheck_test_shipped_counts[];

LipcheckResult *lipcheck_test_evaluate_file (LipcheckKnowledgeBase *kb,
                                             const char            *name);

char *lipcheck_test_run_tool  (const char * const *argv);
char *lipcheck_test_pdf_text  (const char         *path,
                               guint               page);
char *lipcheck_test_normalise (const char         *text);
char *lipcheck_test_pdf_info  (const char         *path,
                               const char         *key);

G_END_DECLS
