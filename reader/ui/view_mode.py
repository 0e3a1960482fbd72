"""Three ways to read a section: "Hela texten", "Lättläst" or "Båda".

A second :class:`ReadingPane` shows the plain-language summary. In "Båda" the
two panes stand side by side when there is room and one above the other when
the window is narrow. The choice is one click (a button that cycles) or
Ctrl+L, is remembered, stays when the section changes and is announced to
assistive technology. A section without a summary says so in plain words.
Hard words are marked in both panes (see :mod:`reader.ui.glossary_panel`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QKeyEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from reader.content.model import Section
from reader.platform.i18n import when_language_changes
from reader.preferences.session_state import OVERVIEW_SEEN
from reader.ui.reading_pane import ReadingPane
from reader.ui.steady import set_labels

if TYPE_CHECKING:
    from reader.services import Services
    from reader.ui.host import Host

log = logging.getLogger(__name__)

FULL = "full"
SUMMARY = "summary"
BOTH = "both"
MODES = (FULL, SUMMARY, BOTH)
SETTING = "view/reading_mode"
# Below this width of the reading area, "Båda" stacks the panes (where the height allows).
SIDE_BY_SIDE_MIN_PX = 800
# One above the other, each text keeps at least this many lines; side by side, this many
# characters a line (see both_orientation).
STACKED_MIN_LINES = 3
COLUMN_MIN_CHARS = 8
# One above the other, two texts need a tall window to leave each a useful number of lines.
TWO_STACKED_MIN_HEIGHT_PX = 1000


def mode_label(mode: str) -> str:
    return {
        FULL: QCoreApplication.translate("ViewMode", "Hela texten"),
        SUMMARY: QCoreApplication.translate("ViewMode", "Lättläst"),
        BOTH: QCoreApplication.translate("ViewMode", "Båda"),
    }.get(mode, mode)


def both_orientation(
    width: int, height: int, line_px: int, char_px: int, caption_px: int
) -> Qt.Orientation | None:
    """How "Båda" places two texts in a ``width`` × ``height`` room, or None if it cannot.

    Side by side when wide; one above the other when narrow, if each text then keeps
    :data:`STACKED_MIN_LINES` lines under its caption; side by side again in a low room
    (a small laptop at 200 %, large controls) if each column holds
    :data:`COLUMN_MIN_CHARS` characters. Where neither fits (96 pt text in a small
    window) two texts would each show a letter or a line: None, and one text is shown.
    """
    columns = width // 2 >= COLUMN_MIN_CHARS * char_px
    if width >= SIDE_BY_SIDE_MIN_PX and columns:
        return Qt.Orientation.Horizontal
    if height >= 2 * (STACKED_MIN_LINES * line_px + caption_px):
        return Qt.Orientation.Vertical
    return Qt.Orientation.Horizontal if columns else None


def next_mode(mode: str) -> str:
    """The mode after ``mode`` in the cycle full → summary → both → full."""
    return MODES[(MODES.index(mode) + 1) % len(MODES)] if mode in MODES else FULL


class ViewMode(QObject):
    """Owns the summary pane and the layout of the reading area."""

    mode_changed = Signal(str)

    def __init__(self, window: Host, services: Services):
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.window = window
        self.settings = services.settings
        self.session = services.session  # "overview seen": a new reader is greeted with it once
        self.summaries = services.pack.summaries
        self.showing_overview = False
        self._overview_asked = False  # the reader chose "Programmet i korthet" (not the greeting)
        self._two_shown = False  # the overview stands beside the full text now
        self._asked_both = False  # two texts are asked for (Båda, or the overview beside the text)
        self._one_for_two = False  # … but the room holds one: the one the reader is in is shown
        self._choosing = False  # in set_mode, which says what is shown itself

        self.full_pane: ReadingPane = window.reading_pane
        self.summary_pane = ReadingPane()
        self.summary_pane.setObjectName("SummaryPane")
        self.summary_pane.set_kind(
            "ViewMode", QT_TRANSLATE_NOOP("ViewMode", "lättläst")
        )  # "Inledning – lättläst"
        self.summary_pane.setAccessibleDescription(
            QCoreApplication.translate(
                "ViewMode", "Avsnittet på lätt svenska. Ctrl+L byter mellan hela texten, lättläst och båda."
            )
        )
        self.summary_pane.zoom_requested.connect(window.step_text_size)

        self.full_label = QLabel(QCoreApplication.translate("ViewMode", "Hela texten"))
        self.full_label.setObjectName("FullTextLabel")
        # No buddy: a screen reader would take the caption as the pane's name instead of
        # "Inledning – hela texten".
        self.summary_label = QLabel(QCoreApplication.translate("ViewMode", "Lättläst"))
        self.summary_label.setObjectName("SummaryLabel")
        self.missing_label = QLabel()
        self.missing_label.setObjectName("NoSummaryLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.missing_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.missing_label.setMargin(16)

        full_box = QWidget()
        full_box.setObjectName("FullTextBox")
        full_layout = QVBoxLayout(full_box)
        full_layout.setContentsMargins(0, 0, 0, 0)
        full_layout.addWidget(self.full_label)
        full_layout.addWidget(self.full_pane, 1)
        summary_box = QWidget()
        summary_box.setObjectName("SummaryBox")
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.summary_label)
        summary_layout.addWidget(self.missing_label)
        summary_layout.addWidget(self.summary_pane, 1)
        self.full_box = full_box
        self.summary_box = summary_box

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ReadingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(full_box)
        self.splitter.addWidget(summary_box)
        window.reading_layout.removeWidget(self.full_pane)
        window.reading_layout.addWidget(self.splitter)
        window.reading_area.installEventFilter(self)
        self.splitter.installEventFilter(self)
        self.summary_pane.installEventFilter(self)

        self.mode = self.settings.get(SETTING)
        self._create_actions()
        window.section_changed.connect(self._on_section_changed)
        self.settings.changed.connect(self._on_setting)
        self.session.changed.connect(self._on_session)
        when_language_changes(self._on_language)
        window.room_changed.connect(self.refresh)  # a low window has no room for two texts
        self.refresh()
        if not self.session.get(OVERVIEW_SEEN) and self.summaries.overview is not None:
            self.show_overview(announce=False)

    # -- actions --------------------------------------------------------------------
    def _create_actions(self) -> None:
        w = self.window
        self.cycle_action = w.add_action(
            self._cycle_text(),
            self.cycle,
            ["Ctrl+L"],
            menu="view",
            group=True,
            button=True,
            description=QCoreApplication.translate(
                "ViewMode", "Byt mellan hela texten, lättläst text och båda"
            ),
            name="cycle_reading_mode",
        )
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.mode_actions = {}
        for mode in MODES:
            action = w.add_action(
                mode_label(mode),
                lambda _checked=False, m=mode: self.set_mode(m),
                menu="view",
                checkable=True,
                name=f"reading_mode_{mode}",
            )
            self.group.addAction(action)
            self.mode_actions[mode] = action
        self.overview_action = w.add_action(
            QCoreApplication.translate("ViewMode", "Programmet i korthet"),
            lambda: self.show_overview(),
            ["Ctrl+Shift+L"],
            menu="view",
            button=True,
            description=QCoreApplication.translate("ViewMode", "Hela programmet kort och på lätt svenska"),
            name="show_overview",
        )
        self.overview_action.setEnabled(self.summaries.overview is not None)
        self._sync_actions()

    def _on_language(self, _code: str) -> None:
        self._sync_actions()  # "Visa: Båda" is built from two strings: no safety net maps it
        self.refresh()

    def _cycle_text(self) -> str:
        return QCoreApplication.translate("ViewMode", "Visa: {0}").format(mode_label(self.mode))

    def _sync_actions(self) -> None:
        label = QCoreApplication.translate("ViewMode", "Visa: {0}")
        set_labels(self.cycle_action, [label.format(mode_label(m)) for m in MODES])  # one width for all
        self.cycle_action.setText(self._cycle_text())
        for mode, action in self.mode_actions.items():
            action.setChecked(mode == self.mode)

    # -- the mode -----------------------------------------------------------------------
    def cycle(self) -> None:
        self.set_mode(next_mode(self.mode))

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            return
        changed = mode != self.mode or self.showing_overview
        focus = self.window.focusWidget()
        in_text = focus in (self.full_pane, self.summary_pane)
        self.mode = mode
        self.showing_overview = False
        self.settings.set(SETTING, mode)
        self._sync_actions()
        self._choosing = True
        try:
            self.refresh()
        finally:
            self._choosing = False
        if in_text and focus not in self.visible_panes():
            # The pane the reader was in is gone: continue in the one now shown.
            self.active_pane().setFocus(Qt.FocusReason.OtherFocusReason)
        if changed:
            self.mode_changed.emit(mode)
        self.window.announce(self._describe())

    def _describe(self) -> str:
        section = self.window.current_section()
        text = QCoreApplication.translate("ViewMode", "Visar {0}").format(mode_label(self.mode).lower())
        if self.mode != FULL and section is not None and self.summaries.for_section(section.id) is None:
            text += ". " + self.missing_text()
        elif self._one_for_two:
            text += ". " + QCoreApplication.translate(
                "ViewMode",
                "Fönstret har inte plats för två texter: en visas. Gör fönstret större eller texten mindre.",
            )
        return text

    def missing_text(self) -> str:
        return QCoreApplication.translate(
            "ViewMode", "Det finns ingen lättläst version av det här avsnittet. Hela texten visas."
        )

    def _on_setting(self, key: str, value) -> None:
        """Follow changes made elsewhere, e.g. all settings reset for a new visitor."""
        if key == SETTING and value in MODES and value != self.mode:
            self.mode = value
            self._sync_actions()
            self.refresh()
            self.mode_changed.emit(value)
        elif key == "text/size_pt":  # the panes have the new size already (the appearance is first)
            if self._room_changed_what_fits():
                self.refresh()  # two texts no longer fit, or fit again
            else:
                self._orient()

    def _on_session(self, key: str, value) -> None:
        """A new visitor on a public computer: greet them with the overview."""
        if key == OVERVIEW_SEEN and not value and self.summaries.overview is not None:
            # After the reset has finished (it may change section), greet the new reader.
            QTimer.singleShot(0, self, lambda: self.show_overview(announce=False))

    def _on_section_changed(self, _index: int) -> None:
        self.showing_overview = False
        self.refresh()

    def show_overview(self, announce: bool = True) -> None:
        """Show "Programmet i korthet" in the summary pane, beside the full text when there is room."""
        if self.summaries.overview is None:
            return
        self.showing_overview = True
        self._overview_asked = announce
        self.session.set(OVERVIEW_SEEN, True)
        self.refresh()
        if announce:
            self.window.announce(QCoreApplication.translate("ViewMode", "Visar Programmet i korthet"))

    # -- layout ----------------------------------------------------------------------
    def current_summary(self) -> Section | None:
        if self.showing_overview:
            return self.summaries.overview
        section = self.window.current_section()
        return self.summaries.for_section(section.id) if section is not None else None

    def refresh(self) -> None:
        """Show the panes the mode asks for, with the current section's texts."""
        summary = self.current_summary()
        mode = self.mode
        if self.showing_overview and self.mode == FULL:
            # Beside the full text when there is room; where the two would share a low window,
            # or stand one above the other in one that is not tall, the greeting waits, and
            # the overview the reader asked for is shown on its own.
            self._two_shown = self._room_for_two()
            mode = BOTH if self._two_shown else (SUMMARY if self._overview_asked else FULL)
        if self.showing_overview and self.mode == SUMMARY:
            mode = SUMMARY
        self._asked_both = mode == BOTH and summary is not None
        was_one = self._one_for_two
        self._one_for_two = self._asked_both and self._both_orientation() is None
        if self._one_for_two != was_one and not self._choosing and self.window.as_widget().isVisible():
            # The window or the text size took the second text away, or gave it back: say so.
            QTimer.singleShot(0, self, lambda: self.window.announce(self._describe()))
        if self._one_for_two:  # no room for two texts: the one the reader is in
            mode = SUMMARY if self.summary_pane.hasFocus() else FULL
        want_summary = mode in (SUMMARY, BOTH)
        want_full = mode in (FULL, BOTH) or summary is None
        if want_summary and summary is not None:
            if self.summary_pane.section is not summary:
                self.summary_pane.show_section(summary)
            self.summary_pane.show()
            self.missing_label.hide()
        else:
            self.summary_pane.hide()
            self.missing_label.setText(self.missing_text())
            self.missing_label.setVisible(want_summary)
        self.summary_box.setVisible(want_summary)
        self.full_box.setVisible(want_full)
        both = want_summary and want_full
        self.full_label.setVisible(both)
        self.summary_label.setVisible(both and summary is not None)
        self.summary_label.setText(
            summary.title
            if self.showing_overview and summary
            else QCoreApplication.translate("ViewMode", "Lättläst")
        )
        self._orient()
        # Lay the panes out now, so a position set right after a change is not moved by a late re-layout.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _room_for_two(self) -> bool:
        window = self.window
        low, scale = window.room()
        if low:
            return False
        area = window.reading_area
        # Before the window is first shown nothing is laid out: the list takes about 300 px.
        width = area.width() if area.isVisible() else window.width() - round(300 * scale)
        return width >= SIDE_BY_SIDE_MIN_PX or window.height() >= TWO_STACKED_MIN_HEIGHT_PX * scale

    def _room_changed_what_fits(self) -> bool:
        if self.showing_overview and self.mode == FULL and self._room_for_two() != self._two_shown:
            return True
        return self._asked_both and (self._both_orientation() is None) != self._one_for_two

    def _both_orientation(self) -> Qt.Orientation | None:
        """Where the two texts go in the room the panes have now (None: no room for two)."""
        area = self.splitter if self.splitter.isVisible() else self.window.reading_area
        panes = (self.full_pane, self.summary_pane)
        metrics = [p.fontMetrics() for p in panes]
        # A line as the pane sets it: the font's spacing times the reader's line height (1.5).
        line = round(
            max(
                m.lineSpacing() * max(1.0, p.text_style.line_height)
                for p, m in zip(panes, metrics, strict=True)
            )
        )
        char = max(m.averageCharWidth() for m in metrics)
        return both_orientation(area.width(), area.height(), line, char, self.full_label.sizeHint().height())

    def _orient(self) -> None:
        wanted = self._both_orientation() or Qt.Orientation.Vertical
        stacked = wanted == Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            total = self.splitter.height() if stacked else self.splitter.width()
            self.splitter.setSizes([total // 2, total - total // 2])

    def visible_panes(self) -> list[ReadingPane]:
        panes = []
        top = self.window.as_widget()
        if self.full_box.isVisibleTo(top) and self.full_pane.isVisibleTo(top):
            panes.append(self.full_pane)
        if self.summary_box.isVisibleTo(top) and self.summary_pane.isVisibleTo(top):
            panes.append(self.summary_pane)
        return panes

    def active_pane(self) -> ReadingPane:
        """The pane with focus, else the only visible one, else the full text."""
        for pane in (self.summary_pane, self.full_pane):
            if pane.hasFocus() and pane in self.visible_panes():
                return pane
        visible = self.visible_panes()
        if len(visible) == 1:
            return visible[0]
        return self.full_pane

    def _page_past_the_end(self, key: int) -> bool:
        """Page Down at the end of a summary goes on to the next section, as in the full text."""
        return not self.showing_overview and self.window.page_past_the_end(self.summary_pane, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched in (self.splitter, self.window.reading_area) and event.type() == QEvent.Type.Resize:
            # (The splitter alone resizes when the reading-aloud controls above it open.)
            if self._room_changed_what_fits():
                self.refresh()  # the overview or the second text comes, or goes, with the room
            else:
                self._orient()
        elif (
            watched is self.summary_pane
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return self._page_past_the_end(event.key()) or super().eventFilter(watched, event)
        return super().eventFilter(watched, event)


def install_view_mode(window: Host, services: Services) -> ViewMode:
    """Add the summary pane and the reading-mode actions to ``window``; it answers for the panes."""
    view = ViewMode(window, services)
    window.set_pane_source(view.active_pane, view.visible_panes)
    return view
