/* lipcheck-json.h: strict JSON reading with errors that name the file and the place. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "lipcheck-data-error.h"

G_BEGIN_DECLS

#define LIPCHECK_JSON_MAX_TEXT 4000

/* Where in a document a value is: the file's display name and the JSON path. */
typedef struct
{
  const char *file;
  GQuark      domain;
  GString    *path;
} LipcheckJsonCursor;

JsonNode   *lipcheck_json_parse           (GBytes             *bytes,
                                           const char         *file,
                                           GQuark              domain,
                                           gsize               max_size,
                                           guint               max_depth,
                                           GError            **error);
GBytes     *lipcheck_json_read_file       (GFile              *file,
                                           gsize               max_size,
                                           GQuark              domain,
                                           GError            **error);
char       *lipcheck_json_display_name    (GFile              *file);
GFile      *lipcheck_json_set_file_aside  (GFile              *file,
                                           GError            **error);

void        lipcheck_json_cursor_init     (LipcheckJsonCursor *cursor,
                                           const char         *file,
                                           GQuark              domain);
void        lipcheck_json_cursor_clear    (LipcheckJsonCursor *cursor);
gsize       lipcheck_json_cursor_push_key (LipcheckJsonCursor *cursor,
                                           const char         *key);
gsize       lipcheck_json_cursor_push_index (LipcheckJsonCursor *cursor,
                                           guint               index);
void        lipcheck_json_cursor_pop      (LipcheckJsonCursor *cursor,
                                           gsize               mark);
gboolean    lipcheck_json_fail            (LipcheckJsonCursor *cursor,
                                           GError            **error,
                                           LipcheckDataError   code,
                                           const char         *format,
                                           ...) G_GNUC_PRINTF (4, 5);

const char *lipcheck_json_describe        (JsonNode           *node);
gboolean    lipcheck_json_is_valid_id     (const char         *id);

gboolean    lipcheck_json_check_keys      (LipcheckJsonCursor *cursor,
                                           JsonObject         *object,
                                           const char * const *known,
                                           GError            **error);
JsonNode   *lipcheck_json_member          (LipcheckJsonCursor *cursor,
                                           JsonObject         *object,
                                           const char         *key,
                                           gboolean            required,
                                           GError            **error);
gboolean    lipcheck_json_expect          (LipcheckJsonCursor *cursor,
                                           JsonNode           *node,
                                           JsonNodeType        type,
                                           GType               value_type,
                                           GError            **error);
gboolean    lipcheck_json_check_text      (LipcheckJsonCursor *cursor,
                                           JsonNode           *node,
                                           GError            **error);
gboolean    lipcheck_json_check_id        (LipcheckJsonCursor *cursor,
                                           JsonNode           *node,
                                           GError            **error);
gboolean    lipcheck_json_check_int       (LipcheckJsonCursor *cursor,
                                           JsonNode           *node,
                                           gint64              minimum,
                                           gint64              maximum,
                                           GError            **error);

G_END_DECLS
