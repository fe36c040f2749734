/* lipcheck-level.h: an urgency level: what it means for the person and what to do. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"
#include "lipcheck-enums.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_LEVEL (lipcheck_level_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckLevel, lipcheck_level, LIPCHECK, LEVEL, LipcheckEntry)

LipcheckUrgency  lipcheck_level_get_urgency (LipcheckLevel *self);
const char      *lipcheck_level_get_headline (LipcheckLevel *self);
const char      *lipcheck_level_get_advice (LipcheckLevel *self);
GListModel      *lipcheck_level_get_tips (LipcheckLevel *self);

G_END_DECLS
