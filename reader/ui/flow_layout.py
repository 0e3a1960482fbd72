"""A layout that wraps its widgets onto new rows, so no button is ever pushed out of reach.

Adapted from Qt's Flow Layout example: at large UI scales or in a narrow
window the buttons move to the next row instead of being cut off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


def _shown(item: QLayoutItem) -> bool:
    """Whether ``item`` takes room: a spacer or layout, or a widget that is not hidden."""
    widget = item.widget()
    return widget is None or not widget.isHidden()


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(8, 8, 8, 8))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def one_line_width(self) -> int:
        """The width that holds every shown item side by side (the size hint is one item wide)."""
        widths = [item.sizeHint().width() for item in self._items if _shown(item)]
        m = self.contentsMargins()
        return sum(widths) + self._spacing * max(0, len(widths) - 1) + m.left() + m.right()

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def place_row() -> None:
            # A label beside a taller field or button sits on the row's middle, not at its top.
            for item, point, hint in row:
                item.setGeometry(QRect(point + QPoint(0, (line_height - hint.height()) // 2), hint))
            row.clear()

        for item in self._items:
            if not _shown(item):
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                if not test_only:
                    place_row()
                x = area.x()
                y = y + line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                row.append((item, QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        if not test_only:
            place_row()
        return y + line_height - rect.y() + m.bottom()


def folds(width: int, limit_px: int, low: bool, scale: float) -> bool:
    """Whether a row of big buttons keeps only its main ones (with short labels).

    It does in a low window, and when narrower than ``limit_px`` at the interface
    scale: at 200 % every button is twice as wide, so the row folds twice as soon.
    """
    return low or width < limit_px * scale


def wrapping_policy() -> QSizePolicy:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


def button_row(buttons: Sequence[QWidget], name: str = "") -> QWidget:
    """``buttons`` side by side in a row of their own, which folds onto more rows where narrow."""
    box = QWidget()
    if name:
        box.setObjectName(name)
    box.setSizePolicy(wrapping_policy())
    row = FlowLayout(box)
    for button in buttons:
        row.addWidget(button)
    return box
