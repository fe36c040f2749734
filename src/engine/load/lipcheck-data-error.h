/* lipcheck-data-error.h: the error codes of Lipcheck's file readers, without their JSON parser. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

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

G_END_DECLS
