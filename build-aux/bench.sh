#!/bin/sh
# bench.sh: builds Lipcheck for release and runs its performance benchmarks, printing their tables.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/bench.sh [BUILD_DIR]   (default: $BUILD_DIR, else _build-bench)
#
# The engine benchmark needs no display; the startup benchmark runs lipcheck and the bare window
# under one Xvfb and one session bus, which tests/bench/startup.py starts itself. Missed targets
# are printed, never failed on.
set -eu

cd "$(dirname "$0")/.."
build=${1:-${BUILD_DIR:-_build-bench}}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --buildtype=release
fi
meson compile -C "$build"

start=$(date +%s)
meson test -C "$build" --benchmark --no-rebuild --verbose --num-processes 1 engine diary timeline startup
echo "benchmarks' wall time: $(( $(date +%s) - start )) s"
