"""A panel's title bar: its name as a heading and its labelled close button.

Qt's own title bar of a panel (a dock) draws the name in the platform's small title
font and closes with an unlabelled × of a few pixels, neither of which grows with the
controls: at 28 pt text a reader who needs 20 pt buttons could neither read the name
nor hit the ×. This bar is made of an ordinary label and button instead, so the
window's style sheet sizes them with every other control, the close button says what
it closes, and it stays in view at the top of the panel however far the panel scrolls.

Below the text (a small window, reader/ui/window_layout.py) height is what the text
lacks: where the window is wide enough, the bar stands at the panel's left side instead
(Qt's vertical title bar) with only the button, whose label names the panel ("Stäng
ordlistan"), and the panel's rows get the whole height.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QPushButton, QSizePolicy, QWidget

from reader.ui.short_label import width_for


class PanelTitleBar(QWidget):
    """The title bar of ``dock``: its window title as a heading, then ``close_button``."""

    def __init__(self, dock: QDockWidget, close_button: QPushButton) -> None:
        super().__init__(dock)
        self.setObjectName("PanelTitleBar")
        self.heading = QLabel(dock.windowTitle(), self)
        self.heading.setObjectName("PanelTitle")
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.close_button = close_button
        close_button.setParent(self)
        self._close_text = close_button.text()
        self._side = False
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addWidget(self.heading, 1)
        self._layout.addWidget(close_button)
        dock.windowTitleChanged.connect(self.heading.setText)  # a switch of language
        dock.featuresChanged.connect(self._follow_features)
        dock.setTitleBarWidget(self)
        self._follow_features(dock.features())

    def set_close_text(self, text: str) -> None:
        """What the close button says ("Stäng ordlistan"); at the side it shows "Stäng" and
        keeps the whole as its name for a screen reader."""
        self._close_text = text
        self._show_close_text()

    def _short_close_text(self) -> str:
        return QCoreApplication.translate("PanelTitle", "Stäng")

    def _show_close_text(self) -> None:
        short = self._side or not self._whole_fits()
        text = self._short_close_text() if short else self._close_text
        if self.close_button.text() != text:
            self.close_button.setText(text)
        if self.close_button.accessibleName() != self._close_text:  # (each set is told to screen readers)
            self.close_button.setAccessibleName(self._close_text)

    def _whole_fits(self) -> bool:
        """Whether "Stäng ordlistan" fits beside the heading's longest word (a narrow panel at a
        large interface scale has no room for it: Qt would cut it at both ends)."""
        words = self.heading.text().split() or [""]
        heading = max(self.heading.fontMetrics().horizontalAdvance(word) for word in words)
        margins = self._layout.contentsMargins()
        around = margins.left() + margins.right() + self._layout.spacing()
        return heading + around + width_for(self.close_button, self._close_text) <= self.width()

    def _follow_features(self, features: QDockWidget.DockWidgetFeature) -> None:
        """Across the top of the panel, or down its left side (the vertical title bar)."""
        self._side = bool(features & QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar)
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if self._side else QBoxLayout.Direction.LeftToRight
        )
        self.heading.setVisible(not self._side)
        self._show_close_text()

    def width_at_side(self) -> int:
        """How wide the bar is at the panel's side: its button (saying "Stäng") and margins."""
        margins = self._layout.contentsMargins()
        return width_for(self.close_button, self._short_close_text()) + margins.left() + margins.right()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_close_text()  # "Stäng" / "Close" (the panel sets the whole text itself)
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._show_close_text()
