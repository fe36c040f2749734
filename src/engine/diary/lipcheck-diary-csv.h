/* lipcheck-diary-csv.h: the diary as a CSV file (RFC 4180), one row per entry, for the person's own use. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-diary.h"

G_BEGIN_DECLS

char     *lipcheck_diary_csv_to_string (LipcheckDiary  *diary);
gboolean  lipcheck_diary_csv_write     (LipcheckDiary  *diary,
                                        GFile          *file,
                                        GError        **error);

G_END_DECLS
