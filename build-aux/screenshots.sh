#!/usr/bin/env bash
# Renders Lipcheck's screenshot gallery under Xvfb: every wizard step, a self-care, routine,
# urgent and emergency result, each browse tab, the print dialog and the print preview, into
# data/screenshots/ (or DIR), then the same in German into its de/ folder. With LANGUAGE set
# (de or es), only that language, into DIR.
#   build-aux/screenshots.sh [DIR]      (after build-aux/dev.sh has built _build)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/data/screenshots}
build=${BUILD_DIR:-$here/_build}

ninja -C "$build" build-aux/gallery/lipcheck-screenshots lipcheck-gmo >/dev/null 2>&1 || ninja -C "$build" build-aux/gallery/lipcheck-screenshots >/dev/null
export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory
export LIPCHECK_SOURCE_ROOT=$here LC_ALL=${LC_ALL:-C.UTF-8} GSETTINGS_SCHEMA_DIR=$build/data LIPCHECK_LOCALE_DIR=$build/po
# A data and settings folder of its own: the gallery does not depend on, or touch, the user's.
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export XDG_DATA_HOME=$state/data XDG_CONFIG_HOME=$state/config

shoot () {
  rm -rf "$state/data" "$state/config"
  xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$build/build-aux/gallery/lipcheck-screenshots" "$1"
}

if [ -n "${LANGUAGE:-}" ]; then
  shoot "$out"
else
  shoot "$out"
  LANGUAGE=de shoot "$out/de"
fi
