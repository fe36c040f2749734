/* lipcheck-evening-reminder.c: the evening reminder, sent while Lipcheck runs or as its background service.
 *
 * Turned on in the Diary, the reminder keeps an autostart entry that starts Lipcheck at login as a
 * service (--gapplication-service), and holds the application while a diary is kept: at the chosen
 * time, if today's entry is missing, it sends one notification whose action opens today's entry.
 * It reads the person's diary, never writes it, and follows its file: ending, settling or
 * archiving the diary, or turning the reminder off, removes the autostart entry and lets go.
 * LIPCHECK_TEST_NOW ("2026-12-02T20:59:58", local time) starts its clock there, for the tests. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-evening-reminder"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-diary-dates.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-evening-reminder.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-reminder.h"

/* A wake at least this often picks up a clock changed or a computer woken from sleep. */
#define MAX_WAIT_SECONDS 300
#define DEFAULT_MINUTE (20 * 60)

struct _LipcheckEveningReminder
{
  GObject                parent_instance;

  /* Unowned: the application owns the reminder */
  GApplication          *application;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  GSettings             *settings;
  GFile                 *diary_file;
  GFile                 *autostart;
  GFileMonitor          *monitor;
  GDateTime             *test_start;
  char                  *program;
  gint64                 started;
  guint                  wake_id;
  gboolean               held;
};

G_DEFINE_FINAL_TYPE (LipcheckEveningReminder, lipcheck_evening_reminder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_KNOWLEDGE_BASE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
dup_now (LipcheckEveningReminder *self)
{
  if (self->test_start != NULL)
    return g_date_time_add (self->test_start, g_get_monotonic_time () - self->started);

  return g_date_time_new_now_local ();
}

/* The diary as it is on disk: none, or one that cannot be read, is nothing to remind of (the
 * window says what is wrong with it when it is opened). */
static LipcheckDiary *
read_diary (LipcheckEveningReminder *self,
            GDateTime               *now)
{
  g_autoptr(GError) error = NULL;
  LipcheckDiary *diary;
  GDate today;

  lipcheck_diary_date_of (now, &today);
  diary = lipcheck_diary_file_read (self->kb, self->diary_file, &today, &error);
  if (diary == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("No reminder from a diary that cannot be read: %s", error->message);

  return diary;
}

static int
chosen_minute (LipcheckEveningReminder *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "reminder-time");
  int minute;

  return lipcheck_reminder_parse_time (text, &minute) ? minute : DEFAULT_MINUTE;
}

static void
get_sent (LipcheckEveningReminder *self,
          GDate                   *sent)
{
  g_autofree char *text = g_settings_get_string (self->settings, "reminder-sent");

  g_date_clear (sent, 1);
  lipcheck_diary_parse_date (text, sent);
}

static void
sync_autostart (LipcheckEveningReminder *self,
                gboolean                 wanted)
{
  g_autoptr(GError) error = NULL;

  if (wanted && self->program == NULL)
    {
      g_message ("The reminder cannot start at login: the lipcheck program was not found");
      return;
    }
  if (!lipcheck_reminder_autostart_set (self->autostart, self->program, wanted, &error))
    g_message ("The reminder's autostart entry %s could not be %s: %s", g_file_peek_path (self->autostart),
               wanted ? "written" : "removed", error->message);
}

static void
set_held (LipcheckEveningReminder *self,
          gboolean                 held)
{
  if (self->held == held)
    return;

  self->held = held;
  if (held)
    g_application_hold (self->application);
  else
    g_application_release (self->application);
}

/* The diary's file is watched while the reminder is on, so that a diary begun or ended in the
 * window starts or stops it. */
static void
set_watching (LipcheckEveningReminder *self,
              gboolean                 watching)
{
  g_autoptr(GError) error = NULL;

  if (!watching)
    {
      g_clear_object (&self->monitor);
      return;
    }
  if (self->monitor != NULL)
    return;

  self->monitor = g_file_monitor_file (self->diary_file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    g_message ("The diary file cannot be watched: %s", error->message);
  else
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (lipcheck_evening_reminder_update),
                             self, G_CONNECT_SWAPPED);
}

static void
send_reminder (LipcheckEveningReminder *self,
               GDateTime               *now)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Today’s Diary Entry"));
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  /* Notifications go over the session bus: without one there is no one to show it to. */
  if (g_application_get_dbus_connection (self->application) == NULL)
    {
      g_debug ("No reminder sent: there is no session bus");
      return;
    }

  g_notification_set_body (notification, _("Today’s entry in your twitch diary is not filled in yet."));
  g_notification_set_icon (notification, icon);
  g_notification_set_default_action (notification, "app.open-diary-today");
  g_notification_add_button (notification, _("Fill In Today"), "app.open-diary-today");
  g_application_send_notification (self->application, "diary-reminder", notification);
  g_settings_set_string (self->settings, "reminder-sent", today);
}

static gboolean
wake_cb (gpointer user_data)
{
  LipcheckEveningReminder *self = user_data;

  self->wake_id = 0;
  lipcheck_evening_reminder_update (self);

  return G_SOURCE_REMOVE;
}

static LipcheckReminderStep
next_step (LipcheckEveningReminder *self,
           gint64                  *wait)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(LipcheckDiary) diary = read_diary (self, now);
  LipcheckReminderStep step;
  GDate sent;

  sync_autostart (self, lipcheck_reminder_wanted (TRUE, diary));
  get_sent (self, &sent);
  step = lipcheck_reminder_next (diary, now, chosen_minute (self), &sent, wait);
  if (step == LIPCHECK_REMINDER_SEND)
    send_reminder (self, now);

  return step;
}

/**
 * lipcheck_evening_reminder_update:
 *
 * Looks again at the setting and the diary: keeps or removes the autostart entry, sends the
 * reminder if it is time, and waits for the next time, or lets the application go.
 */
void
lipcheck_evening_reminder_update (LipcheckEveningReminder *self)
{
  gboolean on;
  gint64 wait = 0;

  g_return_if_fail (LIPCHECK_IS_EVENING_REMINDER (self));

  g_clear_handle_id (&self->wake_id, g_source_remove);
  on = g_settings_get_boolean (self->settings, "reminder");
  set_watching (self, on);
  if (!on || next_step (self, &wait) == LIPCHECK_REMINDER_STOP)
    {
      if (!on)
        sync_autostart (self, FALSE);
      set_held (self, FALSE);
      return;
    }

  set_held (self, TRUE);
  self->wake_id = g_timeout_add_seconds ((guint)MIN (wait, MAX_WAIT_SECONDS), wake_cb, self);
}

static char *
find_program (void)
{
  char *running = g_file_read_link ("/proc/self/exe", NULL);

  return running != NULL ? running : g_find_program_in_path ("lipcheck");
}

static GDateTime *
parse_test_start (void)
{
  const char *text = g_getenv ("LIPCHECK_TEST_NOW");
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  return text != NULL ? g_date_time_new_from_iso8601 (text, local) : NULL;
}

static void
lipcheck_evening_reminder_constructed (GObject *object)
{
  LipcheckEveningReminder *self = (LipcheckEveningReminder *)object;

  G_OBJECT_CLASS (lipcheck_evening_reminder_parent_class)->constructed (object);

  g_signal_connect_object (self->settings, "changed::reminder",
                           G_CALLBACK (lipcheck_evening_reminder_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-time",
                           G_CALLBACK (lipcheck_evening_reminder_update), self, G_CONNECT_SWAPPED);
}

static void
lipcheck_evening_reminder_dispose (GObject *object)
{
  LipcheckEveningReminder *self = (LipcheckEveningReminder *)object;

  g_clear_handle_id (&self->wake_id, g_source_remove);
  g_clear_object (&self->monitor);
  if (self->held && self->application != NULL)
    g_application_release (self->application);
  self->held = FALSE;

  G_OBJECT_CLASS (lipcheck_evening_reminder_parent_class)->dispose (object);
}

static void
lipcheck_evening_reminder_finalize (GObject *object)
{
  LipcheckEveningReminder *self = (LipcheckEveningReminder *)object;

  g_clear_object (&self->kb);
  g_clear_object (&self->settings);
  g_clear_object (&self->diary_file);
  g_clear_object (&self->autostart);
  g_clear_pointer (&self->test_start, g_date_time_unref);
  g_clear_pointer (&self->program, g_free);

  G_OBJECT_CLASS (lipcheck_evening_reminder_parent_class)->finalize (object);
}

static void
lipcheck_evening_reminder_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  LipcheckEveningReminder *self = LIPCHECK_EVENING_REMINDER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->application = g_value_get_object (value);
      break;

    case PROP_KNOWLEDGE_BASE:
      self->kb = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_evening_reminder_class_init (LipcheckEveningReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lipcheck_evening_reminder_constructed;
  object_class->dispose = lipcheck_evening_reminder_dispose;
  object_class->finalize = lipcheck_evening_reminder_finalize;
  object_class->set_property = lipcheck_evening_reminder_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL, G_TYPE_APPLICATION,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KNOWLEDGE_BASE] =
    g_param_spec_object ("knowledge-base", NULL, NULL, LIPCHECK_TYPE_KNOWLEDGE_BASE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_evening_reminder_init (LipcheckEveningReminder *self)
{
  self->diary_file = lipcheck_diary_file_default ();
  self->autostart = lipcheck_reminder_autostart_file ();
  self->program = find_program ();
  self->test_start = parse_test_start ();
  self->started = g_get_monotonic_time ();
}

/**
 * lipcheck_evening_reminder_new:
 * @application: the application it holds while a reminder is due, and that sends it
 * @kb: the knowledge base the diary is read against
 * @settings: Lipcheck's settings: "reminder", "reminder-time", "reminder-sent"
 *
 * Returns: (transfer full): the reminder; call lipcheck_evening_reminder_update() to start it
 */
LipcheckEveningReminder *
lipcheck_evening_reminder_new (GApplication          *application,
                               LipcheckKnowledgeBase *kb,
                               GSettings             *settings)
{
  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (LIPCHECK_TYPE_EVENING_REMINDER,
                       "application", application,
                       "knowledge-base", kb,
                       "settings", settings,
                       NULL);
}
