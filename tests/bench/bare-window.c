/* bare-window.c: the startup benchmark's yardstick: a GtkApplicationWindow with one label. */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* It starts the way lipcheck does (same GtkApplication flags: unique, or non-unique with
 * --non-unique as lipcheck is with --kb or --answers; the same default size as lipcheck's first
 * window) so that the benchmark compares lipcheck with the least GTK 4 can show. The first-frame
 * probe comes into both programs alike, through first-frame-preload.c. */

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

/* lipcheck's first window: the defaults of window-width and window-height in the gschema. */
#define BARE_WIDTH 1000
#define BARE_HEIGHT 740

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), BARE_WIDTH, BARE_HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("A bare GTK 4 window"));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  setlocale (LC_ALL, "");

  if (argc > 1 && g_str_equal (argv[1], "--non-unique"))
    {
      flags |= G_APPLICATION_NON_UNIQUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }

  app = gtk_application_new ("io.github.lipcheck.BareWindow", flags);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
