"""Hard words explained where they stand, and a glossary of them all.

Glossary terms are marked in the reading panes with a dotted underline in the
text's own colour (so the mark has the text's contrast in every theme) and made
into anchors ``glossary:<id>`` by character format only, so the pane's plain
text, and every model offset, stays exactly as it was. Tab moves from mark to
mark (Qt's link navigation), Enter opens the explanation in a panel beside the
text and the reading position does not move. Ctrl+Tab, Ctrl+Shift+Tab and F6
always leave the text, so the marks never trap the keyboard; Escape closes the
panel. The same panel lists every term alphabetically with a filter box.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.content.glossary import Glossary, Occurrence, Term
from reader.speech.reading_aloud import not_working_message
from reader.ui.announcer import focus_field
from reader.ui.glossary_marks import MARKS_SETTING, MarkedPanes, term_id_from_url
from reader.ui.panel_title import PanelTitleBar
from reader.ui.press_button import PressButton
from reader.ui.reading_pane import ReadingPane
from reader.ui.short_label import ShortWhenNarrow
from reader.ui.window_layout import SidePanelPlace

if TYPE_CHECKING:
    from reader.preferences.settings import Settings
    from reader.services import Services
    from reader.ui.host import Host
    from reader.ui.speech_controls import SpeechUi


def leave_pane(pane: QWidget, forward: bool = True) -> bool:
    """Move focus to the next (or previous) control outside ``pane``, skipping its links."""
    widget: QWidget | None = pane
    for _ in range(200):
        if widget is None:
            return False
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is pane:
            return False
        if pane.isAncestorOf(widget):
            continue
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
    return False


class ExplanationText(QTextEdit):
    """An explanation as a read-only text a screen reader reads (a label's text it skips).

    As tall as its text at its width, like a word-wrapped label, with ``text`` and
    ``setText`` as a label has.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().contentsChanged.connect(self.updateGeometry)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel)
        self.setPlainText(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        document = self.document().clone(self)
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        height = math.ceil(document.size().height()) + 2 * self.frameWidth()
        document.deleteLater()
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(80, self.heightForWidth(max(self.width(), 80)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


MIN_WIDTH_PX = 260


class GlossaryPanel(QDockWidget):
    """The explanation of one word, and the list of all words with a filter box."""

    closed_by_user = Signal()
    read_aloud_requested = Signal(str)
    announce_requested = Signal(str)  # what a screen reader should hear (the number of words found)

    def __init__(self, glossary: Glossary, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Glossary", "Ordlista"), parent)
        self.setObjectName("GlossaryPanel")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # Beside the text, or below it in a small window (reader/ui/window_layout.py).
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.glossary = glossary
        self.current: Term | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        self.term_label = QLabel()
        self.term_label.setObjectName("GlossaryTerm")
        self.term_label.setWordWrap(True)
        font = self.term_label.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 12.0) * 1.25)
        self.term_label.setFont(font)
        self.explanation = ExplanationText()
        self.explanation.setObjectName("GlossaryExplanation")
        self.explanation.setAccessibleName(QCoreApplication.translate("Glossary", "Förklaring"))

        self.filter_label = QLabel(QCoreApplication.translate("Glossary", "Sök ord i ordlistan:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("GlossaryFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(QCoreApplication.translate("Glossary", "Skriv en del av ordet"))
        self.filter.setAccessibleName(QCoreApplication.translate("Glossary", "Sök ord i ordlistan"))
        self.filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("GlossaryList")
        self.list.setAccessibleName(QCoreApplication.translate("Glossary", "Alla ord i ordlistan"))
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "Glossary", "Ord i bokstavsordning. Välj ett ord för att se förklaringen."
            )
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("GlossaryCount")
        self.read_button = PressButton(QCoreApplication.translate("Glossary", "Läs upp förklaringen"))
        self.read_button.setObjectName("GlossaryReadAloud")
        # "Läs upp" where the panel is too narrow for the whole label (reader/ui/short_label.py).
        ShortWhenNarrow(
            self.read_button, "Glossary", "Läs upp förklaringen", QT_TRANSLATE_NOOP("Glossary", "Läs upp")
        )
        self.read_button.setMinimumHeight(44)
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self._read_aloud)
        self.close_button = PressButton(QCoreApplication.translate("Glossary", "Stäng ordlistan"))
        self.close_button.setObjectName("GlossaryClose")
        self.close_button.setMinimumHeight(44)
        self.close_button.clicked.connect(self.close_panel)

        layout.addWidget(self.term_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.read_button)
        layout.addSpacing(12)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        # Its name and the close button in a title bar that grows with the controls and stays
        # in view however far the panel scrolls (reader/ui/panel_title.py).
        self.title_bar = PanelTitleBar(self, self.close_button)
        # In a low window the panel scrolls instead of cutting an explanation short.
        scroll = QScrollArea()
        scroll.setObjectName("GlossaryScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        # Wide enough for an explanation of a few words a line, and its scroll bar beside it
        # (narrower, a small window puts the panel below the text: reader/ui/window_layout.py).
        body.setMinimumWidth(MIN_WIDTH_PX)
        scroll.setMinimumWidth(MIN_WIDTH_PX + scroll.verticalScrollBar().sizeHint().width())
        scroll.viewport().installEventFilter(self)  # the list no taller than the panel's view
        self._scroll, self._body_layout = scroll, layout

        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        # The number of words found is said once typing pauses, not at every letter.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(700)
        self._count_timer.timeout.connect(lambda: self.announce_requested.emit(self.count_label.text()))
        self.filter.textEdited.connect(lambda _text: self._count_timer.start())
        self.list.currentItemChanged.connect(self._on_current_item)
        self.apply_filter("")
        self.show_term(None)

    def apply_filter(self, text: str) -> None:
        """List the terms matching ``text`` in alphabetical order."""
        self.list.blockSignals(True)
        self.list.clear()
        terms = self.glossary.filter(text)
        for term in terms:
            item = QListWidgetItem(term.term)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            item.setToolTip(term.explanation)
            # Said with the word as the list's arrow keys reach it (the explanation beside changes too).
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, term.explanation)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if terms:
            self.count_label.setText(QCoreApplication.translate("Glossary", "{0} ord").format(len(terms)))
        else:
            self.count_label.setText(QCoreApplication.translate("Glossary", "Inga ord passar sökningen."))
        if self.current is not None:
            self._select(self.current.id)

    def _select(self, term_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == term_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.list.scrollToItem(item)
                return

    def _on_current_item(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_term(self.glossary.term(item.data(Qt.ItemDataRole.UserRole)))

    def _read_aloud(self) -> None:
        if self.current is not None:
            self.read_aloud_requested.emit(f"{self.current.term}. {self.current.explanation}")

    def show_term(self, term: Term | None) -> None:
        self.current = term
        self.read_button.setEnabled(term is not None)
        self.term_label.setVisible(term is not None)  # no word yet: the title bar names the panel
        if term is None:
            self.term_label.clear()
            if self.glossary.terms:
                self.explanation.setText(
                    QCoreApplication.translate(
                        "Glossary",
                        "Välj ett understruket ord i texten, eller ett ord i listan, för att se vad det betyder.",
                    )
                )
            else:
                self.explanation.setText(
                    QCoreApplication.translate("Glossary", "Det finns ingen ordlista till den här texten.")
                )
            return
        self.term_label.setText(term.term)
        self.explanation.setText(term.explanation)
        self.explanation.setAccessibleDescription(term.explanation)
        self._select(term.id)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Below the text in a small window: as low as its tallest control (the rest scroll),
        # measured at each opening (the interface scale may have changed).
        tallest = max(w.sizeHint().height() for w in (self.read_button, self.filter))
        margins = self._body_layout.contentsMargins()
        self._scroll.setMinimumHeight(tallest + margins.top() + margins.bottom())
        super().showEvent(event)

    def close_panel(self) -> None:
        self.hide()
        self.closed_by_user.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(QCoreApplication.translate("Glossary", "Ordlista"))  # and its title bar
            self.title_bar.set_close_text(QCoreApplication.translate("Glossary", "Stäng ordlistan"))
            self.apply_filter(self.filter.text())  # "80 ord"
            self.show_term(self.current)  # the hint shown before a word is chosen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Down from the filter box goes to the list (to its first word when none is chosen)."""
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            # In a low panel the whole list stays in view when scrolled to (its words scroll inside).
            margins = self._body_layout.contentsMargins()
            room = self._scroll.viewport().height() - margins.top() - margins.bottom()
            row = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().height()
            frame = 2 * self.list.frameWidth()
            self.list.setMinimumHeight(max(1, min(room, 3 * row + frame)))  # three words, or the view
            self.list.setMaximumHeight(max(self.list.minimumHeight(), room))
            return False
        down = (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        )
        if watched is self.filter and down and self.list.count():
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Escape anywhere in the panel closes it and returns to the text."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            event.accept()
            return
        super().keyPressEvent(event)


class GlossaryController(QObject):
    """Connects marks in the panes with the panel, the actions and the keyboard."""

    def __init__(self, window: Host, settings: Settings, marks: MarkedPanes):
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.window = window
        self.marks = marks  # the marks in the panes, made with the first screen
        self.glossary = glossary = marks.glossary
        self.panes = panes = marks.panes
        self.settings = settings
        self.speech: SpeechUi | None = None  # reads an explanation aloud, handed over once installed
        self._panel: GlossaryPanel | None = None  # made when first opened (see panel)
        self.last_pane: ReadingPane | None = None
        for pane in panes:
            pane.anchorClicked.connect(lambda url, p=pane: self._on_anchor(url, p))
            pane.link_focused.connect(self._on_link_focused)
            pane.installEventFilter(self)
        self.settings.changed.connect(self._on_setting)

        self.action_list = window.add_action(
            QCoreApplication.translate("Glossary", "Ordlista"),
            self.toggle_list,
            ["Ctrl+Shift+O"],
            menu="view",
            group=True,
            button=True,
            description=QCoreApplication.translate("Glossary", "Visa alla svåra ord med förklaringar"),
            name="glossary",
        )
        self.action_marks = window.add_action(
            QCoreApplication.translate("Glossary", "Markera svåra ord"),
            lambda on: self.settings.set(MARKS_SETTING, "first" if on else "off"),
            menu="view",
            checkable=True,
            description=QCoreApplication.translate(
                "Glossary", "Stryk under svåra ord i texten så att du kan få dem förklarade"
            ),
            name="glossary_marks",
        )
        self.action_marks.setChecked(self.settings.get(MARKS_SETTING) != "off")
        self.action_marks.setEnabled(bool(glossary.terms))
        self.action_list.setEnabled(bool(glossary.terms))

    @property
    def panel(self) -> GlossaryPanel:
        """The panel beside the text: every word with its explanation (made when first opened)."""
        if self._panel is None:
            window = self.window
            panel = self._panel = GlossaryPanel(self.glossary, window)  # type: ignore[arg-type]  # the main window
            panel.hide()
            SidePanelPlace(window, panel)  # type: ignore[arg-type]  # the main window
            panel.closed_by_user.connect(self._return_to_text)
            panel.read_aloud_requested.connect(self._read_aloud)
            panel.announce_requested.connect(window.announce)
        return self._panel

    def is_open(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    def _read_aloud(self, text: str) -> None:
        """Read the explanation with the window's voice (installed after the glossary)."""
        speech = self.speech
        reason = speech.reading_aloud.speak(text) if speech is not None else not_working_message()
        if reason:
            self.window.announce(reason)

    def forget(self) -> None:
        """Close the panel and clear what the last reader looked up."""
        if self._panel is not None:  # never opened: nothing to forget
            self._panel.hide()
            self._panel.filter.setText("")  # setText, not clear(): clear() can be undone with Ctrl+Z
            self._panel.show_term(None)
        self.last_pane = None

    def mark(self, pane: ReadingPane) -> list[Occurrence]:
        return self.marks.mark(pane)

    def _on_setting(self, key: str, value) -> None:
        if key == MARKS_SETTING:
            self.action_marks.setChecked(value != "off")

    def _on_link_focused(self, href: str, words: str) -> None:
        """Tab reached a marked word: say the word and what Enter does (the pane does not select it,
        so a screen reader does not read it as a selection)."""
        if term_id_from_url(href) is not None:
            hint = QCoreApplication.translate(
                "Glossary", "Ordet har en förklaring. Tryck Enter för att höra den."
            )
            self.window.announce(f"{words}. {hint}" if words.strip() else hint)

    def _on_anchor(self, url: QUrl, pane: ReadingPane) -> None:
        term_id = term_id_from_url(url)
        if term_id is None:
            return
        self.explain(term_id, pane)

    def explain(self, term_id: str, pane: ReadingPane | None = None) -> bool:
        """Show the explanation beside the text; the reading position and focus stay."""
        term = self.glossary.term(term_id)
        if term is None:
            return False
        self.last_pane = pane
        bar_value = pane.verticalScrollBar().value() if pane is not None else None
        self.panel.show_term(term)
        self.panel.show()
        if pane is not None and bar_value is not None:
            pane.verticalScrollBar().setValue(bar_value)
        self.window.announce(f"{term.term}: {term.explanation}")
        return True

    def toggle_list(self) -> None:
        if self.is_open() and self.panel.filter.hasFocus():
            self.panel.hide()
            self._return_to_text()
            return
        self.panel.show()
        focus_field(self.panel.filter)

    def _return_to_text(self) -> None:
        pane = self.last_pane or self.window.active_pane()
        if pane is not None and pane.isVisible():
            pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched in self.panes:
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key == Qt.Key.Key_Escape and self.is_open():
                self.panel.hide()
                self.window.announce(QCoreApplication.translate("Glossary", "Förklaringen är stängd."))
                return True
            if ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return leave_pane(watched, forward)
        return super().eventFilter(watched, event)


def install_glossary(window: Host, services: Services, marks: MarkedPanes) -> GlossaryController:
    """The glossary panel and its actions on ``window``, and what the ``marks`` do when chosen."""
    return GlossaryController(window, services.settings, marks)
