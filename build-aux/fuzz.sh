#!/usr/bin/env bash
# Lipcheck's fuzzers (tests/fuzz): installs clang and libFuzzer if missing, builds the fuzz targets
# with AddressSanitizer and UndefinedBehaviorSanitizer in _build-fuzz, and runs each for
# FUZZ_SECONDS (default 60) on a copy of its seed corpus. Exits non-zero when a fuzzer finds a
# crash, a leak, a timeout or runs out of memory; the inputs are kept in _build-fuzz/fuzz-artifacts.
#   FUZZ_SECONDS=300 build-aux/fuzz.sh          every fuzzer, 5 minutes each
#   build-aux/fuzz.sh kb                        only fuzz-kb (or: answers, diary)
# Environment: FUZZ_SECONDS, FUZZ_BUILD_DIR (default _build-fuzz), FUZZ_PARALLEL (1: all at once,
# the default with two processors or more; 0: one after the other).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

seconds=${FUZZ_SECONDS:-60}
build_dir=${FUZZ_BUILD_DIR:-_build-fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kb answers diary)
for t in "${targets[@]}"; do
  case "$t" in
    kb|answers|diary) ;;
    *) echo "usage: build-aux/fuzz.sh [kb] [answers] [diary]" >&2; exit 2 ;;
  esac
done
if [ -z "${FUZZ_PARALLEL:-}" ]; then
  FUZZ_PARALLEL=0
  [ "$(nproc)" -ge 2 ] && FUZZ_PARALLEL=1
fi

# Debian packages: what builds Lipcheck, and clang with libFuzzer (libclang-rt-14-dev).
packages="meson ninja-build pkg-config libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libjson-glib-dev gettext clang libclang-rt-14-dev"
"$here/build-aux/install-packages.sh" $packages

# A build of its own: clang, the sanitizers, and -Dfuzzing=true for tests/fuzz.
options=(-Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized)
if [ -d "$build_dir" ]; then
  meson setup --reconfigure "$build_dir" "${options[@]}" >/dev/null
else
  CC=clang meson setup "$build_dir" "${options[@]}" >/dev/null
fi
ninja -C "$build_dir" $(printf 'tests/fuzz/fuzz-%s ' "${targets[@]}")

work=$(mktemp -d "${TMPDIR:-/tmp}/lipcheck-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
artifacts="$here/$build_dir/fuzz-artifacts"

# Any sanitizer report is a failure: UBSan must stop the run, not only print.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}

# Runs one fuzzer on a copy of its corpus (the seeds and the regression inputs of its kind), so
# that nothing it finds is written into the repository.
run_fuzzer () {
  local t=$1 dir="$work/$1"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp tests/fuzz/corpus-"$t"/* "$dir/corpus/"
  cp tests/fuzz/regressions/"$t"-*.json "$dir/corpus/" 2>/dev/null || true
  local status=0
  "$build_dir/tests/fuzz/fuzz-$t" \
    -dict="tests/fuzz/$t.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    "$dir/corpus" > "$dir/log" 2>&1 || status=$?
  echo "$status" > "$dir/status"
}

start=$SECONDS
if [ "$FUZZ_PARALLEL" = 1 ]; then
  for t in "${targets[@]}"; do run_fuzzer "$t" & done
  wait
else
  for t in "${targets[@]}"; do run_fuzzer "$t"; done
fi

failed=0
lines=()
for t in "${targets[@]}"; do
  dir="$work/$t"
  status=$(cat "$dir/status")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -n 1 | cut -d' ' -f2 || true)
  if [ "$status" = 0 ] && ! ls "$dir/artifacts"/* >/dev/null 2>&1; then
    lines+=("ok - fuzz-$t ${seconds} s, ${runs:-?} runs, ${speed:-?} exec/s, coverage ${cov:-?} edges")
  else
    failed=$((failed + 1))
    echo "--- fuzz-$t: exit status $status; the end of its log:"
    grep -v -e '^#[0-9]' -e '# Uses:' "$dir/log" | tail -n 60
    mkdir -p "$artifacts"
    for a in "$dir/artifacts"/*; do
      [ -e "$a" ] || continue
      cp "$a" "$artifacts/fuzz-$t-$(basename "$a")"
      echo "input kept: $artifacts/fuzz-$t-$(basename "$a") (base64: $(base64 -w0 "$a" | head -c 2000))"
      echo "reproduce: $build_dir/tests/fuzz/fuzz-$t $artifacts/fuzz-$t-$(basename "$a")"
    done
    lines+=("not ok - fuzz-$t ${seconds} s, ${runs:-?} runs: exit status $status (see above)")
  fi
done

echo
printf '%s\n' "${lines[@]}"
echo "fuzz: $(( ${#targets[@]} - failed )) passed, $failed failed, $((SECONDS - start)) s of fuzzing"
[ "$failed" = 0 ]
