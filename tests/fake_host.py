"""A small stand-in for the main window: what reader/ui/host.py promises a feature, and no more.

Feature logic is tested against it without building the whole window: the fake
records what a feature announces, which pages it turns and which actions it adds.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QVBoxLayout, QWidget

from reader.ui.button_bar import ButtonBar
from reader.ui.host import Room
from reader.ui.reading_pane import ReadingPane


class FakeHost(QWidget):
    section_changed = Signal(int)
    text_size_changed = Signal(int)
    room_changed = Signal()
    closing = Signal()

    def __init__(self, services) -> None:
        super().__init__()
        self.settings = services.settings
        self.document = services.document
        self.reading_area = QWidget(self)
        self.reading_layout = QVBoxLayout(self.reading_area)
        self.reading_pane = ReadingPane()
        self.reading_layout.addWidget(self.reading_pane)
        self.button_bar = ButtonBar(self)
        self._status = QStatusBar(self)
        self._menus: dict[str, QMenu] = {}
        self._panes = None
        self.current_index = -1
        self.announced: list[str] = []
        self.actions_by_name: dict[str, QAction] = {}
        self.paged: list[tuple[ReadingPane, int]] = []  # what page_past_the_end was asked
        self.steps: list[int] = []
        self.low, self.ui_scale = False, 1.0
        self.resize(1200, 800)
        self.go_to_section(0)

    # -- what a feature may use ---------------------------------------------------------
    def add_action(
        self,
        text,
        slot,
        shortcuts=None,
        menu=None,
        button=False,
        description="",
        checkable=False,
        name="",
        group=False,
    ):
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def menu(self, name: str) -> QMenu:
        return self._menus.setdefault(name, QMenu(name, self))

    def announce(self, text: str, assertive: bool = False) -> None:
        self.announced.append(text)

    def statusBar(self) -> QStatusBar:  # noqa: N802 (Qt API)
        return self._status

    def set_pane_source(self, active, shown) -> None:
        self._panes = (active, shown)

    def active_pane(self) -> ReadingPane:
        return self._panes[0]() if self._panes else self.reading_pane

    def panes(self) -> list[ReadingPane]:
        return self._panes[1]() if self._panes else [self.reading_pane]

    def reading_panes(self) -> list[ReadingPane]:
        return [self.reading_pane, *(p for p in self.findChildren(ReadingPane) if p is not self.reading_pane)]

    def current_section(self):
        return self.document.sections[self.current_index] if self.current_index >= 0 else None

    def go_to_section(self, index: int) -> None:
        self.current_index = index
        self.reading_pane.show_section(self.document.sections[index])
        self.section_changed.emit(index)

    def next_section(self) -> None:
        self.go_to_section(self.current_index + 1)

    def previous_section(self) -> None:
        self.go_to_section(self.current_index - 1)

    def as_widget(self) -> QWidget:
        return self

    def room(self) -> Room:
        return Room(self.low, self.ui_scale)

    @property
    def text_size(self) -> int:
        return self.settings.get("text/size_pt")

    def step_text_size(self, direction: int) -> None:
        self.steps.append(direction)

    def apply_text_size(self, size: int, announce: bool = True) -> None:
        self.settings.set("text/size_pt", size)

    def addDockWidget(self, _area, dock) -> None:  # noqa: N802 (Qt API)
        dock.setParent(self)

    def page_past_the_end(self, pane: ReadingPane, key: int) -> bool:
        self.paged.append((pane, key))
        return True
