"""Reading ruler (line focus): a clear band of 1 or 3 lines, the rest of the text dimmed.

The band follows the keyboard caret, the mouse, or the sentence being read
aloud (``follow_reading`` takes the speech controller's highlight signal).
It is drawn on a see-through layer over the reading pane that lets every
click and key pass to the text underneath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction

    from reader.preferences.settings import Settings
    from reader.services import Services
    from reader.ui.appearance import Appearance
    from reader.ui.host import Host
    from reader.ui.reading_pane import ReadingPane

EDGE_PX = 2


class ReadingRuler(QWidget):
    """A see-through layer over a reading pane's viewport."""

    def __init__(self, pane: ReadingPane, settings: Settings, theme_source: Appearance | None = None) -> None:
        super().__init__(pane.viewport())
        self.pane = pane
        self.settings = settings
        self.theme_source = theme_source  # the appearance, whose ``theme`` gives the band's edge colour
        self.setObjectName("ReadingRuler")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._band: QRect | None = None
        self.action: QAction | None = None  # Läslinjal (Ctrl+R), added by install_ruler
        self._reading: tuple[int, int] | None = None
        self._mouse_y: int | None = None
        pane.viewport().installEventFilter(self)
        pane.viewport().setMouseTracking(True)
        pane.cursorPositionChanged.connect(self.refresh)
        pane.verticalScrollBar().valueChanged.connect(self.refresh)
        settings.changed.connect(self._on_setting)
        self.setGeometry(pane.viewport().rect())
        self._on_setting("ruler/enabled", settings.get("ruler/enabled"))

    # -- inputs --------------------------------------------------------------
    def follow_reading(self, start: int, end: int, _word_start: int = -1, _word_end: int = -1) -> None:
        """Slot for the sentence being read (section offsets; -1 when reading stops)."""
        self._reading = (start, end) if start >= 0 and end >= start else None
        self.refresh()

    def follow_reading_from(self, highlight: SignalInstance) -> None:
        """Follow the sentences of ``highlight`` (the reading-aloud controller's signal)."""
        highlight.connect(self.follow_reading)

    def forget(self) -> None:
        """A new visitor: no sentence is being read."""
        self.follow_reading(-1, -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.pane.viewport():
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.pane.viewport().rect())
                self.refresh()
            elif isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
                self._mouse_y = int(event.position().y())
                if self.settings.get("ruler/follow") == "mouse":
                    self.refresh()
        return False

    def _on_setting(self, key: str, _value) -> None:
        if key.startswith("ruler/") or key.startswith("text/") or key == "view/theme":
            self.setVisible(bool(self.settings.get("ruler/enabled")))
            self.raise_()
            self.refresh()

    # -- geometry --------------------------------------------------------------
    def _line_rect(self, position: int) -> QRect:
        """The rectangle of the section's offset ``position``."""
        cursor = QTextCursor(self.pane.document())
        position = self.pane.to_document(position)
        cursor.setPosition(max(0, min(position, self.pane.document().characterCount() - 1)))
        return self.pane.cursorRect(cursor)

    def _lines_around(self, cursor: QTextCursor, lines: int) -> QRect:
        """The band over the cursor's line, and the lines above and below when ``lines`` is 3."""
        cursor = QTextCursor(cursor)
        cursor.clearSelection()
        rect = self.pane.cursorRect(cursor)
        top, bottom = rect.top(), rect.bottom()
        if lines >= 3:
            for move in (QTextCursor.MoveOperation.Up, QTextCursor.MoveOperation.Down):
                other = QTextCursor(cursor)
                if other.movePosition(move):
                    near = self.pane.cursorRect(other)
                    top, bottom = min(top, near.top()), max(bottom, near.bottom())
        pad = max(2, rect.height() // 4)  # the line spacing around the letters
        return QRect(0, top - pad, self.width(), bottom - top + 1 + 2 * pad)

    def compute_band(self) -> QRect | None:
        """Where the clear band is now, in viewport coordinates."""
        lines = self.settings.get("ruler/lines")
        follow = self.settings.get("ruler/follow")
        if follow == "speech" and self._reading is not None:
            start = QTextCursor(self.pane.document())
            first = self._reading[0]
            first = self.pane.to_document(first)
            start.setPosition(max(0, min(first, self.pane.document().characterCount() - 1)))
            if lines >= 3:
                top = self._lines_around(start, 1)
                last = self._lines_around(
                    self.pane.cursorForPosition(self._line_rect(self._reading[1]).center()), 1
                )
                return top.united(last)
            return self._lines_around(start, 1)
        if follow == "mouse" and self._mouse_y is not None:
            return self._lines_around(self.pane.cursorForPosition(QPoint(8, self._mouse_y)), lines)
        band = self._lines_around(self.pane.textCursor(), lines)
        if not band.intersects(self.rect()):
            # Scrolled away from the caret (wheel, scroll bar): the band waits at the top line in view
            # rather than dimming the whole page.
            first_in_view = self.pane.cursorForPosition(QPoint(8, self.pane.fontMetrics().height()))
            band = self._lines_around(first_in_view, lines)
        return band

    def refresh(self, *_args) -> None:
        if not self.settings.get("ruler/enabled"):
            return
        self._band = self.compute_band()
        self.update()

    # -- drawing ------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        if self._band is None:
            self._band = self.compute_band()
        band = self._band
        if band is None:
            return
        shade = QColor(0, 0, 0, round(255 * self.settings.get("ruler/shade") / 100))
        painter = QPainter(self)
        w, h = self.width(), self.height()
        if band.top() > 0:
            painter.fillRect(QRect(0, 0, w, band.top()), shade)
        if band.bottom() < h:
            painter.fillRect(QRect(0, band.bottom() + 1, w, h - band.bottom() - 1), shade)
        theme = self.theme_source.theme if self.theme_source is not None else None
        edge = QColor(theme.sentence_mark if theme is not None else "#000000")
        painter.setPen(QPen(edge, EDGE_PX))
        painter.drawLine(0, band.top(), w, band.top())
        painter.drawLine(0, band.bottom(), w, band.bottom())
        painter.end()


def install_ruler(window: Host, services: Services, appearance: Appearance) -> ReadingRuler:
    """Put a ruler over the window's reading pane and add its on/off action (Ctrl+R)."""
    settings = services.settings
    ruler = ReadingRuler(window.reading_pane, settings, appearance)

    def toggle(on: bool) -> None:
        settings.set("ruler/enabled", bool(on))
        window.announce(
            QCoreApplication.translate("Ruler", "Läslinjal på")
            if on
            else QCoreApplication.translate("Ruler", "Läslinjal av")
        )

    action = ruler.action = window.add_action(
        QCoreApplication.translate("Ruler", "Läslinjal"),
        toggle,
        ["Ctrl+R"],
        menu="view",
        button=True,
        description=QCoreApplication.translate("Ruler", "Visa bara några rader i taget, resten blir mörkare"),
        checkable=True,
        name="reading_ruler",
    )
    action.setChecked(settings.get("ruler/enabled"))
    settings.changed.connect(
        lambda key, value: action.setChecked(bool(value)) if key == "ruler/enabled" else None
    )
    return ruler
