/* lipcheck-bench.h: the first-frame probe of the startup benchmark (tests/bench/startup.py). */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lipcheck_bench_watch_first_frame (GtkWindow *window);

G_END_DECLS
