/* lipcheck-answers.c: a person's answers to the self-check questions (lipcheck-answers-file.c reads
 * and writes them). */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-answers"

#include "config.h"

#include "lipcheck-answers.h"

struct _LipcheckAnswers
{
  GObject     parent_instance;

  /* Owned: question id → GVariant (b, x, s or as) */
  GHashTable *values;
  GDateTime  *saved;
};

G_DEFINE_FINAL_TYPE (LipcheckAnswers, lipcheck_answers, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
lipcheck_answers_finalize (GObject *object)
{
  LipcheckAnswers *self = (LipcheckAnswers *)object;

  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->saved, g_date_time_unref);

  G_OBJECT_CLASS (lipcheck_answers_parent_class)->finalize (object);
}

static void
lipcheck_answers_class_init (LipcheckAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_answers_finalize;

  /**
   * LipcheckAnswers::changed:
   * @question_id: the question whose answer changed, or %NULL when all were cleared
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lipcheck_answers_init (LipcheckAnswers *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_variant_unref);
}

LipcheckAnswers *
lipcheck_answers_new (void)
{
  return g_object_new (LIPCHECK_TYPE_ANSWERS, NULL);
}

/**
 * lipcheck_answers_lookup:
 *
 * Returns: (transfer none) (nullable): the answer to @question_id, or %NULL if unanswered
 */
GVariant *
lipcheck_answers_lookup (LipcheckAnswers *self,
                         const char      *question_id)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  return g_hash_table_lookup (self->values, question_id);
}

/**
 * lipcheck_answers_set:
 * @value: (nullable): the answer (b, x, s or as; a floating reference is sunk), or %NULL to unset
 */
void
lipcheck_answers_set (LipcheckAnswers *self,
                      const char      *question_id,
                      GVariant        *value)
{
  GVariant *old;

  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));
  g_return_if_fail (question_id != NULL);

  old = g_hash_table_lookup (self->values, question_id);

  if (value != NULL)
    {
      g_variant_ref_sink (value);
      if (old != NULL && g_variant_equal (old, value))
        {
          g_variant_unref (value);
          return;
        }
      g_hash_table_insert (self->values, g_strdup (question_id), value);
    }
  else if (!g_hash_table_remove (self->values, question_id))
    return;

  g_signal_emit (self, signals[CHANGED], 0, question_id);
}

void
lipcheck_answers_set_boolean (LipcheckAnswers *self,
                              const char      *question_id,
                              gboolean         value)
{
  lipcheck_answers_set (self, question_id, g_variant_new_boolean (value));
}

void
lipcheck_answers_set_number (LipcheckAnswers *self,
                             const char      *question_id,
                             gint64           value)
{
  lipcheck_answers_set (self, question_id, g_variant_new_int64 (value));
}

void
lipcheck_answers_set_choice (LipcheckAnswers *self,
                             const char      *question_id,
                             const char      *choice_id)
{
  lipcheck_answers_set (self, question_id, g_variant_new_string (choice_id));
}

void
lipcheck_answers_set_several (LipcheckAnswers    *self,
                              const char         *question_id,
                              const char * const *choice_ids)
{
  lipcheck_answers_set (self, question_id, g_variant_new_strv (choice_ids, -1));
}

void
lipcheck_answers_unset (LipcheckAnswers *self,
                        const char      *question_id)
{
  lipcheck_answers_set (self, question_id, NULL);
}

void
lipcheck_answers_clear (LipcheckAnswers *self)
{
  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));

  if (g_hash_table_size (self->values) == 0)
    return;

  g_hash_table_remove_all (self->values);
  g_signal_emit (self, signals[CHANGED], 0, NULL);
}

/**
 * lipcheck_answers_replace:
 * @other: the answers to take
 *
 * Makes @self hold the answers of @other (not its saved date), emitting #LipcheckAnswers::changed.
 */
void
lipcheck_answers_replace (LipcheckAnswers *self,
                          LipcheckAnswers *other)
{
  GHashTableIter iter;
  gpointer id, value;

  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));
  g_return_if_fail (LIPCHECK_IS_ANSWERS (other));

  if (self == other)
    return;

  lipcheck_answers_clear (self);
  g_hash_table_iter_init (&iter, other->values);
  while (g_hash_table_iter_next (&iter, &id, &value))
    lipcheck_answers_set (self, id, value);
}

/**
 * lipcheck_answers_copy:
 *
 * Returns: (transfer full): new answers holding those of @self, without its saved date
 */
LipcheckAnswers *
lipcheck_answers_copy (LipcheckAnswers *self)
{
  LipcheckAnswers *copy;

  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  copy = lipcheck_answers_new ();
  lipcheck_answers_replace (copy, self);

  return copy;
}

guint
lipcheck_answers_get_n_answers (LipcheckAnswers *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), 0);

  return g_hash_table_size (self->values);
}

/**
 * lipcheck_answers_get_saved:
 *
 * Returns: (transfer none) (nullable): when the answers were saved, if they were
 */
GDateTime *
lipcheck_answers_get_saved (LipcheckAnswers *self)
{
  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  return self->saved;
}

void
lipcheck_answers_set_saved (LipcheckAnswers *self,
                            GDateTime       *saved)
{
  g_return_if_fail (LIPCHECK_IS_ANSWERS (self));

  g_clear_pointer (&self->saved, g_date_time_unref);
  if (saved != NULL)
    self->saved = g_date_time_ref (saved);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * lipcheck_answers_dup_question_ids:
 *
 * Returns: (transfer full): the ids of the questions answered, sorted
 */
char **
lipcheck_answers_dup_question_ids (LipcheckAnswers *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (LIPCHECK_IS_ANSWERS (self), NULL);

  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_ptr_array_add (ids, g_strdup (id));
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);

  return (char **)g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
