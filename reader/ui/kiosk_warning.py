"""The idle warning of public-computer mode: big, plain, one click or key to stay.

It covers the whole window so nobody misses it, counts down the seconds left, and
is announced to screen readers (and read aloud by the speech feature) by the
public-computer mode. Any key press or click anywhere dismisses it (the idle watcher sees
the input); the button is there so the way out is obvious.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reader.kiosk.session import VisitorSession
from reader.ui.press_button import PressButton


def warning_title() -> str:
    """The question the warning asks (its heading and its name for screen readers)."""
    return QCoreApplication.translate("Kiosk", "Är du kvar?")


class IdleWarning(QFrame):
    """A full-window panel: heading, countdown, and a "Jag är kvar" button."""

    def __init__(self, visitor: VisitorSession, window: QWidget):
        super().__init__(window)
        self.visitor = visitor
        self.window_ = window  # the main window it covers
        self.setObjectName("IdleWarning")
        self.setStyleSheet(
            "#IdleWarningBox { background: #fff8d6; border: 6px solid #7a4b00; border-radius: 12px; }"
            "#IdleWarningBox QLabel { color: #1a1a1a; background: transparent; border: none; }"
            "#IdleWarningTitle { font-size: 40pt; font-weight: bold; }"
            "#IdleWarningText { font-size: 24pt; }"
            "#IdleWarningButton { font-size: 26pt; font-weight: bold; min-height: 80px; padding: 12px 32px;"
            " background: #1a4fa0; color: white; border: 4px solid #0b2b5c; border-radius: 8px; }"
            "#IdleWarningButton:focus { border: 6px solid #ffbf00; }"
        )
        box = self.box = QFrame(self)
        box.setObjectName("IdleWarningBox")
        self.title = QLabel(warning_title(), box)
        self.title.setObjectName("IdleWarningTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(box)
        self.countdown.setObjectName("IdleWarningText")
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(
            QCoreApplication.translate("Kiosk", "Tryck på en tangent eller klicka för att fortsätta läsa."),
            box,
        )
        self.hint.setObjectName("IdleWarningText")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = PressButton(QCoreApplication.translate("Kiosk", "Jag är kvar – fortsätt"), box)
        self.button.setObjectName("IdleWarningButton")
        self.button.setAccessibleDescription(
            QCoreApplication.translate("Kiosk", "Läsaren fortsätter där du var.")
        )
        self.button.clicked.connect(visitor.activity)

        inner = self.inner = QVBoxLayout(box)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addWidget(self.hint)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)

        self.setAccessibleName(warning_title())
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_countdown)
        window.installEventFilter(self)
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Dim the whole window behind the box, whatever the theme's style sheet says."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))
        painter.end()

    def update_countdown(self) -> None:
        text = self.visitor.warning_text()
        self.countdown.setText(text)
        self.setAccessibleDescription(text)

    def _place(self) -> None:
        """Cover the window; the box gets the height its wrapped text needs at its width."""
        self.setGeometry(self.window_.rect())
        width = max(320, min(900, self.width() - 80))
        self.box.setFixedWidth(width)
        self.box.setFixedHeight(min(self.height() - 20, self.inner.totalHeightForWidth(width)))

    def open_warning(self) -> None:
        self.update_countdown()
        self._place()
        self.show()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._tick.start()

    def close_warning(self) -> None:
        self._tick.stop()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
