/* lipcheck-print-operation.h: prints the summary sheet of a result, remembering the printer's settings. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "lipcheck-summary.h"

G_BEGIN_DECLS

#define LIPCHECK_TYPE_PRINT_OPERATION (lipcheck_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckPrintOperation, lipcheck_print_operation, LIPCHECK, PRINT_OPERATION, GtkPrintOperation)

LipcheckPrintOperation *lipcheck_print_operation_new           (LipcheckResult         *result,
                                                                GDateTime              *date);
LipcheckSummary        *lipcheck_print_operation_get_summary   (LipcheckPrintOperation *self);
void                    lipcheck_print_operation_set_paper     (LipcheckPrintOperation *self,
                                                                LipcheckPaper           paper);
void                    lipcheck_print_operation_load_settings (LipcheckPrintOperation *self);
void                    lipcheck_print_operation_save_settings (LipcheckPrintOperation *self);
char                   *lipcheck_print_operation_dup_settings_path (void);

G_END_DECLS
