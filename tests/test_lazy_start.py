"""What the window leaves for later: nothing it does not need for its first screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication, QTextEdit

original = QTextEdit.paintEvent

def paint(self, event):
    original(self, event)
    if not getattr(paint, "done", False):
        paint.done = True
        report()  # what was loaded before the first paint

def report():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "features"))
    loaded = {name: name in sys.modules for name in (
        "PySide6.QtMultimedia", "PySide6.QtPrintSupport", "markdown")}
    print("RESULT " + json.dumps({"loaded": loaded, "title": window.windowTitle(),
                                  "sections": window.section_list.count()}), flush=True)
    os._exit(0)

QTextEdit.paintEvent = paint
from reader.cli import main
sys.exit(main([]))
"""


def test_the_first_screen_loads_no_audio_printing_or_parsers(tmp_path: Path) -> None:
    """Audio (about 20 MB), printing and the Markdown parser wait until they are used."""
    from reader.content import compiled
    from reader.platform.paths import content_dir

    if compiled.read_compiled(content_dir()) is None:
        compiled.write_compiled(content_dir(), compiled.compiled_file())  # as set-up does
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, env=env)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-2000:]
    result = json.loads(line[len("RESULT ") :])
    assert result["sections"] == 6
    assert result["loaded"] == {
        "PySide6.QtMultimedia": False,
        "PySide6.QtPrintSupport": False,
        "markdown": False,
    }


def test_the_speech_lexicon_is_read_on_the_engine_thread(content_root: Path) -> None:
    from reader.speech.fake_driver import FakeDriver
    from reader.speech.service import create_engine

    engine = create_engine(content_root, driver=FakeDriver())
    try:
        assert not engine.lexicon_loaded  # not read while the window is being built
        engine.check().result(timeout=10)
        assert engine.lexicon_loaded and engine.lexicon.entries
    finally:
        engine.shutdown()


WARM_CHILD = r"""
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextEdit

original = QTextEdit.paintEvent
seen = {}

def paint(self, event):
    original(self, event)
    if "painted" not in seen:
        seen["painted"] = time.monotonic()
        seen["running_at_paint"] = output().running
        poll.start(20)

def output():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "services"))
    return window.services.reading_aloud.output

def look():
    if output().running or time.monotonic() - seen["painted"] > 20:
        seen["after_paint_s"] = time.monotonic() - seen["painted"]
        seen["running"] = output().running
        seen["multimedia_here"] = "PySide6.QtMultimedia" in sys.modules
        print("RESULT " + json.dumps(seen), flush=True)
        os._exit(0)

poll = QTimer()
poll.timeout.connect(look)
QTextEdit.paintEvent = paint
from reader.cli import main
sys.exit(main([]))
"""


def test_the_app_starts_its_audio_process_after_the_first_paint(tmp_path: Path) -> None:
    """The first Läs upp finds the audio process waiting: the app's start asks for it once
    the window is shown, not before the first paint, and still loads no audio itself."""
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", WARM_CHILD], capture_output=True, text=True, timeout=120, env=env
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-2000:]
    result = json.loads(line[len("RESULT ") :])
    assert not result["running_at_paint"], "the audio process was started before the first paint"
    assert result["running"], "no audio process waits after the start"
    assert not result["multimedia_here"]
