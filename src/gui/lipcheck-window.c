/* lipcheck-window.c: the main window: the self-check and the pages to browse the knowledge base. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lipcheck-adaptive-bin.h"
#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-browse-page.h"
#include "lipcheck-evaluator.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-diary-sheet.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-last-check.h"
#include "lipcheck-lazy-page.h"
#include "lipcheck-notice.h"
#include "lipcheck-level.h"
#include "lipcheck-print-operation.h"
#include "lipcheck-result.h"
#include "lipcheck-summary.h"
#include "lipcheck-ui-util.h"
#include "lipcheck-window.h"
#include "lipcheck-wizard.h"

struct _LipcheckWindow
{
  GtkApplicationWindow   parent_instance;

  /* Template widgets */
  GtkWidget             *switcher;
  GtkWidget             *menu_button;
  GtkWidget             *menu_popover;
  GtkWidget             *result_back_button;
  GtkStack              *stack;
  LipcheckWizard        *wizard;
  LipcheckLazyPage      *diary_page_slot;
  LipcheckNotice        *notice;

  /* Owned */
  LipcheckKnowledgeBase *kb;
  GSettings             *settings;
  GError                *last_check_error;

  /* State */
  /* A browse page was opened from the result's Read More: the back button returns there. */
  guint                  back_to_result : 1;
};

G_DEFINE_FINAL_TYPE (LipcheckWindow, lipcheck_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_SETTINGS,
  PROP_VISIBLE_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages other than the self-check are built when first asked for (LipcheckLazyPage). */
static GtkWidget *
page_content (LipcheckWindow *self,
              const char     *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->stack, name);

  return LIPCHECK_IS_LAZY_PAGE (child) ? lipcheck_lazy_page_get_child (LIPCHECK_LAZY_PAGE (child)) : child;
}

static LipcheckBrowsePage *
browse_page (LipcheckWindow *self,
             const char     *name)
{
  GtkWidget *child = name != NULL ? page_content (self, name) : NULL;

  return LIPCHECK_IS_BROWSE_PAGE (child) ? LIPCHECK_BROWSE_PAGE (child) : NULL;
}

static LipcheckDiaryPage *
diary_page (LipcheckWindow *self)
{
  return LIPCHECK_DIARY_PAGE (lipcheck_lazy_page_get_child (self->diary_page_slot));
}

/* A browse page, once built, follows the window's narrow layout. */
static void
page_built_cb (LipcheckWindow   *self,
               GParamSpec       *pspec,
               LipcheckLazyPage *slot)
{
  GtkWidget *page = lipcheck_lazy_page_peek_child (slot);

  if (LIPCHECK_IS_BROWSE_PAGE (page))
    g_object_bind_property (gtk_window_get_child (GTK_WINDOW (self)), "narrow", page, "narrow", G_BINDING_SYNC_CREATE);
  else if (LIPCHECK_IS_DIARY_PAGE (page) && self->settings != NULL)
    lipcheck_diary_page_bind_reminder (LIPCHECK_DIARY_PAGE (page), self->settings);
}

/* A banner with what to do at an urgency, as the knowledge base words it for that level. */
static void
set_intro (LipcheckWindow     *self,
           LipcheckBrowsePage *page)
{
  const char *level_name = lipcheck_browse_page_get_intro_level (page);
  g_autoptr(LipcheckAnswers) none = lipcheck_answers_new ();
  g_autofree char *advice = NULL;
  LipcheckUrgency urgency;

  if (level_name == NULL || !lipcheck_urgency_from_string (level_name, &urgency))
    return;

  advice = lipcheck_template_render (lipcheck_level_get_advice (lipcheck_knowledge_base_get_level (self->kb, urgency)),
                                     self->kb, none,
                                     lipcheck_knowledge_base_get_emergency_number (self->kb, NULL));
  lipcheck_browse_page_set_intro (page, lipcheck_browse_page_get_intro_title (page), advice);
}

static const struct {
  const char   *name;
  LipcheckKind  kind;
} kind_names[] = {
  { "cause", LIPCHECK_KIND_CAUSE },
  { "warning-sign", LIPCHECK_KIND_WARNING_SIGN },
  { "condition", LIPCHECK_KIND_CONDITION },
  { "tip", LIPCHECK_KIND_TIP },
};

static GListModel *
entries_of_kind (LipcheckWindow *self,
                 const char     *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (kind_names[i].name, name))
      return lipcheck_knowledge_base_get_entries (self->kb, kind_names[i].kind);

  g_warning ("A browse page lists an unknown kind of entry: “%s”", name);
  return NULL;
}

/* The entries of the page's kinds, one after the other. */
static GListModel *
dup_entries (LipcheckWindow     *self,
             LipcheckBrowsePage *page)
{
  g_auto(GStrv) kinds = g_strsplit (lipcheck_browse_page_get_kinds (page), " ", -1);
  g_autoptr(GListStore) lists = g_list_store_new (G_TYPE_LIST_MODEL);
  GListModel *list;

  for (guint i = 0; kinds[i] != NULL; i++)
    if (kinds[i][0] != '\0' && (list = entries_of_kind (self, kinds[i])))
      g_list_store_append (lists, list);

  if (g_list_model_get_n_items (G_LIST_MODEL (lists)) == 1)
    return g_list_model_get_item (G_LIST_MODEL (lists), 0);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&lists))));
}

/* A browse page gets its entries the first time it is shown: the window opens on the self-check,
 * and filling pages nobody looks at would only slow that down. */
static void
fill_browse_page (LipcheckWindow     *self,
                  LipcheckBrowsePage *page)
{
  g_autoptr(GListModel) entries = NULL;

  if (page == NULL || lipcheck_browse_page_get_model (page) != NULL || lipcheck_browse_page_get_kinds (page) == NULL)
    return;

  entries = dup_entries (self, page);
  lipcheck_browse_page_set_model (page, entries);
  set_intro (self, page);
}

/* The diary is read when its page is first needed, not at start-up: the person's own diary,
 * unless another file was given. */
static void
fill_diary_page (LipcheckWindow *self)
{
  LipcheckDiaryPage *page = diary_page (self);

  if (lipcheck_diary_page_get_file (page) == NULL)
    {
      g_autoptr(GFile) diary = lipcheck_diary_file_default ();

      lipcheck_diary_page_set_file (page, diary);
    }
  lipcheck_diary_page_set_knowledge_base (page, self->kb);
}

static void
update_back_button (LipcheckWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  gboolean back = self->back_to_result && g_strcmp0 (name, "self-check") != 0 &&
                  lipcheck_wizard_get_result (self->wizard) != NULL;

  gtk_widget_set_visible (self->result_back_button, back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-to-result", back);
}

static void
visible_page_cb (LipcheckWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  update_back_button (self);

  if (self->kb != NULL && g_strcmp0 (name, "diary") == 0)
    fill_diary_page (self);
  else if (self->kb != NULL)
    fill_browse_page (self, browse_page (self, name));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

/* The switcher moves to the bottom below 600 pixels, or sooner if its pages' names (in a long
 * language or with large text) would not fit beside the header's buttons. */
#define NARROW_WIDTH 600
#define HEADER_BUTTONS_WIDTH 120

static void
update_threshold (LipcheckWindow *self)
{
  int natural = 0;

  gtk_widget_measure (self->switcher, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  lipcheck_adaptive_bin_set_threshold (LIPCHECK_ADAPTIVE_BIN (gtk_window_get_child (GTK_WINDOW (self))), MAX (NARROW_WIDTH, natural + HEADER_BUTTONS_WIDTH));
}

static void
fill_pages (LipcheckWindow *self)
{
  lipcheck_wizard_set_knowledge_base (self->wizard, self->kb);
  visible_page_cb (self);
}

/* The window's size, maximized state and page are kept between runs. */
static void
restore_state (LipcheckWindow *self)
{
  GSettings *settings = self->settings;
  g_autofree char *page = NULL;

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (settings, "last-page");
  gtk_stack_set_visible_child_name (self->stack, page);
}

/**
 * lipcheck_window_save_state:
 *
 * Keeps the window's size, maximized state and page in the settings.
 */
void
lipcheck_window_save_state (LipcheckWindow *self)
{
  GSettings *settings;
  int width, height;

  g_return_if_fail (LIPCHECK_IS_WINDOW (self));

  settings = self->settings;
  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_string (settings, "last-page", gtk_stack_get_visible_child_name (self->stack));
  g_settings_apply (settings);
}

static gboolean
lipcheck_window_close_request (GtkWindow *window)
{
  lipcheck_window_save_state (LIPCHECK_WINDOW (window));

  return GTK_WINDOW_CLASS (lipcheck_window_parent_class)->close_request (window);
}

/* A problem, in the banner at the top of the window: @message in plain words, @details the
 * technical text. */
static void
show_message (LipcheckWindow *self,
              const char     *title,
              const char     *message,
              const char     *details)
{
  LipcheckResult *result = lipcheck_wizard_get_result (self->wizard);

  /* An emergency says one thing: nothing is put above the call to the emergency number. */
  if (result != NULL && lipcheck_result_get_urgency (result) == LIPCHECK_URGENCY_EMERGENCY)
    {
      g_message ("%s: %s", title, details != NULL ? details : message);
      return;
    }

  lipcheck_notice_show_problem (self->notice, title, message, details);
}

/* The last self-check is offered on the introduction; one that cannot be read is set aside and
 * the person is told, once the window is up. */
static void
load_last_check (LipcheckWindow *self)
{
  g_autoptr(GFile) file = lipcheck_last_check_default_file ();
  g_autoptr(LipcheckAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = lipcheck_last_check_load (file, self->kb, NULL, &error);
  if (error != NULL)
    self->last_check_error = g_steal_pointer (&error);
  lipcheck_wizard_set_last_check (self->wizard, answers);
}

static void
lipcheck_window_map (GtkWidget *widget)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  g_autoptr(GError) error = g_steal_pointer (&self->last_check_error);

  GTK_WIDGET_CLASS (lipcheck_window_parent_class)->map (widget);

  if (error == NULL)
    return;
  if (g_error_matches (error, LIPCHECK_ANSWERS_ERROR, LIPCHECK_DATA_ERROR_IO))
    show_message (self, _("Your last self-check could not be read"),
                  _("Lipcheck could not open the file it is kept in, so it has been left as it is. You can still do a new self-check."),
                  error->message);
  else
    show_message (self, _("Your last self-check could not be read"),
                  _("The file it was kept in is damaged. It has been kept beside it under another name, and you can do a new self-check."),
                  error->message);
}

static void
wizard_finished_cb (LipcheckWindow *self,
                    LipcheckResult *result,
                    LipcheckWizard *wizard)
{
  g_autoptr(GFile) file = lipcheck_last_check_default_file ();
  /* A copy: the wizard's own answers are cleared when the person starts over. */
  g_autoptr(LipcheckAnswers) answers = lipcheck_answers_copy (lipcheck_wizard_get_answers (wizard));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (!lipcheck_last_check_save (file, self->kb, answers, now, &error))
    show_message (self, _("Your self-check could not be kept"),
                  _("Your result is shown, but it was not saved for the next time you open Lipcheck."),
                  error->message);
  else
    lipcheck_wizard_set_last_check (wizard, answers);
}

/* Actions */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lipcheck_window_show_page (LIPCHECK_WINDOW (widget), g_variant_get_string (parameter, NULL), NULL);
}

/* Read More on the result opens a browse page; the way back is kept until the person returns. */
static void
show_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  const char *page, *id;

  g_variant_get (parameter, "(&s&s)", &page, &id);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "self-check") == 0)
    self->back_to_result = lipcheck_wizard_get_result (self->wizard) != NULL;
  lipcheck_window_show_page (self, page, id);
}

/* Back to the result as it was left: the page keeps its scroll position while hidden. */
static void
back_to_result_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);

  self->back_to_result = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "self-check");
  gtk_widget_grab_focus (GTK_WIDGET (self->wizard));
}

/* The keyboard shortcuts window, built on first use rather than with every window (as GTK's
 * automatic help overlay would), since building it costs as much as a tenth of the first frame.
 * Once built it is the window's help overlay, which shows each action's accelerators. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/lipcheck-shortcuts-window.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

/* A popover menu that closes (after the Style submenu, too) gives the focus back to its button,
 * so that the keyboard goes on working in the window. */
static void
menu_closed_cb (LipcheckWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (focus == NULL || focus == self->menu_popover || gtk_widget_is_ancestor (focus, self->menu_popover) ||
      !gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (self->menu_button);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  LipcheckBrowsePage *page = browse_page (self, gtk_stack_get_visible_child_name (self->stack));

  if (page == NULL)
    {
      lipcheck_window_show_page (self, "causes", NULL);
      page = browse_page (self, "causes");
    }

  lipcheck_browse_page_focus_search (page);
}

static void
new_check_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);

  lipcheck_window_show_page (self, "self-check", NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->wizard), "wizard.restart", NULL);
}

static LipcheckPaper
preferred_paper (LipcheckWindow *self)
{
  return self->settings != NULL ? (LipcheckPaper)g_settings_get_enum (self->settings, "paper") : LIPCHECK_PAPER_A4;
}

static void
print_done_cb (LipcheckWindow          *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    lipcheck_print_operation_save_settings (LIPCHECK_PRINT_OPERATION (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_message (self, _("The summary could not be printed"),
                    _("Nothing was sent to the printer. You can try again, or save the summary as PDF."),
                    error ? error->message : NULL);
    }

  g_object_unref (operation);
}

/* The summary sheet takes the doctor's page of the person's diary, when there is one. */
static void
add_diary (LipcheckWindow  *self,
           LipcheckSummary *summary)
{
  LipcheckDiary *diary;

  fill_diary_page (self);
  diary = lipcheck_diary_page_get_diary (diary_page (self));
  if (diary != NULL && lipcheck_diary_get_n_entries (diary) > 0)
    lipcheck_summary_set_diary (summary, lipcheck_diary_sheet_new (diary, self->kb));
}

/* A print operation for the result shown, on the preferred paper unless the last print chose
 * another. */
static LipcheckPrintOperation *
new_print_operation (LipcheckWindow *self,
                     LipcheckResult *result)
{
  g_autoptr(GDateTime) date = lipcheck_result_dup_date (result);
  LipcheckPrintOperation *operation = lipcheck_print_operation_new (result, date);

  add_diary (self, lipcheck_print_operation_get_summary (operation));
  lipcheck_print_operation_set_paper (operation, preferred_paper (self));
  lipcheck_print_operation_load_settings (operation);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);

  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  LipcheckResult *result = lipcheck_wizard_get_result (self->wizard);
  g_autoptr(GError) error = NULL;
  LipcheckPrintOperation *operation;

  if (result == NULL)
    return;

  /* Held until "done". */
  operation = new_print_operation (self, result);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_message (self, _("The summary could not be printed"),
                  _("Nothing was sent to the printer. You can try again, or save the summary as PDF."),
                  error->message);
}

/* The preview window holds the operation until it closes; printing from it opens win.print. */
static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  LipcheckResult *result = lipcheck_wizard_get_result (self->wizard);
  g_autoptr(LipcheckPrintOperation) operation = NULL;

  if (result == NULL)
    return;

  operation = new_print_operation (self, result);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                           GTK_WINDOW (self), NULL);
}

static void
export_response_cb (LipcheckWindow       *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  LipcheckResult *result = lipcheck_wizard_get_result (self->wizard);
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && result != NULL)
    lipcheck_window_save_summary_pdf (self, file);

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/* Save as PDF starts in the Documents folder, or the home folder when there is none. */
static void
set_documents_folder (GtkFileChooser *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                                 ? documents : g_get_home_dir ());

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* The notice's Open button: the file just written, in the person's PDF viewer. */
static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);
  LipcheckResult *result = lipcheck_wizard_get_result (self->wizard);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (result == NULL)
    return;

  date = lipcheck_result_dup_date (result);
  day = g_date_time_format (date, "%Y-%m-%d");
  /* Translators: the file name offered for the summary sheet; %s is a date */
  name = g_strdup_printf (_("lip-twitch-summary-%s.pdf"), day);

  chooser = gtk_file_chooser_native_new (_("Save the Summary as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  set_documents_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* From the result: the diary, with the check's duration as a suggestion for the day it began. */
static void
follow_twitch_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (widget);

  fill_diary_page (self);
  lipcheck_diary_page_suggest (diary_page (self), lipcheck_wizard_get_answers (self->wizard));
  gtk_stack_set_visible_child_name (self->stack, "diary");
}

static void
wizard_result_cb (LipcheckWindow *self)
{
  gboolean has_result = lipcheck_wizard_get_result (self->wizard) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-preview", has_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.follow-twitch", has_result);
  if (!has_result)
    self->back_to_result = FALSE;
  else if (lipcheck_result_get_urgency (lipcheck_wizard_get_result (self->wizard)) == LIPCHECK_URGENCY_EMERGENCY)
    lipcheck_notice_dismiss (self->notice);
  update_back_button (self);
}

/* GObject */

static void
lipcheck_window_constructed (GObject *object)
{
  LipcheckWindow *self = (LipcheckWindow *)object;

  G_OBJECT_CLASS (lipcheck_window_parent_class)->constructed (object);

  if (self->kb != NULL)
    {
      fill_pages (self);
      load_last_check (self);
    }
}

static void
lipcheck_window_dispose (GObject *object)
{
  LipcheckWindow *self = (LipcheckWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIPCHECK_TYPE_WINDOW);
  g_clear_object (&self->kb);
  g_clear_object (&self->settings);
  g_clear_error (&self->last_check_error);

  G_OBJECT_CLASS (lipcheck_window_parent_class)->dispose (object);
}

static void
lipcheck_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KNOWLEDGE_BASE:
      g_value_set_object (value, self->kb);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_VISIBLE_PAGE:
      /* Asked for by its action before the template is built, too. */
      g_value_set_string (value, self->stack != NULL ? gtk_stack_get_visible_child_name (self->stack) ?: "" : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LipcheckWindow *self = LIPCHECK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KNOWLEDGE_BASE:
      self->kb = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_VISIBLE_PAGE:
      lipcheck_window_show_page (self, g_value_get_string (value), NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_window_class_init (LipcheckWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lipcheck_window_constructed;
  object_class->dispose = lipcheck_window_dispose;
  object_class->get_property = lipcheck_window_get_property;
  object_class->set_property = lipcheck_window_set_property;

  window_class->close_request = lipcheck_window_close_request;
  widget_class->map = lipcheck_window_map;

  properties[PROP_KNOWLEDGE_BASE] =
    g_param_spec_object ("knowledge-base", NULL, NULL,
                         LIPCHECK_TYPE_KNOWLEDGE_BASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckWindow:settings:
   * Lipcheck's settings, where the window keeps its size, page and paper; %NULL when the schema
   * is not installed, and then the window opens with its defaults and keeps nothing.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LipcheckWindow:visible-page:
   * The name of the page shown; the bottom switcher's buttons are its action, win.visible-page.
   */
  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL,
                         "self-check",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/lipcheck-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, menu_popover);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, result_back_button);
  gtk_widget_class_bind_template_callback (widget_class, menu_closed_cb);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, wizard);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, diary_page_slot);
  gtk_widget_class_bind_template_child (widget_class, LipcheckWindow, notice);
  gtk_widget_class_bind_template_callback (widget_class, wizard_finished_cb);
  gtk_widget_class_bind_template_callback (widget_class, wizard_result_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_built_cb);

  gtk_widget_class_install_property_action (widget_class, "win.visible-page", "visible-page");
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-entry", "(ss)", show_entry_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.new-check", NULL, new_check_action);
  gtk_widget_class_install_action (widget_class, "win.follow-twitch", NULL, follow_twitch_action);
  gtk_widget_class_install_action (widget_class, "win.back-to-result", NULL, back_to_result_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back-to-result", NULL);

  g_type_ensure (LIPCHECK_TYPE_ADAPTIVE_BIN);
  g_type_ensure (LIPCHECK_TYPE_LAZY_PAGE);
  g_type_ensure (LIPCHECK_TYPE_NOTICE);
  g_type_ensure (LIPCHECK_TYPE_WIZARD);
  g_type_ensure (LIPCHECK_TYPE_BROWSE_PAGE);
  g_type_ensure (LIPCHECK_TYPE_DIARY_PAGE);
}

static void
lipcheck_window_init (LipcheckWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wizard_result_cb (self);
  update_threshold (self);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-xft-dpi",
                           G_CALLBACK (update_threshold), self, G_CONNECT_SWAPPED);
}

/**
 * lipcheck_window_new:
 * @settings: (nullable): Lipcheck's settings, or %NULL when its schema is not installed
 */
LipcheckWindow *
lipcheck_window_new (GtkApplication        *application,
                     LipcheckKnowledgeBase *kb,
                     GSettings             *settings)
{
  LipcheckWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LIPCHECK_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIPCHECK_TYPE_WINDOW,
                       "application", application,
                       "knowledge-base", kb,
                       "settings", settings,
                       NULL);
  restore_state (self);

  return self;
}

/**
 * lipcheck_window_show_answers:
 *
 * Shows the self-check's result for @answers.
 */
void
lipcheck_window_show_answers (LipcheckWindow  *self,
                              LipcheckAnswers *answers)
{
  g_return_if_fail (LIPCHECK_IS_WINDOW (self));
  g_return_if_fail (LIPCHECK_IS_ANSWERS (answers));

  /* A new result: what the banner said of an earlier one no longer applies. */
  lipcheck_notice_dismiss (self->notice);
  gtk_stack_set_visible_child_name (self->stack, "self-check");
  lipcheck_wizard_show_answers (self->wizard, answers);
}

/**
 * lipcheck_window_show_page:
 * @page: "self-check", "causes", "warning-signs" or "prevention"
 * @entry_id: (nullable): on a browse page, the entry to show
 */
void
lipcheck_window_show_page (LipcheckWindow *self,
                           const char     *page,
                           const char     *entry_id)
{
  LipcheckBrowsePage *browse;

  g_return_if_fail (LIPCHECK_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  if (gtk_stack_get_child_by_name (self->stack, page) == NULL)
    return;

  gtk_stack_set_visible_child_name (self->stack, page);
  if (entry_id != NULL && (browse = browse_page (self, page)))
    {
      fill_browse_page (self, browse);
      lipcheck_browse_page_select (browse, entry_id);
    }
}

/**
 * lipcheck_window_open_diary:
 * @file: a diary file, which need not exist yet
 *
 * Shows the diary page on @file instead of the person's own diary.
 */
void
lipcheck_window_open_diary (LipcheckWindow *self,
                            GFile          *file)
{
  g_return_if_fail (LIPCHECK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  lipcheck_diary_page_set_file (diary_page (self), file);
  gtk_stack_set_visible_child_name (self->stack, "diary");
}

/**
 * lipcheck_window_show_diary_day:
 * @day: "today", "yesterday" or "advice"
 *
 * Shows the Diary page on that day's tab, as the evening reminder's notification asks.
 */
void
lipcheck_window_show_diary_day (LipcheckWindow *self,
                                const char     *day)
{
  g_return_if_fail (LIPCHECK_IS_WINDOW (self));
  g_return_if_fail (day != NULL);

  gtk_stack_set_visible_child_name (self->stack, "diary");
  gtk_widget_activate_action (GTK_WIDGET (diary_page (self)), "diary.show-day", "s", day);
}

/**
 * lipcheck_window_get_wizard:
 *
 * Returns: (transfer none): the self-check
 */
LipcheckWizard *
lipcheck_window_get_wizard (LipcheckWindow *self)
{
  g_return_val_if_fail (LIPCHECK_IS_WINDOW (self), NULL);

  return self->wizard;
}

/**
 * lipcheck_window_write_summary_pdf:
 * @file: where the PDF goes
 *
 * Writes the summary sheet of the result shown, with the doctor's page of the diary when there
 * is one, on the preferred paper: what Save as PDF writes.
 *
 * Returns: %TRUE when written; %FALSE with @error set, also when no result is shown
 */
gboolean
lipcheck_window_write_summary_pdf (LipcheckWindow  *self,
                                   GFile           *file,
                                   GError         **error)
{
  LipcheckResult *result;
  g_autoptr(LipcheckSummary) summary = NULL;
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (LIPCHECK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((result = lipcheck_wizard_get_result (self->wizard)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no result to save yet."));
      return FALSE;
    }

  date = lipcheck_result_dup_date (result);
  summary = lipcheck_summary_new (result, date);
  add_diary (self, summary);

  return lipcheck_summary_write_pdf (summary, file, preferred_paper (self), error);
}

/**
 * lipcheck_window_save_summary_pdf:
 * @file: where the PDF goes
 *
 * Writes the summary sheet as Save as PDF does, and says in the window's banner that it was
 * saved, with a button that opens it, or that it was not and why.
 */
void
lipcheck_window_save_summary_pdf (LipcheckWindow *self,
                                  GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (LIPCHECK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  if (!lipcheck_window_write_summary_pdf (self, file, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name, such as lip-twitch-summary-2026-12-03.pdf */
      message = g_strdup_printf (_("%s was not written. Your result is still here: you can try again in another folder."), name);
      show_message (self, _("The summary was not saved"), message, error->message);
      return;
    }

  /* Translators: %s is a file name, such as lip-twitch-summary-2026-12-03.pdf */
  title = g_strdup_printf (_("The summary was saved as %s"), name);
  uri = g_file_get_uri (file);
  lipcheck_notice_show_done (self->notice, title, _("_Open"), "win.open-file", g_variant_new_string (uri));
}

/**
 * lipcheck_window_show_problem:
 * @title: what went wrong, in a few plain words
 * @message: what it means for the person
 * @details: (nullable): the technical text: the file, the line, the JSON path
 *
 * Tells the person about a problem in the banner at the top of the window.
 */
void
lipcheck_window_show_problem (LipcheckWindow *self,
                              const char     *title,
                              const char     *message,
                              const char     *details)
{
  g_return_if_fail (LIPCHECK_IS_WINDOW (self));

  show_message (self, title, message, details);
}
