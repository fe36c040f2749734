/* lipcheck-result-details.h: the sections of a result: what to do, why, factors, tips, gaps. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_RESULT_DETAILS (lipcheck_result_details_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckResultDetails, lipcheck_result_details, LIPCHECK, RESULT_DETAILS, GtkBox)

GtkWidget      *lipcheck_result_details_new        (LipcheckResult        *result);
LipcheckResult *lipcheck_result_details_get_result (LipcheckResultDetails *self);

G_END_DECLS
