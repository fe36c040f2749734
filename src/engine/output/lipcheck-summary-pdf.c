/* lipcheck-summary-pdf.c: writes the summary as a PDF, replacing a file only once it is whole; paper sizes. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-summary-pdf"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "lipcheck-summary.h"

/**
 * lipcheck_summary_create_pango_context:
 *
 * Returns: (transfer full): a context that lays text out in points, as a print context does
 */
PangoContext *
lipcheck_summary_create_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);

  return context;
}

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      gssize written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;

      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

/* Writes every page to @sink; returns cairo's status. */
static cairo_status_t
render_pdf (LipcheckSummary *self,
            Sink            *sink,
            LipcheckPaper    paper)
{
  PangoContext *context = lipcheck_summary_create_pango_context ();
  g_autofree char *title = lipcheck_summary_dup_title (self);
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;
  guint n_pages;

  lipcheck_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (sink_write_cb, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Lipcheck");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lipcheck " PACKAGE_VERSION);
  cr = cairo_create (surface);

  n_pages = lipcheck_summary_paginate (self, context,
                                       width - 2 * LIPCHECK_SUMMARY_MARGIN,
                                       height - 2 * LIPCHECK_SUMMARY_MARGIN);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, LIPCHECK_SUMMARY_MARGIN, LIPCHECK_SUMMARY_MARGIN);
      lipcheck_summary_draw_page (self, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  g_object_unref (context);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, LIPCHECK_SUMMARY_ERROR, LIPCHECK_SUMMARY_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second what went wrong */
               _("Could not save the summary as “%s”: %s"), path, reason);
  return FALSE;
}

/* Cairo says only "error while writing to output stream": say first what is wrong. */
static gboolean
check_target (const char  *path,
              const char  *dir,
              GError     **error)
{
  g_autofree char *reason = NULL;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    reason = g_strdup_printf (_("the folder “%s” does not exist"), dir);
  else if (g_access (dir, W_OK) != 0)
    reason = g_strdup_printf (_("you may not write to the folder “%s” (%s)"), dir, g_strerror (errno));
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    reason = g_strdup (_("it is a folder"));

  return reason == NULL || set_write_error (error, path, reason);
}

/* Writes to a temporary file beside @path, then renames it into place. */
static gboolean
write_pdf_file (LipcheckSummary  *self,
                const char       *path,
                LipcheckPaper     paper,
                GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  int saved_errno = 0;

  if (!check_target (path, dir, error))
    return FALSE;

  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  if ((sink.fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666)) < 0)
    return set_write_error (error, path, g_strerror (errno));

  status = render_pdf (self, &sink, paper);
  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    saved_errno = errno;
  if (close (sink.fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (status == CAIRO_STATUS_SUCCESS && saved_errno == 0 && g_rename (tmp, path) != 0)
    saved_errno = errno;

  if (status == CAIRO_STATUS_SUCCESS && saved_errno == 0)
    return TRUE;

  g_unlink (tmp);
  if (sink.saved_errno != 0)
    return set_write_error (error, path, g_strerror (sink.saved_errno));
  if (saved_errno != 0)
    return set_write_error (error, path, g_strerror (saved_errno));
  return set_write_error (error, path, cairo_status_to_string (status));
}

/**
 * lipcheck_summary_write_pdf:
 * @file: where to write; a local file
 * @paper: its paper size, with margins of %LIPCHECK_SUMMARY_MARGIN
 *
 * Writes the summary as a PDF. An existing @file is replaced only once the whole PDF has been
 * written; on failure nothing is left behind.
 *
 * Returns: %TRUE on success; else %FALSE with a %LIPCHECK_SUMMARY_ERROR naming the file
 */
gboolean
lipcheck_summary_write_pdf (LipcheckSummary  *self,
                            GFile            *file,
                            LipcheckPaper     paper,
                            GError          **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIPCHECK_IS_SUMMARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      return set_write_error (error, name, _("it is not a local file"));
    }

  return write_pdf_file (self, path, paper, error);
}

/* Paper */

void
lipcheck_paper_get_size (LipcheckPaper  paper,
                         double        *width,
                         double        *height)
{
  g_return_if_fail (paper == LIPCHECK_PAPER_A4 || paper == LIPCHECK_PAPER_LETTER);

  if (width != NULL)
    *width = paper == LIPCHECK_PAPER_A4 ? 210 / 25.4 * 72 : 612;
  if (height != NULL)
    *height = paper == LIPCHECK_PAPER_A4 ? 297 / 25.4 * 72 : 792;
}

/**
 * lipcheck_paper_from_string:
 * @str: "a4" or "letter", in any case
 *
 * Returns: whether @str names a paper size
 */
gboolean
lipcheck_paper_from_string (const char    *str,
                            LipcheckPaper *paper)
{
  LipcheckPaper value;

  g_return_val_if_fail (str != NULL, FALSE);

  if (g_ascii_strcasecmp (str, "a4") == 0)
    value = LIPCHECK_PAPER_A4;
  else if (g_ascii_strcasecmp (str, "letter") == 0)
    value = LIPCHECK_PAPER_LETTER;
  else
    return FALSE;

  if (paper != NULL)
    *paper = value;
  return TRUE;
}

const char *
lipcheck_paper_to_string (LipcheckPaper paper)
{
  return paper == LIPCHECK_PAPER_LETTER ? "letter" : "a4";
}
