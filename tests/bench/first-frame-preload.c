/* first-frame-preload.c: puts the first-frame probe into a program that has none (LD_PRELOAD). */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The startup benchmark loads it into lipcheck and into the bare window alike, so that neither
 * shipped program carries benchmark code. It stands in for gtk_window_present (), which both call
 * on their main window. */

#include "config.h"

#include <dlfcn.h>

#include <gtk/gtk.h>

#include "lipcheck-bench.h"

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *window) = NULL;

  if (real_present == NULL)
    *(void **)(&real_present) = dlsym (RTLD_NEXT, "gtk_window_present");

  lipcheck_bench_watch_first_frame (window);
  real_present (window);
}
