/* lipcheck-json.h: strict JSON reading with errors that name the file and the place. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * LipcheckDataError:
 * @LIPCHECK_DATA_ERROR_IO: the file could not be read
 * @LIPCHECK_DATA_ERROR_TOO_LARGE: the file is larger than allowed
 * @LIPCHECK_DATA_ERROR_ENCODING: a NUL byte or invalid UTF-8
 * @LIPCHECK_DATA_ERROR_SYNTAX: not valid (strict) JSON
 * @LIPCHECK_DATA_ERROR_TOO_DEEP: nested deeper than allowed
 * @LIPCHECK_DATA_ERROR_DUPLICATE_KEY: a key twice in one object
 * @LIPCHECK_DATA_ERROR_TYPE: a value of the wrong JSON type
 * @LIPCHECK_DATA_ERROR_MISSING: a required key is missing
 * @LIPCHECK_DATA_ERROR_UNKNOWN_KEY: a key that is not part of the format
 * @LIPCHECK_DATA_ERROR_EMPTY: an empty text or list where content is required
 * @LIPCHECK_DATA_ERROR_INVALID_ID: an id of the wrong form
 * @LIPCHECK_DATA_ERROR_DUPLICATE_ID: an id used twice within its kind
 * @LIPCHECK_DATA_ERROR_REFERENCE: a reference to an entry that does not exist
 * @LIPCHECK_DATA_ERROR_VALUE: a value out of range or not one of those allowed
 *
 * The error codes shared by %LIPCHECK_KB_ERROR and %LIPCHECK_ANSWERS_ERROR.
 */
typedef enum
{
  LIPCHECK_DATA_ERROR_IO,
  LIPCHECK_DATA_ERROR_TOO_LARGE,
  LIPCHECK_DATA_ERROR_ENCODING,
  LIPCHECK_DATA_ERROR_SYNTAX,
  LIPCHECK_DATA_ERROR_TOO_DEEP,
  LIPCHECK_DATA_ERROR_DUPLICATE_KEY,
  LIPCHECK_DATA_ERROR_TYPE,
  LIPCHECK_DATA_ERROR_MISSING,
  LIPCHECK_DATA_ERROR_UNKNOWN_KEY,
  LIPCHECK_DATA_ERROR_EMPTY,
  LIPCHECK_DATA_ERROR_INVALID_ID,
  LIPCHECK_DATA_ERROR_DUPLICATE_ID,
  LIPCHECK_DATA_ERROR_REFERENCE,
  LIPCHECK_DATA_ERROR_VALUE,
} LipcheckDataError;

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
