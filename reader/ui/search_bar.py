"""The search bar (Ctrl+F): type words, see every match marked, step with F3 / Shift+F3.

The rules live in :mod:`reader.content.search`; this bar only shows them. The number
of matches is shown in words and announced, so a screen-reader user hears
the result without looking for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from reader.content import search
from reader.content.search_scope import split_hits
from reader.ui.announcer import focus_field
from reader.ui.flow_layout import FlowLayout, folds, wrapping_policy
from reader.ui.panel_scroll import PanelScroll
from reader.ui.press_button import PressButton
from reader.ui.steady import MessageLine

if TYPE_CHECKING:
    from reader.services import Services
    from reader.ui.appearance import Appearance
    from reader.ui.host import Host
    from reader.ui.view_mode import ViewMode

DEBOUNCE_MS = 250
COMPACT_WIDTH_PX = 600  # narrower than this, the buttons use their short labels


def _pair(label: QLabel, field: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return box


class SearchBar(QWidget):
    """Search box, scope choice, previous/next and the count, above the reading pane."""

    def __init__(self, window: Host, services: Services, appearance: Appearance | None = None) -> None:
        super().__init__()
        self.host = window
        self.settings = services.settings
        self.pack = services.pack
        self.appearance = appearance  # the theme's match colours
        self.view: ViewMode | None = None  # the plain-language view, once handed over (follow_view)
        self.setObjectName("SearchBar")
        self.setAccessibleName(QCoreApplication.translate("SearchBar", "Sök"))
        self.hits: list[search.Hit] = []  # in the text on screen: these are counted and marked
        self.hidden_hits: list[search.Hit] = []  # in a text the view hides (full text or lättläst)
        self.current = -1

        layout = self._flow = FlowLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)  # between the reading buttons and the text: little height
        policy = wrapping_policy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)  # never takes the text's room
        self.setSizePolicy(policy)
        label = QLabel(QCoreApplication.translate("SearchBar", "&Sök efter:"))
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setAccessibleName(QCoreApplication.translate("SearchBar", "Sök efter"))
        self.field.setPlaceholderText(QCoreApplication.translate("SearchBar", "Skriv ett ord"))
        self.field.setClearButtonEnabled(False)
        self.field.setMinimumWidth(200)
        label.setBuddy(self.field)
        self.scope_label = QLabel(QCoreApplication.translate("SearchBar", "Sök &i:"))
        self.scope = QComboBox()
        self.scope_label.setBuddy(self.scope)
        self.scope.setObjectName("SearchScope")
        self.scope.setAccessibleName(QCoreApplication.translate("SearchBar", "Var ska du söka"))
        self.scope.addItem(QCoreApplication.translate("SearchBar", "I det här avsnittet"), "section")
        self.scope.addItem(QCoreApplication.translate("SearchBar", "I hela dokumentet"), "document")
        self.scope.setCurrentIndex(max(0, self.scope.findData(window.settings.get("search/scope"))))
        self.previous_button = PressButton(QCoreApplication.translate("SearchBar", "Föregående träff"))
        self.previous_button.setObjectName("SearchPrevious")
        self.previous_button.setToolTip(
            QCoreApplication.translate("SearchBar", "Föregående träff (Skift+F3)")
        )
        self.next_button = PressButton(QCoreApplication.translate("SearchBar", "Nästa träff"))
        self.next_button.setObjectName("SearchNext")
        self.next_button.setToolTip(QCoreApplication.translate("SearchBar", "Nästa träff (F3)"))
        # One line whose size never follows its words ("Träff 3 av 4 … (i sammanfattningen: …)"
        # squeezed the section list and jumped at every hit); all of it is in the tooltip and announced.
        self.count_label = MessageLine(chars=40)
        self.count_label.setObjectName("SearchCount")
        self.count_label.setAccessibleName(QCoreApplication.translate("SearchBar", "Antal träffar"))
        self.close_button = PressButton(QCoreApplication.translate("SearchBar", "Stäng sökningen"))
        self.close_button.setObjectName("SearchClose")
        self.close_button.setToolTip(QCoreApplication.translate("SearchBar", "Stäng sökningen (Esc)"))
        # A label and its field wrap as one, so "Sök i:" never ends a row without its list.
        # The buttons come before the scope: in a small window that fits two rows, not three.
        for w in (
            _pair(label, self.field),
            self.previous_button,
            self.next_button,
            self.close_button,
            _pair(self.scope_label, self.scope),
        ):
            layout.addWidget(w)
        layout.addWidget(self.count_label)
        self._compact = False
        window.room_changed.connect(self._name_buttons)
        self._name_buttons()
        for b in (self.previous_button, self.next_button, self.close_button):
            b.setAutoDefault(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.next)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)
        # Esc closes the bar. Claimed before window shortcuts (Esc also stops reading aloud),
        # so the two never clash while the focus is in the bar.
        for child in (self.field, self.scope, self.previous_button, self.next_button, self.close_button):
            child.installEventFilter(self)
        window.section_changed.connect(lambda _i: self._mark_section())
        self._update_count(announce=False)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_count(announce=False)  # the count is built at run time
            self._name_buttons()

    def _wants_compact(self) -> bool:
        """A low window, or a bar narrower than its buttons want at the interface scale."""
        low, scale = self.host.room()
        if self.width() <= 0:  # not laid out yet: not narrow
            return low
        return folds(self.width(), COMPACT_WIDTH_PX, low, scale)

    def _name_buttons(self) -> None:
        """Whole labels; short ones ("Nästa") in a narrow or low window. The names stay whole."""
        self._compact = self._wants_compact()
        for button, whole, short in (
            (
                self.previous_button,
                QCoreApplication.translate("SearchBar", "Föregående träff"),
                QCoreApplication.translate("SearchBar", "Föregående"),
            ),
            (
                self.next_button,
                QCoreApplication.translate("SearchBar", "Nästa träff"),
                QCoreApplication.translate("SearchBar", "Nästa"),
            ),
            (
                self.close_button,
                QCoreApplication.translate("SearchBar", "Stäng sökningen"),
                QCoreApplication.translate("SearchBar", "Stäng"),
            ),
        ):
            button.setText(short if self._compact else whole)
            button.setAccessibleName(whole)
        self.count_label.setVisible(not self._compact)  # a third row would leave the text no room
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()  # the key comes to us as a key press, not to a window shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as the wrapped rows need at the current width, no taller."""
        width = max(self.width(), 200)
        return QSize(min(width, 600), self._flow.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._wants_compact() != self._compact:
            self._name_buttons()
        needed = self._flow.heightForWidth(self.width())
        if self.minimumHeight() != needed:
            # Rows wrapped or unwrapped: a minimum, so the text below gives way rather than
            # covering the second row in a low window.
            self.setMinimumHeight(needed)
        if self.height() != needed:
            self.updateGeometry()

    # -- opening and closing ---------------------------------------------------
    def open_bar(self) -> None:
        self.show()
        focus_field(self.field)

    def close_bar(self) -> None:
        self._timer.stop()
        self.hits, self.hidden_hits, self.current = [], [], -1
        self.host.reading_pane.set_layer("search", [])
        if self.view is not None:
            self.view.summary_pane.set_layer("search", [])
        self.hide()
        self.host.statusBar().clearMessage()
        self.host.reading_pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self) -> None:
        """A new visitor: no query, no count ("Inga träffar på …"), no undo history, bar closed."""
        self._timer.stop()
        self.field.blockSignals(True)
        self.field.setText("")  # setText, not clear(): it also empties the undo history
        self.field.blockSignals(False)
        self.close_bar()
        self._update_count(announce=False)

    def _scope_changed(self) -> None:
        self.settings.set("search/scope", self.scope.currentData())
        self.run()

    # -- searching ---------------------------------------------------------------
    def run(self) -> None:
        """Search now with the text in the field."""
        self._timer.stop()
        whole = self.scope.currentData() == "document"
        summaries = self.summaries()
        found = search.search(
            self.host.document,
            self.field.text(),
            None if whole else self.host.current_index,
            summaries,
        )
        view = self.view
        if view is None:
            self.hits, self.hidden_hits = found, []
        else:
            self.hits, self.hidden_hits = split_hits(found, view.mode, set(summaries), view.showing_overview)
        self.current = -1
        pane = self.host.reading_pane
        position = pane.to_model(pane.textCursor().position())
        for i, hit in enumerate(self.hits):  # start at the first match after the caret
            if (
                hit.section_index == self.host.current_index
                and hit.kind == search.TEXT
                and hit.start >= position
            ):
                self.current = i
                break
        if self.current < 0 and self.hits:
            self.current = next(
                (i for i, h in enumerate(self.hits) if h.section_index == self.host.current_index), 0
            )
        self._show_current(announce=True)

    def follow_view(self, view: ViewMode) -> None:
        """Count what the view shows, and search again when the view changes."""
        self.view = view
        view.mode_changed.connect(self._view_changed)

    def _view_changed(self, _mode: str) -> None:
        if self.isVisible() and self.field.text().strip():
            self.run()

    def next(self) -> None:
        if self._timer.isActive():
            self.run()
            return
        self.current = search.next_index(len(self.hits), self.current, True)
        self._show_current(announce=True)

    def previous(self) -> None:
        if self._timer.isActive():
            self.run()
        self.current = search.next_index(len(self.hits), self.current, False)
        self._show_current(announce=True)

    def summaries(self) -> dict:
        """The pack's plain-language summaries, by section."""
        found = {}
        for section in self.host.document.sections:
            summary = self.pack.summary_for(section.id)
            if summary is not None:
                found[section.id] = summary
        return found

    def _show_current(self, announce: bool) -> None:
        if 0 <= self.current < len(self.hits):
            hit = self.hits[self.current]
            if hit.section_index != self.host.current_index:
                self.host.go_to_section(hit.section_index)
            view = self.view
            if hit.kind == search.SUMMARY and view is not None:
                pane = view.summary_pane
                shown = pane.isVisibleTo(self.host.as_widget()) and pane.section is not None
                if not shown or pane.section is None or pane.section.id != hit.section_id:
                    from reader.ui.view_mode import BOTH, SUMMARY

                    # Show the summary (beside the text unless only the summary is wanted).
                    view.set_mode(view.mode if view.mode in (BOTH, SUMMARY) else BOTH)
        self._mark_section()
        self._update_count(announce)

    def _formats(self):
        theme = self.appearance.theme if self.appearance is not None else None
        band = QColor(theme.match_band if theme else "#7a2e00")
        text = QColor(theme.match_text if theme else "#ffffff")
        edge = QColor(theme.current_match_border if theme else "#f5b400")

        def fmt(current: bool) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setBackground(band)
            f.setForeground(text)
            if current:
                f.setFontUnderline(True)
                f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                f.setUnderlineColor(edge)
            return f

        return fmt

    def _mark_section(self) -> None:
        """Mark every match in the section on screen (text and summary); the current one stands out."""
        fmt = self._formats()
        current = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        panes = {search.TEXT: self.host.reading_pane}
        if self.view is not None:
            panes[search.SUMMARY] = self.view.summary_pane
        for kind, pane in panes.items():
            here = [h for h in self.hits if h.section_index == self.host.current_index and h.kind == kind]
            if kind == search.SUMMARY and (pane.section is None or pane.section.id != self._current_id()):
                here = []  # the summary pane shows another text (e.g. the overview)
            pane.set_layer("search", [(h.start, h.end, fmt(h is current)) for h in here])
            if current is not None and current in here:
                cursor = QTextCursor(pane.document())
                cursor.setPosition(pane.to_document(current.start))
                cursor.setPosition(pane.to_document(current.end), QTextCursor.MoveMode.KeepAnchor)
                pane.setTextCursor(cursor)
                pane.scroll_to_position(current.start)

    def _current_id(self) -> str:
        section = self.host.current_section()
        return section.id if section is not None else ""

    def count_text(self) -> str:
        query = self.field.text().strip()
        if not query:
            return QCoreApplication.translate("SearchBar", "Skriv det du vill hitta.")
        elsewhere = self.hidden_text()
        if not self.hits:
            if elsewhere:
                return (
                    QCoreApplication.translate("SearchBar", "Inga träffar på ”{0}” i det som visas.").format(
                        query
                    )
                    + " "
                    + elsewhere
                )
            return QCoreApplication.translate("SearchBar", "Inga träffar på ”{0}”.").format(query)
        hit = self.hits[self.current]
        where = ""
        if hit.kind == search.SUMMARY:
            where = " " + QCoreApplication.translate("SearchBar", "(i sammanfattningen: {0})").format(
                hit.context
            )
        if elsewhere:  # before the summary's context, so a line cut short still says it
            where = " " + elsewhere + where
        if len(self.hits) == 1:
            return QCoreApplication.translate("SearchBar", "1 träff på ”{0}”.").format(query) + where
        return (
            QCoreApplication.translate("SearchBar", "Träff {0} av {1} på ”{2}”.").format(
                self.current + 1, len(self.hits), query
            )
            + where
        )

    def hidden_text(self) -> str:
        """Where the hits not shown are, in plain words ("3 träffar i hela texten, som inte visas nu.")."""
        parts = []
        for kind, one, many in (
            (
                search.TEXT,
                QCoreApplication.translate("SearchBar", "1 träff i hela texten, som inte visas nu."),
                QCoreApplication.translate("SearchBar", "{0} träffar i hela texten, som inte visas nu."),
            ),
            (
                search.SUMMARY,
                QCoreApplication.translate("SearchBar", "1 träff i den lättlästa texten, som inte visas nu."),
                QCoreApplication.translate(
                    "SearchBar", "{0} träffar i den lättlästa texten, som inte visas nu."
                ),
            ),
        ):
            count = sum(1 for h in self.hidden_hits if h.kind == kind)
            if count:
                parts.append(one if count == 1 else many.format(count))
        if not parts:
            return ""
        return (
            " ".join(parts) + " " + QCoreApplication.translate("SearchBar", "Välj Visa: Båda för att se dem.")
        )

    def _update_count(self, announce: bool) -> None:
        text = self.count_text()
        self.count_label.setText(text)
        self.field.setAccessibleDescription(text)
        has = bool(self.hits)
        self.previous_button.setEnabled(has)
        self.next_button.setEnabled(has)
        if announce and self.field.text().strip():
            self.host.announce(text)
            if self._compact and self.isVisible():
                self.host.statusBar().showMessage(text)  # kept there: the bar has no room for it

    def find_next(self) -> None:
        if not self.isVisible() or not self.field.text().strip():
            self.open_bar()
        else:
            self.next()

    def find_previous(self) -> None:
        if not self.isVisible() or not self.field.text().strip():
            self.open_bar()
        else:
            self.previous()

    def create_actions(self) -> None:
        self.action_find = self.host.add_action(
            QCoreApplication.translate("SearchBar", "Sök"),
            self.open_bar,
            ["Ctrl+F"],
            menu="document",
            group=True,
            button=True,
            description=QCoreApplication.translate("SearchBar", "Sök efter ord i texten"),
            name="find",
        )
        self.action_find_next = self.host.add_action(
            QCoreApplication.translate("SearchBar", "Nästa träff"),
            self.find_next,
            ["F3"],
            menu="document",
            name="find_next",
        )
        self.action_find_previous = self.host.add_action(
            QCoreApplication.translate("SearchBar", "Föregående träff"),
            self.find_previous,
            ["Shift+F3"],
            menu="document",
            name="find_previous",
        )


def install_search(window: Host, services: Services, appearance: Appearance | None = None) -> SearchBar:
    """Add the search bar above the reading pane, with Ctrl+F, F3 and Shift+F3."""
    bar = SearchBar(window, services, appearance)
    bar.hide()
    # Its rows up to what leaves the text a third of the window; the rest scroll (panel_scroll.py).
    window.reading_layout.insertWidget(0, PanelScroll(bar), 0)
    bar.create_actions()
    return bar
