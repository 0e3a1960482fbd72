"""Help: lättläst pages in Swedish and English, readable aloud, F1, shortcuts from the actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from reader.content.loader import load_pack
from reader.content.model import Section
from reader.content.readability import lix
from reader.preferences.settings import Settings
from reader.services import services_for
from reader.ui.help import HelpWindow, help_section, shortcut_lines
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot):
    win = MainWindow(services_for(load_pack(ROOT / "content").document, Settings()))
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


MAX_HELP_LIX = 35  # the Swedish help and about pages: easy to read


def test_swedish_help_is_easy_to_read():
    section = help_section("help", "sv")
    assert section.title == "Så använder du läsaren"
    assert lix(section.text) <= MAX_HELP_LIX, f"help LIX {lix(section.text):.1f}"


def test_swedish_about_is_easy_to_read():
    section = help_section("about", "sv")
    assert lix(section.text) <= MAX_HELP_LIX, f"about LIX {lix(section.text):.1f}"


def test_help_with_its_shortcut_list_stays_easy_to_read(window):
    section = help_section("help", "sv", window.actions())
    assert "Kortkommandon" in section.text
    assert lix(section.text) <= MAX_HELP_LIX


def _body(page: str, lang: str) -> str:
    """The page without its title line."""
    return help_section(page, lang).text.split("\n", 1)[1]


@pytest.mark.parametrize("page", ["help", "about"])
def test_app_and_programme_are_never_confused(page):
    """ "Läsaren" is the app, never the person; "programmet" alone could be the app or the programme."""
    body = _body(page, "sv")
    assert "Läsaren är en app" in body
    assert not re.search(r"\bläsaren\b", body), "lower-case läsaren reads as the person reading"
    assert not re.search(r"\b[Pp]rogrammet\b", body), "say Treklöverns program or appen"
    english = _body(page, "en")
    assert "is an app" in english


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("page", ["help", "about"])
def test_pages_say_who_wrote_the_summaries(page, lang):
    body = _body(page, lang)
    if lang == "sv":
        assert "skriven för den här appen" in body or "skrivna för den här appen" in body
        assert "Treklövern har inte skrivit dem" in body
    else:
        assert "written for this app, not by Treklövern" in body


def test_the_number_of_sections_agrees_everywhere():
    document = load_pack(ROOT / "content").document
    count = len(document.sections)
    words = {6: ("sex", "six")}[count]
    assert f"har {words[0]} avsnitt: en inledning och fem delar" in _body("help", "sv")
    assert f"has {words[1]} sections: an introduction and five parts" in _body("help", "en")
    overview = (ROOT / "content" / "summaries" / "overview.md").read_text("utf-8")
    assert "en inledning och fem delar" in overview


def test_help_says_what_is_saved_and_where():
    sv = _body("help", "sv")
    saved = sv[sv.index("Det här sparar appen") : sv.index("På en dator i biblioteket")]
    for needle in ("inställningar", "i din egen mapp på datorn", "ljudfil", "PDF-fil", "var den ska hamna"):
        assert needle in saved, needle
    library = sv[sv.index("På en dator i biblioteket") :]
    for needle in ("sparar appen inte dina inställningar", "Ny besökare", "valt en mapp", "Fråga personalen"):
        assert needle in library, needle
    en = _body("help", "en")
    assert "What the app saves" in en and "set up a folder" in en


def test_english_help_reads_as_english():
    """Phrases that were Swedish word order in English words."""
    text = _body("help", "en") + _body("about", "en")
    for translated in (
        "do the same",
        "Press the button",
        "gets a colour",
        "goes back.",
        "The reader then starts again",
        "also when the buttons",
    ):
        assert translated not in text, translated


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
    help_window = window.features.help.dialog
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    assert help_window.pane.toPlainText().startswith("Så använder du läsaren")
    qtbot.mouseClick(help_window.about_button, Qt.MouseButton.LeftButton)
    assert help_window.pane.toPlainText().startswith("Om läsaren")
    assert help_window.pane.text_style.size_pt == window.reading_pane.text_style.size_pt


def test_read_aloud_uses_the_speech_controller(speech_window, qtbot):
    """Läs upp in the help reads the help page with the window's voice; closing it stops."""
    from reader.speech.controller import State
    from reader.speech.fake_driver import FakeDriver

    window = speech_window(driver=FakeDriver())
    help_window = HelpWindow(window, speech=window.features.speech)
    qtbot.addWidget(help_window)
    help_window.show()
    controller = window.features.speech.controller
    help_window.read_aloud()
    assert controller.section is help_window.section and controller.index == 0
    assert controller.state is State.READING
    help_window.close()
    assert controller.state is State.STOPPED


def test_stop_can_be_pressed_only_while_the_page_is_read(speech_window, qtbot):
    """*Sluta läsa* is off until the page is read; pressed, it goes off and the focus stays in
    the row (on *Läs upp hjälpen*) rather than jumping on; reading something else leaves it off."""
    from reader.speech.fake_driver import FakeDriver

    window = speech_window(driver=FakeDriver())
    help_window = HelpWindow(window, speech=window.features.speech)
    qtbot.addWidget(help_window)
    help_window.show()
    qtbot.waitExposed(help_window)
    assert not help_window.stop_button.isEnabled()
    help_window.read_aloud()
    assert help_window.stop_button.isEnabled()
    help_window.stop_button.setFocus()
    assert help_window.focusWidget() is help_window.stop_button
    qtbot.keyClick(help_window.stop_button, Qt.Key.Key_Space)
    assert not help_window.stop_button.isEnabled()
    assert help_window.focusWidget() is help_window.read_button
    window.features.speech.reading_aloud.speak(window.current_section())
    assert not help_window.stop_button.isEnabled()
    help_window.show_page("about")
    help_window.read_aloud()
    assert help_window.stop_button.isEnabled()
    window.features.speech.controller.pause()
    assert help_window.stop_button.isEnabled()
    help_window.read_aloud()  # reading, then the main window's text is read instead
    window.features.speech.reading_aloud.speak(window.current_section())
    qtbot.waitUntil(lambda: not help_window.stop_button.isEnabled(), timeout=5000)


def test_a_closed_help_window_does_not_follow_the_reading(speech_window, qtbot):
    """The help window is deleted when closed; reading on in the main window must not reach it
    (a slot left connected raised "Internal C++ object (HelpWindow) already deleted")."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtWidgets import QApplication

    from reader.speech.fake_driver import FakeDriver

    window = speech_window(driver=FakeDriver())
    help_window = HelpWindow(window, speech=window.features.speech)
    help_window.setAttribute(_Qt.WidgetAttribute.WA_DeleteOnClose)
    help_window.show()
    help_window.read_aloud()
    help_window.close()
    QApplication.sendPostedEvents(None, 0)  # the deferred delete
    qtbot.wait(10)
    aloud = window.features.speech.reading_aloud
    aloud.speak(window.current_section())  # state changes and highlights, with the window gone
    qtbot.wait(100)
    aloud.stop()


def test_reading_the_help_aloud_says_why_it_cannot(speech_window, qtbot):
    from reader.speech.fake_driver import FakeDriver

    window = speech_window(driver=FakeDriver(unavailable="Ingen talmotor här."), wait=0)
    qtbot.waitUntil(lambda: bool(window.features.speech.unavailable_reason), timeout=5000)
    help_window = HelpWindow(window, speech=window.features.speech)
    qtbot.addWidget(help_window)
    help_window.read_aloud()
    assert window.statusBar().currentMessage() == "Ingen talmotor här."
    assert window.features.speech.controller.section is not help_window.section


def test_help_in_english(window, qtbot):
    window.settings.set("ui/language", "en")
    try:
        help_window = HelpWindow(window)
        qtbot.addWidget(help_window)
        assert help_window.pane.toPlainText().startswith("How to use the reader")
        assert "Keyboard shortcuts" in help_window.section.text
    finally:
        window.settings.set("ui/language", "sv")


def _names_on_screen(window) -> set[str]:
    """Every name a reader can meet: actions (and their short labels), buttons, menus."""
    window.finish()
    names: set[str] = set()
    for action in window.findChildren(QAction):
        names |= {action.text().replace("&", ""), action.iconText().replace("&", "")}
    names |= {b.text().replace("&", "") for b in window.findChildren(QPushButton)}
    names |= {m.title().replace("&", "") for m in window.findChildren(QMenu)}
    return names - {""}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_control_the_help_names_is_there_by_that_name(qtbot, lang):
    """A bold name in the help is a button, menu or choice of the app, in the help's language.
    Before, the help sent readers to **Fler knappar**, a button renamed *Alla val* long ago."""
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.ui.kiosk_warning import warning_title
    from reader.ui.play_action import play_labels

    document = load_pack(ROOT / "content").document
    # A public computer's window: it has Ny besökare and its idle question as well.
    win = MainWindow(services_for(document, make_settings(AdminConfig(kiosk=True), kiosk=True)))
    qtbot.addWidget(win)
    win.settings.set("ui/language", lang)
    try:
        names = _names_on_screen(win) | set(play_labels()) | {warning_title()}
        source = (ROOT / "content" / "help" / f"{lang}.md").read_text("utf-8")
        named = set(re.findall(r"\*\*(.+?)\*\*", source))
        assert len(named) >= 15
        assert sorted(named - names) == []
    finally:
        win.settings.set("ui/language", "sv")
