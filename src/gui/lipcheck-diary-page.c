/* lipcheck-diary-page.c: the twitch diary in the window: start, one entry a day, the advice, the end.
 *
 * Three views: "start" asks once when the twitch was first noticed (a suggestion from the
 * self-check's duration is only written in for the person to confirm); "keeping" shows day N, since
 * when, the places so far, today's and yesterday's entries and the advice, re-checked on every
 * save; "ended" shows how the diary ended with its last advice, and starts a new diary after
 * archiving this one. Every change is written to the diary file first and shown only once it is
 * kept: a save that fails leaves the entry on screen and says why. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-diary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers.h"
#include "lipcheck-clamp.h"
#include "lipcheck-diary-dates.h"
#include "lipcheck-diary-entry-editor.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-diary-triage.h"
#include "lipcheck-face-map.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-question.h"
#include "lipcheck-reminder-button.h"
#include "lipcheck-result.h"
#include "lipcheck-result-view.h"
#include "lipcheck-timeline.h"

struct _LipcheckDiaryPage
{
  GtkWidget                 parent_instance;

  /* Template widgets */
  GtkStack                 *views;
  GtkLabel                 *start_message;
  GtkEditable              *noticed_entry;
  GtkLabel                 *suggestion_label;
  GtkLabel                 *noticed_error;
  GtkWidget                *status_box;
  GtkLabel                 *day_label;
  GtkLabel                 *since_label;
  GtkLabel                 *places_label;
  GtkLabel                 *keeping_message;
  LipcheckReminderButton   *reminder_button;
  GtkStack                 *days;
  GtkLabel                 *today_date_label;
  LipcheckDiaryEntryEditor *today_editor;
  GtkLabel                 *today_error;
  GtkLabel                 *yesterday_date_label;
  LipcheckDiaryEntryEditor *yesterday_editor;
  GtkLabel                 *yesterday_error;
  LipcheckResultView       *advice_view;
  GtkWidget                *ended_status;
  GtkLabel                 *ended_title;
  GtkLabel                 *ended_label;
  GtkLabel                 *ended_message;
  LipcheckResultView       *ended_view;

  /* Owned */
  LipcheckKnowledgeBase    *kb;
  GFile                    *file;
  char                     *today;
  LipcheckDiary            *diary;
  LipcheckResult           *result;
  /* The file could not be opened: nothing may be written over it. */
  gboolean                  blocked;
  /* The reminder button follows the settings. */
  gboolean                  reminder_bound;
};

G_DEFINE_FINAL_TYPE (LipcheckDiaryPage, lipcheck_diary_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TODAY,
  PROP_DIARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Days and dates */

/* The day it is: the today property, else LIPCHECK_TODAY (as for the command line), else the clock. */
static void
get_today (LipcheckDiaryPage *self,
           GDate             *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_date_clear (today, 1);
  if (self->today != NULL && lipcheck_diary_parse_date (self->today, today))
    return;
  if (g_getenv ("LIPCHECK_TODAY") && lipcheck_diary_parse_date (g_getenv ("LIPCHECK_TODAY"), today))
    return;

  now = g_date_time_new_now_local ();
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static void
get_yesterday (LipcheckDiaryPage *self,
               GDate             *yesterday)
{
  get_today (self, yesterday);
  g_date_subtract_days (yesterday, 1);
}

/* A day as a person reads it, in their language: "Monday 30 November 2026". */
static char *
format_day (guint32 julian)
{
  return lipcheck_diary_format_julian (julian, TRUE);
}

/* Messages */

static void
show_label (GtkLabel   *label,
            const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static void
show_message (LipcheckDiaryPage *self,
              const char        *text)
{
  show_label (self->start_message, text);
  show_label (self->keeping_message, text);
  show_label (self->ended_message, text);
}

/* The views */

static char *
dup_places_text (LipcheckDiaryPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const *places = lipcheck_diary_places ();

  for (guint i = 0; places[i] != NULL; i++)
    for (guint n = 0; n < lipcheck_diary_get_n_entries (self->diary); n++)
      if (lipcheck_diary_entry_has_place (lipcheck_diary_get_entry (self->diary, n), places[i]))
        {
          if (text->len > 0)
            /* Translators: between two places in a list */
            g_string_append (text, _(", "));
          g_string_append (text, lipcheck_face_map_place_label (places[i]));
          break;
        }

  if (text->len == 0)
    return g_strdup (_("No places named yet"));
  /* Translators: %s is a list of places, such as "Your left eyelid, Your left upper lip" */
  return g_strdup_printf (_("Places so far: %s"), text->str);
}

static void
update_status (LipcheckDiaryPage *self)
{
  guint32 start = lipcheck_diary_get_start (self->diary);
  g_autofree char *day = NULL;
  g_autofree char *since = NULL;
  g_autofree char *when = NULL;
  g_autofree char *places = dup_places_text (self);
  GDate today;

  get_today (self, &today);
  if (start == 0)
    {
      day = g_strdup (_("The diary has begun"));
      since = g_strdup (_("Your first entry will count as the day it began."));
    }
  else
    {
      when = format_day (start);
      /* Translators: %d counts the days since the twitch began, the first day being 1 */
      day = g_strdup_printf (_("Day %d"), (int)(g_date_get_julian (&today) - start) + 1);
      /* Translators: %s is a day, such as "Monday 30 November 2026" */
      since = g_strdup_printf (lipcheck_diary_get_noticed (self->diary) ? _("Noticed on %s") : _("Since %s, the first entry"),
                               when);
    }
  gtk_label_set_text (self->day_label, day);
  gtk_label_set_text (self->since_label, since);
  gtk_label_set_text (self->places_label, places);
}

static void
update_days (LipcheckDiaryPage *self)
{
  g_autofree char *today_day = NULL;
  g_autofree char *yesterday_day = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *yesterday_text = NULL;
  GDate today, yesterday;

  get_today (self, &today);
  get_yesterday (self, &yesterday);
  today_day = format_day (g_date_get_julian (&today));
  yesterday_day = format_day (g_date_get_julian (&yesterday));
  /* Translators: %s is a day, such as "Monday 30 November 2026" */
  today_text = g_strdup_printf (_("Today, %s"), today_day);
  yesterday_text = g_strdup_printf (_("Yesterday, %s"), yesterday_day);
  gtk_label_set_text (self->today_date_label, today_text);
  gtk_label_set_text (self->yesterday_date_label, yesterday_text);

  lipcheck_diary_entry_editor_load (self->today_editor, lipcheck_diary_lookup (self->diary, &today));
  lipcheck_diary_entry_editor_load (self->yesterday_editor, lipcheck_diary_lookup (self->diary, &yesterday));
  show_label (self->today_error, NULL);
  show_label (self->yesterday_error, NULL);
}

static void
update_ended (LipcheckDiaryPage *self)
{
  const GDate *settled = lipcheck_diary_get_settled (self->diary);
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;

  if (lipcheck_diary_get_end (self->diary) == LIPCHECK_DIARY_END_TWO_WEEKS)
    {
      gtk_label_set_text (self->ended_title, _("Two weeks"));
      text = g_strdup (_("The twitch has lasted two weeks or more, so the diary has ended. What to do now is below."));
    }
  else
    {
      day = format_day (g_date_get_julian (settled));
      gtk_label_set_text (self->ended_title, _("Marked as settled"));
      /* Translators: %s is a day, such as "Monday 30 November 2026" */
      text = g_strdup_printf (_("You marked the twitch as settled on %s, so the diary has ended. Its last advice is below."), day);
    }
  gtk_label_set_text (self->ended_label, text);
  lipcheck_result_view_set_result (self->ended_view, self->result);
}

static void
update_actions (LipcheckDiaryPage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->views);
  gboolean keeping = g_strcmp0 (view, "keeping") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.start", !self->blocked && self->diary == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.start-undated", !self->blocked && self->diary == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.save-today",
                                 keeping && lipcheck_diary_entry_editor_get_complete (self->today_editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.save-yesterday",
                                 keeping && lipcheck_diary_entry_editor_get_complete (self->yesterday_editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.settle", keeping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.new", g_strcmp0 (view, "ended") == 0);
}

/* Shows the diary as it is kept. An emergency says one thing: only its advice is shown. */
static void
update (LipcheckDiaryPage *self)
{
  gboolean emergency;

  g_clear_object (&self->result);
  if (self->diary == NULL)
    {
      gtk_stack_set_visible_child_name (self->views, "start");
      update_actions (self);
      return;
    }

  self->result = lipcheck_diary_triage_evaluate (self->diary, self->kb, NULL);
  emergency = lipcheck_result_get_urgency (self->result) == LIPCHECK_URGENCY_EMERGENCY;
  lipcheck_result_view_set_result (self->advice_view, self->result);
  gtk_widget_set_visible (self->status_box, !emergency);
  gtk_widget_set_visible (self->ended_status, !emergency);

  if (lipcheck_diary_get_end (self->diary) != LIPCHECK_DIARY_END_NONE)
    {
      update_ended (self);
      gtk_stack_set_visible_child_name (self->views, "ended");
    }
  else
    {
      update_status (self);
      update_days (self);
      gtk_stack_set_visible_child_name (self->views, "keeping");
      if (emergency)
        gtk_stack_set_visible_child_name (self->days, "advice");
    }
  update_actions (self);
}

static void
set_diary (LipcheckDiaryPage *self,
           LipcheckDiary     *diary)
{
  if (g_set_object (&self->diary, diary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY]);
  update (self);
}

/* Reads the diary file. One that cannot be read as a diary is moved aside by the loader and the
 * page says where; one that cannot be opened is reported and nothing is written over it. */
static void
load (LipcheckDiaryPage *self)
{
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) aside = NULL;
  GDate today;

  if (self->kb == NULL || self->file == NULL)
    return;

  get_today (self, &today);
  diary = lipcheck_diary_file_load (self->kb, self->file, &today, &aside, &error);
  self->blocked = error != NULL && aside == NULL;
  if (error == NULL)
    show_message (self, NULL);
  else if (self->blocked)
    {
      /* Translators: %s says which file and why */
      g_autofree char *text = g_strdup_printf (_("Your diary could not be opened, and it has been left as it is: %s"),
                                               error->message);
      show_message (self, text);
    }
  else
    {
      /* Translators: %s says what was wrong with the file and where it was kept */
      g_autofree char *text = g_strdup_printf (_("Your diary could not be read: %s You can start a new one."),
                                               error->message);
      show_message (self, text);
    }

  gtk_stack_set_visible_child_name (self->days, "today");
  set_diary (self, diary);
}

/* A copy to change: the diary on screen changes only once the copy is written. */
static LipcheckDiary *
copy_diary (LipcheckDiaryPage *self)
{
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LipcheckDiary *copy;
  gsize length;
  GDate today;

  if (self->diary == NULL)
    return lipcheck_diary_new ();

  get_today (self, &today);
  json = lipcheck_diary_file_to_json (self->diary);
  length = strlen (json);
  bytes = g_bytes_new_take (g_steal_pointer (&json), length);
  copy = lipcheck_diary_file_read_bytes (self->kb, bytes, "diary", &today, NULL);
  /* What the diary writes reads back (the engine's property test checks it). */
  g_assert (copy != NULL);

  return copy;
}

static gboolean
keep (LipcheckDiaryPage  *self,
      LipcheckDiary      *diary,
      GError            **error)
{
  if (!lipcheck_diary_file_write (diary, self->file, error))
    return FALSE;

  show_message (self, NULL);
  set_diary (self, diary);
  return TRUE;
}

/* Starting */

static void
start (LipcheckDiaryPage *self,
       const GDate       *noticed)
{
  g_autoptr(LipcheckDiary) diary = lipcheck_diary_new ();
  g_autoptr(GError) error = NULL;

  if (noticed != NULL)
    lipcheck_diary_set_noticed (diary, noticed);

  if (!keep (self, diary, &error))
    show_label (self->noticed_error, error->message);
  else
    gtk_editable_set_text (self->noticed_entry, "");
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (self->noticed_entry)));
  GDate noticed, today;

  get_today (self, &today);
  g_date_clear (&noticed, 1);
  if (!lipcheck_diary_parse_date (text, &noticed) || g_date_compare (&noticed, &today) > 0)
    {
      g_autofree char *example = lipcheck_diary_format_date (g_date_get_julian (&today));

      /* Translators: %s is today's date written as the example, such as 2026-11-20 */
      g_autofree char *message = g_strdup_printf (_("Write the day as year-month-day, such as %s, and not after today."),
                                                  example);
      show_label (self->noticed_error, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->noticed_entry));
      return;
    }

  show_label (self->noticed_error, NULL);
  start (self, &noticed);
}

static void
start_undated_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_label (LIPCHECK_DIARY_PAGE (widget)->noticed_error, NULL);
  start (LIPCHECK_DIARY_PAGE (widget), NULL);
}

static void
noticed_activate_cb (LipcheckDiaryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "diary.start", NULL);
}

/* Keeping */

static void
save_day (LipcheckDiaryPage        *self,
          LipcheckDiaryEntryEditor *editor,
          GtkLabel                 *error_label,
          const GDate              *date)
{
  g_autoptr(LipcheckDiaryEntry) entry = NULL;
  g_autoptr(LipcheckDiaryEntry) replaced = NULL;
  g_autoptr(LipcheckDiary) diary = NULL;
  g_autoptr(GError) error = NULL;

  if (!(entry = lipcheck_diary_entry_editor_build (editor, date, &error)))
    {
      show_label (error_label, error->message);
      return;
    }

  diary = copy_diary (self);
  replaced = lipcheck_diary_add (diary, entry);
  if (!keep (self, diary, &error))
    {
      /* Translators: %s says why; the entry stays on screen */
      g_autofree char *message = g_strdup_printf (_("The entry could not be saved, so it is still here: %s"),
                                                  error->message);
      show_label (error_label, message);
      return;
    }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->views), "keeping") == 0)
    gtk_stack_set_visible_child_name (self->days, "advice");
}

static void
save_today_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  GDate today;

  get_today (self, &today);
  save_day (self, self->today_editor, self->today_error, &today);
}

static void
save_yesterday_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  GDate yesterday;

  get_yesterday (self, &yesterday);
  save_day (self, self->yesterday_editor, self->yesterday_error, &yesterday);
}

/* "today", "yesterday" or "advice", as the tabs above them show. */
static void
show_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->days, name) != NULL)
    gtk_stack_set_visible_child_name (self->days, name);
}

/* A day of the timeline: today's and yesterday's entries open in their tab. */
static void
timeline_day_activated_cb (LipcheckDiaryPage *self,
                           const GDate       *date)
{
  GDate today;

  get_today (self, &today);
  if (g_date_compare (date, &today) == 0)
    gtk_stack_set_visible_child_name (self->days, "today");
  else if (g_date_get_julian (date) + 1 == g_date_get_julian (&today))
    gtk_stack_set_visible_child_name (self->days, "yesterday");
}

static void
editor_changed_cb (LipcheckDiaryPage *self)
{
  update_actions (self);
}

static void
settle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  g_autoptr(LipcheckDiary) diary = copy_diary (self);
  g_autoptr(GError) error = NULL;
  GDate today;

  get_today (self, &today);
  lipcheck_diary_set_settled (diary, &today);
  if (!keep (self, diary, &error))
    show_message (self, error->message);
}

/* The end: this diary is archived beside the file and a new one can start. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (widget);
  g_autoptr(GFile) archive = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!(archive = lipcheck_diary_file_archive (self->diary, self->file, &error)))
    {
      show_message (self, error->message);
      return;
    }

  name = g_file_get_basename (archive);
  set_diary (self, NULL);
  /* Translators: %s is a file name, such as diary-2026-11-18.json */
  message = g_strdup_printf (_("The last diary is kept as %s, beside the new one."), name);
  show_label (self->start_message, message);
}

/* The reminder is for the person's own diary, not for another file opened with --diary. */
static gboolean
is_own_diary (LipcheckDiaryPage *self)
{
  g_autoptr(GFile) own = lipcheck_diary_file_default ();

  return self->file == NULL || g_file_equal (self->file, own);
}

static void
update_reminder_button (LipcheckDiaryPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reminder_button), self->reminder_bound && is_own_diary (self));
}

/* GObject */

static void
lipcheck_diary_page_dispose (GObject *object)
{
  LipcheckDiaryPage *self = (LipcheckDiaryPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_DIARY_PAGE);
  g_clear_object (&self->result);
  g_clear_object (&self->diary);
  g_clear_object (&self->file);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (lipcheck_diary_page_parent_class)->dispose (object);
}

static void
lipcheck_diary_page_finalize (GObject *object)
{
  LipcheckDiaryPage *self = (LipcheckDiaryPage *)object;

  g_free (self->today);

  G_OBJECT_CLASS (lipcheck_diary_page_parent_class)->finalize (object);
}

static void
lipcheck_diary_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_diary_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LipcheckDiaryPage *self = LIPCHECK_DIARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      lipcheck_diary_page_set_file (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      lipcheck_diary_page_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_diary_page_class_init (LipcheckDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lipcheck_diary_page_dispose;
  object_class->finalize = lipcheck_diary_page_finalize;
  object_class->get_property = lipcheck_diary_page_get_property;
  object_class->set_property = lipcheck_diary_page_set_property;

  /**
   * LipcheckDiaryPage:file:
   *
   * The diary file; set, it is read at once.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * LipcheckDiaryPage:today:
   *
   * The day it is as YYYY-MM-DD, for tests that move dates; %NULL for the clock's day
   * (or LIPCHECK_TODAY when that is set, as for the command line).
   */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * LipcheckDiaryPage:diary:
   *
   * The diary as it is kept, or %NULL before one starts.
   */
  properties[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL, LIPCHECK_TYPE_DIARY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIPCHECK_TYPE_CLAMP);
  g_type_ensure (LIPCHECK_TYPE_DIARY_ENTRY_EDITOR);
  g_type_ensure (LIPCHECK_TYPE_REMINDER_BUTTON);
  g_type_ensure (LIPCHECK_TYPE_RESULT_VIEW);
  g_type_ensure (LIPCHECK_TYPE_TIMELINE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, views);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, start_message);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, noticed_entry);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, noticed_error);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, since_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, places_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, keeping_message);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, reminder_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, days);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, today_date_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, today_editor);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, today_error);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, yesterday_date_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, yesterday_editor);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, yesterday_error);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, advice_view);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, ended_status);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, ended_title);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, ended_label);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, ended_message);
  gtk_widget_class_bind_template_child (widget_class, LipcheckDiaryPage, ended_view);
  gtk_widget_class_bind_template_callback (widget_class, noticed_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_day_activated_cb);

  gtk_widget_class_install_action (widget_class, "diary.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "diary.start-undated", NULL, start_undated_action);
  gtk_widget_class_install_action (widget_class, "diary.save-today", NULL, save_today_action);
  gtk_widget_class_install_action (widget_class, "diary.save-yesterday", NULL, save_yesterday_action);
  gtk_widget_class_install_action (widget_class, "diary.settle", NULL, settle_action);
  gtk_widget_class_install_action (widget_class, "diary.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "diary.show-day", "s", show_day_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "diary.save-today", NULL);
}

static void
lipcheck_diary_page_init (LipcheckDiaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lipcheck_result_view_set_show_actions (self->advice_view, FALSE);
  lipcheck_result_view_set_show_actions (self->ended_view, FALSE);
  update_actions (self);
}

/* API */

/**
 * lipcheck_diary_page_set_knowledge_base:
 *
 * The knowledge base the diary is checked against; with a file set, the diary is read.
 */
void
lipcheck_diary_page_set_knowledge_base (LipcheckDiaryPage     *self,
                                        LipcheckKnowledgeBase *kb)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_PAGE (self));
  g_return_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  lipcheck_diary_entry_editor_set_knowledge_base (self->today_editor, kb);
  lipcheck_diary_entry_editor_set_knowledge_base (self->yesterday_editor, kb);
  load (self);
}

GFile *
lipcheck_diary_page_get_file (LipcheckDiaryPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_PAGE (self), NULL);

  return self->file;
}

/**
 * lipcheck_diary_page_set_file:
 * @file: the diary file, which need not exist yet
 */
void
lipcheck_diary_page_set_file (LipcheckDiaryPage *self,
                              GFile             *file)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_PAGE (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  update_reminder_button (self);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

const char *
lipcheck_diary_page_get_today (LipcheckDiaryPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_PAGE (self), NULL);

  return self->today;
}

/**
 * lipcheck_diary_page_set_today:
 * @today: (nullable): the day it is as YYYY-MM-DD, or %NULL for the clock's
 *
 * Moves the page's day, for tests; the diary is read again for that day.
 */
void
lipcheck_diary_page_set_today (LipcheckDiaryPage *self,
                               const char        *today)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_PAGE (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * lipcheck_diary_page_get_diary:
 *
 * Returns: (transfer none) (nullable): the diary as it is kept
 */
LipcheckDiary *
lipcheck_diary_page_get_diary (LipcheckDiaryPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_PAGE (self), NULL);

  return self->diary;
}

/**
 * lipcheck_diary_page_get_view:
 *
 * Returns: "start", "keeping" or "ended"
 */
const char *
lipcheck_diary_page_get_view (LipcheckDiaryPage *self)
{
  g_return_val_if_fail (LIPCHECK_IS_DIARY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->views);
}

/* The day the self-check's duration points to, for the person to confirm or change. */
static gboolean
suggested_day (LipcheckDiaryPage *self,
               const char        *duration,
               GDate             *day)
{
  get_today (self, day);
  if (g_str_equal (duration, "days"))
    g_date_subtract_days (day, 3);
  else if (g_str_equal (duration, "weeks"))
    g_date_subtract_days (day, LIPCHECK_DIARY_TWO_WEEKS);
  else if (!g_str_equal (duration, "today"))
    return FALSE;

  return TRUE;
}

/**
 * lipcheck_diary_page_suggest:
 * @answers: a self-check's answers
 *
 * Before a diary starts, writes in the day the check's duration answer points to, as a suggestion:
 * it becomes the person's answer only when they start the diary with it.
 */
void
lipcheck_diary_page_suggest (LipcheckDiaryPage *self,
                             LipcheckAnswers   *answers)
{
  GVariant *value;
  LipcheckQuestion *question;
  const LipcheckChoice *choice;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  GDate day;

  g_return_if_fail (LIPCHECK_IS_DIARY_PAGE (self));
  g_return_if_fail (LIPCHECK_IS_ANSWERS (answers));

  value = lipcheck_answers_lookup (answers, "duration");
  if (self->diary != NULL || self->kb == NULL || value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ||
      !(question = lipcheck_knowledge_base_lookup_question (self->kb, "duration")) ||
      !(choice = lipcheck_question_find_choice (question, g_variant_get_string (value, NULL))) ||
      !suggested_day (self, choice->id, &day))
    return;

  text = lipcheck_diary_format_date (g_date_get_julian (&day));
  gtk_editable_set_text (self->noticed_entry, text);
  /* Translators: %s is the answer given in the self-check, such as "A few days (less than two weeks)" */
  message = g_strdup_printf (_("A suggestion from your self-check (“%s”): check the day and correct it before you start."),
                             choice->label);
  show_label (self->suggestion_label, message);
}

/**
 * lipcheck_diary_page_bind_reminder:
 * @settings: Lipcheck's settings, where the evening reminder is turned on and timed
 *
 * Shows the Evening Reminder button on the person's own diary, bound to @settings.
 */
void
lipcheck_diary_page_bind_reminder (LipcheckDiaryPage *self,
                                   GSettings         *settings)
{
  g_return_if_fail (LIPCHECK_IS_DIARY_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "reminder", self->reminder_button, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reminder-time", self->reminder_button, "time", G_SETTINGS_BIND_DEFAULT);
  self->reminder_bound = TRUE;
  update_reminder_button (self);
}
