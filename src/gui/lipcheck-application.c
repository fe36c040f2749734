/* lipcheck-application.c: the application: command line, knowledge base, app-wide actions. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-application.h"
#include "lipcheck-commands.h"
#include "lipcheck-evening-reminder.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-ui-util.h"
#include "lipcheck-window.h"

struct _LipcheckApplication
{
  GtkApplication          parent_instance;

  /* Owned */
  char                    *kb_path;
  char                    *answers_path;
  LipcheckKnowledgeBase   *kb;
  GError                  *kb_error;
  GSettings               *desktop_settings;
  GSettings               *settings;
  LipcheckEveningReminder *reminder;
};

G_DEFINE_FINAL_TYPE (LipcheckApplication, lipcheck_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "kb", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use another knowledge base file"), N_("FILE") },
  { "check-kb", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Check a knowledge base file, print what it holds, and exit"), N_("FILE") },
  { "answers", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Evaluate an answers file and show its result"), N_("FILE") },
  { "diary", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open a twitch diary file, or with --report, --summary-pdf or --export-csv work on it without a window"), N_("FILE") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("With --diary: write the diary as a CSV file and exit"), N_("FILE") },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --answers or --diary: print the result as “json” or “text” and exit"), N_("FORMAT") },
  { "summary-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("With --answers or --diary: write the summary sheet as a PDF and exit"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --summary-pdf: the paper size, “a4” (the default) or “letter”"), N_("SIZE") },
  { NULL }
};

static int
lipcheck_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  LipcheckApplication *self = LIPCHECK_APPLICATION (app);
  const char *check_path = NULL;
  const char *format = NULL;
  const char *pdf_path = NULL;
  const char *paper = NULL;
  const char *diary_path = NULL;
  const char *csv_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, "kb", "^&ay", &self->kb_path);
  g_variant_dict_lookup (options, "answers", "^&ay", &self->answers_path);
  self->kb_path = g_strdup (self->kb_path);
  self->answers_path = g_strdup (self->answers_path);

  if (g_variant_dict_lookup (options, "check-kb", "^&ay", &check_path))
    return lipcheck_command_check_kb (check_path, stdout, stderr);

  if (g_variant_dict_lookup (options, "diary", "^&ay", &diary_path))
    {
      if (g_variant_dict_lookup (options, "export-csv", "^&ay", &csv_path))
        return lipcheck_command_diary_export_csv (self->kb_path, diary_path, csv_path, stdout, stderr);
      if (g_variant_dict_lookup (options, "summary-pdf", "^&ay", &pdf_path))
        {
          g_variant_dict_lookup (options, "paper", "&s", &paper);
          return lipcheck_command_diary_summary_pdf (self->kb_path, diary_path, pdf_path, paper, stdout, stderr);
        }
      if (g_variant_dict_lookup (options, "report", "&s", &format))
        return lipcheck_command_diary_report (self->kb_path, diary_path, format, stdout, stderr);
    }

  if (g_variant_dict_lookup (options, "report", "&s", &format))
    return lipcheck_command_report (self->kb_path, self->answers_path, format, stdout, stderr);

  if (g_variant_dict_lookup (options, "summary-pdf", "^&ay", &pdf_path))
    {
      g_variant_dict_lookup (options, "paper", "&s", &paper);
      return lipcheck_command_summary_pdf (self->kb_path, self->answers_path, pdf_path, paper,
                                           stdout, stderr);
    }

  if (g_variant_dict_contains (options, "paper"))
    {
      g_printerr (_("--paper goes with --summary-pdf\n"));
      return EXIT_FAILURE;
    }

  /* A knowledge base that cannot be used is said on the command line, before any window opens. */
  if (self->kb_path != NULL && !(self->kb = lipcheck_command_load_knowledge_base (self->kb_path, &self->kb_error)))
    {
      g_printerr ("%s\n", self->kb_error->message);
      return EXIT_FAILURE;
    }

  /* A window on another knowledge base stands apart from any running instance; --answers and
   * --diary go to the running instance, if there is one (see command_line ()). */
  if (self->kb_path != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return G_APPLICATION_CLASS (lipcheck_application_parent_class)->handle_local_options (app, options);
}

static void
show_error (LipcheckApplication *self,
            GtkWindow           *parent,
            const char          *title,
            const char          *message)
{
  lipcheck_show_message (GTK_APPLICATION (self), parent, GTK_MESSAGE_ERROR, title, message);
}

static void
open_answers (LipcheckApplication *self,
              LipcheckWindow      *window,
              GFile               *file)
{
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  if (!(answers = lipcheck_answers_new_from_file (self->kb, file, &error)))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is the name of the answers file given with --answers */
      g_autofree char *message = g_strdup_printf (_("Lipcheck could not read the answers in %s, and it has not been changed. You can do the self-check here instead."),
                                                  name);

      lipcheck_window_show_problem (window, _("The answers file cannot be used"), message, error->message);
    }
  else
    lipcheck_window_show_answers (window, answers);
}

static void
lipcheck_application_activate (GApplication *app)
{
  LipcheckApplication *self = LIPCHECK_APPLICATION (app);
  GtkWindow *window;

  if (self->kb == NULL)
    {
      show_error (self, NULL, _("The knowledge base cannot be loaded"), self->kb_error->message);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (lipcheck_window_new (GTK_APPLICATION (self), self->kb, self->settings));

  gtk_window_present (window);
}

static LipcheckWindow *
active_window (LipcheckApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return LIPCHECK_IS_WINDOW (window) ? LIPCHECK_WINDOW (window) : NULL;
}

/* A command line, from this process or from a second `lipcheck --answers FILE` while this one
 * runs: the window, on the result of FILE or on the diary. The headless commands never get here:
 * handle_local_options () runs them where they were typed. */
static int
lipcheck_application_command_line (GApplication            *app,
                                   GApplicationCommandLine *command_line)
{
  LipcheckApplication *self = LIPCHECK_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *answers_path = NULL;
  const char *diary_path = NULL;
  LipcheckWindow *window;

  g_application_activate (app);
  window = active_window (self);
  if (window == NULL)
    return EXIT_FAILURE;

  if (g_variant_dict_lookup (options, "answers", "^&ay", &answers_path))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, answers_path);

      open_answers (self, window, file);
    }
  if (g_variant_dict_lookup (options, "diary", "^&ay", &diary_path))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, diary_path);

      lipcheck_window_open_diary (window, file);
    }

  return EXIT_SUCCESS;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LipcheckApplication *self = user_data;
  const char *developers[] = { _("The Lipcheck developers"), NULL };
  const char *issues[] = { "https://github.com/lipcheck/lipcheck/issues", NULL };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *comments = NULL;
  GListModel *list;
  GtkWidget *about;

  g_return_if_fail (self->kb != NULL);

  list = lipcheck_knowledge_base_get_entries (self->kb, LIPCHECK_KIND_SOURCE);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LipcheckEntry) source = g_list_model_get_item (list, i);

      g_ptr_array_add (sources, g_strdup (lipcheck_entry_get_name (source)));
    }
  g_ptr_array_add (sources, NULL);

  comments = g_strdup_printf ("%s\n\n%s", _("A self-check assistant for lip twitching."),
                              lipcheck_knowledge_base_get_disclaimer (self->kb));

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "program-name", _("Lipcheck"),
                        "logo-icon-name", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", comments,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", developers,
                        "translator-credits", _("translator-credits"),
                        "website", "https://github.com/lipcheck/lipcheck",
                        NULL);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Report a problem"), issues);
  gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Medical sources"),
                                       (const char **)sources->pdata);
  gtk_window_present (GTK_WINDOW (about));
}

/* Without libadwaita, GTK does not follow the desktop's dark style by itself: read GNOME's
 * color-scheme where its schema is installed. */
static gboolean
desktop_prefers_dark (LipcheckApplication *self)
{
  g_autofree char *scheme = NULL;

  if (self->desktop_settings == NULL)
    return FALSE;

  scheme = g_settings_get_string (self->desktop_settings, "color-scheme");
  return g_strcmp0 (scheme, "prefer-dark") == 0;
}

static void
apply_style (LipcheckApplication *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "style");
  g_autoptr(GVariant) state = g_action_get_state (action);
  const char *style = g_variant_get_string (state, NULL);
  gboolean current = FALSE;
  gboolean dark;

  if (g_str_equal (style, "dark"))
    dark = TRUE;
  else if (g_str_equal (style, "light"))
    dark = FALSE;
  else
    dark = desktop_prefers_dark (self);

  /* Setting it, even to the same value, reloads the theme. */
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &current, NULL);
  if (current != dark)
    g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

/* Without settings the Style menu still works, for this run. */
static void
style_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_simple_action_set_state (action, parameter);
  apply_style (user_data);
}

/* The settings need their schema installed (or GSETTINGS_SCHEMA_DIR pointing at the build's);
 * without it Lipcheck runs with its defaults rather than abort. */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: settings will not be kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* The Style menu's action: the "style" setting itself, or a plain stateful action without it. */
static void
add_style_action (LipcheckApplication *self)
{
  static const GActionEntry style_entry[] = {
    { "style", NULL, "s", "'system'", style_action },
  };
  g_autoptr(GAction) action = NULL;

  if (self->settings == NULL)
    {
      g_action_map_add_action_entries (G_ACTION_MAP (self), style_entry, G_N_ELEMENTS (style_entry), self);
      return;
    }

  action = g_settings_create_action (self->settings, "style");
  g_action_map_add_action (G_ACTION_MAP (self), action);
  g_signal_connect_object (self->settings, "changed::style", G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
}

static void
watch_desktop_style (LipcheckApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);

  if (schema != NULL && g_settings_schema_has_key (schema, "color-scheme"))
    {
      self->desktop_settings = g_settings_new ("org.gnome.desktop.interface");
      g_signal_connect_object (self->desktop_settings, "changed::color-scheme",
                               G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
    }

  apply_style (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The evening reminder's action: the window, on today's diary entry. */
static void
open_diary_today_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (app);
  if (LIPCHECK_IS_WINDOW (window))
    lipcheck_window_show_diary_day (LIPCHECK_WINDOW (window), "today");
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
  { "open-diary-today", open_diary_today_action },
};

/* Only the one instance of Lipcheck reminds: a window on another file stands apart. */
static void
start_reminder (LipcheckApplication *self)
{
  if (self->settings == NULL || self->kb == NULL ||
      (g_application_get_flags (G_APPLICATION (self)) & G_APPLICATION_NON_UNIQUE) != 0)
    return;

  self->reminder = lipcheck_evening_reminder_new (G_APPLICATION (self), self->kb, self->settings);
  lipcheck_evening_reminder_update (self->reminder);
}

static const struct {
  const char *action;
  const char *accel;
} window_accels[] = {
  { "win.show-page::self-check", "<Alt>1" },
  { "win.show-page::diary", "<Alt>2" },
  { "win.show-page::causes", "<Alt>3" },
  { "win.show-page::warning-signs", "<Alt>4" },
  { "win.show-page::prevention", "<Alt>5" },
  { "win.find", "<Control>f" },
  { "win.new-check", "<Control>n" },
  { "win.print", "<Control>p" },
  { "win.print-preview", "<Control><Shift>p" },
  { "win.export-pdf", "<Control><Shift>s" },
  { "win.show-help-overlay", "<Control>question" },
};

static void
load_style (LipcheckApplication *self)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
lipcheck_application_startup (GApplication *app)
{
  LipcheckApplication *self = LIPCHECK_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (lipcheck_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  for (guint i = 0; i < G_N_ELEMENTS (window_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), window_accels[i].action,
                                           (const char *[]) { window_accels[i].accel, NULL });

  load_style (self);
  self->settings = new_settings ();
  add_style_action (self);
  watch_desktop_style (self);
  if (self->kb == NULL)
    self->kb = lipcheck_command_load_knowledge_base (self->kb_path, &self->kb_error);
  start_reminder (self);
}

/* Every way of quitting (Ctrl+Q, the session ending) keeps the windows' size and page, as
 * closing a window does. */
static void
lipcheck_application_shutdown (GApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  for (GList *l = windows; l != NULL; l = l->next)
    if (LIPCHECK_IS_WINDOW (l->data))
      lipcheck_window_save_state (l->data);

  g_clear_object (&LIPCHECK_APPLICATION (app)->reminder);

  G_APPLICATION_CLASS (lipcheck_application_parent_class)->shutdown (app);
}

static void
lipcheck_application_finalize (GObject *object)
{
  LipcheckApplication *self = (LipcheckApplication *)object;

  g_clear_object (&self->reminder);
  g_clear_object (&self->kb);
  g_clear_object (&self->desktop_settings);
  g_clear_object (&self->settings);
  g_clear_error (&self->kb_error);
  g_clear_pointer (&self->kb_path, g_free);
  g_clear_pointer (&self->answers_path, g_free);

  G_OBJECT_CLASS (lipcheck_application_parent_class)->finalize (object);
}

static void
lipcheck_application_class_init (LipcheckApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lipcheck_application_finalize;

  app_class->handle_local_options = lipcheck_application_handle_local_options;
  app_class->startup = lipcheck_application_startup;
  app_class->activate = lipcheck_application_activate;
  app_class->command_line = lipcheck_application_command_line;
  app_class->shutdown = lipcheck_application_shutdown;
}

static void
lipcheck_application_init (LipcheckApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A self-check assistant for lip twitching. It is a "
                                              "self-check aid, not a diagnosis."));
}

LipcheckApplication *
lipcheck_application_new (const char        *application_id,
                          GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (LIPCHECK_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * lipcheck_application_get_settings:
 *
 * Returns: (transfer none) (nullable): Lipcheck's settings, or %NULL when the schema is not
 *   installed
 */
GSettings *
lipcheck_application_get_settings (LipcheckApplication *self)
{
  g_return_val_if_fail (LIPCHECK_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * lipcheck_application_get_knowledge_base:
 *
 * Returns: (transfer none) (nullable): the knowledge base, or %NULL if it failed to load
 */
LipcheckKnowledgeBase *
lipcheck_application_get_knowledge_base (LipcheckApplication *self)
{
  g_return_val_if_fail (LIPCHECK_IS_APPLICATION (self), NULL);

  return self->kb;
}
