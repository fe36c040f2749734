/* lipcheck-last-check.h: the last self-check kept in the user's data directory. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

GFile           *lipcheck_last_check_default_file (void);
gboolean         lipcheck_last_check_save         (GFile                  *file,
                                                   LipcheckKnowledgeBase  *kb,
                                                   LipcheckAnswers        *answers,
                                                   GDateTime              *when,
                                                   GError                **error);
LipcheckAnswers *lipcheck_last_check_load         (GFile                  *file,
                                                   LipcheckKnowledgeBase  *kb,
                                                   GFile                 **set_aside,
                                                   GError                **error);

G_END_DECLS
