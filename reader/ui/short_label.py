"""A button that says less where its whole label would be cut.

A narrow panel at a large interface scale has no room for "Läs upp förklaringen": Qt
then cuts the label at both ends ("äs upp förklaringe"). Such a button says its short
label ("Läs upp") while its row is too narrow for the whole, and a screen reader still
hears the whole label as its name. For a button that spans its row (in a column of
controls), whose width is the room the row has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QPushButton

# What can change whether the whole label fits: the room, the language, the font.
REFIT_ON = (QEvent.Type.Resize, QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)


def width_for(button: QPushButton, text: str) -> int:
    """How wide ``button`` must be to show ``text`` whole (its padding and frame included)."""
    metrics = button.fontMetrics()
    return (
        button.sizeHint().width() - metrics.horizontalAdvance(button.text()) + metrics.horizontalAdvance(text)
    )


class ShortWhenNarrow(QObject):
    """Keeps ``button`` saying ``full`` where it fits, else ``short`` (both translated in ``context``)."""

    def __init__(self, button: QPushButton, context: str, full: str, short: object) -> None:
        """``short`` may come from QT_TRANSLATE_NOOP, so that it is listed for translation."""
        super().__init__(button)
        self._button = button
        self._context, self._full, self._short = context, full, str(short)
        button.installEventFilter(self)
        self.refit()

    def full_text(self) -> str:
        return QCoreApplication.translate(self._context, self._full)

    def refit(self) -> None:
        button, full = self._button, self.full_text()
        fits = width_for(button, full) <= button.width() + 1
        text = full if fits else QCoreApplication.translate(self._context, self._short)
        if button.text() != text:
            button.setText(text)
        if button.accessibleName() != full:
            button.setAccessibleName(full)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._button and event.type() in REFIT_ON:
            self.refit()
        return False
