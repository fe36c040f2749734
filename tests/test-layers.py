#!/usr/bin/env python3
# test-layers.py: the layers of src/ hold, read from the sources' includes, in TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-layers.py [SOURCE_ROOT] (default: LIPCHECK_SOURCE_ROOT, else the parent of tests/).
#   1. nothing under src/engine includes a GTK or GDK header, or a header of src/gui;
#   2. the quoted includes of src/engine have no cycle, a .c and its .h being one module (a
#      "X-private.h" header is a module of its own, on which X's files may draw: what X shares
#      with the modules that fill or extend it);
#   3. src/engine/model includes nothing from src/engine/load, output or commands;
#   4. each folder includes only from those below it: model, then evaluate, then load and output
#      (apart from each other), then diary, then commands, then the UI (src/gui and src/main.c);
#   5. the same for the whole of src/: no include cycle anywhere, the interface included.
#   6. no value hangs on a widget as untyped object data (g_object_set_data): a typed property says it.

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
GTK = re.compile(r'^(gtk|gdk|gsk|adwaita)[/-]')
IGNORED = {"config.h", "lipcheck-enums.h"}  # generated


def sources(root):
    files = {}
    for directory, _, names in os.walk(os.path.join(root, "src")):
        for name in names:
            if name.endswith((".c", ".h")):
                files[os.path.relpath(os.path.join(directory, name), root)] = None
    return sorted(files)


def includes(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return INCLUDE.findall(f.read())


def module(path):
    return os.path.splitext(os.path.basename(path))[0]


def check_engine_has_no_gtk(root, files, where):
    problems = []
    for path in files:
        if not path.startswith("src/engine/"):
            continue
        for kind, name in includes(root, path):
            if kind == "<" and GTK.match(name):
                problems.append(f"{path} includes <{name}>")
            elif kind == '"' and where.get(name, "").startswith("src/gui/"):
                problems.append(f'{path} includes "{name}" of the UI')
    return problems


def check_no_object_data(root, files, where):
    """Values hang on widgets as typed properties, never as untyped object data."""
    problems = []
    for path in files:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if "g_object_set_data" in line or "g_object_get_data" in line:
                    problems.append(f"{path}:{number} hangs a value on an object as data")
    return problems


def graph(root, files, where):
    edges = {}
    for path in files:
        node = module(path)
        edges.setdefault(node, {})
        for kind, name in includes(root, path):
            if kind != '"' or name in IGNORED:
                continue
            target = module(name)
            if target != node and target != node + "-private":
                edges[node].setdefault(target, f'{path} includes "{name}"')
    return edges


def find_cycle(edges):
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(edges.get(node, {})):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def check_no_cycle(root, files, where):
    return cycle_in(root, [path for path in files if path.startswith("src/engine/")], where)


def check_no_cycle_anywhere(root, files, where):
    return cycle_in(root, files, where)


def cycle_in(root, files, where):
    edges = graph(root, files, where)
    cycle = find_cycle(edges)
    if not cycle:
        return []
    return [edges[a][b] for a, b in zip(cycle, cycle[1:])]


def check_model_below_load_and_output(root, files, where):
    problems = []
    for path in files:
        if not path.startswith("src/engine/model/"):
            continue
        for kind, name in includes(root, path):
            target = where.get(name, "") if kind == '"' else ""
            if target.startswith(("src/engine/load/", "src/engine/output/", "src/engine/commands/")):
                problems.append(f'{path} includes "{name}" ({target})')
    return problems


# The folders from the bottom up; two of the same rank may not include each other.
RANKS = {"model": 0, "evaluate": 1, "load": 2, "output": 2, "diary": 3, "commands": 4, "gui": 5, "main": 6}


def folder(path):
    parts = path.split("/")
    if parts[1] == "engine":
        return parts[2]
    return "main" if parts[1] == "main.c" else parts[1]


def check_folders_in_order(root, files, where):
    problems = []
    for path in files:
        source = folder(path)
        for kind, name in includes(root, path):
            if kind != '"' or name not in where:
                continue
            target = folder(where[name])
            if target != source and RANKS.get(target, 99) >= RANKS.get(source, -1):
                problems.append(f'{path} ({source}/) includes "{name}" ({target}/)')
    return problems


def main():
    default = os.environ.get("LIPCHECK_SOURCE_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    root = sys.argv[1] if len(sys.argv) > 1 else default
    files = sources(root)
    where = {os.path.basename(path): path for path in files}
    checks = [
        ("the engine includes no GTK and no UI header", check_engine_has_no_gtk),
        ("the includes of src/engine have no cycle", check_no_cycle),
        ("the model includes nothing of load/, output/ or commands/", check_model_below_load_and_output),
        ("each folder includes only from the folders below it", check_folders_in_order),
        ("the includes of src/ have no cycle", check_no_cycle_anywhere),
        ("no value hangs on an object through g_object_set_data", check_no_object_data),
    ]
    failed = 0
    print(f"1..{len(checks)}")
    for number, (name, check) in enumerate(checks, 1):
        problems = check(root, files, where) if files else ["no sources found under " + root]
        print(f"{'not ok' if problems else 'ok'} {number} - {name}")
        for problem in problems:
            print(f"# {problem}")
        failed += bool(problems) and "# TODO" not in name
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
