/* lipcheck-diary-report.h: a diary's state and advice as JSON or as plain text, for headless use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

char *lipcheck_diary_report_to_json (LipcheckDiary  *diary,
                                     LipcheckResult *result);
char *lipcheck_diary_report_to_text (LipcheckDiary  *diary,
                                     LipcheckResult *result);

G_END_DECLS
