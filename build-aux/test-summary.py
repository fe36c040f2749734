#!/usr/bin/env python3
# Counts the tests of one or more meson test logs, TAP subtests included, and prints
# "N passed, N failed" as the last line.
import json
import re
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        log = open(path, encoding="utf-8")
    except OSError:
        print(f"{path}: no test log (the build failed?)", file=sys.stderr)
        failed += 1
        continue
    with log:
        for line in log:
            test = json.loads(line)
            ok_lines = re.findall(r"^(ok|not ok) \d+", test.get("stdout") or "", re.M)
            skips = len(re.findall(r"^ok \d+ .*# SKIP", test.get("stdout") or "", re.M))
            if test.get("protocol") == "tap" or ok_lines:
                passed += ok_lines.count("ok") - skips
                failed += ok_lines.count("not ok")
                skipped += skips
                if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and "not ok" not in ok_lines:
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
