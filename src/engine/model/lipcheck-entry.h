/* lipcheck-entry.h: the base class of every knowledge-base entry. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_ENTRY (lipcheck_entry_get_type ())

G_DECLARE_DERIVABLE_TYPE (LipcheckEntry, lipcheck_entry, LIPCHECK, ENTRY, GObject)

struct _LipcheckEntryClass
{
  GObjectClass parent_class;

  /* Adds the subclass's own text to what the browse search matches. */
  void (*append_search_text) (LipcheckEntry *self,
                              GString       *text);
};

const char *lipcheck_entry_get_id          (LipcheckEntry *self);
const char *lipcheck_entry_get_name        (LipcheckEntry *self);
const char *lipcheck_entry_get_summary     (LipcheckEntry *self);
GListModel *lipcheck_entry_get_sources     (LipcheckEntry *self);
const char *lipcheck_entry_get_search_text (LipcheckEntry *self);

char       *lipcheck_entry_fold            (const char    *text);

G_END_DECLS
