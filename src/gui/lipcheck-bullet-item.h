/* lipcheck-bullet-item.h: an item of a bulleted list of the entry view. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_BULLET_ITEM (lipcheck_bullet_item_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckBulletItem, lipcheck_bullet_item, LIPCHECK, BULLET_ITEM, GtkBox)

GtkWidget *lipcheck_bullet_item_new (const char *text);

G_END_DECLS
