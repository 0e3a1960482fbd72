"""Test set-up: offscreen Qt, no network, and no writes to the real home folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Offscreen Qt, on a desktop-sized screen: its own default (800 × 800) is smaller than the
# window the app opens on a real desktop, which would make every window start narrow.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'data' / 'desktop_screen.json'}"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder at a fresh temporary one for each test."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home if var == "HOME" else home / var.lower()))
    yield home


@pytest.fixture
def content_root() -> Path:
    return ROOT / "content"


@pytest.fixture
def source_text() -> str:
    return (ROOT / "tests" / "data" / "programme-source.txt").read_text("utf-8")


@pytest.fixture
def window(qtbot, content_root):
    """The main window on the real content pack, with settings kept in memory, shown."""
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, Settings(), result.errors))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def speech_window(qtbot, content_root, monkeypatch):
    """Factory: the shown main window with reading aloud wired to stand-ins the test controls.

    ``driver``: a speech driver for an inline engine (None keeps the real engine);
    ``out``: the audio output (a silent FakeAudioOut by default); ``device``: whether
    an audio device is reported; ``wait``: wait until speech is ready (ms, 0 = no).
    Every window made is shut down at the end.
    """
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.speech import reading_aloud
    from reader.speech.engine import SpeechEngine
    from reader.speech.player import FakeAudioOut
    from reader.ui.main_window import MainWindow

    made = []

    def make(driver=None, out=None, device=True, wait=5000):
        if driver is not None:
            monkeypatch.setattr(
                reading_aloud, "engine_factory", lambda root: SpeechEngine(driver, inline=True)
            )
        output = out if out is not None else FakeAudioOut()
        monkeypatch.setattr(reading_aloud, "output_factory", lambda: output)
        monkeypatch.setattr(reading_aloud, "device_probe", lambda: device)
        result = load_pack(content_root)
        win = MainWindow(services_for(result.document, Settings(), result.errors))
        win.quiet_errors = True
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        if wait:
            qtbot.waitUntil(lambda: win.features.speech.available, timeout=wait)
        made.append(win)
        return win

    yield make
    for win in made:
        win.features.speech.shutdown()


@pytest.fixture
def switcher(qapp):
    """The interface language switcher, with the translations compiled; Swedish again afterwards."""
    from reader.platform import i18n
    from reader.platform.build_assets import compile_translations

    compile_translations()
    i18n.clear_cache()
    s = i18n.switcher(qapp)
    yield s
    s.apply("sv")
