/* lipcheck-bench.c: the first-frame probe of the startup benchmark (tests/bench/startup.py). */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "lipcheck-bench"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "lipcheck-bench.h"

/* The variable that turns the probe on; without it the probe does nothing. */
#define FIRST_FRAME_VARIABLE "LIPCHECK_BENCH_FIRST_FRAME"

/* Once the first frame is painted and the X server has it, prints the monotonic time (the
 * clock of Python's time.monotonic_ns ()) and leaves at once: the benchmark measures exec to
 * first frame, and the process's peak RSS up to then. */
static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_autofree char *status = NULL;
  gint64 now;

  gdk_display_sync (gtk_widget_get_display (window));
  now = g_get_monotonic_time ();

  /* The memory at this point, split into the process's own and mapped files (Linux only). */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (status, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_has_prefix (lines[i], "Rss") || g_str_has_prefix (lines[i], "VmHWM"))
          printf ("lipcheck-bench: %s\n", lines[i]);
    }

  printf ("lipcheck-bench: first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  _exit (0);
}

static void
realize_cb (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect_object (gdk_surface_get_frame_clock (surface), "after-paint",
                           G_CALLBACK (after_paint_cb), window, 0);
}

/**
 * lipcheck_bench_watch_first_frame:
 *
 * When LIPCHECK_BENCH_FIRST_FRAME=1 is in the environment, prints the time of @window's first
 * frame and exits the process right after it. Otherwise does nothing.
 */
void
lipcheck_bench_watch_first_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_strcmp0 (g_getenv (FIRST_FRAME_VARIABLE), "1") != 0)
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
