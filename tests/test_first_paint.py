"""The first screen is whole in its first picture: what is built after it changes nothing on it.

The app paints its first screen first and builds the rest (search, help, printing, the
glossary panel, reading aloud and its engine) once that is painted. These tests start
the real app in a fresh process, as a reader does, and compare every visible control at
the first paint with the same controls once the rest is built: same place, same size,
same label, same name for screen readers. Nothing new may appear on the screen either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextEdit, QWidget

LATER = ("reader.ui.speech_controls", "reader.ui.search_bar", "reader.ui.help", "reader.ui.print_dialog",
         "reader.ui.glossary_panel", "reader.ui.epub_dialog", "reader.ui.all_choices", "reader.speech.engine",
         "reader.speech.reading_aloud", "PySide6.QtMultimedia", "PySide6.QtPrintSupport", "markdown",
         # the speech driver, the sentence splitter (a compiled pack has its sentences), the log's
         # rotation and network modules, digests and secrets: none is needed for the first screen
         "reader.speech.driver", "reader.content.sentences", "logging.handlers", "socket", "hashlib",
         "secrets",
         # a start with nothing to parse builds no argument parser (and argparse does not look up
         # its translations with the locale module); the signal handlers come after the paint
         "locale", "signal", "reader.speech.cli_audio", "reader.exports.epub.cli",
         # the compiled pack is read with the C unpickler alone (reader/content/compiled.py)
         "pickle")
state = {}

def the_window():
    return next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")

def shown(window):
    seen = {}
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
            continue
        key = f"{type(w).__name__}:{w.objectName()}:{id(w)}"
        text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
        place = w.mapTo(window, w.rect().topLeft())
        seen[key] = {"rect": [place.x(), place.y(), w.width(), w.height()], "text": text,
                     "name": w.accessibleName(), "enabled": w.isEnabled(),
                     "focus": bool(w.focusPolicy().value & 1), "button": isinstance(w, QAbstractButton),
                     "kind": type(w).__name__}
    menus = [a.text() for a in window.menuBar().actions()]
    return {"widgets": seen, "menus": menus}

def first_paint():
    window = the_window()
    state["finished_at_paint"] = window.is_finished()
    state["loaded_at_paint"] = sorted(m for m in LATER if m in sys.modules)
    state["first"] = shown(window)
    wait_for_rest(0)

def wait_for_rest(tries):
    window = the_window()
    if not window.is_finished() and tries < 250:
        QTimer.singleShot(20, lambda: wait_for_rest(tries + 1))
        return
    state["finished_later"] = window.is_finished()
    QTimer.singleShot(300, report)  # let anything the rest does settle

def report():
    window = the_window()
    state["after"] = shown(window)
    state["loaded_after"] = sorted(m for m in LATER if m in sys.modules)
    print("RESULT " + json.dumps(state), flush=True)
    window.close()
    os._exit(0)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first" not in state:
            view = watched.parent()
            if isinstance(view, QTextEdit) and view.toPlainText().strip():
                first_paint()  # at the paint itself: the app builds the rest right after it
        return False

watch = Watch()
original = QTextEdit.__init__
def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self.viewport().installEventFilter(watch)
QTextEdit.__init__ = init

from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(tmp_path: Path, *args: str) -> dict:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, timeout=120, env=env
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-3000:]
    return json.loads(line[len("RESULT ") :])


def test_the_rest_is_built_after_the_first_paint_and_changes_nothing_on_screen(tmp_path: Path) -> None:
    result = start(tmp_path)
    # Painted before the rest was built, and the rest followed without a key or click.
    assert result["finished_at_paint"] is False
    assert result["finished_later"] is True
    assert result["loaded_at_paint"] == []  # reading aloud, search, help, printing … came later
    assert "reader.ui.speech_controls" in result["loaded_after"]
    first, after = result["first"]["widgets"], result["after"]["widgets"]
    assert len(first) > 10
    # Every control of the first picture is where it was, as large, with the same label and name.
    for key, seen in first.items():
        assert key in after, f"{key} disappeared after the first paint"
        for field in ("rect", "text", "name", "enabled"):
            assert after[key][field] == seen[field], (key, field, seen[field], after[key][field])
    # Nothing new appeared on the screen.
    assert sorted(set(after) - set(first)) == []
    assert result["after"]["menus"] == result["first"]["menus"]
    assert [m.replace("&", "") for m in result["first"]["menus"]] == [
        "Dokument",
        "Text",
        "Visa",
        "Uppläsning",
        "Hjälp",
    ]


def test_every_control_of_the_first_picture_is_named_and_labelled(tmp_path: Path) -> None:
    first = start(tmp_path)["first"]["widgets"]
    buttons = {v["text"]: v for v in first.values() if v["button"]}
    assert {
        "Föregående avsnitt",
        "Nästa avsnitt",
        "Läs upp",
        "Mindre text",
        "Större text",
        "Alla val",
    } <= set(buttons)
    assert any(text.startswith("Visa:") for text in buttons)
    assert buttons["Läs upp"]["enabled"]  # a press before the engine has answered reads once it has
    for key, seen in first.items():
        if seen["focus"] and seen["kind"] not in ("QWidget", "QScrollBar", "QSplitterHandle"):
            assert seen["name"].strip(), f"{key} has no name for screen readers at the first paint"
        if seen["button"]:
            assert seen["text"].strip(), f"{key} has no visible label"
