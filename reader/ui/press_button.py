"""A push button that Enter presses, as Space does.

Qt presses a focused button with Enter only when it is a dialog's (auto-)default button;
elsewhere (the first screen, *Alla val*, the panels) Enter did nothing, and a reader who
tabbed to *Större text* and pressed Enter heard and saw nothing happen. GTK, Windows and
the web press a focused button with either key, and screen readers tell their users to
press Enter. The app's buttons are not made auto-default instead: in a dialog, Qt makes
the first auto-default button the default one, which Enter in any field would then press
(*Återställ alla inställningar* in *Utseende*).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Enter on the number pad comes with the keypad modifier; any other modifier is a shortcut.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class PressButton(QPushButton):
    """A :class:`QPushButton` pressed by Enter (once, not again while the key is held)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER_KEYS and event.modifiers() in _PLAIN:
            event.accept()
            if not event.isAutoRepeat() and self.isEnabled():
                self.click()
            return
        super().keyPressEvent(event)
