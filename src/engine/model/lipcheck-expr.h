/* lipcheck-expr.h: the conditions of rules, reasons and questions, and their evaluation. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

#include "lipcheck-types.h"

G_BEGIN_DECLS

typedef enum
{
  LIPCHECK_EXPR_YES,
  LIPCHECK_EXPR_IS,
  LIPCHECK_EXPR_INCLUDES,
  LIPCHECK_EXPR_ANY_CHOSEN,
  LIPCHECK_EXPR_MORE_THAN,
  LIPCHECK_EXPR_LESS_THAN,
  LIPCHECK_EXPR_ANY,
  LIPCHECK_EXPR_ALL,
} LipcheckExprOp;

/* A reason: a condition and what to say to the person when it holds. */
typedef struct
{
  LipcheckExpr *when;
  char         *why;
} LipcheckReason;

#define LIPCHECK_TYPE_EXPR (lipcheck_expr_get_type ())

GType           lipcheck_expr_get_type       (void) G_GNUC_CONST;
LipcheckExpr   *lipcheck_expr_new_test       (LipcheckExprOp   op,
                                              const char      *question_id,
                                              const char      *value,
                                              gint64           number);
LipcheckExpr   *lipcheck_expr_new_group      (LipcheckExprOp   op,
                                              GPtrArray       *children);
LipcheckExpr   *lipcheck_expr_ref            (LipcheckExpr    *self);
void            lipcheck_expr_unref          (LipcheckExpr    *self);
LipcheckExprOp  lipcheck_expr_get_op         (const LipcheckExpr *self);
gboolean        lipcheck_expr_eval           (const LipcheckExpr *self,
                                              LipcheckAnswers    *answers,
                                              GPtrArray          *because);
void            lipcheck_expr_collect_questions (const LipcheckExpr *self,
                                              GPtrArray          *ids);

LipcheckReason *lipcheck_reason_new          (LipcheckExpr    *when,
                                              const char      *why);
void            lipcheck_reason_free         (LipcheckReason  *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LipcheckExpr, lipcheck_expr_unref)

G_END_DECLS
