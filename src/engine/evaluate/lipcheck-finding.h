/* lipcheck-finding.h: one thing a result found: a cause, condition or rule, and the answers behind it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_FINDING (lipcheck_finding_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckFinding, lipcheck_finding, LIPCHECK, FINDING, GObject)

LipcheckFinding     *lipcheck_finding_new              (LipcheckEntry      *entry,
                                                        const char * const *because,
                                                        const char * const *explanations);
LipcheckEntry       *lipcheck_finding_get_entry        (LipcheckFinding    *self);
const char * const  *lipcheck_finding_get_because      (LipcheckFinding    *self);
const char * const  *lipcheck_finding_get_explanations (LipcheckFinding    *self);

G_END_DECLS
