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
CAUSE_NAMES = {cause["id"]: cause["name"] for cause in KB["causes"]}

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
    # One line per pattern, in counts: "a twitch on 6 of 8 days …", or the days it still needs.
    check("Days with a twitch, with and without:" in lines, "no patterns")
    for pattern in expected["patterns"]:
        line = next((line for line in lines if line.startswith(f"- {CAUSE_NAMES[pattern['factor']]}: ")), None)
        check(line is not None, f"no line for the pattern of {pattern['factor']}")
        w, wo = pattern["with"], pattern["without"]
        if pattern["enough"]:
            check(f"a twitch on {w['twitch-days']} of {w['days']} days" in line, line)
            check(f"on {wo['twitch-days']} of {wo['days']} days" in line, line)
        else:
            check(f"Not enough days yet ({w['days']} of 3 with, {wo['days']} of 3 without)." in line, line)
        check("%" not in line, f"a percentage in {line!r}")


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


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def write_days(folder, days, last="2026-12-01", **extra):
    """A diary of @days consecutive entries up to @last, every third day without a twitch."""
    import datetime
    end = datetime.date.fromisoformat(last)
    entries = []
    for i in range(days):
        day = end - datetime.timedelta(days=days - 1 - i)
        twitch = ["mild", "strong", "none"][i % 3]
        entry = {"date": day.isoformat(), "twitch": twitch, "caffeine-cups": 5 if i % 2 else 1,
                 "places": ["eyelid-left"] if i < days // 2 else ["upper-lip-left", "cheek-right"],
                 "new-signs": [], "new-medicine": False}
        if twitch == "none":
            entry["places"] = []
        entries.append(entry)
    entries[-1].update(extra)
    start = end - datetime.timedelta(days=days - 1)
    path = os.path.join(folder, "diary.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": 1, "noticed": start.isoformat(), "settled": None, "entries": entries}, f)
    return path


def sheet_fourteen_days():
    with tempfile.TemporaryDirectory() as tmp:
        diary = write_days(tmp, 14, **{"new-signs": ["pain"], "new-medicine": True})
        out = os.path.join(tmp, "sheet.pdf")
        proc = run("--diary", diary, "--summary-pdf", out)
        check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
        check(pdf_pages(out) == 1, f"{pdf_pages(out)} pages for 14 days")
        text = " ".join(pdf_text(out).split())
        for wanted in ["Twitch diary", "First noticed: 18 November 2026", "days logged: 14",
                       "days with a twitch: 10", "First: left eyelid", "Latest: left upper lip, right", "cheek",
                       "Warning signs recorded:", "2026: Pain", "New medicines: 1 December 2026",
                       "line: day 14", "a twitch on"]:
            check(wanted in text, f"{wanted!r} is not on the sheet:\n{text}")
        check("the last 28" not in text, "a 14-day diary is said to be cut")
        check("%" not in text.split("Twitch diary")[1].split("Answers")[0], "a percentage in the diary section")


def sheet_full_fourteen_days():
    """The gallery's diary: a condition, three factors and five tips besides the diary's section."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "sheet.pdf")
        proc = run("--diary", os.path.join(ROOT, "tests", "gallery", "diary-two-weeks.json"), "--summary-pdf", out)
        check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
        check(pdf_pages(out) == 1, f"{pdf_pages(out)} pages for a full 14-day diary")
        text = " ".join(pdf_text(out).split())
        for wanted in ["Twitch diary", "Conditions to discuss", "Tips chosen", "Notes for the doctor",
                       "is a self-check aid, not a diagnosis", "Sources: [1]", "page 1 of 1"]:
            check(wanted in text, f"{wanted!r} is not on the sheet:\n{text}")


def sheet_long_diary():
    with tempfile.TemporaryDirectory() as tmp:
        diary = write_days(tmp, 400)
        for paper in ("a4", "letter"):
            out = os.path.join(tmp, f"sheet-{paper}.pdf")
            proc = run("--diary", diary, "--summary-pdf", out, "--paper", paper)
            check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
            pages = pdf_pages(out)
            text = " ".join(pdf_text(out).split())
            check("the last 28 of 400 days" in text, f"the sheet does not say it is cut:\n{text}")
            check("days logged: 400" in text, "the days are not counted")
            check(f"page {pages} of {pages}" in text, f"no page {pages} of {pages}")
            check(pages <= 2, f"{pages} pages")


def sheet_bad_paper():
    proc = run("--diary", os.path.join(DIARIES, "01-issue-example.json"), "--summary-pdf", "/nonexistent/x.pdf",
               "--paper", "a5")
    check(proc.returncode == 1 and "“a5”" in proc.stderr, proc.stderr)


def main():
    tests = []
    for name in good_files():
        tests.append((f"json report of {name}", lambda n=name: json_report(n)))
        tests.append((f"text report of {name}", lambda n=name: text_report(n)))
    for name in bad_files():
        tests.append((f"bad diary {name}", lambda n=name: bad_diary(n)))
    tests += [("today moves", today_moves), ("a bad LIPCHECK_TODAY", bad_today),
              ("--diary without --report wants the window", opens_window), ("--report xml", bad_format),
              ("a missing file", missing_file), ("the sheet of a 14-day diary", sheet_fourteen_days),
              ("the sheet of a full 14-day diary", sheet_full_fourteen_days),
              ("the sheet of a 400-day diary", sheet_long_diary), ("--summary-pdf --paper a5", sheet_bad_paper)]
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
