/* test-expr.c: tests of conditions: each test on an answer, "any" and "all", unanswered questions. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "lipcheck-answers.h"
#include "lipcheck-expr.h"

static LipcheckExpr *
test_of (LipcheckExprOp  op,
         const char     *question_id,
         const char     *value,
         gint64          number)
{
  return lipcheck_expr_new_test (op, question_id, value, number);
}

/* A group of the children, which it takes. */
static LipcheckExpr *
group_of (LipcheckExprOp  op,
          LipcheckExpr   *first,
          ...)
{
  GPtrArray *children = g_ptr_array_new_with_free_func ((GDestroyNotify)lipcheck_expr_unref);
  va_list args;

  va_start (args, first);
  for (LipcheckExpr *child = first; child != NULL; child = va_arg (args, LipcheckExpr *))
    g_ptr_array_add (children, child);
  va_end (args);

  return lipcheck_expr_new_group (op, children);
}

/* Evaluates @expr (which this frees) and checks the result and the questions named as the reason. */
static void
assert_eval (LipcheckExpr       *expr,
             LipcheckAnswers    *answers,
             gboolean            expected,
             const char * const *expected_because)
{
  g_autoptr(LipcheckExpr) owned = expr;
  g_autoptr(GPtrArray) because = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (lipcheck_expr_eval (owned, answers, because), ==, expected);
  g_ptr_array_add (because, NULL);
  g_assert_cmpstrv ((char **)because->pdata, expected_because);
}

static LipcheckAnswers *
some_answers (void)
{
  LipcheckAnswers *answers = lipcheck_answers_new ();
  const char * const medications[] = { "diuretic", "antidepressant", NULL };
  const char * const none[] = { NULL };

  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  lipcheck_answers_set_boolean (answers, "pain", FALSE);
  lipcheck_answers_set_choice (answers, "duration", "days");
  lipcheck_answers_set_number (answers, "caffeine-cups", 4);
  lipcheck_answers_set_several (answers, "medications", medications);
  lipcheck_answers_set_several (answers, "diet", none);

  return answers;
}

static const char * const nothing[] = { NULL };

/* Each test on one answer, true and false */
static void
test_tests (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();

  assert_eval (test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0), answers, TRUE, (const char *[]) { "stress", NULL });
  assert_eval (test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_IS, "duration", "days", 0), answers, TRUE, (const char *[]) { "duration", NULL });
  assert_eval (test_of (LIPCHECK_EXPR_IS, "duration", "weeks", 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_INCLUDES, "medications", "diuretic", 0), answers, TRUE,
               (const char *[]) { "medications", NULL });
  assert_eval (test_of (LIPCHECK_EXPR_INCLUDES, "medications", "corticosteroid", 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_ANY_CHOSEN, "medications", NULL, 0), answers, TRUE,
               (const char *[]) { "medications", NULL });
  assert_eval (test_of (LIPCHECK_EXPR_ANY_CHOSEN, "diet", NULL, 0), answers, FALSE, nothing);
}

/* "more than" and "less than" are strict, at the threshold and either side of it */
static void
test_compare (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();
  const char * const caffeine[] = { "caffeine-cups", NULL };

  assert_eval (test_of (LIPCHECK_EXPR_MORE_THAN, "caffeine-cups", NULL, 3), answers, TRUE, caffeine);
  assert_eval (test_of (LIPCHECK_EXPR_MORE_THAN, "caffeine-cups", NULL, 4), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_LESS_THAN, "caffeine-cups", NULL, 5), answers, TRUE, caffeine);
  assert_eval (test_of (LIPCHECK_EXPR_LESS_THAN, "caffeine-cups", NULL, 4), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_MORE_THAN, "caffeine-cups", NULL, -1), answers, TRUE, caffeine);
}

/* A test on an answer of another type is false, not an error */
static void
test_wrong_type (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();

  assert_eval (test_of (LIPCHECK_EXPR_YES, "duration", NULL, 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_IS, "stress", "days", 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_MORE_THAN, "duration", NULL, 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_INCLUDES, "duration", "days", 0), answers, FALSE, nothing);
}

/* An unanswered question makes every test on it false: "less than" is no "no" */
static void
test_unanswered (void)
{
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_new ();

  assert_eval (test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_LESS_THAN, "sleep-hours", NULL, 7), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_MORE_THAN, "sleep-hours", NULL, -100), answers, FALSE, nothing);
  assert_eval (test_of (LIPCHECK_EXPR_ANY_CHOSEN, "medications", NULL, 0), answers, FALSE, nothing);
  assert_eval (group_of (LIPCHECK_EXPR_ANY,
                         test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0),
                         test_of (LIPCHECK_EXPR_LESS_THAN, "sleep-hours", NULL, 7),
                         NULL),
               answers, FALSE, nothing);

  /* Unset again: unanswered once more. */
  lipcheck_answers_set_number (answers, "sleep-hours", 5);
  assert_eval (test_of (LIPCHECK_EXPR_LESS_THAN, "sleep-hours", NULL, 7), answers, TRUE,
               (const char *[]) { "sleep-hours", NULL });
  lipcheck_answers_unset (answers, "sleep-hours");
  assert_eval (test_of (LIPCHECK_EXPR_LESS_THAN, "sleep-hours", NULL, 7), answers, FALSE, nothing);
}

/* "all" holds when every child does; it names the questions of all of them */
static void
test_all (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();

  assert_eval (group_of (LIPCHECK_EXPR_ALL,
                         test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0),
                         test_of (LIPCHECK_EXPR_MORE_THAN, "caffeine-cups", NULL, 3),
                         NULL),
               answers, TRUE, (const char *[]) { "stress", "caffeine-cups", NULL });
  assert_eval (group_of (LIPCHECK_EXPR_ALL,
                         test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0),
                         test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0),
                         NULL),
               answers, FALSE, nothing);
  assert_eval (group_of (LIPCHECK_EXPR_ALL,
                         test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0),
                         test_of (LIPCHECK_EXPR_YES, "unanswered", NULL, 0),
                         NULL),
               answers, FALSE, nothing);
}

/* "any" holds when one child does, and names every child that holds, each question once */
static void
test_any (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();

  assert_eval (group_of (LIPCHECK_EXPR_ANY,
                         test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0),
                         test_of (LIPCHECK_EXPR_IS, "duration", "days", 0),
                         test_of (LIPCHECK_EXPR_INCLUDES, "medications", "diuretic", 0),
                         test_of (LIPCHECK_EXPR_INCLUDES, "medications", "antidepressant", 0),
                         NULL),
               answers, TRUE, (const char *[]) { "duration", "medications", NULL });
  assert_eval (group_of (LIPCHECK_EXPR_ANY,
                         test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0),
                         test_of (LIPCHECK_EXPR_IS, "duration", "weeks", 0),
                         NULL),
               answers, FALSE, nothing);
}

/* Groups nest: all of (stress, any of (pain, more than 3 cups)) */
static void
test_nested (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();
  g_autoptr(LipcheckExpr) expr = group_of (LIPCHECK_EXPR_ALL,
                                           test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0),
                                           group_of (LIPCHECK_EXPR_ANY,
                                                     test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0),
                                                     test_of (LIPCHECK_EXPR_MORE_THAN, "caffeine-cups", NULL, 3),
                                                     NULL),
                                           NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char * const tested[] = { "stress", "pain", "caffeine-cups", NULL };

  assert_eval (lipcheck_expr_ref (expr), answers, TRUE, (const char *[]) { "stress", "caffeine-cups", NULL });
  lipcheck_answers_set_number (answers, "caffeine-cups", 2);
  assert_eval (lipcheck_expr_ref (expr), answers, FALSE, nothing);
  lipcheck_answers_set_boolean (answers, "pain", TRUE);
  assert_eval (lipcheck_expr_ref (expr), answers, TRUE, (const char *[]) { "stress", "pain", NULL });

  g_assert_cmpint (lipcheck_expr_get_op (expr), ==, LIPCHECK_EXPR_ALL);
  lipcheck_expr_collect_questions (expr, ids);
  g_ptr_array_add (ids, NULL);
  g_assert_cmpstrv ((char **)ids->pdata, tested);
}

/* Without a place for the reasons, the result is the same */
static void
test_no_because (void)
{
  g_autoptr(LipcheckAnswers) answers = some_answers ();
  g_autoptr(LipcheckExpr) yes = test_of (LIPCHECK_EXPR_YES, "stress", NULL, 0);
  g_autoptr(LipcheckExpr) no = test_of (LIPCHECK_EXPR_YES, "pain", NULL, 0);

  g_assert_true (lipcheck_expr_eval (yes, answers, NULL));
  g_assert_false (lipcheck_expr_eval (no, answers, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lipcheck/expr/tests", test_tests);
  g_test_add_func ("/lipcheck/expr/compare", test_compare);
  g_test_add_func ("/lipcheck/expr/wrong-type", test_wrong_type);
  g_test_add_func ("/lipcheck/expr/unanswered", test_unanswered);
  g_test_add_func ("/lipcheck/expr/all", test_all);
  g_test_add_func ("/lipcheck/expr/any", test_any);
  g_test_add_func ("/lipcheck/expr/nested", test_nested);
  g_test_add_func ("/lipcheck/expr/no-because", test_no_because);

  return g_test_run ();
}
