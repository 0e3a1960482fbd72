"""A push button that Enter presses, as Space does; a button or tick box a held key presses once.

Qt presses a focused button with Enter only when it is a dialog's (auto-)default button;
elsewhere (the first screen, *Alla val*, the panels) Enter did nothing, and a reader who
tabbed to *Större text* and pressed Enter heard and saw nothing happen. GTK, Windows and
the web press a focused button with either key, and screen readers tell their users to
press Enter. The app's buttons are not made auto-default instead: in a dialog, Qt makes
the first auto-default button the default one, which Enter in any field would then press
(*Återställ alla inställningar* in *Utseende*).

A key held down is one press. On X11 a held key comes as a release and a press at one
and the same moment, over and over; Qt marks those as repeats only when it sees the pair
together, and a window busy laying out larger text does not: held down on *Större text*
under Xvfb, Enter (and Space, which Qt's own buttons press on release) went from 18 to
32 pt. A press at the moment of the last release is taken as the key still held.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QPushButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PRESS_KEYS = (*_ENTER_KEYS, Qt.Key.Key_Space)
# Enter on the number pad comes with the keypad modifier; any other modifier is a shortcut.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class OneStroke:
    """For a Qt button (mixed in before it): Enter or Space held down is one press, not many."""

    _last_release: tuple[int, int] = (0, 0)  # (key, time) of the last Enter or Space let go

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _PRESS_KEYS and self._held(event):
            event.accept()  # the same press, still held: nothing more
            return
        super().keyPressEvent(event)  # type: ignore[misc]  # the Qt button's

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _PRESS_KEYS:
            self._last_release = (event.key(), event.timestamp())
        super().keyReleaseEvent(event)  # type: ignore[misc]

    def _held(self, event: QKeyEvent) -> bool:
        """A repeat of a key held down: marked so by Qt, or pressed at the moment it was let go
        (a time of 0 is an event made by a program, never a repeat)."""
        time = event.timestamp()
        return event.isAutoRepeat() or (time != 0 and (event.key(), time) == self._last_release)


class PressButton(OneStroke, QPushButton):
    """A :class:`QPushButton` pressed by Enter, once however long Enter or Space is held."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER_KEYS and event.modifiers() in _PLAIN:
            event.accept()
            if not self._held(event) and self.isEnabled():
                self.click()
            return
        super().keyPressEvent(event)


class TickBox(OneStroke, QCheckBox):
    """A :class:`QCheckBox` that Space held down ticks or unticks once."""
