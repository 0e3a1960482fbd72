"""The list of sections: a real list a screen reader can walk, with the current one marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.content.model import Section


class WholeTitles(QStyledItemDelegate):
    """Rows as tall as their title needs at the width it is drawn in, so no title ends in "…".

    Qt measures a wrapped row at its layout width, but draws it across the viewport less
    the list's spacing, inside the style sheet's padding and the style's text margins; a
    title that needs one more line there was drawn in two ending with "…" ("5. Ett
    Helsingborg med god välfärd i livets alla …" in a 230 px list).
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            probe = QStyleOptionViewItem(option)
            self.initStyleOption(probe, index)
            probe.rect = QRect(0, 0, view.viewport().width() - 2 * view.spacing(), 100_000)
            style = view.style()
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, view)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            if probe.rect.width() > 0 and text.width() > 2 * margin:
                bounds = QRect(0, 0, text.width() - 2 * margin, 100_000)
                lines = probe.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, probe.text)
                height = lines.height() + probe.rect.height() - text.height()  # and the padding
                return QSize(min(hint.width(), probe.rect.width()), max(hint.height(), height))
        return hint


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
        self.setItemDelegate(WholeTitles(self))
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
