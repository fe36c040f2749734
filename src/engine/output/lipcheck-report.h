/* lipcheck-report.h: a result as JSON or as plain text, for headless use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

char *lipcheck_report_to_json (LipcheckResult *result);
char *lipcheck_report_to_text (LipcheckResult *result);
char *lipcheck_report_describe_answer (LipcheckQuestion *question,
                                       GVariant         *answer);
void  lipcheck_report_add_members (JsonBuilder    *builder,
                                  LipcheckResult *result,
                                  gboolean        complete);

G_END_DECLS
