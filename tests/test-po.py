#!/usr/bin/env python3
# The translations are complete: a template made afresh from po/POTFILES.in, merged into each
# catalogue of po/LINGUAS, leaves no message untranslated or fuzzy, and msgfmt --check passes.
# Prints TAP.
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.environ.get("LIPCHECK_SOURCE_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PO = os.path.join(ROOT, "po")

# The keywords of meson's "glib" gettext preset.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_set_error:4:c-format", "--flag=g_printerr:1:c-format", "--flag=g_print:1:c-format",
]


def main():
    tests = []
    with open(os.path.join(PO, "LINGUAS"), encoding="utf-8") as f:
        languages = [l.strip() for l in f if l.strip() and not l.startswith("#")]

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "lipcheck.pot")
        made = subprocess.run(["xgettext", "--package-name=lipcheck", "-o", pot,
                               "-f", os.path.join(PO, "POTFILES.in"), "--directory", ROOT] + XGETTEXT_ARGS,
                              capture_output=True, text=True)
        tests.append((made.returncode == 0, "xgettext makes a template from po/POTFILES.in", made.stderr))

        for language in languages:
            merged = os.path.join(tmp, language + ".po")
            merge = subprocess.run(["msgmerge", "--quiet", "-o", merged, os.path.join(PO, language + ".po"), pot],
                                   capture_output=True, text=True)
            stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                                   capture_output=True, text=True)
            report = (stats.stderr + stats.stdout).strip()
            complete = (merge.returncode == 0 and stats.returncode == 0 and
                        re.fullmatch(r"\d+ translated messages?\.", report) is not None)
            tests.append((complete, f"{language}: every message translated ({report})",
                          merge.stderr + stats.stderr))

    print(f"1..{len(tests)}")
    for number, (passed, description, details) in enumerate(tests, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {description}")
        if not passed:
            for line in details.splitlines():
                print(f"# {line}")
    return 0 if all(t[0] for t in tests) else 1


if __name__ == "__main__":
    sys.exit(main())
