/* lipcheck-result-view.h: the result page: urgency first, then why, what to do and what may help. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_RESULT_VIEW (lipcheck_result_view_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckResultView, lipcheck_result_view, LIPCHECK, RESULT_VIEW, GtkWidget)

LipcheckResult *lipcheck_result_view_get_result (LipcheckResultView *self);
void            lipcheck_result_view_set_result (LipcheckResultView *self,
                                                 LipcheckResult     *result);
void            lipcheck_result_view_set_show_actions (LipcheckResultView *self,
                                                       gboolean            show_actions);

G_END_DECLS
