#!/usr/bin/python3
"""The accessibility walk: Lipcheck as a screen reader sees it.

Starts the built lipcheck (env LIPCHECK, default _build/src/lipcheck), finds its window in the
AT-SPI tree (the application named "lipcheck" on pyatspi.Registry.getDesktop(0)), then
  1. checks that every interactive control (push and toggle buttons, check boxes, radio buttons,
     switches, spin buttons, entries, links, page tabs, menu items, focusable list rows) has a
     meaningful name: not empty, not a widget type or role name, not only punctuation. It does
     so on the introduction, each wizard step, the result page, each browse tab and the
     window's own bars, and prints every offender with its role and path;
  2. walks the self-check to a result with only what AT-SPI offers, as Orca would: the `click`
     action of push buttons, and the keyboard (Tab to the control, Space) for radio buttons and
     check boxes, which have no action in GTK 4.8; then reads the level and the Print Summary…
     and Save as PDF… buttons off the result page;
  3. prints TAP and exits non-zero when a test fails.

Run it with build-aux/a11y-walk.sh, which sets up what it needs: a private session bus, Xvfb
(with -noreset) and a clean environment:
  dbus-run-session -- xvfb-run -a -s "… -noreset" /usr/bin/python3 tests/test-a11y-walk.py

What GTK 4.8 exposes, and how this test copes (Debian 12, GTK 4.8.3, at-spi2-core 2.46):
  - Only windows carry the SHOWING state; every widget says VISIBLE, on every page of a stack.
    A widget that has been laid out has non-empty Component extents; pages never shown have
    0x0. The test follows the wizard's place through its progress bar ("Step 2 of 4").
  - Component.GrabFocus is not implemented (it answers with an error): the test moves the focus
    with Tab, and with the arrow keys inside a radio group.
  - Check buttons, grouped (our radio buttons) or not, have the role "check box" and no action:
    they are set with Space once focused. Switches are "check box" with a "toggle" action.
  - A push button's name joins its label property (mnemonic underscore included) and the name
    of the label it is labelled by: "_Next Next". Page tabs keep the underscore: "_Causes".
    Names are compared after dropping mnemonic underscores and that repeat.
  - Reading the tree is slow (a few milliseconds a call): the test reads each part once
    (a snapshot) instead of searching the whole tree again and again.
Of the environment:
  - Generated key events go through the AT-SPI registry's XTest, so the registry needs DISPLAY:
    dbus-run-session starts before xvfb-run sets it, so the test hands DISPLAY to the bus's
    activation environment before the first AT-SPI call starts the registry.
  - The registry then connects to X and leaves; without -noreset Xvfb resets when its last
    client leaves, and lipcheck, starting at that moment, cannot open the display.
  - libatspi caches names and states and refreshes them only from events handled in a main
    loop, which this test does not run: it turns the cache off for the application.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

from gi.repository import Gio, GLib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("LIPCHECK_SOURCE_ROOT", os.path.dirname(HERE))
LIPCHECK = os.environ.get("LIPCHECK", os.path.join(SOURCE_ROOT, "_build", "src", "lipcheck"))
KB_PATH = os.path.join(SOURCE_ROOT, "data", "knowledge-base.json")

TOTAL_DEADLINE = 110      # seconds for the whole test; build-aux/a11y-walk.sh allows 150
WAIT = 15                 # seconds for any one thing to happen

KEY_TAB = 0xff09
KEY_SPACE = 0x0020
KEY_UP = 0xff52
KEY_DOWN = 0xff54

BROWSE_TABS = ["Causes", "Warning Signs", "Prevention & Remedies"]
# The face map's regions, as a screen reader speaks them: the person's own left and right.
# GTK 4.8 gives its toggle buttons the role "push button" over AT-SPI.
REGION_ROLE_NAMES = ("toggle button", "push button")
FACE_REGIONS = ["Your %s %s" % (side, part) for part in ("eyelid", "cheek", "upper lip", "lower lip")
                for side in ("left", "right")] + ["Elsewhere on the body"]


def log(text):
    for line in str(text).splitlines() or [""]:
        print("# " + line, flush=True)


class Timeout(Exception):
    pass


def poll(what, predicate, timeout=WAIT, interval=0.05):
    """Calls predicate until it returns something true; raises Timeout after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except GLib.GError:
            value = None        # an object that went away while we looked
        if value:
            return value
        if time.monotonic() > deadline:
            raise Timeout("timed out after %gs waiting for %s" % (timeout, what))
        time.sleep(interval)


def export_display_to_bus():
    """The registry generates key events with XTest: give it the display (see above)."""
    env = {k: os.environ[k] for k in ("DISPLAY", "XAUTHORITY") if k in os.environ}
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                  "UpdateActivationEnvironment", GLib.Variant("(a{ss})", (env,)),
                  None, Gio.DBusCallFlags.NONE, 5000, None)


export_display_to_bus()
import pyatspi  # noqa: E402  (only once the bus knows DISPLAY)
from gi.repository import Atspi  # noqa: E402

# ---------------------------------------------------------------------------------------------
# TAP

results = []
T0 = time.monotonic()


def ok(passed, description, diagnostics=(), todo=None):
    results.append(bool(passed) or bool(todo))     # a TODO test's failure fails nothing
    line = "%s %d - %s" % ("ok" if passed else "not ok", len(results), description)
    if todo:
        line += " # TODO " + todo
    if os.environ.get("A11Y_TIMING"):
        line += " [%.1fs]" % (time.monotonic() - T0)
    print(line, flush=True)
    for d in diagnostics:
        log(d)
    return passed


# ---------------------------------------------------------------------------------------------
# Reading the tree

def live_name(acc):
    try:
        return acc.name or ""
    except GLib.GError:
        return ""


def has_state(acc, state):
    try:
        return acc.getState().contains(state)
    except GLib.GError:
        return False


def actions(acc):
    try:
        action = acc.queryAction()
    except (NotImplementedError, GLib.GError):
        return {}
    return {action.getName(i): i for i in range(action.nActions)}


def do_action(acc, names):
    found = actions(acc)
    for n in names:
        if n in found:
            acc.queryAction().doAction(found[n])
            return n
    return None


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except (NotImplementedError, GLib.GError):
        return None
    return (e.x, e.y, e.width, e.height)


def laid_out(acc):
    """Whether acc has been given a size (see above: GTK 4.8 says SHOWING only of windows).
    A stack page is no widget and has no extents: its child has."""
    e = extents(acc)
    if e is None:
        try:
            return any(laid_out(acc.getChildAtIndex(i)) for i in range(acc.childCount))
        except GLib.GError:
            return False
    return e[2] > 0 and e[3] > 0


class Node:
    """An accessible as read once: its role, name and children."""
    __slots__ = ("acc", "role", "role_name", "name", "path", "parent", "children")

    def __init__(self, acc, path, parent):
        self.acc = acc
        self.path = path
        self.parent = parent
        try:
            self.role = acc.getRole()
            self.role_name = acc.getRoleName()
            self.name = acc.name or ""
        except GLib.GError:
            self.role, self.role_name, self.name = None, "?", ""
        self.children = []

    def __iter__(self):
        """This node and those under it, depth first."""
        yield self
        for child in self.children:
            yield from child

    def find(self, predicate):
        return next((n for n in self if predicate(n)), None)

    def spoken(self):
        return spoken_name(self.name)

    def describe(self):
        return "%s %r" % (self.role_name, self.name)

    def where(self):
        """panel 'Other symptoms' > check box 'None of these'  [0.0.3.1] from the snapshot's
        root, naming the named ancestors."""
        chain = []
        node = self
        while node is not None:
            if node is self or node.parent is None or node.name:
                chain.append(node.describe())
            node = node.parent
        return " > ".join(reversed(chain)) + "  [%s]" % ".".join(str(i) for i in self.path)


def snapshot(acc, prune=None, path=(), parent=None):
    """Reads acc and everything under it, except under nodes for which prune is true."""
    node = Node(acc, path, parent)
    if prune is not None and parent is not None and prune(node):
        return node
    try:
        count = acc.childCount
    except GLib.GError:
        count = 0
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except GLib.GError:
            continue
        if child is not None:
            node.children.append(snapshot(child, prune, path + (i,), node))
    return node


MNEMONIC = re.compile(r"_(.)")


def strip_mnemonic(text):
    return MNEMONIC.sub(r"\1", text)


def repeated_half(text):
    """"X X" → "X"; otherwise None."""
    n = len(text)
    if n >= 3 and n % 2 == 1 and text[n // 2] == " " and text[: n // 2] == text[n // 2 + 1:]:
        return text[: n // 2]
    return None


def spoken_name(text):
    """A name without mnemonic underscores and without GTK 4.8's repeat of a button's label:
    "_Next Next" → "Next"."""
    text = strip_mnemonic(text).strip()
    half = repeated_half(text)
    return half if half is not None else text


# ---------------------------------------------------------------------------------------------
# Names

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LINK, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
}
for _role in ("ROLE_SWITCH", "ROLE_PUSH_BUTTON_MENU"):
    if hasattr(pyatspi, _role):
        INTERACTIVE_ROLES.add(getattr(pyatspi, _role))
# Rows count when they take the focus.
ROW_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_ROW, pyatspi.ROLE_TREE_ITEM,
             pyatspi.ROLE_TABLE_CELL}

TYPE_NAME = re.compile(r"^(Gtk|Gdk|Adw|Lipcheck)[A-Z]\w*$")
ROLE_WORDS = {
    "button", "push button", "toggle button", "check button", "check box", "checkbox",
    "radio button", "radio", "switch", "spin button", "spinbutton", "entry", "text",
    "search entry", "searchentry", "label", "link", "list item", "row", "list row",
    "menu button", "menubutton", "menu item", "page tab", "tab", "image", "icon", "widget",
}


def is_interactive(node):
    if node.role in INTERACTIVE_ROLES:
        return True
    return node.role in ROW_ROLES and has_state(node.acc, pyatspi.STATE_FOCUSABLE)


def name_problem(text):
    """Why a name is not meaningful, or None."""
    text = strip_mnemonic(text).strip()
    if not text:
        return "no name"
    if TYPE_NAME.match(text):
        return "a widget type name"
    if text.lower() in ROLE_WORDS:
        return "a role name"
    if not any(unicodedata.category(c)[0] in "LN" for c in text):
        return "only punctuation"
    return None


repeats = []          # names made by the app that say the same thing twice
type_named = {}       # containers a screen reader may announce, named by their type: examples
mnemonic_names = []   # controls whose name keeps a mnemonic underscore, not repeated
toolkit_repeats = []  # GTK 4.8 buttons that read their label twice


def check_names(title, roots, skip=()):
    """One TAP line: every interactive control under the snapshot roots (a node or a list),
    outside the nodes in skip, has a meaningful name. Notes the names that repeat themselves."""
    skip = set(id(n) for n in skip)
    bad = []
    count = 0

    def visit(node):
        nonlocal count
        if id(node) in skip:
            return
        if is_interactive(node):
            count += 1
            problem = name_problem(node.name)
            if problem:
                bad.append("%s: %s, at %s" % (node.role_name, problem, node.where()))
            else:
                note_repeat(node)
        elif node.role in (pyatspi.ROLE_PANEL, pyatspi.ROLE_LIST) and TYPE_NAME.match(node.name):
            type_named.setdefault("%s %r" % (node.role_name, node.name), node.where())
        for child in node.children:
            visit(child)

    for root in roots if isinstance(roots, list) else [roots]:
        visit(root)
    if count == 0:
        return ok(False, "%s: has interactive controls" % title, ["none found"])
    return ok(not bad, "%s: all %d interactive controls have meaningful names" % (title, count),
              bad)


def note_repeat(node):
    half = repeated_half(strip_mnemonic(node.name).strip())
    if half is None:
        if MNEMONIC.search(node.name) and node.describe() not in mnemonic_names:
            mnemonic_names.append(node.describe())
        return
    entry = "%s %r" % (node.role_name, half)
    labels = [strip_mnemonic(c.name) for c in node.children if c.role == pyatspi.ROLE_LABEL]
    if half in labels or "_" in node.name:
        # GTK 4.8's GtkButton: its label property, then the label child it is labelled by.
        if entry not in toolkit_repeats:
            toolkit_repeats.append(entry)
    elif not any(r.startswith(entry + ",") for r in repeats):
        repeats.append("%s, at %s" % (entry, node.where()))


# ---------------------------------------------------------------------------------------------
# The keyboard, as a screen reader user sets check boxes and radio buttons

def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


grab_focus_error = []


def focus_by_keyboard(target, candidates, group=()):
    """Moves the focus to target (an accessible). GTK 4.8 does not implement
    Component.GrabFocus, so after trying it press Tab, and the arrow keys inside target's radio
    group, as a user would. candidates: the accessibles the focus may be on."""
    if has_state(target, pyatspi.STATE_FOCUSED):
        return True
    try:
        if target.queryComponent().grabFocus():
            poll("the focus on the target", lambda: has_state(target, pyatspi.STATE_FOCUSED),
                 timeout=2)
            return True
    except (GLib.GError, NotImplementedError, Timeout) as e:
        if not grab_focus_error:
            grab_focus_error.append(str(e).strip() or type(e).__name__)

    group = list(group)
    for _ in range(len(candidates) + 5):
        current = next((c for c in candidates if has_state(c, pyatspi.STATE_FOCUSED)), None)
        if current is not None and current == target:
            return True
        if current is not None and any(current == g for g in group):
            # Inside the radio group the arrow keys move the focus, and the choice, along it.
            here = next(i for i, g in enumerate(group) if current == g)
            there = next(i for i, g in enumerate(group) if target == g)
            for _ in range(abs(there - here)):
                press(KEY_DOWN if there > here else KEY_UP)
            poll("the focus on the target", lambda: has_state(target, pyatspi.STATE_FOCUSED),
                 timeout=3)
            return True
        press(KEY_TAB)
        if current is not None:
            try:
                poll("the focus to move on", lambda: not has_state(current, pyatspi.STATE_FOCUSED),
                     timeout=3)
            except Timeout:
                pass
        else:
            time.sleep(0.2)
    return has_state(target, pyatspi.STATE_FOCUSED)


def tick(node, candidates, group=()):
    """Sets a check box or radio button: with its action if it has one, otherwise by the
    keyboard (Tab to it, Space). Returns how."""
    target = node.acc
    if has_state(target, pyatspi.STATE_CHECKED):
        return "nothing: it was set"
    how = do_action(target, ("toggle", "click", "activate", "press"))
    if how is None:
        # GTK 4.8: check buttons, grouped or not, have no action.
        if not focus_by_keyboard(target, candidates, group):
            raise Timeout("could not move the focus to %s with the keyboard" % node.describe())
        if not has_state(target, pyatspi.STATE_CHECKED):
            press(KEY_SPACE)
        how = "the keyboard (Tab, Space)"
    poll("%s to be checked" % node.describe(), lambda: has_state(target, pyatspi.STATE_CHECKED))
    return how


# ---------------------------------------------------------------------------------------------
# The application

def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        acc = desktop.getChildAtIndex(i)
        if acc is None or live_name(acc) != "lipcheck":
            continue
        try:
            if acc.get_process_id() not in (pid, -1):
                continue
        except (AttributeError, GLib.GError):
            pass
        return acc
    return None


def find_frame(app):
    for i in range(app.childCount):
        acc = app.getChildAtIndex(i)
        if acc is not None and acc.getRole() == pyatspi.ROLE_FRAME and live_name(acc) == "Lipcheck":
            return acc
    return None


# The warning sign the walk ticks, and so the follow-up it answers "No".
WALK_SIGN = "speech"


def expected_level(kb):
    """What the engine makes of the walk's answers: "A few days", "No" to the first step's
    questions, no medicine, difficulty speaking that did not come on suddenly, every other sign
    "No"; the everyday questions untouched."""
    first = next(s for s in kb["steps"] if s["id"] == "twitch")["questions"]
    checklist = next(s for s in kb["steps"] if s.get("style") == "checklist")["questions"]
    answers = {"duration": "days"}
    for q in kb["questions"]:
        if q["id"] == "duration":
            continue
        if q["id"] in first or q["id"] in checklist:
            answers[q["id"]] = q["id"] == WALK_SIGN
        elif q["kind"] == "several":
            answers[q["id"]] = []
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"answers": answers}, f)
    try:
        out = subprocess.run([LIPCHECK, "--answers", f.name, "--report", "json"],
                             capture_output=True, text=True, timeout=30, check=True).stdout
    finally:
        os.unlink(f.name)
    urgency = json.loads(out)["urgency"]
    return next(level for level in kb["levels"] if level["id"] == urgency)


def alarm(signum, frame):
    raise Timeout("the whole test took more than %ds" % TOTAL_DEADLINE)


def main():
    if os.environ.get("GTK_A11Y") in ("test", "none"):
        print("Bail out! GTK_A11Y=%s keeps lipcheck out of AT-SPI: unset it or set it to atspi"
              % os.environ["GTK_A11Y"], flush=True)
        return 1
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TOTAL_DEADLINE)

    with open(KB_PATH, encoding="utf-8") as f:
        kb = json.load(f)
    n_steps = len(kb["steps"])
    # the window; names on the introduction and the bars; Start; names and answers of each
    # step; result reached, level, Print, PDF; names on the result page; each browse tab;
    # the follow-up's two checks; the diary started, its names and the face map's regions; names
    # that repeat themselves; a second `lipcheck --answers` shown by this one
    planned = 1 + 2 + 1 + 2 * n_steps + 2 + 4 + 1 + len(BROWSE_TABS) + 3 + 1 + 1
    print("1..%d" % planned, flush=True)

    app_log = tempfile.TemporaryFile()
    proc = None
    try:
        level = expected_level(kb)
        log("the walk's answers should give %r (%s)" % (level["name"], level["id"]))
        proc = subprocess.Popen([LIPCHECK], stdout=app_log, stderr=subprocess.STDOUT)
        run(proc, kb, level)
    except Exception as e:  # a failed wait, a vanished object: what is left fails
        diagnostics = ["%s: %s" % (type(e).__name__, e)]
        if len(results) < planned:
            ok(False, "the walk went on after test %d" % len(results), diagnostics)
        else:
            results.append(False)
            for d in diagnostics:
                log(d)
    finally:
        signal.alarm(0)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        app_log.seek(0)
        output = app_log.read().decode("utf-8", "replace").strip()
        if output:
            log("lipcheck said:")
            log(output[-4000:])

    while len(results) < planned:
        ok(False, "not reached")
    log("GTK 4.8 push buttons that read their label twice (label property, then the label "
        "child; a toolkit limit): %s" % (", ".join(toolkit_repeats) or "none"))
    if mnemonic_names:
        log("names that keep the mnemonic underscore (GTK 4.8 page tabs; a toolkit limit): %s"
            % ", ".join(mnemonic_names))
    for what, where in type_named.items():
        log("note: a %s, named after its type by GTK for want of a name (not a control), e.g. "
            "at %s" % (what, where))
    if grab_focus_error:
        log("Component.GrabFocus failed (%s): the walk moved the focus with Tab"
            % grab_focus_error[0])
    log("wall time %.1fs" % (time.monotonic() - T0))
    return 0 if all(results) and len(results) == planned else 1


def run(proc, kb, level):
    steps = kb["steps"]
    questions = {q["id"]: q for q in kb["questions"]}
    level_names = {lv["name"] for lv in kb["levels"]}

    def app_with_window():
        if proc.poll() is not None:
            raise Timeout("lipcheck exited with status %d" % proc.returncode)
        app = find_app(proc.pid)
        return app if app is not None and find_frame(app) is not None else None

    app = poll("lipcheck in the AT-SPI tree", app_with_window, timeout=30, interval=0.2)
    app.set_cache_mask(Atspi.Cache.NONE)
    app.clear_cache()
    frame_acc = find_frame(app)
    ok(True, "lipcheck's window is in the accessibility tree (application %r, frame %r)"
       % (live_name(app), live_name(frame_acc)))

    # The window: header bar, and its stack's pages, named after their tabs, read later.
    main_pages = {"Self-Check", "Diary"} | set(BROWSE_TABS)

    def is_main_page(node):
        return node.role == pyatspi.ROLE_PANEL and node.spoken() in main_pages
    frame = snapshot(frame_acc, prune=is_main_page)
    pages = {n.spoken(): n for n in frame if is_main_page(n)}
    missing = main_pages - set(pages)
    if missing:
        raise Timeout("no page named %s in the window" % ", ".join(sorted(missing)))

    # The wizard: its stack holds the introduction, the result page and a page a step, named
    # after the step; Back, the progress bar and Next sit below it.
    wizard = snapshot(pages["Self-Check"].acc)
    start = wizard.find(lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON
                        and n.spoken() == "Start the Self-Check")
    progress = wizard.find(lambda n: n.role == pyatspi.ROLE_PROGRESS_BAR)
    for what, node in (("Start the Self-Check", start), ("the progress bar", progress)):
        if node is None:
            raise Timeout("no %s in the wizard" % what)
    # The stack's pages: the introduction holds Start; the steps are built when it is pressed,
    # the result page's content when a result is first shown.
    stack = start
    while stack.parent is not None and stack.name != "Introduction":
        stack = stack.parent
    stack = stack.parent
    if stack is None:
        raise Timeout("no page named 'Introduction' in the wizard")

    def page_of(node):
        while node.parent is not stack:
            node = node.parent
        return node
    intro = page_of(start)
    result_page = next((n for n in stack.children if n.name == "Result"), None)
    if result_page is None:
        raise Timeout("no page named 'Result' in the wizard: %s" % [n.name for n in stack.children])
    bar_roots = [n for n in stack.parent.children if n is not stack]
    bar = [n for root in bar_roots for n in root if n.role == pyatspi.ROLE_PUSH_BUTTON]

    poll("the introduction on screen", lambda: laid_out(start.acc))

    # 1. Names on the introduction and on the window's bars (header bar; Back and Next).
    check_names("introduction", intro)
    check_names("header bar and wizard bar", [frame] + bar_roots, skip=pages.values())

    # 2. The walk.
    how = do_action(start.acc, ("click",))
    ok(how == "click", "introduction: \"Start the Self-Check\" is a push button and its click "
       "action starts the self-check", [] if how else ["actions: %s" % list(actions(start.acc))])

    def find_steps():
        found = snapshot(pages["Self-Check"].acc)
        step_pages = [found.find(lambda n, s=s: n.role == pyatspi.ROLE_PANEL and n.name == s["name"])
                      for s in steps]
        return step_pages if all(step_pages) else None
    step_pages = poll("a page a step in the wizard once it has started", find_steps, interval=0.25)

    for index, (step, page) in enumerate(zip(steps, step_pages)):
        number = index + 1
        poll("the wizard at step %d (progress bar %r)" % (number, live_name(progress.acc)),
             lambda: live_name(progress.acc) == "Step %d of %d" % (number, len(steps))
             and laid_out(page.acc))
        page = snapshot(page.acc)         # afresh, as it is shown now
        check_names("step %d, %s" % (number, step["name"]), page)
        candidates = [n.acc for n in page if has_state(n.acc, pyatspi.STATE_FOCUSABLE)]
        candidates += [n.acc for n in bar]

        if index == 0:
            choice = next(c["label"] for c in questions["duration"]["choices"] if c["id"] == "days")
            # GTK 4.8 gives grouped check buttons the role "check box"; later GTK "radio button".
            radio = page.find(lambda n: n.role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON)
                              and n.spoken() == choice)
            if radio is None:
                raise Timeout("no %r radio button on step 1" % choice)
            group = [n.acc for n in radio.parent.children if n.role == radio.role]
            acts = sorted(actions(radio.acc))
            how = tick(radio, candidates, group)
            ok(True, "step 1: chose %r (role %s, actions: %s) with %s"
               % (choice, radio.role_name, ", ".join(acts) or "none", how))
            # Its yes/no questions can change the urgency: Next waits for them. Each "No".
            noes = [n for n in page if n.role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON)
                    and n.spoken() == "No"]
            for no in noes:
                tick(no, candidates)
            ok(len(noes) == len(step["questions"]) - 1,
               "step 1: answered \"No\" to its %d yes/no questions with the keyboard" % len(noes))
        elif step.get("style") == "checklist":
            sign = page.find(lambda n: n.role == pyatspi.ROLE_CHECK_BOX
                             and n.spoken() == questions[WALK_SIGN]["text"])
            if sign is None:
                raise Timeout("no %r check box on step %d" % (questions[WALK_SIGN]["text"], number))
            tick(sign, candidates)
            # The follow-up appears, takes the focus and is named and described as a group.
            sudden = questions["sudden"]

            def follow_up():
                found = snapshot(page.acc)
                group = found.find(lambda n: n.name == sudden["text"] and n.role == pyatspi.ROLE_PANEL)
                return group if group is not None and laid_out(group.acc) else None
            group = poll("the follow-up %r on screen" % sudden["short"], follow_up, interval=0.25)
            yes_no = [n for n in group if n.role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON)]
            focused = [n.spoken() for n in yes_no if has_state(n.acc, pyatspi.STATE_FOCUSED)]
            described = group.acc.description or ""
            ok(focused == ["Yes"] and described == sudden["help"],
               "step %d: the follow-up %r appeared, took the focus on its first button and is "
               "described by its help" % (number, sudden["text"]),
               ["focused: %s" % focused, "description: %r" % described])
            no = next(n for n in yes_no if n.spoken() == "No")
            candidates = candidates + [n.acc for n in yes_no]
            how = tick(no, candidates)
            ok(True, "step %d: answered %r \"No\" with %s" % (number, sudden["short"], how))
        else:
            none = page.find(lambda n: n.role == pyatspi.ROLE_CHECK_BOX
                             and n.spoken() == "None of these")
            if none is not None:
                how = tick(none, candidates)
                ok(True, "step %d: ticked \"None of these\" with %s" % (number, how))
            else:
                ok(True, "step %d: left its everyday questions untouched" % number)

        label = "See Result" if number == len(steps) else "Next"
        button = poll("a %r button" % label,
                      lambda: next((n.acc for n in bar if spoken_name(live_name(n.acc)) == label),
                                   None))
        poll("%r to be enabled" % label, lambda: has_state(button, pyatspi.STATE_SENSITIVE))
        if do_action(button, ("click",)) != "click":
            raise Timeout("the %r button has no click action: %s" % (label, list(actions(button))))

    # 3. The result, read from the tree.
    def result_with_level():
        page = snapshot(result_page.acc)
        shown = page.find(lambda n: n.role == pyatspi.ROLE_LABEL and n.name in level_names)
        return (page, shown) if shown is not None and laid_out(shown.acc) else None
    page, shown = poll("a level name on the result page", result_with_level, interval=0.25)
    ok(True, "the wizard reached the result page")
    ok(shown.name == level["name"], "the result page says %r" % level["name"],
       [] if shown.name == level["name"] else ["it says %r" % shown.name])
    for text in ("Print Summary…", "Save as PDF…"):
        button = page.find(lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and n.spoken() == text)
        enabled = button is not None and has_state(button.acc, pyatspi.STATE_SENSITIVE)
        ok(enabled and "click" in actions(button.acc),
           "the result page has an enabled %r push button with a click action" % text,
           [] if button else ["its push buttons: %s" % [n.spoken() for n in page
                                                       if n.role == pyatspi.ROLE_PUSH_BUTTON]])
    check_names("result page", page)

    # The browse tabs, opened with the header bar's page tabs.
    for title in BROWSE_TABS:
        tab = frame.find(lambda n: n.role == pyatspi.ROLE_PAGE_TAB and n.spoken() == title)
        if tab is None or do_action(tab.acc, ("click",)) != "click":
            raise Timeout("no %r page tab with a click action" % title)

        def browse_with_rows(acc=pages[title].acc):
            if not laid_out(acc):
                return None
            page = snapshot(acc)
            rows = [n for n in page if n.role == pyatspi.ROLE_LIST_ITEM and laid_out(n.acc)
                    and has_state(n.acc, pyatspi.STATE_FOCUSABLE)]
            return page if rows else None
        page = poll("the rows of the %s list" % title, browse_with_rows, interval=0.25)
        check_names("browse tab %s" % title, page)

    # The diary, opened with its page tab and started without a date, as Orca would.
    tab = frame.find(lambda n: n.role == pyatspi.ROLE_PAGE_TAB and n.spoken() == "Diary")
    if tab is None or do_action(tab.acc, ("click",)) != "click":
        raise Timeout("no 'Diary' page tab with a click action")
    diary = poll("the diary page", lambda: snapshot(pages["Diary"].acc) if laid_out(pages["Diary"].acc) else None)
    undated = diary.find(lambda n: n.role == pyatspi.ROLE_PUSH_BUTTON and n.spoken() == "I Don’t Remember")
    ok(undated is not None and do_action(undated.acc, ("click",)) == "click",
       "the diary starts from its 'I Don’t Remember' push button")

    def map_laid_out():
        page = snapshot(pages["Diary"].acc)
        regions = [n for n in page if n.role_name in REGION_ROLE_NAMES and n.spoken() in FACE_REGIONS
                   and laid_out(n.acc)]
        return page if regions else None
    diary = poll("the face map of today's entry", map_laid_out, interval=0.25)
    check_names("diary page", diary)
    found = {}
    for n in diary:
        if n.role_name in REGION_ROLE_NAMES and n.spoken() in FACE_REGIONS:
            found[n.spoken()] = found.get(n.spoken(), 0) + 1
    # Today's and yesterday's entries each have a map.
    ok(all(found.get(name, 0) == 2 for name in FACE_REGIONS),
       "the face maps name every region as a button: %s" % ", ".join(FACE_REGIONS),
       ["%s: %d" % (name, found.get(name, 0)) for name in FACE_REGIONS if found.get(name, 0) != 2])

    ok(not repeats, "no name says the same thing twice (a label property and a labelled-by "
       "relation to the same text, which GTK 4.8 joins)", repeats)

    # A second `lipcheck --answers FILE` goes to this instance: it ends at once, and this window,
    # the only one, shows that file's result.
    answers = os.path.join(SOURCE_ROOT, "tests", "gallery", "routine.json")
    report = subprocess.run([LIPCHECK, "--answers", answers, "--report", "json"],
                            capture_output=True, text=True, timeout=30, check=True).stdout
    wanted = next(lv["name"] for lv in kb["levels"] if lv["id"] == json.loads(report)["urgency"])
    second = subprocess.run([LIPCHECK, "--answers", answers], capture_output=True, text=True, timeout=30)

    def result_shown():
        page = snapshot(pages["Self-Check"].acc)
        shown = page.find(lambda n: n.role == pyatspi.ROLE_LABEL and n.name == wanted)
        return shown if shown is not None and laid_out(shown.acc) else None
    try:
        poll("%r on the result page" % wanted, result_shown, interval=0.25)
        shown = True
    except Timeout:
        shown = False
    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
    frames = [f for f in frames if f is not None and f.getRole() == pyatspi.ROLE_FRAME]
    ok(second.returncode == 0 and shown and len(frames) == 1,
       "a second `lipcheck --answers FILE` ends (status %d) and the running window, the only one, "
       "shows %r" % (second.returncode, wanted),
       ["shown: %s; frames: %d; it said: %s" % (shown, len(frames), (second.stdout + second.stderr).strip())])


if __name__ == "__main__":
    sys.exit(main())
