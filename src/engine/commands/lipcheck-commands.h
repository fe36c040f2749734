/* lipcheck-commands.h: the headless commands (--check-kb, --report, --summary-pdf, --diary), without GTK. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <stdio.h>

#include <gio/gio.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

LipcheckKnowledgeBase *lipcheck_command_load_knowledge_base (const char  *path,
                                                             GError     **error);
int                    lipcheck_command_check_kb            (const char  *path,
                                                             FILE        *out,
                                                             FILE        *err);
int                    lipcheck_command_report              (const char  *kb_path,
                                                             const char  *answers_path,
                                                             const char  *format,
                                                             FILE        *out,
                                                             FILE        *err);
int                    lipcheck_command_summary_pdf         (const char  *kb_path,
                                                             const char  *answers_path,
                                                             const char  *pdf_path,
                                                             const char  *paper_name,
                                                             FILE        *out,
                                                             FILE        *err);
int                    lipcheck_command_diary_report        (const char  *kb_path,
                                                             const char  *diary_path,
                                                             const char  *format,
                                                             FILE        *out,
                                                             FILE        *err);

int                    lipcheck_command_diary_export_csv    (const char  *kb_path,
                                                             const char  *diary_path,
                                                             const char  *csv_path,
                                                             FILE        *out,
                                                             FILE        *err);
int                    lipcheck_command_diary_summary_pdf   (const char  *kb_path,
                                                             const char  *diary_path,
                                                             const char  *pdf_path,
                                                             const char  *paper_name,
                                                             FILE        *out,
                                                             FILE        *err);

G_END_DECLS
