/* lipcheck-expr.c: the conditions of rules, reasons and questions, and their evaluation. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-expr"

#include "config.h"

#include "lipcheck-answers.h"
#include "lipcheck-expr.h"

struct _LipcheckExpr
{
  gatomicrefcount  ref_count;
  LipcheckExprOp   op;

  /* Owned: for tests on one answer */
  char            *question_id;
  char            *value;
  gint64           number;

  /* Owned: for "any" and "all", the LipcheckExpr children */
  GPtrArray       *children;
};

G_DEFINE_BOXED_TYPE (LipcheckExpr, lipcheck_expr, lipcheck_expr_ref, lipcheck_expr_unref)

/**
 * lipcheck_expr_new_test:
 * @question_id: the question tested
 * @value: for %LIPCHECK_EXPR_IS and %LIPCHECK_EXPR_INCLUDES, the choice id
 * @number: for %LIPCHECK_EXPR_MORE_THAN and %LIPCHECK_EXPR_LESS_THAN, the threshold
 */
LipcheckExpr *
lipcheck_expr_new_test (LipcheckExprOp  op,
                        const char     *question_id,
                        const char     *value,
                        gint64          number)
{
  LipcheckExpr *self;

  g_return_val_if_fail (op < LIPCHECK_EXPR_ANY, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  self = g_new0 (LipcheckExpr, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->op = op;
  self->question_id = g_strdup (question_id);
  self->value = g_strdup (value);
  self->number = number;

  return self;
}

/**
 * lipcheck_expr_new_group:
 * @children: (transfer full): the conditions combined, with lipcheck_expr_unref() as free func
 */
LipcheckExpr *
lipcheck_expr_new_group (LipcheckExprOp  op,
                         GPtrArray      *children)
{
  LipcheckExpr *self;

  g_return_val_if_fail (op == LIPCHECK_EXPR_ANY || op == LIPCHECK_EXPR_ALL, NULL);
  g_return_val_if_fail (children != NULL && children->len > 0, NULL);

  self = g_new0 (LipcheckExpr, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->op = op;
  self->children = children;

  return self;
}

LipcheckExpr *
lipcheck_expr_ref (LipcheckExpr *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
lipcheck_expr_unref (LipcheckExpr *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->question_id, g_free);
      g_clear_pointer (&self->value, g_free);
      g_clear_pointer (&self->children, g_ptr_array_unref);
      g_free (self);
    }
}

LipcheckExprOp
lipcheck_expr_get_op (const LipcheckExpr *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->op;
}

static void
add_because (GPtrArray  *because,
             const char *question_id)
{
  if (because != NULL && !g_ptr_array_find_with_equal_func (because, question_id, g_str_equal, NULL))
    g_ptr_array_add (because, g_strdup (question_id));
}

static gboolean
test_answer (const LipcheckExpr *self,
             GVariant           *answer)
{
  switch (self->op)
    {
    case LIPCHECK_EXPR_YES:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (answer);

    case LIPCHECK_EXPR_IS:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING) &&
             g_str_equal (g_variant_get_string (answer, NULL), self->value);

    case LIPCHECK_EXPR_INCLUDES:
      {
        g_autofree const char **values = NULL;

        if (!g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY))
          return FALSE;
        values = g_variant_get_strv (answer, NULL);
        return g_strv_contains (values, self->value);
      }

    case LIPCHECK_EXPR_ANY_CHOSEN:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY) && g_variant_n_children (answer) > 0;

    case LIPCHECK_EXPR_MORE_THAN:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_INT64) && g_variant_get_int64 (answer) > self->number;

    case LIPCHECK_EXPR_LESS_THAN:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_INT64) && g_variant_get_int64 (answer) < self->number;

    case LIPCHECK_EXPR_ANY:
    case LIPCHECK_EXPR_ALL:
    default:
      g_assert_not_reached ();
    }
}

/**
 * lipcheck_expr_eval:
 * @because: (nullable) (element-type utf8): where to add the ids of the questions whose tests
 *   made the condition hold, each once
 *
 * An unanswered question makes every test on it false. "any" looks at every child, so that
 * @because names all the answers behind the result, not only the first.
 *
 * Returns: whether the condition holds for @answers
 */
gboolean
lipcheck_expr_eval (const LipcheckExpr *self,
                    LipcheckAnswers    *answers,
                    GPtrArray          *because)
{
  g_autoptr(GPtrArray) inner = NULL;
  gboolean holds;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (answers), FALSE);

  if (self->children == NULL)
    {
      GVariant *answer = lipcheck_answers_lookup (answers, self->question_id);

      holds = answer != NULL && test_answer (self, answer);
      if (holds)
        add_because (because, self->question_id);
      return holds;
    }

  inner = g_ptr_array_new_with_free_func (g_free);
  holds = self->op == LIPCHECK_EXPR_ALL;

  for (guint i = 0; i < self->children->len; i++)
    {
      gboolean child = lipcheck_expr_eval (g_ptr_array_index (self->children, i), answers, inner);

      if (self->op == LIPCHECK_EXPR_ANY)
        holds |= child;
      else if (!child)
        return FALSE;
    }

  for (guint i = 0; holds && i < inner->len; i++)
    add_because (because, g_ptr_array_index (inner, i));

  return holds;
}

/**
 * lipcheck_expr_collect_questions:
 * @ids: (element-type utf8): where to add the ids of every question the condition tests, each once
 */
void
lipcheck_expr_collect_questions (const LipcheckExpr *self,
                                 GPtrArray          *ids)
{
  g_return_if_fail (self != NULL);

  if (self->children == NULL)
    {
      add_because (ids, self->question_id);
      return;
    }

  for (guint i = 0; i < self->children->len; i++)
    lipcheck_expr_collect_questions (g_ptr_array_index (self->children, i), ids);
}

/**
 * lipcheck_reason_new:
 * @when: (transfer none): the condition
 */
LipcheckReason *
lipcheck_reason_new (LipcheckExpr *when,
                     const char   *why)
{
  LipcheckReason *reason = g_new0 (LipcheckReason, 1);

  reason->when = lipcheck_expr_ref (when);
  reason->why = g_strdup (why);

  return reason;
}

void
lipcheck_reason_free (LipcheckReason *reason)
{
  if (reason == NULL)
    return;

  g_clear_pointer (&reason->when, lipcheck_expr_unref);
  g_clear_pointer (&reason->why, g_free);
  g_free (reason);
}
