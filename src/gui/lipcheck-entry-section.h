/* lipcheck-entry-section.h: a section of the entry view: a heading, then what the knowledge base says under it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ENTRY_SECTION (lipcheck_entry_section_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckEntrySection, lipcheck_entry_section, LIPCHECK, ENTRY_SECTION, GtkBox)

GtkWidget *lipcheck_entry_section_new (const char *title);

G_END_DECLS
