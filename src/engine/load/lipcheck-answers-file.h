/* lipcheck-answers-file.h: reads an answers file, checked against a knowledge base, and writes one. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-data-error.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

/* Raised with a LipcheckDataError code. */
#define LIPCHECK_ANSWERS_ERROR (lipcheck_answers_error_quark ())

GQuark           lipcheck_answers_error_quark    (void);
LipcheckAnswers *lipcheck_answers_new_from_bytes (LipcheckKnowledgeBase  *kb,
                                                  GBytes                 *bytes,
                                                  const char             *file_name,
                                                  GError                **error);
LipcheckAnswers *lipcheck_answers_new_from_file  (LipcheckKnowledgeBase  *kb,
                                                  GFile                  *file,
                                                  GError                **error);
char            *lipcheck_answers_to_json        (LipcheckAnswers        *self,
                                                  LipcheckKnowledgeBase  *kb);

G_END_DECLS
