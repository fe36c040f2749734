#!/usr/bin/env python3
# test-diary-csv.py: `lipcheck --diary FILE --export-csv OUT`, read back with Python's csv module, in TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Environment: LIPCHECK, the built binary. Every run has DISPLAY and WAYLAND_DISPLAY removed, and
# LIPCHECK_TODAY set to a fixed day.

import csv
import json
import os
import stat
import subprocess
import sys
import tempfile
import traceback

LIPCHECK = os.environ["LIPCHECK"]
TODAY = "2026-12-01"
HEADER = ["date", "twitch", "places", "caffeine-cups", "sleep-hours", "stress", "alcohol",
          "new-medicine", "new-signs", "sudden", "note"]
AWKWARD_NOTES = [
    "coffee, then more coffee",
    'she said "it\'s nothing"',
    "first line\nsecond line",
    "a\r\nWindows line, \"quoted\", and a comma",
    "Müdigkeit – café, niño 😴",
    " leading and trailing spaces ",
    '"',
    ",",
]


def run(*args):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "", "LANG": "", "LIPCHECK_TODAY": TODAY})
    return subprocess.run([LIPCHECK, *args], env=env, capture_output=True, text=True, timeout=60)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def entry(day, **members):
    base = {"date": f"2026-11-{day:02d}", "twitch": "mild"}
    base.update(members)
    return base


def write_diary(folder, entries):
    path = os.path.join(folder, "diary.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": 1, "noticed": None, "settled": None, "entries": entries}, f)
    return path


def export(folder, entries):
    diary = write_diary(folder, entries)
    out = os.path.join(folder, "diary.csv")
    proc = run("--diary", diary, "--export-csv", out)
    check(proc.returncode == 0, f"exit status {proc.returncode}; stderr: {proc.stderr!r}")
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")
    with open(out, "rb") as f:
        data = f.read()
    data.decode("utf-8")  # UTF-8, or this raises
    with open(out, newline="", encoding="utf-8") as f:
        return data, list(csv.reader(f))


def round_trip():
    with tempfile.TemporaryDirectory() as tmp:
        entries = [entry(i + 1, note=note) for i, note in enumerate(AWKWARD_NOTES)]
        _, rows = export(tmp, entries)
        check(rows[0] == HEADER, f"header {rows[0]!r}")
        check(len(rows) == len(AWKWARD_NOTES) + 1, f"{len(rows)} rows")
        for note, row in zip(AWKWARD_NOTES, rows[1:]):
            check(len(row) == len(HEADER), f"row {row!r}")
            check(row[HEADER.index("note")] == note, f"note {row[-1]!r}, expected {note!r}")


def crlf_and_quotes():
    with tempfile.TemporaryDirectory() as tmp:
        data, _ = export(tmp, [entry(1, note='say "hi", then go')])
        check(data.startswith(b"date,twitch,"), data[:40])
        check(b'"say ""hi"", then go"\r\n' in data, data)
        check(data.endswith(b"\r\n"), "the last row is not ended by CRLF")


def unanswered_empty():
    with tempfile.TemporaryDirectory() as tmp:
        entries = [entry(1, twitch="none"),
                   entry(2, places=["eyelid-left", "upper-lip-left"], **{"caffeine-cups": 0, "sleep-hours": 6,
                         "stress": False, "alcohol": True, "new-medicine": False, "new-signs": [], "sudden": False}),
                   entry(3, twitch="strong", places=[], **{"new-signs": ["pain", "stiff"], "sudden": True})]
        _, rows = export(tmp, entries)
        empty, full, signs = (dict(zip(HEADER, row)) for row in rows[1:])
        check(empty == {**{key: "" for key in HEADER}, "date": "2026-11-01", "twitch": "none"},
              f"an unanswered entry gives {empty!r}")
        check(full == {"date": "2026-11-02", "twitch": "mild", "places": "eyelid-left upper-lip-left",
                       "caffeine-cups": "0", "sleep-hours": "6", "stress": "no", "alcohol": "yes",
                       "new-medicine": "no", "new-signs": "none", "sudden": "no", "note": ""}, f"{full!r}")
        check(signs["new-signs"] == "pain stiff" and signs["places"] == "none" and signs["sudden"] == "yes",
              f"{signs!r}")


def in_date_order():
    with tempfile.TemporaryDirectory() as tmp:
        _, rows = export(tmp, [entry(9), entry(2), entry(5)])
        check([row[0] for row in rows[1:]] == ["2026-11-02", "2026-11-05", "2026-11-09"], rows)


def empty_diary():
    with tempfile.TemporaryDirectory() as tmp:
        data, rows = export(tmp, [])
        check(rows == [HEADER], rows)


def replaces_whole():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "diary.csv")
        with open(out, "w", encoding="utf-8") as f:
            f.write("old content that is much longer than the new export will be\n" * 100)
        _, rows = export(tmp, [entry(1)])
        check(len(rows) == 2, f"{len(rows)} rows: the old file was not replaced whole")
        check(sorted(os.listdir(tmp)) == ["diary.csv", "diary.json"], f"left over: {os.listdir(tmp)}")


def unwritable():
    with tempfile.TemporaryDirectory() as tmp:
        diary = write_diary(tmp, [entry(1)])
        out = os.path.join(tmp, "missing", "diary.csv")
        proc = run("--diary", diary, "--export-csv", out)
        check(proc.returncode == 1, f"exit status {proc.returncode}")
        check(proc.stderr.startswith(out + ": cannot write the CSV file: "), proc.stderr)
        if os.geteuid() != 0:
            locked = os.path.join(tmp, "locked")
            os.mkdir(locked)
            target = os.path.join(locked, "diary.csv")
            with open(target, "w", encoding="utf-8") as f:
                f.write("kept\n")
            os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
            proc = run("--diary", diary, "--export-csv", target)
            os.chmod(locked, stat.S_IRWXU)
            check(proc.returncode == 1, "wrote into a read-only folder")
            with open(target, encoding="utf-8") as f:
                check(f.read() == "kept\n", "a failed export changed the old file")


def bad_diary():
    with tempfile.TemporaryDirectory() as tmp:
        diary = os.path.join(tmp, "diary.json")
        with open(diary, "w", encoding="utf-8") as f:
            f.write('{"format": 1, "entries": [{"date": "2026-11-31", "twitch": "mild"}]}')
        out = os.path.join(tmp, "diary.csv")
        proc = run("--diary", diary, "--export-csv", out)
        check(proc.returncode == 1 and proc.stderr.startswith(diary), proc.stderr)
        check(not os.path.exists(out), "a CSV file was written for a diary that could not be read")


def main():
    tests = [("awkward notes survive a round trip", round_trip), ("CRLF and doubled quotes", crlf_and_quotes),
             ("unanswered is empty, never no", unanswered_empty), ("rows in date order", in_date_order),
             ("an empty diary is a header", empty_diary), ("an old file is replaced whole", replaces_whole),
             ("an unwritable place is an error", unwritable), ("a bad diary writes nothing", bad_diary)]
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
