#!/usr/bin/env python3
# startup.py: lipcheck's time to first frame and peak memory, against a bare GTK 4 window.
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts lipcheck and bare-window alternately, each run in a fresh process, under one Xvfb and
one session bus (started here when there is no display), in the same environment: the cairo
renderer, no accessibility bus, settings in memory, XDG directories in an empty temporary
directory so that no saved state is read. Both programs print the monotonic time of their first
frame (lipcheck_bench_watch_first_frame, put into both by first-frame-preload.so) and exit at once; the time from just before exec to
that frame and the child's peak RSS (ru_maxrss from wait4) are taken for every run.

Prints the medians, the ratios lipcheck / bare and the verdicts against the targets. It never
fails on a missed target: it only prints. Exit status 1 only when a program cannot be measured.
"""

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_TIME_RATIO = 1.25
TARGET_RSS_RATIO = 1.10
PROBE_VARIABLE = "LIPCHECK_BENCH_FIRST_FRAME"
TIMEOUT_S = 30
XVFB_SERVER_ARGS = "-screen 0 1280x1024x24 -nolisten tcp"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lipcheck", required=True, help="the lipcheck binary")
    parser.add_argument("--bare", required=True, help="the bare-window binary")
    parser.add_argument("--preload", required=True, help="first-frame-preload.so: the probe, in both programs")
    parser.add_argument("--schema-dir", help="the build's compiled gschema directory")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each (at least 10)")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured runs of each first")
    return parser.parse_args()


def reexec_under_xvfb():
    """Runs this script again under a session bus and Xvfb when it has no display."""
    if os.environ.get("DISPLAY") or os.environ.get("LIPCHECK_BENCH_UNDER_XVFB"):
        return
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print("startup: needs a display or xvfb-run; skipped")
        sys.exit(0)
    command = [xvfb_run, "-a", "-s", XVFB_SERVER_ARGS, sys.executable] + sys.argv
    if shutil.which("dbus-run-session") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        command = ["dbus-run-session", "--"] + command
    os.environ["LIPCHECK_BENCH_UNDER_XVFB"] = "1"
    os.execvp(command[0], command)


def environment(home, schema_dir, preload):
    env = dict(os.environ)
    # Not the tests' environment (meson's default setup applies to benchmarks too):
    # G_DEBUG=gc-friendly and G_SLICE=always-malloc change how GLib allocates.
    for name in ("G_DEBUG", "G_SLICE", "MALLOC_PERTURB_", "MALLOC_CHECK_", "GTK_DEBUG", "GDK_DEBUG",
                 "GSK_DEBUG", "G_MESSAGES_DEBUG", "LD_PRELOAD", "GTK_THEME", "GDK_SCALE"):
        env.pop(name, None)
    env.update({
        PROBE_VARIABLE: "1",
        "GDK_BACKEND": "x11",
        "GSK_RENDERER": "cairo",
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "GSETTINGS_BACKEND": "memory",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "XDG_STATE_HOME": os.path.join(home, "state"),
    })
    if schema_dir:
        env["GSETTINGS_SCHEMA_DIR"] = schema_dir
    if preload:
        env["LD_PRELOAD"] = preload
    return env


def run_once(binary, env):
    """Returns (milliseconds from exec to first frame, peak RSS in KiB, {"RssAnon": KiB, …})."""
    start = time.monotonic_ns()
    child = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    output = b""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            child.kill()
            break
        ready, _, _ = select.select([child.stdout], [], [], remaining)
        chunk = os.read(child.stdout.fileno(), 65536) if ready else b""
        if ready and not chunk:
            break
        output += chunk
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace")
    child.stdout.close()
    child.stderr.close()
    status = {}
    for line in output.decode(errors="replace").splitlines():
        words = line.split()
        if line.startswith("lipcheck-bench: Rss") and len(words) >= 3:
            status[words[1].rstrip(":")] = int(words[2])
        if line.startswith("lipcheck-bench: first-frame "):
            frame_us = int(words[-1])
            return (frame_us * 1000 - start) / 1e6, usage.ru_maxrss, status
    raise RuntimeError(f"{binary} printed no first frame (exit {child.returncode}):\n{errors}")


def describe(values, unit, digits):
    return (f"median {statistics.median(values):.{digits}f} {unit} "
            f"(min {min(values):.{digits}f}, max {max(values):.{digits}f})")


def main():
    args = parse_args()
    reexec_under_xvfb()
    runs = max(args.runs, 10)
    preload = args.preload

    programs = {"lipcheck": args.lipcheck, "bare": args.bare}
    times = {name: [] for name in programs}
    rss = {name: [] for name in programs}
    anon = {name: [] for name in programs}
    files = {name: [] for name in programs}
    wall = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lipcheck-bench-") as home:
        env = environment(home, args.schema_dir, preload)
        try:
            for i in range(args.warmup + runs):
                # Alternate, and swap who goes first every other round.
                order = ["lipcheck", "bare"] if i % 2 == 0 else ["bare", "lipcheck"]
                for name in order:
                    ms, kib, status = run_once(programs[name], env)
                    if i >= args.warmup:
                        times[name].append(ms)
                        rss[name].append(kib)
                        anon[name].append(status.get("RssAnon", 0))
                        files[name].append(status.get("RssFile", 0))
        except RuntimeError as error:
            print(f"startup: {error}")
            return 1

    print(f"Startup under Xvfb (GSK_RENDERER=cairo, GTK_A11Y=none, {runs} alternating runs each "
          f"after {args.warmup} unmeasured; first-frame probe by LD_PRELOAD in both programs):")
    for name in programs:
        print(f"  {name:9} exec → first frame {describe(times[name], 'ms', 1)}; "
              f"peak RSS {describe([k / 1024 for k in rss[name]], 'MiB', 1)}; at the first frame "
              f"{statistics.median(anon[name]) / 1024:.1f} MiB its own, "
              f"{statistics.median(files[name]) / 1024:.1f} MiB mapped files")

    time_ratio = statistics.median(times["lipcheck"]) / statistics.median(times["bare"])
    rss_ratio = statistics.median(rss["lipcheck"]) / statistics.median(rss["bare"])
    print()
    print(f"{'what':36} {'lipcheck':>10} {'bare':>10} {'ratio':>7} {'target':>8}  verdict")
    rows = [
        ("exec → first frame (median ms)", statistics.median(times["lipcheck"]),
         statistics.median(times["bare"]), time_ratio, TARGET_TIME_RATIO),
        ("peak RSS (median MiB)", statistics.median(rss["lipcheck"]) / 1024,
         statistics.median(rss["bare"]) / 1024, rss_ratio, TARGET_RSS_RATIO),
    ]
    for what, mine, bare, ratio, target in rows:
        verdict = "met" if ratio <= target else "MISSED"
        print(f"{what:36} {mine:10.1f} {bare:10.1f} {ratio:6.2f}× {'≤ ' + str(target) + '×':>8}  {verdict}")
    print(f"\nstartup benchmark wall time: {time.monotonic() - wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
