/* lipcheck-source.h: a source a fact comes from: its title, publisher and address. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "lipcheck-entry.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_SOURCE (lipcheck_source_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckSource, lipcheck_source, LIPCHECK, SOURCE, LipcheckEntry)

const char  *lipcheck_source_get_publisher (LipcheckSource *self);
const char  *lipcheck_source_get_url (LipcheckSource *self);

G_END_DECLS
