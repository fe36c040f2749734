/* lipcheck-print-operation.c: prints the summary sheet of a result, remembering the printer's settings. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-print-operation"

#include "config.h"

#include <errno.h>

#include "lipcheck-print-operation.h"
#include "lipcheck-print-preview.h"
#include "lipcheck-result.h"

struct _LipcheckPrintOperation
{
  GtkPrintOperation  parent_instance;

  /* Owned */
  LipcheckSummary   *summary;
};

G_DEFINE_FINAL_TYPE (LipcheckPrintOperation, lipcheck_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkPaperSize *
paper_size_new (LipcheckPaper paper)
{
  return gtk_paper_size_new (paper == LIPCHECK_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
}

/* @paper, upright, with the margins of a PDF written directly. */
static GtkPageSetup *
page_setup_new (LipcheckPaper paper)
{
  g_autoptr(GtkPaperSize) size = paper_size_new (paper);
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (setup, LIPCHECK_SUMMARY_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, LIPCHECK_SUMMARY_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, LIPCHECK_SUMMARY_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, LIPCHECK_SUMMARY_MARGIN, GTK_UNIT_POINTS);

  return setup;
}

static void
lipcheck_print_operation_begin_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  LipcheckPrintOperation *self = LIPCHECK_PRINT_OPERATION (operation);
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  guint n_pages;

  n_pages = lipcheck_summary_paginate (self->summary, pango_context,
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
lipcheck_print_operation_draw_page (GtkPrintOperation *operation,
                                    GtkPrintContext   *context,
                                    int                page_nr)
{
  LipcheckPrintOperation *self = LIPCHECK_PRINT_OPERATION (operation);

  lipcheck_summary_draw_page (self->summary, gtk_print_context_get_cairo_context (context), page_nr);
}

/* Lipcheck's own preview window, rather than GTK's default of a PDF in an external viewer. */
static gboolean
lipcheck_print_operation_preview (GtkPrintOperation        *operation,
                                  GtkPrintOperationPreview *preview,
                                  GtkPrintContext          *context,
                                  GtkWindow                *parent)
{
  gtk_window_present (GTK_WINDOW (lipcheck_print_preview_new (preview, context, parent)));

  return TRUE;
}

static void
lipcheck_print_operation_dispose (GObject *object)
{
  LipcheckPrintOperation *self = (LipcheckPrintOperation *)object;

  g_clear_object (&self->summary);

  G_OBJECT_CLASS (lipcheck_print_operation_parent_class)->dispose (object);
}

static void
lipcheck_print_operation_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LipcheckPrintOperation *self = LIPCHECK_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_print_operation_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LipcheckPrintOperation *self = LIPCHECK_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      self->summary = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lipcheck_print_operation_class_init (LipcheckPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = lipcheck_print_operation_dispose;
  object_class->get_property = lipcheck_print_operation_get_property;
  object_class->set_property = lipcheck_print_operation_set_property;

  operation_class->begin_print = lipcheck_print_operation_begin_print;
  operation_class->draw_page = lipcheck_print_operation_draw_page;
  operation_class->preview = lipcheck_print_operation_preview;

  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL,
                         LIPCHECK_TYPE_SUMMARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lipcheck_print_operation_init (LipcheckPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = page_setup_new (LIPCHECK_PAPER_A4);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
}

/**
 * lipcheck_print_operation_new:
 * @result: the result whose summary to print
 * @date: (nullable): when the check was made, or %NULL for now
 *
 * Returns: (transfer full): an operation that prints the summary on A4, until told otherwise
 */
LipcheckPrintOperation *
lipcheck_print_operation_new (LipcheckResult *result,
                              GDateTime      *date)
{
  g_autoptr(LipcheckSummary) summary = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LIPCHECK_IS_RESULT (result), NULL);

  summary = lipcheck_summary_new (result, date);
  title = lipcheck_summary_dup_title (summary);

  return g_object_new (LIPCHECK_TYPE_PRINT_OPERATION,
                       "summary", summary,
                       "job-name", title,
                       NULL);
}

LipcheckSummary *
lipcheck_print_operation_get_summary (LipcheckPrintOperation *self)
{
  g_return_val_if_fail (LIPCHECK_IS_PRINT_OPERATION (self), NULL);

  return self->summary;
}

/**
 * lipcheck_print_operation_set_paper:
 *
 * Prints on @paper, upright, with the summary's margins; the print dialog starts from it.
 */
void
lipcheck_print_operation_set_paper (LipcheckPrintOperation *self,
                                    LipcheckPaper           paper)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPrintSettings *settings;

  g_return_if_fail (LIPCHECK_IS_PRINT_OPERATION (self));
  g_return_if_fail (paper == LIPCHECK_PAPER_A4 || paper == LIPCHECK_PAPER_LETTER);

  setup = page_setup_new (paper);
  gtk_print_operation_set_default_page_setup (operation, setup);

  if ((settings = gtk_print_operation_get_print_settings (operation)))
    {
      g_autoptr(GtkPaperSize) size = paper_size_new (paper);

      gtk_print_settings_set_paper_size (settings, size);
      gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);
    }
}

/**
 * lipcheck_print_operation_dup_settings_path:
 *
 * Returns: (transfer full): where the print settings are kept between runs
 */
char *
lipcheck_print_operation_dup_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "lipcheck", "print.ini", NULL);
}

/**
 * lipcheck_print_operation_load_settings:
 *
 * Starts from the printer, paper and page setup saved by the last print, if any. A missing or
 * unreadable file leaves the defaults.
 */
void
lipcheck_print_operation_load_settings (LipcheckPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autofree char *path = lipcheck_print_operation_dup_settings_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LIPCHECK_IS_PRINT_OPERATION (self));

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Not using the print settings in %s: %s", path, error->message);
      return;
    }

  if ((settings = gtk_print_settings_new_from_key_file (key_file, NULL, &error)))
    gtk_print_operation_set_print_settings (operation, settings);
  else
    g_debug ("Not using the print settings in %s: %s", path, error->message);
  g_clear_error (&error);

  if ((setup = gtk_page_setup_new_from_key_file (key_file, NULL, &error)))
    gtk_print_operation_set_default_page_setup (operation, setup);
  else
    g_debug ("Not using the page setup in %s: %s", path, error->message);
}

/* The default page setup, with the paper and orientation chosen in the print dialog. */
static GtkPageSetup *
dup_chosen_page_setup (GtkPrintOperation *operation)
{
  GtkPageSetup *current = gtk_print_operation_get_default_page_setup (operation);
  GtkPageSetup *setup = current != NULL ? gtk_page_setup_copy (current) : page_setup_new (LIPCHECK_PAPER_A4);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GtkPaperSize) size = NULL;

  if (settings == NULL)
    return setup;

  if ((size = gtk_print_settings_get_paper_size (settings)))
    gtk_page_setup_set_paper_size (setup, size);
  if (gtk_print_settings_has_key (settings, GTK_PRINT_SETTINGS_ORIENTATION))
    gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));

  return setup;
}

/**
 * lipcheck_print_operation_save_settings:
 *
 * Keeps the printer, paper and page setup for the next print; call it once the operation has
 * returned %GTK_PRINT_OPERATION_RESULT_APPLY.
 */
void
lipcheck_print_operation_save_settings (LipcheckPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autofree char *path = lipcheck_print_operation_dup_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GtkPrintSettings *settings;
  gsize length;

  g_return_if_fail (LIPCHECK_IS_PRINT_OPERATION (self));

  if ((settings = gtk_print_operation_get_print_settings (operation)))
    gtk_print_settings_to_key_file (settings, key_file, NULL);
  setup = dup_chosen_page_setup (operation);
  gtk_page_setup_to_key_file (setup, key_file, NULL);
  data = g_key_file_to_data (key_file, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_warning ("Could not keep the print settings: could not create %s: %s", dir, g_strerror (errno));
  else if (!g_file_set_contents (path, data, length, &error))
    g_warning ("Could not keep the print settings: %s", error->message);
}
