/* lipcheck-test-pdf.h: reading PDFs in the tests, through poppler-utils' pdftotext and pdfinfo. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lipcheck_test_run_tool  (const char * const *argv);
char *lipcheck_test_pdf_text  (const char         *path,
                               guint               page);
char *lipcheck_test_normalise (const char         *text);
char *lipcheck_test_pdf_info  (const char         *path,
                               const char         *key);

G_END_DECLS
