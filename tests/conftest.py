"""Test set-up: offscreen Qt, no network, and no writes to the real home folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
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
    from reader.settings import Settings
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    win = MainWindow(result.document, Settings(), result.errors)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
