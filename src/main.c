/* main.c: Lipcheck's entry point. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "lipcheck-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LipcheckApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* LIPCHECK_LOCALE_DIR lets the uninstalled build find its catalogues (build-aux/dev.sh). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LIPCHECK_LOCALE_DIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lipcheck_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
