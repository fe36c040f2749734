/* lipcheck-kb-loader-private.h: what the loader's files share: the loader, its fields and their readers. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-json.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base-private.h"

G_BEGIN_DECLS

#define LIPCHECK_KB_MAX_SIZE    (4 * 1024 * 1024)
#define LIPCHECK_KB_MAX_DEPTH   32
#define LIPCHECK_KB_MAX_ENTRIES 100000

typedef enum
{
  FIELD_ID,
  FIELD_TEXT,
  FIELD_TEMPLATE,
  FIELD_TEXT_LIST,
  FIELD_INT,
  FIELD_ENUM,
  FIELD_REF,
  FIELD_REFS,
  FIELD_SOURCES,
  FIELD_CONDITION,
  FIELD_REASONS,
  FIELD_CHOICES,
} FieldType;

typedef struct
{
  const char   *key;
  FieldType     type;
  gboolean      required;
  const char   *property;
  LipcheckKind  ref_kind;
} Field;

typedef struct
{
  LipcheckKnowledgeBase *kb;
  LipcheckJsonCursor     cursor;
  LipcheckKind           kind;

  /* The id of the entry being read, for the message contexts of its translations */
  const char            *entry_id;

  /* Whether a catalogue of translations is found for the current locale */
  gboolean               translations;
} Loader;

/* What _lipcheck_kb_each_element() calls on each element of an array, with the cursor on it. */
typedef gboolean (*EachFunc) (Loader   *loader,
                              JsonNode *element,
                              guint     index,
                              gpointer  data,
                              GError  **error);

const char *_lipcheck_kb_translate    (Loader             *loader,
                                       const char         *field,
                                       const char         *text);
gboolean    _lipcheck_kb_fail         (Loader             *loader,
                                       GError            **error,
                                       LipcheckDataError   code,
                                       const char         *message);
gboolean    _lipcheck_kb_each_element (Loader             *loader,
                                       JsonNode           *node,
                                       gboolean            non_empty,
                                       EachFunc            each,
                                       gpointer            data,
                                       GError            **error);
gboolean    _lipcheck_kb_read_field   (Loader             *loader,
                                       const Field        *field,
                                       JsonNode           *node,
                                       GValue             *value,
                                       GError            **error);

G_END_DECLS
