#!/usr/bin/env bash
# Lipcheck's one-step developer commands for a fresh Debian 12 machine:
#   build-aux/dev.sh run    install what is missing, build, start the app
#   build-aux/dev.sh test   install what is missing, build with warnings as errors, run every test
# Options: --sanitize (build in _build-sanitize with AddressSanitizer and UBSan), --build-dir DIR.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

mode=${1:-}
shift || true
sanitize=0
build_dir=_build
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=1; build_dir=_build-sanitize ;;
    --build-dir) build_dir=$2; shift ;;
    *) echo "dev.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

case "$mode" in
  run|test) ;;
  *) echo "usage: build-aux/dev.sh run|test [--sanitize] [--build-dir DIR]" >&2; exit 2 ;;
esac

# Debian packages: what builds Lipcheck, and what its tests use.
build_packages="meson ninja-build pkg-config gcc libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libjson-glib-dev gettext"
test_packages="xvfb xauth dbus-daemon desktop-file-utils appstream poppler-utils fonts-cantarell python3"

packages=$build_packages
[ "$mode" = test ] && packages="$packages $test_packages"

"$here/build-aux/install-packages.sh" $packages

options=(-Dwerror=true)
[ "$sanitize" = 1 ] && options+=(-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug)

# meson's own chatter is kept out of the TAP stream, but shown whole when the set-up fails.
setup_log=$(mktemp)
reconfigure=()
[ -d "$build_dir" ] && reconfigure=(--reconfigure)
if ! meson setup "${reconfigure[@]}" "$build_dir" "${options[@]}" >"$setup_log" 2>&1; then
  cat "$setup_log" >&2
  echo "dev.sh: meson setup failed" >&2
  exit 1
fi
rm -f "$setup_log"
ninja -C "$build_dir"

if [ "$mode" = run ]; then
  # Settings from the build tree, so that window size and style are kept without installing.
  export GSETTINGS_SCHEMA_DIR="$here/$build_dir/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
  export LIPCHECK_LOCALE_DIR="$here/$build_dir/po"
  exec "$build_dir/src/lipcheck" "$@"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  meson test -C "$build_dir" --print-errorlogs --num-processes 2 || status=$?
python3 build-aux/test-summary.py "$build_dir/meson-logs/testlog.json"
exit $status
