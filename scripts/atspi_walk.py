#!/usr/bin/python3
"""Walk the reader's accessibility tree over AT-SPI, as a screen reader sees it.

Run with the system Python (Debian's python3-pyatspi) inside the same D-Bus
session as the running app:

    /usr/bin/python3 scripts/atspi_walk.py [--app NAME] [--timeout SECONDS] [--open-dialog]

Prints every interactive object as ``role | name | states | label`` and every
text a reader reads (a read-only text or document) as ``READING | name | text``;
exits 1 when a control has no name (or a combo box has no label), when a reading
object has no Text interface or no text, or when a label holds reading text (a
screen reader does not read a label's text with its reading commands); 2 when
the app never appears on the bus.
"""

from __future__ import annotations

import argparse
import sys
import time

import pyatspi

text_of_name: dict[str, str | None] = {}  # reading objects' texts, by name, filled by walk()

# Roles a user operates; each needs a name a screen reader can speak.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_PAGE_TAB,
}


def find_app(name: str, timeout: float):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def labels_of(node) -> str:
    """The names of the objects that label ``node`` (what Orca reads before a combo box's value)."""
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(relation.getTarget(i).name or "")
    except Exception:
        pass
    return ", ".join(n for n in names if n)


# Roles of text a reader reads with the screen reader's reading commands.
READING_ROLES = {pyatspi.ROLE_DOCUMENT_FRAME, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_PARAGRAPH}
# A label longer than this holds reading text, not a control's caption.
LONGEST_LABEL = 100


def is_reading(role, states) -> bool:
    if role in READING_ROLES:
        return True
    return role == pyatspi.ROLE_TEXT and states.contains(pyatspi.STATE_READ_ONLY)


def text_of(node) -> str | None:
    try:
        text = node.queryText()
    except Exception:
        return None
    return text.getText(0, -1)


def walk(node, depth=0, out=None, seen=None):
    out = [] if out is None else out
    seen = set() if seen is None else seen
    if node is None or depth > 40:
        return out
    try:
        role = node.getRole()
        states = node.getState()
    except Exception:
        return out
    key = hash(node)
    if key in seen:
        return out
    seen.add(key)
    showing = states.contains(pyatspi.STATE_SHOWING)
    out.append((depth, role, node.getRoleName(), node.name or "", showing, states, labels_of(node)))
    if showing and is_reading(role, states):
        text_of_name[node.name or ""] = text_of(node)
    for i in range(node.childCount):
        try:
            walk(node.getChildAtIndex(i), depth + 1, out, seen)
        except Exception:
            continue
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", default="reader")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    app = find_app(args.app, args.timeout)
    if app is None:
        print(f"no application named {args.app!r} on the accessibility bus")
        return 2
    nodes = walk(app)
    unnamed = []
    count = 0
    for _depth, role, _role_name, name, showing, states, _labels in nodes:
        if not showing:
            continue
        if role == pyatspi.ROLE_LABEL and len(name) > LONGEST_LABEL:
            unnamed.append(f"reading text in a label: {name[:60]!r}")
        if is_reading(role, states):
            node_text = text_of_name.get(name)
            if not node_text:
                unnamed.append(f"reading object {name!r} has no Text interface or no text")
            else:
                flat = " ".join(node_text.split())
                print(f"READING | {name!r} | {flat[:200]!r}")
    for depth, role, role_name, name, showing, states, labels in nodes:
        if role not in INTERACTIVE or not showing:
            continue
        count += 1
        focusable = "focusable" if states.contains(pyatspi.STATE_FOCUSABLE) else ""
        label = f" | labelled by {labels!r}" if labels else ""
        print(f"{'  ' * min(depth, 10)}{role_name} | {name!r} | {focusable}{label}")
        if not name.strip():
            unnamed.append(f"{role_name} at depth {depth}")
        elif role == pyatspi.ROLE_COMBO_BOX and not labels:
            # Over AT-SPI a combo box's name is its current choice; the label says what it is for.
            unnamed.append(f"{role_name} {name!r} has no label")
    print(f"{count} interactive objects, {len(unnamed)} without a name")
    for item in unnamed:
        print(f"UNNAMED: {item}")
    return 1 if unnamed or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
