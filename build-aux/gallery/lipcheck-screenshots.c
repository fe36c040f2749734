/* lipcheck-screenshots.c: renders every page of Lipcheck to PNG, for the gallery and for review. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "lipcheck-answers-file.h"
#include "lipcheck-answers.h"
#include "lipcheck-application.h"
#include "lipcheck-diary-file.h"
#include "lipcheck-diary-page.h"
#include "lipcheck-kb-loader.h"
#include "lipcheck-knowledge-base.h"
#include "lipcheck-last-check.h"
#include "lipcheck-notice.h"
#include "lipcheck-print-preview.h"
#include "lipcheck-reminder-button.h"
#include "lipcheck-timeline.h"
#include "lipcheck-window.h"
#include "lipcheck-wizard.h"

static const char *out_dir;
static const char *sub_dir = "";

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 600 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
save (GtkWidget  *window,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  settle ();
  paintable = gtk_widget_paintable_new (window);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (out_dir, sub_dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
}

static LipcheckAnswers *
load_answers (LipcheckKnowledgeBase *kb,
              const char            *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIPCHECK_SOURCE_ROOT") ?: ".", "tests", "gallery", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LipcheckAnswers *answers = lipcheck_answers_new_from_file (kb, file, &error);

  if (answers == NULL)
    g_error ("%s", error->message);

  return answers;
}

static void
walk_wizard (LipcheckWindow *window)
{
  LipcheckWizard *wizard = lipcheck_window_get_wizard (window);
  LipcheckAnswers *answers = lipcheck_wizard_get_answers (wizard);

  save (GTK_WIDGET (window), "01-intro.png");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
  save (GTK_WIDGET (window), "02-step-twitch-empty.png");
  lipcheck_answers_set_choice (answers, "duration", "days");
  lipcheck_answers_set_boolean (answers, "severe", TRUE);
  /* Next with questions missing: the note says which, the focus goes to the first. */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  save (GTK_WIDGET (window), "03-step-twitch-missing.png");
  lipcheck_answers_set_boolean (answers, "spread", FALSE);
  lipcheck_answers_set_boolean (answers, "stiff", FALSE);
  lipcheck_answers_set_boolean (answers, "eye-onset", FALSE);
  save (GTK_WIDGET (window), "03-step-twitch.png");
  /* Back at the introduction, the unfinished check is offered. */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.back", NULL);
  save (GTK_WIDGET (window), "01-intro-continue.png");
  /* Continue would go on at the medicines, the first question still to answer: start again
   * from the first step instead, with the answers given, to show every step. */
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  lipcheck_answers_set_boolean (answers, "stress", TRUE);
  lipcheck_answers_set_number (answers, "sleep-hours", 6);
  lipcheck_answers_set_number (answers, "caffeine-cups", 5);
  save (GTK_WIDGET (window), "04-step-daily-life.png");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  save (GTK_WIDGET (window), "05-step-body-empty.png");
  lipcheck_answers_set_several (answers, "medications", (const char *[]) { "diuretic", NULL });
  save (GTK_WIDGET (window), "05-step-body.png");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  save (GTK_WIDGET (window), "06-step-warning-signs-empty.png");
  lipcheck_answers_set_boolean (answers, "asymmetry", TRUE);
  save (GTK_WIDGET (window), "07-step-warning-signs-follow-up.png");
  lipcheck_answers_set_boolean (answers, "sudden", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
  save (GTK_WIDGET (window), "08-result-from-wizard.png");
}

static void
show_results (LipcheckWindow        *window,
              LipcheckKnowledgeBase *kb)
{
  static const char * const names[] = { "self-care", "routine", "urgent", "emergency", "incomplete" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_strdup_printf ("%s.json", names[i]);
      g_autofree char *png = g_strdup_printf ("%02u-result-%s.png", 10 + i, names[i]);
      g_autoptr(LipcheckAnswers) answers = load_answers (kb, file);

      lipcheck_window_show_answers (window, answers);
      save (GTK_WIDGET (window), png);
    }
}

static void
show_tabs (LipcheckWindow *window)
{
  lipcheck_window_show_page (window, "causes", "caffeine");
  save (GTK_WIDGET (window), "20-causes.png");
  lipcheck_window_show_page (window, "warning-signs", "asymmetry");
  save (GTK_WIDGET (window), "21-warning-signs.png");
  lipcheck_window_show_page (window, "warning-signs", "bells-palsy");
  save (GTK_WIDGET (window), "22-condition.png");
  lipcheck_window_show_page (window, "prevention", "potassium-foods");
  save (GTK_WIDGET (window), "23-prevention.png");
}

/* The diary: two weeks of entries with gaps, an eyelid first and then the lip on the same side. */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The reminder's popover, open beside the timeline, on its own. */
static void
show_reminder (GtkWidget *page)
{
  GtkWidget *button = find_widget (find_widget (page, LIPCHECK_TYPE_REMINDER_BUTTON), GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  settle ();
  save (GTK_WIDGET (popover), "53-diary-reminder.png");
  gtk_popover_popdown (popover);
}

static void
show_diary (LipcheckWindow *window)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIPCHECK_SOURCE_ROOT") ?: ".", "tests", "gallery",
                                            "diary-two-weeks.json", NULL);
  /* The person's own diary, so that the page offers the reminder. */
  g_autoptr(GFile) file = lipcheck_diary_file_default ();
  g_autofree char *folder = g_path_get_dirname (g_file_peek_path (file));
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  g_mkdir_with_parents (folder, 0700);
  if (!g_file_get_contents (path, &contents, NULL, &error) ||
      !g_file_set_contents (g_file_peek_path (file), contents, -1, &error))
    g_error ("%s", error->message);

  /* The diary's today: the day after its last entry. */
  g_setenv ("LIPCHECK_TODAY", "2026-12-01", TRUE);
  lipcheck_window_open_diary (window, file);
  page = find_widget (GTK_WIDGET (window), LIPCHECK_TYPE_DIARY_PAGE);
  save (GTK_WIDGET (window), "50-diary-today.png");
  gtk_widget_activate_action (page, "diary.show-day", "s", "yesterday");
  save (GTK_WIDGET (window), "51-diary-yesterday.png");
  gtk_widget_activate_action (page, "diary.show-day", "s", "advice");
  save (GTK_WIDGET (window), "52-diary-advice.png");
  gtk_widget_activate_action (page, "diary.show-day", "s", "today");
  show_reminder (page);
}

/* The first toplevel of @type: the print dialog and the preview are windows of their own. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  g_error ("No %s on screen", g_type_name (type));
  return NULL;
}

/* The banner at the top of the window: a summary saved, then an answers file that cannot be used. */
static void
show_notices (LipcheckWindow        *window,
              LipcheckKnowledgeBase *kb)
{
  g_autoptr(LipcheckAnswers) answers = load_answers (kb, "routine.json");
  g_autofree char *pdf = g_build_filename (g_get_user_data_dir (), "lip-twitch-summary-2026-12-03.pdf", NULL);
  g_autofree char *bad = g_build_filename (g_get_user_data_dir (), "answers.json", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  GtkWidget *notice;
  g_autofree char *message = NULL;

  lipcheck_window_show_answers (window, answers);
  lipcheck_window_save_summary_pdf (window, pdf_file);
  save (GTK_WIDGET (window), "15-result-saved.png");

  if (!g_file_set_contents (bad, "{\"answers\": {\"duration\": \"years\"}}", -1, &error))
    g_error ("%s", error->message);
  g_assert_null (lipcheck_answers_new_from_file (kb, bad_file, &error));
  /* The words the application uses for a bad --answers file. */
  message = g_strdup_printf (_("Lipcheck could not read the answers in %s, and it has not been changed. You can do the self-check here instead."),
                             "answers.json");
  lipcheck_window_show_problem (window, _("The answers file cannot be used"), message, error->message);
  notice = find_widget (GTK_WIDGET (window), LIPCHECK_TYPE_NOTICE);
  gtk_expander_set_expanded (GTK_EXPANDER (find_widget (notice, GTK_TYPE_EXPANDER)), TRUE);
  save (GTK_WIDGET (window), "16-problem.png");
  gtk_widget_activate_action (notice, "notice.dismiss", NULL);
}

static void
show_printing (LipcheckWindow        *window,
               LipcheckKnowledgeBase *kb)
{
  g_autoptr(LipcheckAnswers) answers = load_answers (kb, "urgent.json");
  GtkWidget *dialog;
  GtkWidget *preview;

  lipcheck_window_show_answers (window, answers);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  dialog = find_toplevel (GTK_TYPE_DIALOG);
  save (dialog, "30-print-dialog.png");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-preview", NULL);
  settle ();
  preview = find_toplevel (LIPCHECK_TYPE_PRINT_PREVIEW);
  save (preview, "31-print-preview.png");
  gtk_window_close (GTK_WINDOW (preview));
}

static void
show_about_and_shortcuts (LipcheckWindow      *window,
                          LipcheckApplication *app)
{
  GtkWidget *about;
  GtkWidget *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  settle ();
  about = find_toplevel (GTK_TYPE_ABOUT_DIALOG);
  save (about, "40-about.png");
  gtk_window_destroy (GTK_WINDOW (about));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  settle ();
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  save (shortcuts, "41-shortcuts.png");
  gtk_window_close (GTK_WINDOW (shortcuts));
}

/* A diary of @days days to 24 November 2026: every fourth day a gap, answers varying. */
static LipcheckDiary *
generated_diary (guint days)
{
  static const char * const places[][3] = {
    { "eyelid-left", NULL }, { "eyelid-left", "upper-lip-left", NULL }, { "upper-lip-left", NULL },
  };
  LipcheckDiary *diary = lipcheck_diary_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 24, G_DATE_NOVEMBER, 2026);
  g_date_subtract_days (&date, days - 1);
  for (guint i = 0; i < days; i++, g_date_add_days (&date, 1))
    {
      g_autoptr(LipcheckDiaryEntry) entry = NULL;
      g_autoptr(LipcheckDiaryEntry) replaced = NULL;

      if (i % 4 == 2 && i + 1 < days)
        continue;
      entry = lipcheck_diary_entry_new (&date, (i * 7 / 3) % 3);
      if (lipcheck_diary_entry_get_twitch (entry) != LIPCHECK_TWITCH_NONE)
        lipcheck_diary_entry_set_places (entry, places[i % 3]);
      lipcheck_diary_entry_set_caffeine_cups (entry, (i * 5) % 8);
      if (i % 5 != 1)
        lipcheck_diary_entry_set_sleep_hours (entry, 5 + i % 4);
      lipcheck_diary_entry_set_stress (entry, i % 3 == 0 ? LIPCHECK_TRISTATE_YES : LIPCHECK_TRISTATE_NO);
      lipcheck_diary_entry_set_alcohol (entry, i % 6 == 0 ? LIPCHECK_TRISTATE_YES : LIPCHECK_TRISTATE_UNANSWERED);
      replaced = lipcheck_diary_add (diary, entry);
    }

  return diary;
}

static GtkWidget *
timeline_of (LipcheckDiary *diary)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *timeline = lipcheck_timeline_new ();

  lipcheck_timeline_set_diary (LIPCHECK_TIMELINE (timeline), diary);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), timeline);
  return scroller;
}

/* The diary's timeline on its own, 360 pixels wide: two weeks, then two months, light and dark. */
static void
show_timeline (void)
{
  g_autoptr(LipcheckDiary) fortnight = generated_diary (14);
  g_autoptr(LipcheckDiary) months = generated_diary (61);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *focused = timeline_of (fortnight);
  GtkSettings *settings = gtk_settings_get_default ();
  gboolean dark = FALSE;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), focused);
  gtk_box_append (GTK_BOX (box), timeline_of (months));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 330);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (focused)));
  gtk_widget_activate_action (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (focused)), "timeline.previous-day", NULL);

  g_object_get (settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  save (window, dark ? "50-timeline-dark.png" : "50-timeline.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", !dark, NULL);
  save (window, dark ? "50-timeline.png" : "50-timeline-dark.png");
  g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The intro, a step, each result and a tab again, into @dir: at 360 × 640 pixels, or with text
 * half as large again. */
static void
show_set (LipcheckWindow        *window,
          LipcheckKnowledgeBase *kb,
          const char            *dir)
{
  LipcheckWizard *wizard = lipcheck_window_get_wizard (window);
  g_autofree char *path = g_build_filename (out_dir, dir, NULL);

  g_mkdir_with_parents (path, 0755);
  sub_dir = dir;
  lipcheck_window_show_page (window, "self-check", NULL);
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.restart", NULL);
  save (GTK_WIDGET (window), "01-intro.png");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.start", NULL);
  save (GTK_WIDGET (window), "03-step-twitch.png");
  show_results (window, kb);
  lipcheck_window_show_page (window, "warning-signs", "asymmetry");
  save (GTK_WIDGET (window), "21-warning-signs.png");
  lipcheck_window_show_page (window, "causes", "caffeine");
  save (GTK_WIDGET (window), "20-causes.png");
  lipcheck_window_show_page (window, "diary", NULL);
  save (GTK_WIDGET (window), "50-diary-today.png");
  sub_dir = "";
}

/* 360 by 640, asked twice: the first time the window is still in its wide layout, whose
 * narrowest width can be more than 360 pixels until the narrow layout takes over. */
static void
resize_narrow (LipcheckWindow *window)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  settle ();
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
}

static void
set_text_scale (double scale)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int)(scale * 96 * 1024), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LipcheckApplication) app = NULL;
  g_autoptr(LipcheckKnowledgeBase) kb = NULL;
  g_autoptr(GError) error = NULL;
  LipcheckWindow *window;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LIPCHECK_LOCALE_DIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  out_dir = argc > 1 ? argv[1] : ".";
  g_mkdir_with_parents (out_dir, 0755);

  gtk_init ();
  app = lipcheck_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  if (g_strcmp0 (g_getenv ("LIPCHECK_DARK"), "1") == 0)
    g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);

  kb = lipcheck_knowledge_base_new_default (&error);
  g_assert_no_error (error);

  /* The introduction offers a self-check made three days before. */
  {
    g_autoptr(LipcheckAnswers) last = load_answers (kb, "routine.json");
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) then = g_date_time_add_days (now, -3);
    g_autoptr(GFile) file = lipcheck_last_check_default_file ();

    if (!lipcheck_last_check_save (file, kb, last, then, &error))
      g_error ("%s", error->message);
  }

  window = lipcheck_window_new (GTK_APPLICATION (app), kb, lipcheck_application_get_settings (app));
  /* LIPCHECK_GALLERY_SIZE=WIDTHxHEIGHT renders another window size (the window keeps its
   * minimum width). */
  {
    int width = 1000, height = 740;
    const char *size = g_getenv ("LIPCHECK_GALLERY_SIZE");

    if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
      g_error ("LIPCHECK_GALLERY_SIZE is “%s”; expected WIDTHxHEIGHT, such as 360x640", size);
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  }
  gtk_window_present (GTK_WINDOW (window));

  walk_wizard (window);
  show_results (window, kb);
  show_tabs (window);
  show_diary (window);
  show_printing (window, kb);
  show_notices (window, kb);
  show_about_and_shortcuts (window, app);
  show_timeline ();

  resize_narrow (window);
  show_set (window, kb, "narrow");
  set_text_scale (1.5);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 740);
  show_set (window, kb, "large-text");
  resize_narrow (window);
  show_set (window, kb, "large-text-narrow");
  set_text_scale (1.0);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
