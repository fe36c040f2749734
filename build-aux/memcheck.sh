#!/usr/bin/env bash
# Lipcheck's engine tests under valgrind's memcheck: fails on any invalid read or write, use of
# uninitialised memory, or definite or indirect leak. Ends with one line per test binary,
# "ok - memcheck NAME" or "not ok - memcheck NAME".
#   build-aux/memcheck.sh                     the tests of _build (built, or set up, if needed)
#   BUILD_DIR=_build-mem build-aux/memcheck.sh
# Environment: BUILD_DIR (default _build), MEMCHECK_JOBS (test binaries at once, default: the
# number of processors).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

build_dir=${BUILD_DIR:-_build}
jobs=${MEMCHECK_JOBS:-$(nproc)}

# The engine tests (tests/meson.build's engine_tests); those not built yet are skipped.
engine_tests="json kb answers evaluator report last-check summary regressions diary diary-file diary-triage"

# Debian packages: what builds Lipcheck, valgrind, and GLib's suppressions (libglib2.0-dev).
packages="meson ninja-build pkg-config gcc libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libjson-glib-dev gettext valgrind"
"$here/build-aux/install-packages.sh" $packages

if [ ! -d "$build_dir" ]; then
  meson setup "$build_dir" >/dev/null || exit 1
fi
sanitize=$(python3 -c 'import json, sys
print(next((o["value"] for o in json.load(open(sys.argv[1])) if o["name"] == "b_sanitize"), "none"))' \
  "$build_dir/meson-info/intro-buildoptions.json" 2>/dev/null)
if [ -n "$sanitize" ] && [ "$sanitize" != none ]; then
  echo "memcheck.sh: $build_dir is built with AddressSanitizer, which valgrind cannot run; use a plain build" >&2
  exit 2
fi
ninja -C "$build_dir" || exit 1

names=()
for name in $engine_tests; do
  [ -x "$build_dir/tests/test-$name" ] && names+=("$name")
done
if [ ${#names[@]} -eq 0 ]; then
  echo "memcheck.sh: no engine test is built in $build_dir" >&2
  exit 1
fi

# GLib's suppressions (GType and other one-time allocations); ours, if any, for other libraries'.
glib_supp=/usr/share/glib-2.0/valgrind/glib.supp
[ -f "$glib_supp" ] || glib_supp=$(pkg-config --variable=prefix glib-2.0)/share/glib-2.0/valgrind/glib.supp
suppressions=(--suppressions="$glib_supp")
[ -f tests/valgrind.supp ] && suppressions+=(--suppressions="$here/tests/valgrind.supp")

logs="$here/$build_dir/meson-logs/memcheck"
rm -rf "$logs"
mkdir -p "$logs"

# Each test binary under memcheck, with the suite's environment (meson's test setup); a child
# the test spawns (lipcheck --check-kb) is not traced.
wrapper="valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite,indirect"
wrapper+=" --show-leak-kinds=definite,indirect --error-exitcode=1 --num-callers=40"
wrapper+=" ${suppressions[*]} --log-file=$logs/%q{MEMCHECK_TEST}.%p.log"

export G_SLICE=always-malloc
export G_DEBUG=gc-friendly

# The exhaustive pass over all 65536 yes/no combinations takes over 6 minutes under valgrind and
# runs the same evaluation code as the other evaluator tests 65536 times: it is skipped here (the
# plain and sanitized suites run it). The evaluator's other cases, with-other-answers' 256
# combinations among them, run under memcheck.
skip_evaluator=(--test-args "-s /lipcheck/evaluator/monotonic/every-combination")

start=$SECONDS
pids=()
for name in "${names[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
  extra=()
  [ "$name" = evaluator ] && extra=("${skip_evaluator[@]}")
  (
    test_start=$SECONDS
    MEMCHECK_TEST=$name meson test -C "$build_dir" --no-rebuild --wrapper "$wrapper" \
      --timeout-multiplier 20 --logbase "memcheck-$name" "${extra[@]}" "$name" > "$logs/$name.meson.txt" 2>&1
    echo $? > "$logs/$name.status"
    echo $((SECONDS - test_start)) > "$logs/$name.seconds"
    echo "memcheck $name: done after $((SECONDS - test_start)) s"
  ) &
  pids+=($!)
done
wait "${pids[@]}"

failed=0
lines=()
for name in "${names[@]}"; do
  status=$(cat "$logs/$name.status" 2>/dev/null || echo 1)
  errors=$(cat "$logs/$name".*.log 2>/dev/null | awk '/ERROR SUMMARY:/ { n += $4 } END { print n + 0 }')
  seconds=$(cat "$logs/$name.seconds" 2>/dev/null || echo "?")
  if [ "$status" = 0 ]; then
    lines+=("ok - memcheck $name (${seconds} s)")
  else
    failed=$((failed + 1))
    echo "--- memcheck $name failed: meson test says"
    grep -v "^ok " "$logs/$name.meson.txt" | tail -n 40
    for log in "$logs/$name".*.log; do
      [ -e "$log" ] || continue
      if grep -q "ERROR SUMMARY: [1-9]" "$log"; then
        echo "--- $log"
        cat "$log"
      fi
    done
    lines+=("not ok - memcheck $name (${errors:-?} errors; valgrind logs in $logs)")
  fi
done

echo
printf '%s\n' "${lines[@]}"
echo "memcheck: $(( ${#names[@]} - failed )) passed, $failed failed, $((SECONDS - start)) s"
[ "$failed" = 0 ]
