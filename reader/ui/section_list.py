"""The list of sections: a real list a screen reader can walk, with the current one marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from reader.content.model import Section


class SectionList(QListWidget):
    section_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        # Long titles wrap onto more lines; the list never scrolls sideways.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setMinimumHeight(56)  # one title: a low window must still fit the text below it
        self.currentRowChanged.connect(self._on_row)
        self._updating = False

    def set_sections(self, sections: list[Section]) -> None:
        self._updating = True
        self.clear()
        for number, section in enumerate(sections, start=1):
            item = QListWidgetItem(f"{number}. {section.title}")
            item.setToolTip(section.title)
            self.addItem(item)
        self._updating = False

    def mark_current(self, index: int) -> None:
        self._updating = True
        self.setCurrentRow(index)
        self._updating = False

    def _on_row(self, row: int) -> None:
        if not self._updating and row >= 0:
            self.section_chosen.emit(row)
