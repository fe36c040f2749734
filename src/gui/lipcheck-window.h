/* lipcheck-window.h: the main window: the self-check and the pages to browse the knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"
#include "lipcheck-wizard.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_WINDOW (lipcheck_window_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckWindow, lipcheck_window, LIPCHECK, WINDOW, GtkApplicationWindow)

LipcheckWindow *lipcheck_window_new          (GtkApplication        *application,
                                              LipcheckKnowledgeBase *kb,
                                              GSettings             *settings);
void            lipcheck_window_show_answers (LipcheckWindow        *self,
                                              LipcheckAnswers       *answers);
void            lipcheck_window_show_page    (LipcheckWindow        *self,
                                              const char            *page,
                                              const char            *entry_id);
void            lipcheck_window_open_diary   (LipcheckWindow        *self,
                                              GFile                 *file);
void            lipcheck_window_show_diary_day (LipcheckWindow      *self,
                                                const char          *day);
LipcheckWizard *lipcheck_window_get_wizard   (LipcheckWindow        *self);
void            lipcheck_window_save_state   (LipcheckWindow        *self);

gboolean        lipcheck_window_write_summary_pdf (LipcheckWindow  *self,
                                                   GFile           *file,
                                                   GError         **error);

void            lipcheck_window_save_summary_pdf (LipcheckWindow *self,
                                                  GFile          *file);
void            lipcheck_window_show_problem     (LipcheckWindow *self,
                                                  const char     *title,
                                                  const char     *message,
                                                  const char     *details);

G_END_DECLS
