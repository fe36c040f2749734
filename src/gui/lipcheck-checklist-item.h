/* lipcheck-checklist-item.h: a box to tick on a checklist step, for one yes/no question. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_CHECKLIST_ITEM (lipcheck_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckChecklistItem, lipcheck_checklist_item, LIPCHECK, CHECKLIST_ITEM, GtkCheckButton)

GtkWidget        *lipcheck_checklist_item_new          (LipcheckQuestion      *question);
LipcheckQuestion *lipcheck_checklist_item_get_question (LipcheckChecklistItem *self);
const char       *lipcheck_checklist_item_get_id       (LipcheckChecklistItem *self);

G_END_DECLS
