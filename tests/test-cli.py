#!/usr/bin/env python3
# test-cli.py: the lipcheck command line on the example answers files, headless, in TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Environment: LIPCHECK, the built binary; LIPCHECK_SOURCE_ROOT, the repository.
# Every run of the binary has DISPLAY and WAYLAND_DISPLAY removed, to prove that the command-line
# modes need no display.

import json
import os
import re
import subprocess
import sys
import tempfile
import traceback

LIPCHECK = os.environ["LIPCHECK"]
ROOT = os.environ["LIPCHECK_SOURCE_ROOT"]
ANSWERS = os.path.join(ROOT, "tests", "answers")
BAD = os.path.join(ANSWERS, "bad")
KB_PATH = os.path.join(ROOT, "data", "knowledge-base.json")

with open(KB_PATH, encoding="utf-8") as f:
    KB = json.load(f)
LEVEL_NAMES = {level["id"]: level["name"] for level in KB["levels"]}
CAUSE_NAMES = {cause["id"]: cause["name"] for cause in KB["causes"]}
QUESTION_TEXTS = {question["id"]: question["text"] for question in KB["questions"]}
SIGN_NAMES = {sign["question"]: sign["name"] for sign in KB["warning-signs"]}
TIP_NAMES = {tip["id"]: tip["name"] for tip in KB["tips"]}
CONDITION_NAMES = {condition["id"]: condition["name"] for condition in KB["conditions"]}
# What an incomplete result must never say (issue 10, §2).
REASSURING = ("everyday twitch", "usually harmless", "try not to worry", "not an emergency")


def run(*args, language=""):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": language, "LANG": ""})
    return subprocess.run([LIPCHECK, *args], env=env, capture_output=True, text=True, timeout=60)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_exit(proc, ok):
    if ok:
        check(proc.returncode == 0, f"exit status {proc.returncode}, expected 0; stderr: {proc.stderr!r}")
    else:
        check(proc.returncode != 0, f"exit status 0, expected a failure; stdout: {proc.stdout!r}")


def good_files():
    return sorted(name for name in os.listdir(ANSWERS)
                  if name.endswith(".json") and not name.endswith(".expected.json"))


def bad_files():
    return sorted(name for name in os.listdir(BAD) if name.endswith(".json"))


def load_expected(name):
    with open(os.path.join(ANSWERS, name[:-len(".json")] + ".expected.json"), encoding="utf-8") as f:
        return json.load(f)


# Checks

def json_report(name):
    proc = run("--answers", os.path.join(ANSWERS, name), "--report", "json")
    check_exit(proc, True)
    got = json.loads(proc.stdout)
    expected = load_expected(name)
    check(got == expected, f"report\n{json.dumps(got, indent=2)}\nexpected\n{json.dumps(expected, indent=2)}")


def text_report(name):
    proc = run("--answers", os.path.join(ANSWERS, name), "--report", "text")
    check_exit(proc, True)
    expected = load_expected(name)
    text = proc.stdout
    title = LEVEL_NAMES[expected["urgency"]]
    if expected["urgency"] == "self-care" and not expected["complete"]:
        title = KB["incomplete"]["name"]
    check(text.splitlines()[0] == title, f"the first line is not {title!r}")
    for factor in expected["factors"]:
        check(CAUSE_NAMES[factor["id"]] in text, f"no factor name {CAUSE_NAMES[factor['id']]!r}")
    for question in expected["unanswered"]:
        check(f"• {QUESTION_TEXTS[question]} — not answered" in text,
              f"the unanswered question {question!r} is not shown as not answered")
    for tip in expected["tips"] + expected["more-tips"]:
        check(TIP_NAMES[tip] in text, f"no tip {TIP_NAMES[tip]!r}")
    check(KB["disclaimer"] in text, "no disclaimer")
    check("{emergency-number}" not in text and "{" not in text, "a template left unrendered")
    check(re.search(r"\b1 (hours|cups)\b", text) is None, "a plural unit after 1")
    if expected["urgency"] == "emergency":
        check("Call 112 now" in text, "no emergency number 112 in the C locale")
    if expected["sudden"] is not None:
        answer = "yes" if expected["sudden"] else "no"
        check(f"• {QUESTION_TEXTS['sudden']} — {answer}" in text, f"the answer to sudden ({answer}) is not stated")


def report_pair(name):
    path = os.path.join(ANSWERS, name)
    text = run("--answers", path, "--report", "text")
    report = run("--answers", path, "--report", "json")
    check_exit(text, True)
    check_exit(report, True)
    return text.stdout, json.loads(report.stdout)


def incomplete_wording(name):
    """An incomplete result asks for the missing warning signs by name and reassures nowhere."""
    text, report = report_pair(name)
    missing = [q for q in report["unanswered"] if q in SIGN_NAMES or q == "sudden"]
    check(report["complete"] == (missing == []), f"complete is {report['complete']} with {missing} missing")
    if report["complete"] or report["urgency"] == "emergency":
        return
    headline = text.splitlines()[1]
    for question in missing:
        label = SIGN_NAMES.get(question, QUESTION_TEXTS[question])
        check(label in headline, f"the headline {headline!r} does not name {label!r}")
    for phrase in REASSURING:
        check(phrase not in text.lower(), f"{phrase!r} in the text report of an incomplete result")
    for tip in report["tips"] + report["more-tips"]:
        check("worry" not in TIP_NAMES[tip].lower(), f"the tip {tip!r} on an incomplete result")


def not_an_emergency_only_when_all_no(name):
    text, report = report_pair(name)
    with open(os.path.join(ANSWERS, name), encoding="utf-8") as f:
        answers = json.load(f)["answers"]
    all_no = all(answers.get(question) is False for question in SIGN_NAMES)
    if "not an emergency" in text.lower():
        check(all_no, "“not an emergency” said though a warning sign was not answered no")


def emergency_says_one_thing(name):
    text, report = report_pair(name)
    if report["urgency"] != "emergency":
        return
    check(report["factors"] == [] and report["tips"] == [] and report["more-tips"] == [] and
          report["conditions"] == [], f"an emergency lists more: {report}")
    for title in ("Why", "Likely factors", "What may help", "More tips", "Conditions a doctor may want to rule out"):
        check(f"\n{title}\n" not in text, f"the section {title!r} on an emergency")
    for names in (CAUSE_NAMES, TIP_NAMES, CONDITION_NAMES):
        for label in names.values():
            check(f"• {label}" not in text, f"{label!r} listed on an emergency")


def few_tips(name):
    _, report = report_pair(name)
    check(len(report["tips"]) <= 5, f"{len(report['tips'])} tips to try first")
    check(report["more-tips"] == [] or len(report["tips"]) == 5, "more tips while fewer than five come first")
    check(not set(report["tips"]) & set(report["more-tips"]), "a tip both first and in more tips")


def emergency_number_gb():
    # LANGUAGE names the region without needing the en_GB locale installed.
    proc = run("--answers", os.path.join(ANSWERS, "34-sudden-asymmetry.json"), "--report", "text",
               language="en_GB")
    check_exit(proc, True)
    check("Call 999 now" in proc.stdout, "no emergency number 999 for en_GB")
    check("112" not in proc.stdout, "112 named for en_GB")


def gradual_drooping_one_instruction():
    # Drooping that came on gradually: the one NHS Bell's palsy instruction, an urgent appointment
    # (treatment works best within 72 hours), not "within a day or two" as well.
    proc = run("--answers", os.path.join(ANSWERS, "74-drooping-gradual-one-instruction.json"), "--report", "text")
    check_exit(proc, True)
    text = proc.stdout
    check("urgent appointment" in text, "no urgent appointment")
    check("72 hours" in text, "no 72 hours")
    check("day or two" not in text, "a second, different instruction: within a day or two")


UK_ONLY = re.compile(r"\bGPs?\b|NHS 111|\bin the UK\b|\b111\b")


def kb_texts(node, path="$"):
    """Every string of the knowledge base a person reads, with its JSON path."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in ("id", "url", "publisher", "question", "group", "level", "kind", "style"):
                yield from kb_texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from kb_texts(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def no_uk_words_outside_uk():
    # The knowledge base's texts are shown in every region: "GP", "NHS 111" and "in the UK" would
    # be the words of a UK leaflet only. Outside the UK Lipcheck says "your doctor".
    for path, text in kb_texts(KB):
        check(not UK_ONLY.search(text), f"{path}: UK-only words in {text!r}")
    for name in ("29-asymmetry.json", "33-asymmetry-gradual.json", "05-duration-weeks.json", "12-all-medications.json"):
        for language in ("", "en_US", "de", "es"):
            proc = run("--answers", os.path.join(ANSWERS, name), "--report", "text", language=language)
            check_exit(proc, True)
            check(not UK_ONLY.search(proc.stdout), f"{name} in {language or 'C'}: UK-only words in {proc.stdout!r}")


def level_sentences_short():
    # Each level's headline and what-to-do text in short sentences (reading grade 8 or below).
    for level in KB["levels"]:
        for field in ("headline", "advice"):
            for sentence in re.split(r"(?<=[.!?])\s+", level[field].replace("F.A.S.T.", "FAST")):
                words = len(re.findall(r"[\w'{}-]+", sentence))
                check(words <= 22, f"{level['id']} {field}: a sentence of {words} words: {sentence!r}")


def bad_answers(name):
    path = os.path.join(BAD, name)
    with open(path[:-len(".json")] + ".expected-error.txt", encoding="utf-8") as f:
        expected = f.read().strip()
    check(expected != "", "empty .expected-error.txt")
    proc = run("--answers", path, "--report", "json")
    check_exit(proc, False)
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")
    check(name in proc.stderr, f"the file name is not in {proc.stderr!r}")
    check(expected in proc.stderr, f"{expected!r} is not in {proc.stderr!r}")
    check("expected" in proc.stderr, f"the message does not say what was expected: {proc.stderr!r}")


def check_kb_ok():
    proc = run("--check-kb", KB_PATH)
    check_exit(proc, True)
    check("7 causes" in proc.stdout, f"no “7 causes” in {proc.stdout!r}")
    check(KB["version"] in proc.stdout, f"no version in {proc.stdout!r}")


def check_kb_broken():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "broken-kb.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write('{\n  "format": 1,\n  "version": "x"\n  "disclaimer": "y"\n}\n')
        proc = run("--check-kb", path)
    check_exit(proc, False)
    check(re.search(r"broken-kb\.json:\d+:\d+: ", proc.stderr), f"no file:line:col in {proc.stderr!r}")


def kb_option_broken():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "broken-kb.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write('{\n  "format": 1,\n  "version": tru\n}\n')
        proc = run("--kb", path)
    check(proc.returncode == 1, f"exit status {proc.returncode}, expected 1; stderr: {proc.stderr!r}")
    check(re.search(r"broken-kb\.json:3:\d+: ", proc.stderr), f"no file:line:col in {proc.stderr!r}")
    check("display" not in proc.stderr.lower(), f"it tried to open a window: {proc.stderr!r}")
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")


def version():
    proc = run("--version")
    check_exit(proc, True)
    check(re.fullmatch(r"lipcheck \d+\.\d+\.\d+\n", proc.stdout), f"version output {proc.stdout!r}")


def report_unknown_format():
    proc = run("--answers", os.path.join(ANSWERS, "01-empty.json"), "--report", "xml")
    check_exit(proc, False)
    check("xml" in proc.stderr, f"the bad format is not named in {proc.stderr!r}")
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")


def report_without_answers():
    proc = run("--report", "json")
    check_exit(proc, False)
    check("--answers" in proc.stderr, f"no hint of --answers in {proc.stderr!r}")
    check(proc.stdout == "", f"output on stdout: {proc.stdout!r}")


def enough_examples():
    check(len(good_files()) >= 70, f"only {len(good_files())} example answers files")
    check(len(bad_files()) >= 6, f"only {len(bad_files())} bad answers files")


def main():
    tests = [("at least 70 examples and 6 bad files", enough_examples)]
    for name in good_files():
        tests.append((f"{name}: --report json", lambda name=name: json_report(name)))
        tests.append((f"{name}: --report text", lambda name=name: text_report(name)))
        tests.append((f"{name}: complete, and no reassurance when not", lambda name=name: incomplete_wording(name)))
        tests.append((f"{name}: “not an emergency” only when every sign is no",
                      lambda name=name: not_an_emergency_only_when_all_no(name)))
        tests.append((f"{name}: an emergency says one thing", lambda name=name: emergency_says_one_thing(name)))
        tests.append((f"{name}: at most five tips to try first", lambda name=name: few_tips(name)))
    for name in bad_files():
        tests.append((f"bad/{name}: rejected", lambda name=name: bad_answers(name)))
    tests += [
        ("emergency number for en_GB", emergency_number_gb),
        ("gradual drooping: one instruction", gradual_drooping_one_instruction),
        ("levels in short sentences", level_sentences_short),
        ("no UK-only words outside the UK", no_uk_words_outside_uk),
        ("--check-kb on the shipped knowledge base", check_kb_ok),
        ("--check-kb on a broken file", check_kb_broken),
        ("--kb with a broken file: the error on stderr, exit 1, no window", kb_option_broken),
        ("--version", version),
        ("--report xml", report_unknown_format),
        ("--report json without --answers", report_without_answers),
    ]

    print(f"1..{len(tests)}")
    failed = 0
    for number, (description, test) in enumerate(tests, 1):
        try:
            test()
            print(f"ok {number} - {description}")
        except Exception:
            failed += 1
            print(f"not ok {number} - {description}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
        sys.stdout.flush()

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
