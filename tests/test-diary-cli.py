#!/usr/bin/env python3
# test-diary-cli.py: `lipcheck --diary FILE --report json|text` on the example diaries, headless, in TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Environment: LIPCHECK, the built binary; LIPCHECK_SOURCE_ROOT, the repository. Every run has
# DISPLAY and WAYLAND_DISPLAY removed, and LIPCHECK_TODAY set to move "today" to a fixed day.

import json
import os
import subprocess
import sys
import tempfile
import traceback

LIPCHECK = os.environ["LIPCHECK"]
ROOT = os.environ["LIPCHECK_SOURCE_ROOT"]
DIARIES = os.path.join(ROOT, "tests", "diary")
BAD = os.path.join(DIARIES, "bad")
TODAY = "2026-12-01"

with open(os.path.join(ROOT, "data", "knowledge-base.json"), encoding="utf-8") as f:
    KB = json.load(f)
LEVEL_NAMES = {level["id"]: level["name"] for level in KB["levels"]}

DIARY_MEMBERS = ["noticed", "first-day", "last-day", "days-logged", "days-with-twitch", "twitch-days-span",
                 "places", "first-places", "ended", "urgency", "complete"]


def run(*args, today=TODAY):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "", "LANG": "", "LIPCHECK_TODAY": today})
    return subprocess.run([LIPCHECK, *args], env=env, capture_output=True, text=True, timeout=60)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def good_files():
    return sorted(name for name in os.listdir(DIARIES)
                  if name.endswith(".json") and not name.endswith(".expected.json"))


def bad_files():
    return sorted(name for name in os.listdir(BAD) if name.endswith(".json"))


def load_expected(name):
    with open(os.path.join(DIARIES, name[:-len(".json")] + ".expected.json"), encoding="utf-8") as f:
        return json.load(f)


def json_report(name):
    proc = run("--diary", os.path.join(DIARIES, name), "--report", "json")
    check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
    got = json.loads(proc.stdout)
    expected = load_expected(name)
    check(list(got)[:len(DIARY_MEMBERS)] == DIARY_MEMBERS, f"the diary's members are {list(got)}")
    check(got == expected, f"report\n{json.dumps(got, indent=2)}\nexpected\n{json.dumps(expected, indent=2)}")


def text_report(name):
    proc = run("--diary", os.path.join(DIARIES, name), "--report", "text")
    check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
    expected = load_expected(name)
    lines = proc.stdout.splitlines()
    check(lines[0] == "Twitch diary", f"the first line is {lines[0]!r}")
    # An incomplete self-care result is titled as the knowledge base's incomplete text says.
    titles = {LEVEL_NAMES[expected["urgency"]]}
    if expected["urgency"] == "self-care" and not expected["complete"]:
        titles = {KB["incomplete"]["name"], LEVEL_NAMES["self-care"]}
    check(any(title in lines for title in titles), f"no title of {sorted(titles)!r}")
    check(f"Days logged: {expected['days-logged']}, with a twitch: {expected['days-with-twitch']}" in lines,
          "the days are not counted")
    check((expected["ended"] == "two-weeks") == ("Ended: the twitch has lasted two weeks." in lines), "the end")
    check((expected["ended"] == "settled") == ("Ended: marked as settled." in lines), "the settled end")
    # The diary's own gap (the latest entry leaves "anything new?" open) is said in words; the
    # report's "complete" is false then, and also when the derived answers leave a sign open.
    check(not (expected["complete"] and any(line.startswith("Incomplete:") for line in lines)), "completeness")
    check(KB["disclaimer"] in proc.stdout, "no disclaimer")


def bad_diary(name):
    path = os.path.join(BAD, name)
    with open(path[:-len(".json")] + ".expected-error.txt", encoding="utf-8") as f:
        location = f.read().split("\n")[1]
    proc = run("--diary", path, "--report", "json")
    check(proc.returncode == 1, f"exit status {proc.returncode}, expected 1")
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")
    separator = ": " if location.startswith("$") else ":"
    check(proc.stderr.startswith(f"{path}{separator}{location}: "), f"no file and place in {proc.stderr!r}")
    check("expected" in proc.stderr, f"the message does not say what was expected: {proc.stderr!r}")


def today_moves():
    path = os.path.join(DIARIES, "07-sudden-drooping.json")
    proc = run("--diary", path, "--report", "json", today="2026-11-30")
    check(proc.returncode == 1, "a diary with tomorrow's entry was read")
    check("$.entries[1].date: “2026-12-01” is after today (2026-11-30)" in proc.stderr, proc.stderr)


def bad_today():
    proc = run("--diary", os.path.join(DIARIES, "01-issue-example.json"), "--report", "json", today="1 Dec")
    check(proc.returncode == 1 and "LIPCHECK_TODAY" in proc.stderr, proc.stderr)


def opens_window():
    # Without --report the diary opens in the window, which needs a display: none here.
    proc = run("--diary", os.path.join(DIARIES, "01-issue-example.json"))
    check(proc.returncode != 0 and "display" in proc.stderr.lower() and proc.stdout == "", proc.stderr)


def bad_format():
    proc = run("--diary", os.path.join(DIARIES, "01-issue-example.json"), "--report", "xml")
    check(proc.returncode == 1 and "“xml”" in proc.stderr, proc.stderr)


def missing_file():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "diary.json")
        proc = run("--diary", path, "--report", "text")
        check(proc.returncode == 1 and proc.stderr.startswith(path + ": cannot read"), proc.stderr)


def main():
    tests = []
    for name in good_files():
        tests.append((f"json report of {name}", lambda n=name: json_report(n)))
        tests.append((f"text report of {name}", lambda n=name: text_report(n)))
    for name in bad_files():
        tests.append((f"bad diary {name}", lambda n=name: bad_diary(n)))
    tests += [("today moves", today_moves), ("a bad LIPCHECK_TODAY", bad_today),
              ("--diary without --report wants the window", opens_window), ("--report xml", bad_format),
              ("a missing file", missing_file)]
    check(len(good_files()) >= 10 and len(bad_files()) >= 25, "too few example diaries")

    print(f"1..{len(tests)}")
    failed = 0
    for number, (description, function) in enumerate(tests, 1):
        try:
            function()
            print(f"ok {number} - {description}")
        except Exception:
            failed += 1
            print(f"not ok {number} - {description}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
