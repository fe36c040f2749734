/* lipcheck-diary-entry.c: one day of the twitch diary, every optional answer possibly unanswered. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-entry"

#include "config.h"

#include "lipcheck-diary-entry.h"
#include "lipcheck-enums.h"

struct _LipcheckDiaryEntry
{
  GObject          parent_instance;

  GDate            date;
  LipcheckTwitch   twitch;
  int              caffeine_cups;   /* LIPCHECK_DIARY_UNANSWERED when not answered */
  int              sleep_hours;     /* likewise */
  LipcheckTristate stress;
  LipcheckTristate alcohol;
  LipcheckTristate new_medicine;
  LipcheckTristate sudden;

  /* Owned */
  char           **places;          /* NULL: not answered */
  char           **new_signs;       /* NULL: not answered; empty: "none of these" */
  char            *note;
};

G_DEFINE_FINAL_TYPE (LipcheckDiaryEntry, lipcheck_diary_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TWITCH,
  PROP_PLACES,
  PROP_CAFFEINE_CUPS,
  PROP_SLEEP_HOURS,
  PROP_STRESS,
  PROP_ALCOHOL,
  PROP_NEW_MEDICINE,
  PROP_NEW_SIGNS,
  PROP_SUDDEN,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The places of the face map, left and right as the person's own; "elsewhere" is on the body. */
static const char * const places[] = {
  "eyelid-left", "eyelid-right", "cheek-left", "cheek-right", "upper-lip-left", "upper-lip-right",
  "lower-lip-left", "lower-lip-right", "elsewhere", NULL
};

static const char * const twitch_names[] = { "none", "mild", "strong" };

const char * const *
lipcheck_diary_places (void)
{
  return places;
}

gboolean
lipcheck_diary_is_place (const char *place)
{
  g_return_val_if_fail (place != NULL, FALSE);

  return g_strv_contains (places, place);
}

const char *
lipcheck_twitch_to_string (LipcheckTwitch twitch)
{
  g_return_val_if_fail (twitch <= LIPCHECK_TWITCH_STRONG, NULL);

  return twitch_names[twitch];
}

gboolean
lipcheck_twitch_from_string (const char     *str,
                             LipcheckTwitch *twitch)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (twitch_names); i++)
    if (g_str_equal (str, twitch_names[i]))
      {
        *twitch = (LipcheckTwitch)i;
        return TRUE;
      }

  return FALSE;
}

static void
lipcheck_diary_entry_finalize (GObject *object)
{
  LipcheckDiaryEntry *self = (LipcheckDiaryEntry *)object;

  g_clear_pointer (&self->places, g_strfreev);
  g_clear_pointer (&self->new_signs, g_strfreev);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (lipcheck_diary_entry_parent_class)->finalize (object);
}

static void
lipcheck_diary_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LipcheckDiaryEntry *self = LIPCHECK_DIARY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE: g_value_set_boxed (value, &self->date); break;
    case PROP_TWITCH: g_value_set_enum (value, self->twitch); break;
    case PROP_PLACES: g_value_set_boxed (value, self->places); break;
    case PROP_CAFFEINE_CUPS: g_value_set_int (value, self->caffeine_cups); break;
    case PROP_SLEEP_HOURS: g_value_set_int (value, self->sleep_hours); break;
    case PROP_STRESS: g_value_set_enum (value, self->stress); break;
    case PROP_ALCOHOL: g_value_set_enum (value, self->alcohol); break;
    case PROP_NEW_MEDICINE: g_value_set_enum (value, self->new_medicine); break;
    case PROP_NEW_SIGNS: g_value_set_boxed (value, self->new_signs); break;
    case PROP_SUDDEN: g_value_set_enum (value, self->sudden); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_date (LipcheckDiaryEntry *self,
          const GDate        *date)
{
  /* Construct-only: NULL when g_object_new() was not given one, left invalid. */
  if (date == NULL)
    return;

  g_return_if_fail (g_date_valid (date));
  self->date = *date;
}

static void
lipcheck_diary_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LipcheckDiaryEntry *self = LIPCHECK_DIARY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE: set_date (self, g_value_get_boxed (value)); break;
    case PROP_TWITCH: lipcheck_diary_entry_set_twitch (self, g_value_get_enum (value)); break;
    case PROP_PLACES: lipcheck_diary_entry_set_places (self, g_value_get_boxed (value)); break;
    case PROP_CAFFEINE_CUPS: lipcheck_diary_entry_set_caffeine_cups (self, g_value_get_int (value)); break;
    case PROP_SLEEP_HOURS: lipcheck_diary_entry_set_sleep_hours (self, g_value_get_int (value)); break;
    case PROP_STRESS: lipcheck_diary_entry_set_stress (self, g_value_get_enum (value)); break;
    case PROP_ALCOHOL: lipcheck_diary_entry_set_alcohol (self, g_value_get_enum (value)); break;
    case PROP_NEW_MEDICINE: lipcheck_diary_entry_set_new_medicine (self, g_value_get_enum (value)); break;
    case PROP_NEW_SIGNS: lipcheck_diary_entry_set_new_signs (self, g_value_get_boxed (value)); break;
    case PROP_SUDDEN: lipcheck_diary_entry_set_sudden (self, g_value_get_enum (value)); break;
    case PROP_NOTE: lipcheck_diary_entry_set_note (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
tristate_param (const char *name)
{
  return g_param_spec_enum (name, NULL, NULL, LIPCHECK_TYPE_TRISTATE, LIPCHECK_TRISTATE_UNANSWERED,
                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
number_param (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, LIPCHECK_DIARY_UNANSWERED, G_MAXINT, LIPCHECK_DIARY_UNANSWERED,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
strv_param (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV,
                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
lipcheck_diary_entry_class_init (LipcheckDiaryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lipcheck_diary_entry_finalize;
  object_class->get_property = lipcheck_diary_entry_get_property;
  object_class->set_property = lipcheck_diary_entry_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TWITCH] =
    g_param_spec_enum ("twitch", NULL, NULL, LIPCHECK_TYPE_TWITCH, LIPCHECK_TWITCH_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLACES] = strv_param ("places");
  properties[PROP_CAFFEINE_CUPS] = number_param ("caffeine-cups");
  properties[PROP_SLEEP_HOURS] = number_param ("sleep-hours");
  properties[PROP_STRESS] = tristate_param ("stress");
  properties[PROP_ALCOHOL] = tristate_param ("alcohol");
  properties[PROP_NEW_MEDICINE] = tristate_param ("new-medicine");
  properties[PROP_NEW_SIGNS] = strv_param ("new-signs");
  properties[PROP_SUDDEN] = tristate_param ("sudden");
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_diary_entry_init (LipcheckDiaryEntry *self)
{
  g_date_clear (&self->date, 1);
  self->caffeine_cups = LIPCHECK_DIARY_UNANSWERED;
  self->sleep_hours = LIPCHECK_DIARY_UNANSWERED;
}

/**
 * lipcheck_diary_entry_new:
 * @date: a valid date
 *
 * Returns: (transfer full): a day with @twitch and every other answer unanswered
 */
LipcheckDiaryEntry *
lipcheck_diary_entry_new (const GDate    *date,
                          LipcheckTwitch  twitch)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_object_new (LIPCHECK_TYPE_DIARY_ENTRY, "date", date, "twitch", twitch, NULL);
}

/**
 * lipcheck_diary_entry_copy:
 *
 * Returns: (transfer full): a new entry with the same date and answers
 */
LipcheckDiaryEntry *
lipcheck_diary_entry_copy (LipcheckDiaryEntry *self)
{
  LipcheckDiaryEntry *copy;

  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), NULL);

  copy = lipcheck_diary_entry_new (&self->date, self->twitch);
  copy->places = g_strdupv (self->places);
  copy->caffeine_cups = self->caffeine_cups;
  copy->sleep_hours = self->sleep_hours;
  copy->stress = self->stress;
  copy->alcohol = self->alcohol;
  copy->new_medicine = self->new_medicine;
  copy->new_signs = g_strdupv (self->new_signs);
  copy->sudden = self->sudden;
  copy->note = g_strdup (self->note);

  return copy;
}

const GDate *
lipcheck_diary_entry_get_date (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), NULL);

  return &self->date;
}

guint32
lipcheck_diary_entry_get_julian (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), 0);

  return g_date_get_julian (&self->date);
}

LipcheckTwitch
lipcheck_diary_entry_get_twitch (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_TWITCH_NONE);

  return self->twitch;
}

void
lipcheck_diary_entry_set_twitch (LipcheckDiaryEntry *self,
                                 LipcheckTwitch      twitch)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));
  g_return_if_fail (twitch <= LIPCHECK_TWITCH_STRONG);

  if (self->twitch == twitch)
    return;

  self->twitch = twitch;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TWITCH]);
}

static gboolean
strv_equal0 (char               **a,
             const char * const  *b)
{
  if (a == NULL || b == NULL)
    return (gpointer)a == (gpointer)b;

  return g_strv_equal ((const char * const *)a, b);
}

static void
set_strv (LipcheckDiaryEntry  *self,
          char              ***field,
          const char * const  *value,
          guint                prop_id)
{
  if (strv_equal0 (*field, value))
    return;

  g_strfreev (*field);
  *field = g_strdupv ((char **)value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_number (LipcheckDiaryEntry *self,
            int                *field,
            int                 value,
            guint               prop_id)
{
  g_return_if_fail (value >= LIPCHECK_DIARY_UNANSWERED);

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_tristate (LipcheckDiaryEntry *self,
              LipcheckTristate   *field,
              LipcheckTristate    value,
              guint               prop_id)
{
  g_return_if_fail (value <= LIPCHECK_TRISTATE_YES);

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * lipcheck_diary_entry_get_places:
 *
 * Returns: (transfer none) (nullable): the places that twitched, %NULL when not answered
 */
const char * const *
lipcheck_diary_entry_get_places (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), NULL);

  return (const char * const *)self->places;
}

void
lipcheck_diary_entry_set_places (LipcheckDiaryEntry *self,
                                 const char * const *value)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_strv (self, &self->places, value, PROP_PLACES);
}

gboolean
lipcheck_diary_entry_has_place (LipcheckDiaryEntry *self,
                                const char         *place)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), FALSE);
  g_return_val_if_fail (place != NULL, FALSE);

  return self->places != NULL && g_strv_contains ((const char * const *)self->places, place);
}

int
lipcheck_diary_entry_get_caffeine_cups (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_DIARY_UNANSWERED);

  return self->caffeine_cups;
}

void
lipcheck_diary_entry_set_caffeine_cups (LipcheckDiaryEntry *self,
                                        int                 cups)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_number (self, &self->caffeine_cups, cups, PROP_CAFFEINE_CUPS);
}

int
lipcheck_diary_entry_get_sleep_hours (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_DIARY_UNANSWERED);

  return self->sleep_hours;
}

void
lipcheck_diary_entry_set_sleep_hours (LipcheckDiaryEntry *self,
                                      int                 hours)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_number (self, &self->sleep_hours, hours, PROP_SLEEP_HOURS);
}

LipcheckTristate
lipcheck_diary_entry_get_stress (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_TRISTATE_UNANSWERED);

  return self->stress;
}

void
lipcheck_diary_entry_set_stress (LipcheckDiaryEntry *self,
                                 LipcheckTristate    stress)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_tristate (self, &self->stress, stress, PROP_STRESS);
}

LipcheckTristate
lipcheck_diary_entry_get_alcohol (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_TRISTATE_UNANSWERED);

  return self->alcohol;
}

void
lipcheck_diary_entry_set_alcohol (LipcheckDiaryEntry *self,
                                  LipcheckTristate    alcohol)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_tristate (self, &self->alcohol, alcohol, PROP_ALCOHOL);
}

LipcheckTristate
lipcheck_diary_entry_get_new_medicine (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_TRISTATE_UNANSWERED);

  return self->new_medicine;
}

void
lipcheck_diary_entry_set_new_medicine (LipcheckDiaryEntry *self,
                                       LipcheckTristate    new_medicine)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_tristate (self, &self->new_medicine, new_medicine, PROP_NEW_MEDICINE);
}

/**
 * lipcheck_diary_entry_get_new_signs:
 *
 * Returns: (transfer none) (nullable): the answer to "anything new?": %NULL when not answered,
 *   empty for "none of these"
 */
const char * const *
lipcheck_diary_entry_get_new_signs (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), NULL);

  return (const char * const *)self->new_signs;
}

void
lipcheck_diary_entry_set_new_signs (LipcheckDiaryEntry *self,
                                    const char * const *signs)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_strv (self, &self->new_signs, signs, PROP_NEW_SIGNS);
}

gboolean
lipcheck_diary_entry_has_new_sign (LipcheckDiaryEntry *self,
                                   const char         *sign)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), FALSE);
  g_return_val_if_fail (sign != NULL, FALSE);

  return self->new_signs != NULL && g_strv_contains ((const char * const *)self->new_signs, sign);
}

LipcheckTristate
lipcheck_diary_entry_get_sudden (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), LIPCHECK_TRISTATE_UNANSWERED);

  return self->sudden;
}

void
lipcheck_diary_entry_set_sudden (LipcheckDiaryEntry *self,
                                 LipcheckTristate    sudden)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));

  set_tristate (self, &self->sudden, sudden, PROP_SUDDEN);
}

/**
 * lipcheck_diary_entry_get_note:
 *
 * Returns: (nullable): the day's note, of at most %LIPCHECK_DIARY_NOTE_MAX characters
 */
const char *
lipcheck_diary_entry_get_note (LipcheckDiaryEntry *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_ENTRY (self), NULL);

  return self->note;
}

void
lipcheck_diary_entry_set_note (LipcheckDiaryEntry *self,
                               const char         *note)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_ENTRY (self));
  g_return_if_fail (note == NULL || g_utf8_strlen (note, -1) <= LIPCHECK_DIARY_NOTE_MAX);

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
