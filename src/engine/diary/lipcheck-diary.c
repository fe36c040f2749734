/* lipcheck-diary.c: the twitch diary: its days sorted by date, when it was noticed and settled. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary"

#include "config.h"

#include "lipcheck-diary.h"

struct _LipcheckDiary
{
  GObject    parent_instance;

  GDate      noticed;   /* invalid: not answered */
  GDate      settled;   /* invalid: not settled */

  /* Owned: LipcheckDiaryEntry, sorted by date, one a date */
  GPtrArray *entries;
};

static void lipcheck_diary_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LipcheckDiary, lipcheck_diary, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lipcheck_diary_list_model_init))

enum {
  PROP_0,
  PROP_NOTICED,
  PROP_SETTLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
lipcheck_diary_get_item_type (GListModel *model)
{
  return LIPCHECK_TYPE_DIARY_ENTRY;
}

static guint
lipcheck_diary_get_n_items (GListModel *model)
{
  return LIPCHECK_DIARY (model)->entries->len;
}

static gpointer
lipcheck_diary_get_item (GListModel *model,
                         guint       position)
{
  LipcheckDiary *self = LIPCHECK_DIARY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
lipcheck_diary_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lipcheck_diary_get_item_type;
  iface->get_n_items = lipcheck_diary_get_n_items;
  iface->get_item = lipcheck_diary_get_item;
}

static void
lipcheck_diary_dispose (GObject *object)
{
  LipcheckDiary *self = (LipcheckDiary *)object;

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (lipcheck_diary_parent_class)->dispose (object);
}

static void
lipcheck_diary_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LipcheckDiary *self = LIPCHECK_DIARY (object);

  switch (prop_id)
    {
    case PROP_NOTICED:
      g_value_set_boxed (value, lipcheck_diary_get_noticed (self));
      break;

    case PROP_SETTLED:
      g_value_set_boxed (value, lipcheck_diary_get_settled (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_diary_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LipcheckDiary *self = LIPCHECK_DIARY (object);

  switch (prop_id)
    {
    case PROP_NOTICED:
      lipcheck_diary_set_noticed (self, g_value_get_boxed (value));
      break;

    case PROP_SETTLED:
      lipcheck_diary_set_settled (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_diary_class_init (LipcheckDiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lipcheck_diary_dispose;
  object_class->get_property = lipcheck_diary_get_property;
  object_class->set_property = lipcheck_diary_set_property;

  properties[PROP_NOTICED] =
    g_param_spec_boxed ("noticed", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SETTLED] =
    g_param_spec_boxed ("settled", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_diary_init (LipcheckDiary *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&self->noticed, 1);
  g_date_clear (&self->settled, 1);
}

LipcheckDiary *
lipcheck_diary_new (void)
{
  return g_object_new (LIPCHECK_TYPE_DIARY, NULL);
}

static const GDate *
valid_or_null (const GDate *date)
{
  return g_date_valid (date) ? date : NULL;
}

static void
set_date (LipcheckDiary *self,
          GDate         *field,
          const GDate   *value,
          guint          prop_id)
{
  g_return_if_fail (value == NULL || g_date_valid (value));

  if (value == NULL ? !g_date_valid (field) : g_date_valid (field) && g_date_compare (field, value) == 0)
    return;

  if (value != NULL)
    *field = *value;
  else
    g_date_clear (field, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * lipcheck_diary_get_noticed:
 *
 * Returns: (transfer none) (nullable): when the twitch was first noticed, if answered
 */
const GDate *
lipcheck_diary_get_noticed (LipcheckDiary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), NULL);

  return valid_or_null (&self->noticed);
}

/**
 * lipcheck_diary_set_noticed:
 * @noticed: (nullable): the day the twitch was first noticed, or %NULL for not answered
 *
 * A day after the first entry is taken as that entry's day: a diary always reads back.
 */
void
lipcheck_diary_set_noticed (LipcheckDiary *self,
                            const GDate   *noticed)
{
  GDate first;

  g_return_if_fail (LIPCHECK_IS_DIARY (self));

  if (noticed != NULL && self->entries->len > 0 &&
      g_date_compare (noticed, lipcheck_diary_entry_get_date (g_ptr_array_index (self->entries, 0))) > 0)
    {
      first = *lipcheck_diary_entry_get_date (g_ptr_array_index (self->entries, 0));
      noticed = &first;
    }

  set_date (self, &self->noticed, noticed, PROP_NOTICED);
}

/**
 * lipcheck_diary_get_settled:
 *
 * Returns: (transfer none) (nullable): the day the person marked the twitch settled, if they did
 */
const GDate *
lipcheck_diary_get_settled (LipcheckDiary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), NULL);

  return valid_or_null (&self->settled);
}

void
lipcheck_diary_set_settled (LipcheckDiary *self,
                            const GDate   *settled)
{
  g_return_if_fail (LIPCHECK_IS_DIARY (self));

  set_date (self, &self->settled, settled, PROP_SETTLED);
}

/* The position of the first entry on or after @julian. */
static guint
find_position (LipcheckDiary *self,
               guint32        julian)
{
  guint low = 0, high = self->entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (lipcheck_diary_entry_get_julian (g_ptr_array_index (self->entries, middle)) < julian)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * lipcheck_diary_add:
 * @entry: (transfer none): the day to add
 *
 * Adds @entry in its place by date, or puts it in place of the entry of the same date (to correct
 * yesterday). An entry before the day the twitch was noticed moves that day back to it.
 *
 * Returns: (transfer full) (nullable): the entry @entry replaced, if any
 */
LipcheckDiaryEntry *
lipcheck_diary_add (LipcheckDiary      *self,
                    LipcheckDiaryEntry *entry)
{
  guint32 julian;
  guint position;
  gpointer *slot;
  LipcheckDiaryEntry *old;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), NULL);
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (entry), NULL);
  g_return_val_if_fail (g_date_valid (lipcheck_diary_entry_get_date (entry)), NULL);

  julian = lipcheck_diary_entry_get_julian (entry);
  if (g_date_valid (&self->noticed) && julian < g_date_get_julian (&self->noticed))
    lipcheck_diary_set_noticed (self, lipcheck_diary_entry_get_date (entry));

  position = find_position (self, julian);
  slot = position < self->entries->len ? &self->entries->pdata[position] : NULL;

  if (slot == NULL || lipcheck_diary_entry_get_julian (*slot) != julian)
    {
      g_ptr_array_insert (self->entries, position, g_object_ref (entry));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
      return NULL;
    }

  old = *slot;
  *slot = g_object_ref (entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return old;
}

/**
 * lipcheck_diary_lookup:
 *
 * Returns: (transfer none) (nullable): the entry of @date, if there is one
 */
LipcheckDiaryEntry *
lipcheck_diary_lookup (LipcheckDiary *self,
                       const GDate   *date)
{
  guint32 julian;
  guint position;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  julian = g_date_get_julian (date);
  position = find_position (self, julian);
  if (position < self->entries->len &&
      lipcheck_diary_entry_get_julian (g_ptr_array_index (self->entries, position)) == julian)
    return g_ptr_array_index (self->entries, position);

  return NULL;
}

/**
 * lipcheck_diary_get_entry:
 *
 * Returns: (transfer none): the entry at @position, in order of date
 */
LipcheckDiaryEntry *
lipcheck_diary_get_entry (LipcheckDiary *self,
                          guint          position)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, position);
}

guint
lipcheck_diary_get_n_entries (LipcheckDiary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), 0);

  return self->entries->len;
}

/**
 * lipcheck_diary_get_start:
 *
 * Returns: the Julian day the twitch began: the day it was noticed, or else the first entry's
 *   (the earlier of the two); 0 when the diary has neither
 */
guint32
lipcheck_diary_get_start (LipcheckDiary *self)
{
  guint32 start = 0;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), 0);

  if (self->entries->len > 0)
    start = lipcheck_diary_entry_get_julian (g_ptr_array_index (self->entries, 0));
  if (g_date_valid (&self->noticed) && (start == 0 || g_date_get_julian (&self->noticed) < start))
    start = g_date_get_julian (&self->noticed);

  return start;
}

/**
 * lipcheck_diary_get_last_twitch:
 *
 * Returns: the Julian day of the last entry with a twitch, or else the day it was noticed (a
 *   twitch was noticed that day); 0 when there is neither
 */
guint32
lipcheck_diary_get_last_twitch (LipcheckDiary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), 0);

  for (guint i = self->entries->len; i > 0; i--)
    {
      LipcheckDiaryEntry *entry = g_ptr_array_index (self->entries, i - 1);

      if (lipcheck_diary_entry_get_twitch (entry) != LIPCHECK_TWITCH_NONE)
        return lipcheck_diary_entry_get_julian (entry);
    }

  return g_date_valid (&self->noticed) ? g_date_get_julian (&self->noticed) : 0;
}

/**
 * lipcheck_diary_get_days_lasted:
 *
 * Returns: the days from the start to the last day with a twitch (0: the same day), or -1 when
 *   the diary has no day with a twitch
 */
int
lipcheck_diary_get_days_lasted (LipcheckDiary *self)
{
  guint32 start, last;

  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), -1);

  start = lipcheck_diary_get_start (self);
  last = lipcheck_diary_get_last_twitch (self);

  return last == 0 ? -1 : (int)(last - start);
}

/**
 * lipcheck_diary_get_end:
 *
 * A twitch of two weeks ends the diary with the routine advice even when it was later marked
 * settled: that advice still holds.
 *
 * Returns: how the diary ended, if it did
 */
LipcheckDiaryEnd
lipcheck_diary_get_end (LipcheckDiary *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY (self), LIPCHECK_DIARY_END_NONE);

  if (lipcheck_diary_get_days_lasted (self) >= LIPCHECK_DIARY_TWO_WEEKS)
    return LIPCHECK_DIARY_END_TWO_WEEKS;
  if (g_date_valid (&self->settled))
    return LIPCHECK_DIARY_END_SETTLED;

  return LIPCHECK_DIARY_END_NONE;
}

/**
 * lipcheck_diary_end_to_string:
 *
 * Returns: (nullable): "two-weeks", "settled", or %NULL for a diary that has not ended
 */
const char *
lipcheck_diary_end_to_string (LipcheckDiaryEnd end)
{
  switch (end)
    {
    case LIPCHECK_DIARY_END_TWO_WEEKS:
      return "two-weeks";

    case LIPCHECK_DIARY_END_SETTLED:
      return "settled";

    case LIPCHECK_DIARY_END_NONE:
    default:
      return NULL;
    }
}
