"""Help: lättläst pages in Swedish and English, readable aloud, F1, shortcuts from the actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.content.loader import load_pack
from reader.content.model import Section
from reader.readability import lix
from reader.settings import Settings
from reader.ui.help import HelpWindow, help_section, shortcut_lines
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot):
    win = MainWindow(load_pack(ROOT / "content").document, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_pages_are_sections(lang):
    for page in ("help", "about"):
        section = help_section(page, lang)
        assert isinstance(section, Section)
        assert section.sentences, "speech reads sentences"
        assert section.text.startswith(section.title)


def test_swedish_help_is_easy_to_read():
    section = help_section("help", "sv")
    assert section.title == "Så använder du läsaren"
    assert lix(section.text) < 40, "lättläst: LIX under 40 (easy)"


def test_english_help_says_the_document_stays_swedish():
    text = help_section("help", "en").text
    assert "always shown in Swedish" in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_about_names_source_and_licences(lang):
    text = help_section("about", lang).text
    for needle in (
        "Treklöver",
        "Atkinson Hyperlegible",
        "OpenDyslexic",
        "SIL Open Font License",
        "eSpeak NG",
        "GPL-3.0",
        "PySide6",
        "LGPL-3.0",
        "pyttsx3",
        "MPL-2.0",
        "Markdown",
        "lameenc",
        "BSD",
    ):
        assert needle in text, needle


def test_shortcuts_come_from_the_actions(window):
    lines = shortcut_lines(window.actions())
    labels = [label for _, label in lines]
    assert "Nästa avsnitt" in labels and "Hjälp" in labels
    section = help_section("help", "sv", window.actions())
    assert "Kortkommandon" in section.text
    assert QKeySequence("Alt+Right").toString(QKeySequence.SequenceFormat.NativeText) in section.text
    extra = QAction("Testfunktion", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+F12"))
    window.addAction(extra)
    assert "Testfunktion" in help_section("help", "sv", window.actions()).text


def test_f1_opens_help_and_about(window, qtbot):
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_F1)
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    assert help_window.pane.toPlainText().startswith("Så använder du läsaren")
    qtbot.mouseClick(help_window.about_button, Qt.MouseButton.LeftButton)
    assert help_window.pane.toPlainText().startswith("Om läsaren")
    assert help_window.pane.text_style.size_pt == window.reading_pane.text_style.size_pt


def test_read_aloud_uses_the_speech_controller(window, qtbot, monkeypatch):
    help_window = HelpWindow(window)
    qtbot.addWidget(help_window)
    help_window.show()
    calls = []

    class FakeController:
        section = None

        def set_section(self, section):
            calls.append(("set", section))
            self.section = section

        def play(self, start):
            calls.append(("play", start))

        def stop(self):
            calls.append(("stop", None))

    class FakeSpeech:
        available = True
        controller = FakeController()

    monkeypatch.setattr(window, "speech", FakeSpeech(), raising=False)
    help_window.read_aloud()
    assert calls[0] == ("set", help_window.section) and calls[1] == ("play", 0)
    help_window.close()
    assert ("stop", None) in calls


def test_help_in_english(window, qtbot):
    window.settings.set("ui/language", "en")
    try:
        help_window = HelpWindow(window)
        qtbot.addWidget(help_window)
        assert help_window.pane.toPlainText().startswith("How to use the reader")
        assert "Keyboard shortcuts" in help_window.section.text
    finally:
        window.settings.set("ui/language", "sv")
