#!/usr/bin/env python3
# Counts the tests of meson test logs (testlog.json, TAP subtests included) and of plain TAP
# files (*.tap: the accessibility walk, the fuzzers, the memcheck pass), and prints
# "N passed, N failed" as the last line.
import json
import re
import sys

passed = failed = skipped = 0


def count_tap(text):
    """Returns (passed, failed, skipped) of the TAP lines in text; a TODO failure fails nothing."""
    p = f = s = 0
    for line in text.splitlines():
        m = re.match(r"^(ok|not ok)\b(.*)$", line)
        if not m:
            continue
        directive = m.group(2)
        if re.search(r"#\s*SKIP", directive, re.I):
            s += 1
        elif m.group(1) == "ok" or re.search(r"#\s*TODO", directive, re.I):
            p += 1
        else:
            f += 1
    return p, f, s


for path in sys.argv[1:]:
    try:
        log = open(path, encoding="utf-8")
    except OSError:
        print(f"{path}: no test log (the build or the step failed?)", file=sys.stderr)
        failed += 1
        continue
    with log:
        if path.endswith(".tap"):
            p, f, s = count_tap(log.read())
            passed, failed, skipped = passed + p, failed + f, skipped + s
            if p + f + s == 0:
                failed += 1
            continue
        for line in log:
            test = json.loads(line)
            stdout = test.get("stdout") or ""
            p, f, s = count_tap(stdout)
            if test.get("protocol") == "tap" or p + f + s > 0:
                passed, failed, skipped = passed + p, failed + f, skipped + s
                if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and f == 0:
                    failed += 1
            elif test["result"] in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif test["result"] == "SKIP":
                skipped += 1
            else:
                failed += 1

summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
