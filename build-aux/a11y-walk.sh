#!/usr/bin/env bash
# The accessibility walk: starts the built lipcheck under Xvfb with a private session bus and the
# AT-SPI registry, then tests/test-a11y-walk.py checks the names of its controls and walks the
# self-check to a result through AT-SPI alone, the way a screen reader would. Prints TAP.
#   build-aux/a11y-walk.sh            uses _build/src/lipcheck (BUILD_DIR=_build-x for another build)
# Installs the Debian packages it needs when they are missing (with sudo when not root).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

build_dir=${BUILD_DIR:-_build}
case "$build_dir" in
  /*) ;;
  *) build_dir="$here/$build_dir" ;;
esac

lipcheck=${LIPCHECK:-$build_dir/src/lipcheck}
if [ ! -x "$lipcheck" ]; then
  echo "a11y-walk.sh: $lipcheck is not built (build with: meson setup $build_dir && ninja -C $build_dir)" >&2
  exit 2
fi

# dbus-run-session (dbus), the AT-SPI bus launcher and registry (at-spi2-core), the Python
# bindings (python3-pyatspi, for Debian's /usr/bin/python3), Xvfb and xvfb-run (xvfb, xauth).
packages="dbus at-spi2-core python3-pyatspi python3 xvfb xauth"
"$here/build-aux/install-packages.sh" $packages

# A clean run: no last self-check, no saved print settings, settings in memory, English.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lipcheck-a11y.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

unset LANGUAGE NO_AT_BRIDGE GTK_A11Y DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
export GTK_A11Y=atspi
export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build_dir/data"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
export LC_ALL=C.UTF-8
export LIPCHECK="$lipcheck"
export LIPCHECK_SOURCE_ROOT="$here"

# The test has its own deadlines; this outer one only guards against a hang in the bus or Xvfb.
# xvfb-run -a takes the first free display from -n on: start at a random one, so that runs in
# parallel do not race for the same. -noreset: the AT-SPI registry connects to X and leaves,
# and Xvfb would reset just as lipcheck opens the display.
# The bus daemons print to the standard output they inherit: send theirs to the standard error
# and give the test the real one (fd 3), so that the standard output is TAP only.
walk () {
  local status=0
  timeout -k 10 150 \
    dbus-run-session -- \
    xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x1024x24 -nolisten tcp -noreset" \
    sh -c 'exec /usr/bin/python3 "$0" >&3 3>&-' "$here/tests/test-a11y-walk.py" \
    3>&1 1>&2 || status=$?
  [ "$status" = 124 ] && echo "Bail out! the accessibility walk took more than 150 seconds"
  return $status
}

status=0
walk || status=$?

# The same walk in a window 360 pixels wide, where the pages are switched from the bottom bar:
# the size comes from a settings file of its own.
echo "# the walk again, 360 pixels wide"
mkdir -p "$tmp/config/glib-2.0/settings"
printf '[io/github/lipcheck/Lipcheck]\nwindow-width=360\nwindow-height=640\n' >"$tmp/config/glib-2.0/settings/keyfile"
GSETTINGS_BACKEND=keyfile walk || status=$?
exit $status
