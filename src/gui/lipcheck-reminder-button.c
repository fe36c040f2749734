/* lipcheck-reminder-button.c: the Diary's Evening Reminder button: on or off, and at what time.
 *
 * Its popover turns the reminder on and sets its time; the button's own label says which, so
 * that the state is read without opening it. The properties are what the settings bind to. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-reminder-button"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-reminder.h"
#include "lipcheck-reminder-button.h"

#define DEFAULT_TIME "20:00"

struct _LipcheckReminderButton
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;
  GtkSpinButton *hour;
  GtkSpinButton *minute;

  /* Owned */
  char          *time;
  gboolean       active;
  /* The spin buttons are being set from the time: not a change of the person's. */
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (LipcheckReminderButton, lipcheck_reminder_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (LipcheckReminderButton *self)
{
  g_autofree char *label = NULL;

  if (self->active)
    /* Translators: the diary's reminder button when the reminder is on; %s is a time, 20:00 */
    label = g_strdup_printf (_("Reminder at %s"), self->time);
  else
    label = g_strdup (_("Reminder: Off"));

  gtk_menu_button_set_label (self->menu_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Hours and minutes read as on a clock: 08:05. */
static gboolean
two_digits_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
spin_changed_cb (LipcheckReminderButton *self)
{
  int minute = gtk_spin_button_get_value_as_int (self->hour) * 60 + gtk_spin_button_get_value_as_int (self->minute);
  g_autofree char *time = lipcheck_reminder_format_time (minute);

  if (!self->syncing)
    lipcheck_reminder_button_set_time (self, time);
}

static void
lipcheck_reminder_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIPCHECK_TYPE_REMINDER_BUTTON);

  G_OBJECT_CLASS (lipcheck_reminder_button_parent_class)->dispose (object);
}

static void
lipcheck_reminder_button_finalize (GObject *object)
{
  LipcheckReminderButton *self = (LipcheckReminderButton *)object;

  g_clear_pointer (&self->time, g_free);

  G_OBJECT_CLASS (lipcheck_reminder_button_parent_class)->finalize (object);
}

static void
lipcheck_reminder_button_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LipcheckReminderButton *self = LIPCHECK_REMINDER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_reminder_button_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LipcheckReminderButton *self = LIPCHECK_REMINDER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      lipcheck_reminder_button_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_TIME:
      lipcheck_reminder_button_set_time (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_reminder_button_class_init (LipcheckReminderButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_reminder_button_dispose;
  object_class->finalize = lipcheck_reminder_button_finalize;
  object_class->get_property = lipcheck_reminder_button_get_property;
  object_class->set_property = lipcheck_reminder_button_set_property;

  /**
   * LipcheckReminderButton:active:
   * Whether the person turned the evening reminder on.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LipcheckReminderButton:time:
   * The reminder's time, "HH:MM"; a text that is no such time reads as 20:00.
   */
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, DEFAULT_TIME,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-reminder-button.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckReminderButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckReminderButton, hour);
  gtk_widget_class_bind_template_child (widget_class, LipcheckReminderButton, minute);
  gtk_widget_class_bind_template_callback (widget_class, two_digits_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lipcheck_reminder_button_init (LipcheckReminderButton *self)
{
  self->syncing = TRUE;
  self->time = g_strdup (DEFAULT_TIME);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_value (self->hour, 20);
  self->syncing = FALSE;
  update_label (self);
}

gboolean
lipcheck_reminder_button_get_active (LipcheckReminderButton *self)
{
  g_return_val_if_fail (LIPCHECK_IS_REMINDER_BUTTON (self), FALSE);

  return self->active;
}

void
lipcheck_reminder_button_set_active (LipcheckReminderButton *self,
                                     gboolean                active)
{
  g_return_if_fail (LIPCHECK_IS_REMINDER_BUTTON (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

const char *
lipcheck_reminder_button_get_time (LipcheckReminderButton *self)
{
  g_return_val_if_fail (LIPCHECK_IS_REMINDER_BUTTON (self), NULL);

  return self->time;
}

void
lipcheck_reminder_button_set_time (LipcheckReminderButton *self,
                                   const char             *time)
{
  g_autofree char *canonical = NULL;
  int minute;

  g_return_if_fail (LIPCHECK_IS_REMINDER_BUTTON (self));

  if (!lipcheck_reminder_parse_time (time, &minute))
    lipcheck_reminder_parse_time (DEFAULT_TIME, &minute);
  canonical = lipcheck_reminder_format_time (minute);
  if (g_strcmp0 (self->time, canonical) == 0)
    return;

  g_free (self->time);
  self->time = g_steal_pointer (&canonical);
  self->syncing = TRUE;
  gtk_spin_button_set_value (self->hour, minute / 60);
  gtk_spin_button_set_value (self->minute, minute % 60);
  self->syncing = FALSE;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}
