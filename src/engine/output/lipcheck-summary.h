/* lipcheck-summary.h: the printable one- or two-page summary of a result, for a doctor. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

#include "lipcheck-summary-diary.h"
#include "lipcheck-types.h"

G_BEGIN_DECLS

/* The margin round the printable area of a direct PDF, and of the print operation's default
 * page setup, in points: both give the same pages. */
#define LIPCHECK_SUMMARY_MARGIN 48.0

typedef enum
{
  LIPCHECK_PAPER_A4,
  LIPCHECK_PAPER_LETTER,
} LipcheckPaper;

#define LIPCHECK_SUMMARY_ERROR (lipcheck_summary_error_quark ())

typedef enum
{
  LIPCHECK_SUMMARY_ERROR_WRITE,
} LipcheckSummaryError;

#define LIPCHECK_TYPE_SUMMARY (lipcheck_summary_get_type ())

G_DECLARE_FINAL_TYPE (LipcheckSummary, lipcheck_summary, LIPCHECK, SUMMARY, GObject)

GQuark           lipcheck_summary_error_quark (void);
LipcheckSummary *lipcheck_summary_new         (LipcheckResult  *result,
                                               GDateTime       *date);
LipcheckResult  *lipcheck_summary_get_result  (LipcheckSummary *self);
GDateTime       *lipcheck_summary_get_date    (LipcheckSummary *self);
char            *lipcheck_summary_dup_title   (LipcheckSummary *self);
guint            lipcheck_summary_paginate    (LipcheckSummary *self,
                                               PangoContext    *context,
                                               double           width,
                                               double           height);
guint            lipcheck_summary_get_n_pages (LipcheckSummary *self);
void             lipcheck_summary_draw_page   (LipcheckSummary *self,
                                               cairo_t         *cr,
                                               guint            page);
gboolean         lipcheck_summary_write_pdf   (LipcheckSummary *self,
                                               GFile           *file,
                                               LipcheckPaper    paper,
                                               GError         **error);

void             lipcheck_summary_set_diary   (LipcheckSummary      *self,
                                               LipcheckSummaryDiary *diary);
char            *lipcheck_summary_format_day  (GDateTime            *date);
PangoContext    *lipcheck_summary_create_pango_context (void);

void             lipcheck_paper_get_size      (LipcheckPaper    paper,
                                               double          *width,
                                               double          *height);
gboolean         lipcheck_paper_from_string   (const char      *str,
                                               LipcheckPaper   *paper);
const char      *lipcheck_paper_to_string     (LipcheckPaper    paper);

G_END_DECLS
