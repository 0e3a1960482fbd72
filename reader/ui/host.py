"""What a feature may use of the main window: the host, a typed interface the window implements.

A feature (view mode, appearance, search, ruler, help, printing, …) is installed
against this interface, not against the window's attributes: it may read the
settings and the document, follow the signals, add actions, menus and buttons,
announce, reach the panes and move between sections. Anything else a feature
needs from another feature is handed to it by :mod:`reader.ui.features`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction, QFont, QKeySequence
    from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar, QVBoxLayout, QWidget

    from reader.content.model import Document, Section
    from reader.preferences.settings import Settings
    from reader.ui.button_bar import ButtonBar
    from reader.ui.reading_pane import ReadingPane


class Room(NamedTuple):
    """The room the window has: ``low`` (too little height for every button) and the interface scale."""

    low: bool
    ui_scale: float


class Host(Protocol):
    """The main window as the features see it (reader/ui/main_window.py implements it)."""

    settings: Settings
    document: Document
    reading_pane: ReadingPane  # the full text; a feature may add panes (see panes())
    reading_area: QWidget  # right of the section list: panels and panes go here
    reading_layout: QVBoxLayout
    button_bar: ButtonBar

    @property
    def section_changed(self) -> SignalInstance: ...
    @property
    def text_size_changed(self) -> SignalInstance: ...
    @property
    def room_changed(self) -> SignalInstance: ...
    @property
    def closing(self) -> SignalInstance: ...
    @property
    def destroyed(self) -> SignalInstance: ...

    def add_action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        menu: str | None = None,
        button: bool = False,
        description: str = "",
        checkable: bool = False,
        name: str = "",
        group: bool = False,
    ) -> QAction: ...
    def menu(self, name: str) -> QMenu: ...
    def announce(self, text: str, assertive: bool = False) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt API)
    def active_pane(self) -> ReadingPane: ...
    def panes(self) -> list[ReadingPane]: ...
    def reading_panes(self) -> list[ReadingPane]: ...
    def set_pane_source(
        self, active: Callable[[], ReadingPane], shown: Callable[[], list[ReadingPane]]
    ) -> None: ...
    def current_section(self) -> Section | None: ...
    @property
    def current_index(self) -> int: ...
    def go_to_section(self, index: int) -> None: ...
    def next_section(self) -> None: ...
    def previous_section(self) -> None: ...
    def room(self) -> Room: ...
    @property
    def text_size(self) -> int: ...
    def step_text_size(self, direction: int) -> None: ...
    def apply_text_size(self, size: int, announce: bool = True) -> None: ...
    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...  # noqa: N802 (Qt API)
    def page_past_the_end(self, pane: ReadingPane, key: int) -> bool: ...
    def actions(self) -> list[QAction]: ...
    def font(self) -> QFont: ...
    def setFont(self, font: QFont) -> None: ...  # noqa: N802 (Qt API)
    def setProperty(self, name: str, value: object) -> bool: ...  # noqa: N802 (Qt API)
    def width(self) -> int: ...
    def height(self) -> int: ...
    def as_widget(self) -> QWidget: ...  # the window itself, where Qt asks for a widget
    def focusWidget(self) -> QWidget | None: ...  # noqa: N802 (Qt API)
    def close(self) -> bool: ...
