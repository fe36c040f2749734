/* lipcheck-diary-file.h: the diary file: a strict reader and an atomic writer. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_DIARY_ERROR (lipcheck_diary_error_quark ())

#define LIPCHECK_DIARY_MAX_ENTRIES 40000

GQuark         lipcheck_diary_error_quark       (void);
LipcheckDiary *lipcheck_diary_file_read_bytes   (LipcheckKnowledgeBase  *kb,
                                                 GBytes                 *bytes,
                                                 const char             *file_name,
                                                 const GDate            *today,
                                                 GError                **error);
LipcheckDiary *lipcheck_diary_file_read         (LipcheckKnowledgeBase  *kb,
                                                 GFile                  *file,
                                                 const GDate            *today,
                                                 GError                **error);
LipcheckDiary *lipcheck_diary_file_load         (LipcheckKnowledgeBase  *kb,
                                                 GFile                  *file,
                                                 const GDate            *today,
                                                 GFile                 **set_aside,
                                                 GError                **error);
GFile         *lipcheck_diary_file_default      (void);
GFile         *lipcheck_diary_file_archive      (LipcheckDiary          *diary,
                                                 GFile                  *file,
                                                 GError                **error);
char          *lipcheck_diary_file_to_json      (LipcheckDiary          *diary);
gboolean       lipcheck_diary_file_write        (LipcheckDiary          *diary,
                                                 GFile                  *file,
                                                 GError                **error);
char          *lipcheck_diary_format_date       (guint32                 julian);
gboolean       lipcheck_diary_parse_date        (const char             *text,
                                                 GDate                  *date);

G_END_DECLS
