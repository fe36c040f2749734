/* lipcheck-evening-reminder.h: the evening reminder, sent while Lipcheck runs or as its background service. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_EVENING_REMINDER (lipcheck_evening_reminder_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckEveningReminder, lipcheck_evening_reminder, LIPCHECK, EVENING_REMINDER, GObject)

LipcheckEveningReminder *lipcheck_evening_reminder_new    (GApplication             *application,
                                                           LipcheckKnowledgeBase    *kb,
                                                           GSettings                *settings);
void                     lipcheck_evening_reminder_update (LipcheckEveningReminder  *self);

G_END_DECLS
