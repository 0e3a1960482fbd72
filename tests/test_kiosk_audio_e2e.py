"""Public computer, end to end with real sound: the idle reset happens while speech plays.

The app runs in a child process in public-computer mode, with the real speech engine and
Qt Multimedia output connected to a private PulseAudio null sink. A visitor goes to a
section, searches, chooses high contrast, selects text, starts reading aloud and leaves
a message box open; nobody touches anything after that. The idle warning must come and
stay (the spoken warning and its word highlights are not a visitor), and at its end the
reset must happen while the warning is still being spoken: speech stopped, the message
box closed, every trace gone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pulse_server import running_or_skipped

pytestmark = pytest.mark.audio
ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QClipboard, QGuiApplication, QTextCursor
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication([])
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.content.loader import load_pack
    from reader.speech.controller import State
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    root = Path(sys.argv[1])
    result = load_pack(root / "content")
    window = MainWindow(services_for(result.document, make_settings(AdminConfig(kiosk=True, lock_quit=True), kiosk=True)))
    window.quiet_errors = True
    window.show()
    kiosk, speech = window.features.kiosk, window.features.speech
    log = {"warn": [], "resumed": [], "reset": []}
    kiosk.idle.warn.connect(lambda: log["warn"].append(time.time()))
    kiosk.idle.resumed.connect(lambda: log["resumed"].append(time.time()))

    def at_reset():
        log["reset"].append(time.time())
        if len(log["reset"]) == 1:
            kiosk.idle.idle_ms = 600_000  # no second warning before the report
            QTimer.singleShot(700, report)
    window.services.visitor.new_visitor.connect(at_reset)
    played = []
    def sample():  # what is going on, every 50 ms
        c = speech.controller
        box = any(isinstance(w, QMessageBox) and w.isVisible() for w in app.topLevelWidgets())
        played.append([time.time(), c.state.value, getattr(c.section, "id", None), c.output.played_bytes(), box])

    def visitor():
        window.go_to_section(3)
        window.settings.set("view/theme", "high_contrast")
        bar = window.features.search
        bar.open_bar()
        bar.field.setText("qqqxyz")
        bar.run()
        log["count_before"] = bar.count_label.text()
        pane = window.reading_pane
        cursor = pane.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        QGuiApplication.clipboard().setText("besökarens text", QClipboard.Mode.Selection)
        QGuiApplication.clipboard().setText("besökarens text", QClipboard.Mode.Clipboard)
        speech.toggle()  # Läs upp
        def arm():  # the idle time counts from the first audio heard (the audio process starts first)
            if speech.controller.output.played_bytes() > 0:
                armer.stop()
                kiosk.idle.idle_ms, kiosk.idle.warning_ms = int(sys.argv[2]), int(sys.argv[3])
                kiosk.idle.restart()
        armer = QTimer(window)
        armer.timeout.connect(arm)
        armer.start(20)
        poll = QTimer(window)
        poll.timeout.connect(sample)
        poll.start(50)
        # a modal dialog left open: its own event loop runs until the reset ends it
        QTimer.singleShot(300, lambda: QMessageBox.information(window, "Test", "Lämnad öppen"))

    def ready():
        if speech.available:
            checker.stop()
            visitor()
    checker = QTimer()
    checker.timeout.connect(ready)
    checker.start(50)

    def report():
        if log.get("reported"):
            return
        log["reported"] = True
        bar = window.features.search
        clip = QGuiApplication.clipboard()
        print(json.dumps({
            **log,
            "resets": kiosk.resets,
            "section": window.current_index,
            "theme": window.settings.get("view/theme"),
            "speech": speech.controller.state.value,
            "search_text": bar.field.text(),
            "search_visible": bar.isVisible(),
            "search_undo": bar.field.isUndoAvailable(),
            "count": bar.count_label.text(),
            "selection": window.reading_pane.textCursor().hasSelection(),
            "primary": clip.text(QClipboard.Mode.Selection) if clip.supportsSelection() else "",
            "clipboard": clip.text(QClipboard.Mode.Clipboard),
            "windows": [type(w).__name__ for w in app.topLevelWidgets() if w.isVisible() and w is not window],
            "played": played,
        }), flush=True)
        kiosk.lock_quit = False
        speech.shutdown()
        app.quit()
    QTimer.singleShot(int(sys.argv[4]), report)  # no reset at all: report anyway
    app.exec()
    """
)


def test_idle_reset_happens_while_speech_is_playing(tmp_path):
    with running_or_skipped(tmp_path) as pulse:
        idle_ms, warning_ms, report_ms = 2500, 3000, 40000
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), str(idle_ms), str(warning_ms), str(report_ms)],
            env={**pulse.env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=90,
        )
    assert child.returncode == 0, child.stderr[-3000:]
    r = json.loads(child.stdout.strip().splitlines()[-1])
    assert "Inga träffar" in r["count_before"]
    assert r["reset"], "no reset at the end of the warning"
    assert r["resumed"] == [], "something the app did (speech, highlights) left the warning"
    warnings = [t for t in r["warn"] if t < r["reset"][0]]
    assert len(warnings) == 1, f"the warning came {len(warnings)} times before the reset"
    assert r["reset"][0] - r["warn"][0] >= warning_ms / 1000 - 0.2
    # speech was playing when the reset came (the spoken warning, through the real device),
    # and the message box was still open
    _, state, section, played, box_open = [s for s in r["played"] if s[0] < r["reset"][0]][-1]
    assert (state, section) == ("reading", "notice"), (state, section)
    assert played > 0
    reading = [s for s in r["played"] if s[0] < r["warn"][0]]
    assert reading and max(s[3] for s in reading) > 16000, "no audio was played before the warning"
    assert box_open, "the message box was not open when the reset came"
    # and everything is back to a first visitor's state
    assert r["resets"] == len(r["reset"])
    assert r["speech"] == "stopped"
    assert r["section"] == 0
    assert r["theme"] == "system"
    assert r["search_text"] == "" and not r["search_visible"] and not r["search_undo"]
    assert "Inga träffar" not in r["count"] and "qqqxyz" not in r["count"]
    assert not r["selection"]
    assert r["primary"] == "" and r["clipboard"] == ""
    assert r["windows"] == [], f"still open after the reset: {r['windows']}"
