#!/usr/bin/env python3
# test-reminder-service.py: the evening reminder as a background service, for real, in TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each case has its own D-Bus session (dbus-daemon), its own home and a notification server of the
# tests' own (LIPCHECK_TEST_NOTIFICATIONS) that prints every Notify call it gets. `lipcheck
# --gapplication-service` runs there with its settings in a keyfile and its clock started by
# LIPCHECK_TEST_NOW a few seconds before the reminder's time. Needs a display (GTK starts up).

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback

LIPCHECK = os.environ["LIPCHECK"]
SERVER = os.environ["LIPCHECK_TEST_NOTIFICATIONS"]
APP_ID = "io.github.lipcheck.Lipcheck"
SCHEMA_PATH = "io/github/lipcheck/Lipcheck"
# Three seconds before the reminder's time, 21:00.
START = "2026-12-02T20:59:57"
DUE_AFTER = 3.0
SUMMARY = "Today’s Diary Entry"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def diary(settled=None, days=("2026-12-01",)):
    entries = ", ".join('{"date": "%s", "twitch": "mild"}' % day for day in days)
    settled = '"%s"' % settled if settled else "null"
    return '{"format": 1, "noticed": "2026-11-30", "settled": %s, "entries": [%s]}' % (settled, entries)


class Session:
    """A private D-Bus session with the notification server, and a home of its own."""

    def __init__(self, reminder=True, diary_text=None, autostart=False):
        self.home = tempfile.mkdtemp(prefix="lipcheck-reminder-")
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            path = os.path.join(self.home, name.lower())
            os.makedirs(path)
            self.env[f"XDG_{name}_HOME"] = path
        self.env.update({"GSETTINGS_BACKEND": "keyfile", "LIPCHECK_TEST_NOW": START, "LC_ALL": "C.UTF-8",
                         "LANGUAGE": ""})
        self.write_settings(reminder)
        if diary_text is not None:
            self.write(os.path.join("data", "lipcheck", "diary.json"), diary_text)
        if autostart:
            self.write(os.path.relpath(self.autostart, self.home), "[Desktop Entry]\nType=Application\n")
        self.notifications = []
        self.start_bus()

    @property
    def autostart(self):
        return os.path.join(self.home, "config", "autostart", APP_ID + ".desktop")

    def write(self, relative, text):
        path = os.path.join(self.home, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def write_settings(self, reminder):
        self.write(os.path.join("config", "glib-2.0", "settings", "keyfile"),
                   f"[{SCHEMA_PATH}]\nreminder={'true' if reminder else 'false'}\nreminder-time='21:00'\n")

    def start_bus(self):
        self.bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                    stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus.stdout.readline().strip()
        self.server = subprocess.Popen([SERVER], env=self.env, stdout=subprocess.PIPE, text=True,
                                       encoding="utf-8")
        check(self.server.stdout.readline().strip() == "READY", "the notification server did not start")
        threading.Thread(target=self.read_notifications, daemon=True).start()

    def read_notifications(self):
        for line in self.server.stdout:
            if line.startswith("NOTIFY\t"):
                self.notifications.append((time.monotonic(), line.rstrip("\n").split("\t")[1:]))

    def start_service(self):
        self.started = time.monotonic()
        self.service = subprocess.Popen([LIPCHECK, "--gapplication-service"], env=self.env,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_for(self, condition, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not condition():
            time.sleep(0.1)
        return condition()

    def running(self):
        return self.service.poll() is None

    def close(self):
        for process in (getattr(self, "service", None), self.server, self.bus):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)
        shutil.rmtree(self.home, ignore_errors=True)


def test_one_notification_at_the_time(session):
    session.start_service()
    check(session.wait_for(lambda: session.notifications, 60), "no notification came at the reminder's time")
    arrived, (app, summary, body, actions) = session.notifications[0]
    check(arrived - session.started >= DUE_AFTER - 0.5,
          f"the notification came {arrived - session.started:.1f} s after the start, before its time")
    check(summary == SUMMARY, f"the summary is {summary!r}")
    check("not filled in" in body, f"the body is {body!r}")
    check("app.open-diary-today" in actions.split("|"), f"the actions are {actions!r}")
    check(os.path.exists(session.autostart), "the autostart entry was not written")
    # Waiting on, it sends nothing more today, and keeps running for tomorrow's.
    time.sleep(4)
    check(len(session.notifications) == 1, f"{len(session.notifications)} notifications, not one")
    check(session.running(), "the service stopped although the diary is kept")


def test_none_when_today_is_filled_in(session):
    session.start_service()
    time.sleep(DUE_AFTER + 4)
    check(not session.notifications, f"a notification came although today's entry exists: {session.notifications}")
    check(session.running(), "the service stopped although the diary is kept")


def test_none_after_the_diary_ended(session):
    session.start_service()
    check(session.wait_for(lambda: not session.running(), 60), "the service kept running for an ended diary")
    check(not session.notifications, f"a notification came for an ended diary: {session.notifications}")
    check(not os.path.exists(session.autostart), "the autostart entry stayed after the diary ended")


def test_none_when_turned_off(session):
    session.start_service()
    check(session.wait_for(lambda: not session.running(), 60), "the service kept running with the reminder off")
    check(not session.notifications, f"a notification came with the reminder off: {session.notifications}")
    check(not os.path.exists(session.autostart), "the autostart entry stayed with the reminder off")


def test_none_without_a_diary(session):
    session.start_service()
    check(session.wait_for(lambda: not session.running(), 60), "the service kept running without a diary")
    check(not session.notifications, f"a notification came without a diary: {session.notifications}")
    check(not os.path.exists(session.autostart), "the autostart entry stayed without a diary")


CASES = [
    (test_one_notification_at_the_time, dict(diary_text=diary())),
    (test_none_when_today_is_filled_in, dict(diary_text=diary(days=("2026-12-01", "2026-12-02")))),
    (test_none_after_the_diary_ended, dict(diary_text=diary(settled="2026-12-01"), autostart=True)),
    (test_none_when_turned_off, dict(reminder=False, diary_text=diary(), autostart=True)),
    (test_none_without_a_diary, dict(autostart=True)),
]


def main():
    print(f"1..{len(CASES)}")
    failed = 0
    for number, (case, options) in enumerate(CASES, 1):
        session = None
        try:
            session = Session(**options)
            case(session)
            print(f"ok {number} {case.__name__}")
        except Exception:
            failed += 1
            print(f"not ok {number} {case.__name__}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
        finally:
            if session is not None:
                session.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
