"""Controls that keep their size when their words change, so nothing jumps.

A button whose label changes (*Läs upp* / *Pausa*, *Visa: Hela texten* /
*Visa: Lättläst*) is as wide as its widest label at the current font, and a
message line (the search count) is as wide as its row allows, whatever it
says: the whole message is in its tooltip and accessible name, and is
announced. Only the window or the text size moves things.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QLabel, QWidget

# An action's other labels, set by the feature that changes its text.
LABELS_PROPERTY = "steady_labels"


def set_labels(action: QAction, labels: list[str]) -> None:
    """Tell the buttons of ``action`` every label it may show, so they keep one width."""
    wanted = [label.replace("&", "") for label in labels]
    if labels_of(action) != wanted:  # only a real change: each one re-syncs the buttons
        action.setProperty(LABELS_PROPERTY, wanted)
        action.changed.emit()


def labels_of(action: QAction) -> list[str]:
    value = action.property(LABELS_PROPERTY)
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


def widest_extra(widget: QWidget, shown: str, labels: list[str]) -> int:
    """How much wider than for ``shown`` the widget must be to hold the widest of ``labels``."""
    if not labels:
        return 0
    metrics = widget.fontMetrics()
    flags = int(Qt.TextFlag.TextShowMnemonic)  # measured as QPushButton measures its own label

    def width(text: str) -> int:
        return metrics.size(flags, text).width()

    return max(0, max(width(label) for label in labels) - width(shown))


class MessageLine(QLabel):
    """One line of changing text that never asks for more room than its row gives.

    Too long a message is cut with "…" on screen; the tooltip and the
    accessible text carry all of it.
    """

    def __init__(self, parent: QWidget | None = None, chars: int = 40):
        super().__init__(parent)
        self._chars = chars
        self._full = ""
        self.setWordWrap(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._full = text
        self.setToolTip(text)
        super().setText(text)  # what a screen reader reads: the whole message

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """A whole row of the parent (it changes with the window only), else ``chars`` characters."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.averageCharWidth() * self._chars + margins.left() + margins.right()
        parent = self.parentWidget()
        row = parent.layout() if parent is not None else None
        if parent is not None and row is not None and parent.width() > 0:
            m = row.contentsMargins()
            width = max(self.minimumSizeHint().width(), parent.width() - m.left() - m.right())
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        margins = self.contentsMargins()
        height = self.fontMetrics().height() + margins.top() + margins.bottom()
        return QSize(self.fontMetrics().averageCharWidth() * 8, height)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
