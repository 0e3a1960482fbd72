"""Built-in help: "Så använder du läsaren" and "Om läsaren", readable aloud.

The pages are Markdown in ``content/help/`` (``sv.md``/``en.md`` and
``om.md``/``about.md``, chosen by the interface language). The how-to page ends
with the keyboard shortcuts, listed from the window's own actions so the list is
never out of date. Each page is built with the content loader into an ordinary
``Section``, so it is shown in a reading pane with the reader's own text style
and the speech feature can read it aloud with highlighting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout

from reader.content.loader import build_section, read_text_file
from reader.content.model import Section
from reader.platform.i18n import switcher
from reader.platform.paths import content_dir
from reader.speech.controller import State
from reader.speech.reading_aloud import not_working_message
from reader.ui.flow_layout import FlowLayout
from reader.ui.press_button import PressButton
from reader.ui.reading_pane import ReadingPane
from reader.ui.screen_fit import fit_on_screen

if TYPE_CHECKING:
    from reader.ui.host import Host
    from reader.ui.speech_controls import SpeechUi

PAGES = {"help": {"sv": "sv.md", "en": "en.md"}, "about": {"sv": "om.md", "en": "about.md"}}


def help_dir():
    return content_dir() / "help"


def action_label(action: QAction) -> str:
    """The action's text without the keyboard-mnemonic ampersand."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_lines(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for every action that has a shortcut, in the window's order."""
    lines: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        label = action_label(action)
        if not keys or not label or (not action.isVisible() and not action.isEnabled()):
            continue
        text = " " + QCoreApplication.translate("Help", "eller") + " "
        entry = text.join(keys)
        if (entry, label) in seen:
            continue
        seen.add((entry, label))
        lines.append((entry, label))
    return lines


def _escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!<>|" else c for c in text)


def shortcuts_markdown(actions: list[QAction]) -> str:
    heading = QCoreApplication.translate("Help", "Kortkommandon")
    intro = QCoreApplication.translate("Help", "Du kan göra det mesta med tangentbordet:")
    items = "\n".join(f"- **{_escape(keys)}**: {_escape(label)}" for keys, label in shortcut_lines(actions))
    return f"## {heading}\n\n{intro}\n\n{items}\n"


def help_section(page: str, lang: str, actions: list[QAction] | None = None) -> Section:
    """The page ``help`` or ``about`` in ``lang`` as a Section (Swedish if the file is missing)."""
    names = PAGES[page]
    file = names.get(lang, names["sv"])
    text, error = read_text_file(help_dir() / file, f"help/{file}")
    if text is None and file != names["sv"]:
        file = names["sv"]
        text, error = read_text_file(help_dir() / file, f"help/{file}")
    if text is None:
        title = QCoreApplication.translate("Help", "Hjälpen kunde inte läsas")
        text = f"# {title}\n\n{error}\n"
    if page == "help" and actions:
        text = text.rstrip() + "\n\n" + shortcuts_markdown(actions)
    return build_section(f"help-{page}-{lang}", f"help/{file}", text)


HELP_BUTTON_PT = 14.0


class HelpWindow(QDialog):
    """Shows a help page in a reading pane, with buttons to switch page and read aloud."""

    def __init__(self, window: Host, page: str = "help", speech: SpeechUi | None = None):
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.main_window = window
        self.speech = speech  # reads the page aloud (None: the app cannot read aloud)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(QCoreApplication.translate("Help", "Hjälp"))
        self.pane = ReadingPane(self)
        self.pane.setObjectName("HelpPane")
        self.pane.set_kind("Help", QT_TRANSLATE_NOOP("Help", "hjälp"))  # "Så använder du läsaren – hjälp"
        self.pane.apply_style(window.reading_pane.text_style)

        self.help_button = PressButton(QCoreApplication.translate("Help", "Så använder du läsaren"))
        self.about_button = PressButton(QCoreApplication.translate("Help", "Om läsaren"))
        self.read_button = PressButton(QCoreApplication.translate("Help", "Läs upp hjälpen"))
        self.stop_button = PressButton(QCoreApplication.translate("Help", "Sluta läsa"))
        self.close_button = PressButton(QCoreApplication.translate("Help", "Stäng hjälpen"))
        self.help_button.clicked.connect(lambda: self.show_page("help"))
        self.about_button.clicked.connect(lambda: self.show_page("about"))
        self.read_button.clicked.connect(self.read_aloud)
        self.stop_button.clicked.connect(self.stop_reading)
        self.close_button.clicked.connect(self.close)

        buttons = FlowLayout(spacing=8)  # onto a second row where the window is narrow
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.help_button,
            self.about_button,
            self.read_button,
            self.stop_button,
            self.close_button,
        ):
            button.setMinimumHeight(52)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.pane, 1)
        self.fit_buttons()
        fit_on_screen(self, 1000, 760, near=self.parentWidget())
        self.page = page
        self.show_page(page)
        if speech is not None:
            # A new state, or (state unchanged) another text read: its first highlight says so.
            # Methods of this window, not lambdas: Qt disconnects them when the closed window
            # is deleted, and the reading goes on without it.
            controller = speech.reading_aloud.controller
            controller.state_changed.connect(self.show_reading)
            controller.highlight.connect(self.show_reading)

    def fit_buttons(self) -> None:
        """Buttons of at least 14 pt, as large as the window's controls when those are larger
        (they grow with the text: reader/preferences/typography.py)."""
        size = max(HELP_BUTTON_PT, self.main_window.as_widget().font().pointSizeF())
        self.setStyleSheet(f"QPushButton {{ font-size: {size:.1f}pt; padding: 6px 14px; }}")

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.fit_buttons()  # the text may have grown since the window was last open
        super().showEvent(event)

    def language(self) -> str:
        return switcher().language

    def show_page(self, page: str) -> None:
        self.page = page
        self.section = help_section(page, self.language(), self.main_window.actions())
        self.pane.show_section(self.section)
        self.setWindowTitle(self.section.title)
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_reading()

    def is_reading(self) -> bool:
        """Whether this page is being read aloud (or paused in)."""
        if self.speech is None:
            return False
        aloud = self.speech.reading_aloud
        return aloud.is_reading(self.section) and aloud.controller.state in (State.READING, State.PAUSED)

    @Slot()
    def show_reading(self) -> None:
        """*Sluta läsa* can be pressed only while this page is read, as *Stoppa* in the main window.
        Focus on it goes to *Läs upp hjälpen* first: a disabled button would send it onwards."""
        reading = self.is_reading()
        if not reading and self.focusWidget() is self.stop_button:
            self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stop_button.setEnabled(reading)

    def read_aloud(self) -> None:
        speech = self.speech
        reason = speech.reading_aloud.speak(self.section) if speech is not None else not_working_message()
        if reason:
            self.main_window.announce(reason)

    def stop_reading(self) -> None:
        if self.speech is not None:
            self.speech.reading_aloud.stop(only=self.section)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.stop_reading()  # closing the help stops reading it aloud
        super().hideEvent(event)


class Help:
    """F1 help and "Om läsaren": one help window at a time, reading aloud with the window's voice."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.speech: SpeechUi | None = None  # handed over once reading aloud is installed
        self.dialog: HelpWindow | None = None  # the open help window
        self.action_help = window.add_action(
            QCoreApplication.translate("Help", "Hjälp"),
            lambda: self.open("help"),
            [QKeySequence.StandardKey.HelpContents, "F1"],
            menu="help",
            button=True,
            description=QCoreApplication.translate(
                "Help", "Så använder du läsaren: hjälp med lättläst text, som också kan läsas upp"
            ),
            name="help",
        )
        self.action_about = window.add_action(
            QCoreApplication.translate("Help", "Om läsaren"),
            lambda: self.open("about"),
            menu="help",
            description=QCoreApplication.translate("Help", "Var texten kommer från, och licenser"),
            name="about",
        )

    def open(self, page: str = "help") -> HelpWindow:
        existing = self.dialog
        if existing is not None:
            try:
                existing.show_page(page)
                existing.show()
                existing.raise_()
                return existing
            except RuntimeError:  # closed and deleted
                pass
        dialog = HelpWindow(self.window, page, self.speech)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _closed(self, *_args) -> None:
        self.dialog = None


def install_help(window: Host) -> Help:
    """F1 opens "Så använder du läsaren"; the Help menu also has "Om läsaren"."""
    return Help(window)
