"""The idle watcher: how long since the visitor last did something.

Only the visitor's own input counts (keys, clicks, touch, a pointer that really moved):
nothing the app does (speech, word highlights, its own scrolling, timers, announcements)
can hold off the reset of a public computer, or leave the warning before it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QSinglePointEvent

WARNING_SECONDS = 30
# What a visitor does. Only events from the window system count (``spontaneous``): events the
# app sends itself (a scroll, a moved widget, a key a feature simulates) are not a visitor.
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
}
POINTER_EVENTS = {QEvent.Type.MouseMove}
# A pointer that moved less than this (a window appearing under a still mouse, a jitter)
# did not move: Qt reports such "moves" without the visitor touching anything.
POINTER_SLOP_PX = 3


class IdleWatcher(QObject):
    """Counts idle time from the visitor's keyboard, mouse and touch anywhere in the app.

    ``warn`` fires after ``idle_ms`` without input; then ``expired`` fires after
    ``warning_ms`` more unless the visitor does something (which emits ``resumed``).
    Only the visitor's input counts and only it leaves the warning. ``idle_ms`` 0
    switches it off.
    """

    warn = Signal()
    resumed = Signal()
    expired = Signal()

    def __init__(self, idle_ms: int, warning_ms: int = WARNING_SECONDS * 1000, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_ms = max(0, int(idle_ms))
        self.warning_ms = int(warning_ms)
        self.warning = False
        self._pointer: QPointF | None = None  # where the pointer was last seen
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_warning)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setTimerType(Qt.TimerType.PreciseTimer)
        self._grace.timeout.connect(self._expire)
        app = QCoreApplication.instance()
        if app is not None and self.idle_ms:
            app.installEventFilter(self)
        self.restart()

    @property
    def active(self) -> bool:
        return self.idle_ms > 0

    def remaining_ms(self) -> int:
        return min(self.warning_ms, max(0, self._grace.remainingTime())) if self.warning else self.warning_ms

    def restart(self) -> None:
        self._grace.stop()
        self.warning = False
        if self.idle_ms:
            self._idle.start(self.idle_ms)

    def activity(self) -> None:
        """The visitor did something: start counting again (and leave the warning)."""
        was_warning = self.warning
        self.restart()
        if was_warning:
            self.resumed.emit()

    def pause(self) -> None:
        self._idle.stop()
        self._grace.stop()
        self.warning = False

    def stop(self) -> None:
        self._idle.stop()
        self._grace.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _start_warning(self) -> None:
        self.warning = True
        self._grace.start(self.warning_ms)
        self.warn.emit()

    def _expire(self) -> None:
        self.warning = False
        try:
            self.expired.emit()
        finally:
            self.restart()

    def is_visitor_input(self, event: QEvent) -> bool:
        """Whether ``event`` is something a person did (not something the app did)."""
        kind = event.type()
        if kind not in ACTIVITY_EVENTS or not event.spontaneous():
            return False
        if kind in POINTER_EVENTS and isinstance(event, QSinglePointEvent):
            where = event.globalPosition()
            last, self._pointer = self._pointer, QPointF(where)
            if last is None:
                return False  # the first position seen is where the pointer already was
            moved = abs(where.x() - last.x()) + abs(where.y() - last.y())
            # A mouse moving alone does not dismiss the warning: a bumped table must not count.
            return moved >= POINTER_SLOP_PX and not self.warning
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS and self.is_visitor_input(event):
            self.activity()
        return False
