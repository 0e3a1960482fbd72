"""Controls that keep their size when their words change, so nothing jumps.

A button whose label changes (*Läs upp* / *Pausa*, *Visa: Hela texten* /
*Visa: Lättläst*) is as wide as its widest label at the current font, so is a
label whose words change with a setting (the speed, the volume), and a
message line (the search count) is as wide as its row allows, whatever it
says: the whole message is in its tooltip and accessible name, and is
announced. Only the window or the text size moves things.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
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


def row_width(container: QWidget | None) -> int | None:
    """How wide a row of ``container``'s layout is now (inside its margins); None before it
    has a width or a layout."""
    layout = container.layout() if container is not None else None
    if container is None or layout is None or container.width() <= 0:
        return None
    margins = layout.contentsMargins()
    return container.width() - margins.left() - margins.right()


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
        row = row_width(self.parentWidget())
        if row is not None:
            width = max(self.minimumSizeHint().width(), row)
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


class SteadyLabel(QLabel):
    """A label as large as the largest of the texts it may show ("Fart: halv fart (75 ord i
    minuten)" … "Fart: dubbel fart, tydligare …"), wrapping only where its row is narrower.

    Its width is that of its longest text on one line, or of the row it stands in
    (``within``: the panel whose rows hold it) where that is narrower; its height at that
    width that of the text taking the most lines. A new text changes neither.
    """

    def __init__(self, within: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._within = within
        self._labels: list[str] = []
        if within is not None:
            within.installEventFilter(self)  # its width is this label's room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._within and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # laid out again now, with the window's new size, not at a new text
        return super().eventFilter(watched, event)

    def set_labels(self, labels: list[str]) -> None:
        """Every text the label may show (again after a switch of language)."""
        if labels != self._labels:
            self._labels = list(labels)
            self.updateGeometry()

    def _texts(self) -> list[str]:
        return [*self._labels, self.text()]

    def _frame(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        return (
            margins.left() + margins.right() + 2 * self.margin(),
            margins.top() + margins.bottom() + 2 * self.margin(),
        )

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        across, down = self._frame()
        room = QRect(0, 0, max(1, width - across), 1 << 20)
        flags = int(Qt.TextFlag.TextWordWrap)
        metrics = self.fontMetrics()
        return max(metrics.boundingRect(room, flags, text).height() for text in self._texts()) + down

    def _line_width(self, text: str) -> int:
        """As the wrapping measures it (a pixel more than the advance, where it rounds up)."""
        return self.fontMetrics().boundingRect(QRect(0, 0, 1 << 20, 1 << 20), 0, text).width()

    def _least_width(self) -> int:
        across, _down = self._frame()
        words = [word for text in self._texts() for word in text.split()] or [""]
        return max(self._line_width(word) for word in words) + across

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        across, _down = self._frame()
        width = max(self._line_width(text) for text in self._texts()) + across
        row = row_width(self._within)
        if row is not None:
            width = max(self._least_width(), min(width, row))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # (As low as at its width: a layout takes the larger of this and the size hint.)
        return QSize(self._least_width(), self.sizeHint().height())
