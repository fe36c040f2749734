/* lipcheck-diary-entry-editor.h: one day of the twitch diary, every answer unanswered until given. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-diary-entry.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_DIARY_ENTRY_EDITOR (lipcheck_diary_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckDiaryEntryEditor, lipcheck_diary_entry_editor, LIPCHECK, DIARY_ENTRY_EDITOR, GtkWidget)

void                lipcheck_diary_entry_editor_set_knowledge_base (LipcheckDiaryEntryEditor  *self,
                                                                    LipcheckKnowledgeBase     *kb);
void                lipcheck_diary_entry_editor_load               (LipcheckDiaryEntryEditor  *self,
                                                                    LipcheckDiaryEntry        *entry);
gboolean            lipcheck_diary_entry_editor_get_complete       (LipcheckDiaryEntryEditor  *self);
LipcheckDiaryEntry *lipcheck_diary_entry_editor_build              (LipcheckDiaryEntryEditor  *self,
                                                                    const GDate               *date,
                                                                    GError                   **error);

G_END_DECLS
