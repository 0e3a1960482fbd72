"""Ny besökare clears the X11 primary selection, proved on a real X server.

The issue this guards: after a visitor typed a search and selected it, "Ny besökare" left
the text in the X primary selection, so a middle-click pasted the last visitor's word into
the next visitor's search field. Here the app runs on Xvfb (the xcb platform, as on a
library computer), the visitor's input comes from xdotool, and the selection is read by a
separate X client, as any other program on the computer would read it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from x_display import display_or_skipped

ROOT = Path(__file__).resolve().parent.parent
DISPLAYS = range(80, 90)

APP = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from reader.content.loader import load_pack
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    state_file = Path(sys.argv[1])
    settings = make_settings(AdminConfig(kiosk=True), kiosk=True)
    window = MainWindow(services_for(load_pack(Path("content")).document, settings))
    window.quiet_errors = True
    window.resize(1100, 800)
    window.show()
    window.activateWindow()

    def report():
        field = window.features.search.field
        centre = field.mapToGlobal(field.rect().center())
        state = {
            "window": int(window.winId()),
            "field_visible": field.isVisible(),
            "field": [centre.x(), centre.y()],
            "text": field.text(),
            "resets": window.features.kiosk.resets,
        }
        state_file.with_suffix(".tmp").write_text(json.dumps(state))
        state_file.with_suffix(".tmp").replace(state_file)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(100)
    app.exec()
    """
)

READ_PRIMARY = textwrap.dedent(
    """
    from PySide6.QtGui import QClipboard, QGuiApplication
    app = QGuiApplication([])
    print(repr(app.clipboard().text(QClipboard.Mode.Selection)))
    """
)


class Desktop:
    def __init__(self, display: str, state_file: Path, app: subprocess.Popen):
        self.display, self.state_file, self.app = display, state_file, app
        self.log = state_file.with_name("app.log")
        self.env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")

    def state(self) -> dict:
        return json.loads(self.state_file.read_text()) if self.state_file.exists() else {}

    def wait_for(self, what, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.app.poll() is None, "the app ended: " + self.log.read_text(errors="replace")[-2000:]
            state = self.state()
            if state and what(state):
                return state
            time.sleep(0.1)
        raise AssertionError(
            f"timed out; last state {self.state()}; {self.log.read_text(errors='replace')[-2000:]}"
        )

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, timeout=30)

    def primary_selection(self) -> str:
        """What another program on the computer gets from the X primary selection."""
        result = subprocess.run(
            [sys.executable, "-c", READ_PRIMARY], env=self.env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        return eval(result.stdout.strip())  # the repr printed above


@pytest.fixture()
def desktop(tmp_path):
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            reason = f"{tool} is not installed (apt-get install xvfb xdotool; .ci/run installs them)"
            if os.environ.get("CI"):
                pytest.fail(reason)  # in CI a missing tool is a failure, not a quiet skip
            pytest.skip(reason)
    with display_or_skipped(DISPLAYS) as display:
        state_file = tmp_path / "state.json"
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        app = subprocess.Popen(
            [sys.executable, "-c", APP, str(state_file)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "app.log").open("w"),
        )
        try:
            yield Desktop(display, state_file, app)
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()


def _select_a_search(desktop: Desktop, word: str) -> None:
    """The visitor opens the search, types ``word`` and double-clicks it to select it."""
    state = desktop.wait_for(lambda s: "window" in s)
    desktop.xdotool("windowfocus", "--sync", str(state["window"]))
    desktop.xdotool("key", "--clearmodifiers", "ctrl+f")
    desktop.wait_for(lambda s: s["field_visible"])
    desktop.xdotool("type", "--delay", "40", word)
    state = desktop.wait_for(lambda s: s["text"] == word)
    x, y = state["field"]
    desktop.xdotool(
        "mousemove", "--sync", str(x - 40), str(y), "click", "--repeat", "2", "--delay", "80", "1"
    )


@pytest.mark.slow
def test_new_visitor_clears_the_x_primary_selection(desktop):
    _select_a_search(desktop, "skolor")
    deadline = time.monotonic() + 10
    while desktop.primary_selection() != "skolor" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert desktop.primary_selection() == "skolor", "the visitor's selection reached the X server"

    desktop.xdotool("key", "--clearmodifiers", "ctrl+shift+n")  # Ny besökare
    desktop.wait_for(lambda s: s["resets"] == 1 and not s["field_visible"])
    assert desktop.primary_selection() == "", "the last visitor's selection survived Ny besökare"

    # The next visitor opens the search and middle-clicks into it: nothing is pasted.
    desktop.xdotool("key", "--clearmodifiers", "ctrl+f")
    state = desktop.wait_for(lambda s: s["field_visible"])
    x, y = state["field"]
    desktop.xdotool("mousemove", "--sync", str(x), str(y), "click", "2")
    time.sleep(1)
    assert desktop.state()["text"] == "", "a middle-click pasted the last visitor's word"
