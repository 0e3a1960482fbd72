"""Enter presses the focused button, as Space does, everywhere in the app (reader/ui/press_button.py).

Before, Enter did nothing on the first screen's buttons, in *Alla val* and in the panels:
Qt presses a button with Enter only when it is a dialog's default button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from reader.ui.press_button import PressButton, TickBox
from tests.layout_checks import open_panel, settle

PLACES = ["alla val", "search", "glossary", "help", "appearance", "print", "talking book"]


def first_screen_button(window, name: str):
    return next(b for b in window.button_bar.buttons() if b.action.objectName() == name)


def enter(widget, key=Qt.Key.Key_Return, modifiers=Qt.KeyboardModifier.NoModifier, repeat=False) -> None:
    """A key press and its release, as the keyboard sends them to the focused widget."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, "\r", repeat))


def held_on_x11(widget, key, times: int) -> None:
    """A key held down as X11 sends it: its press, then a release and a press at one moment
    again and again (which Qt does not mark as repeats when the window is busy), then its
    release; each event with the X server's time in milliseconds."""
    text = " " if key == Qt.Key.Key_Space else "\r"

    def send(kind, time: int) -> None:
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text, False)
        event.setTimestamp(time)
        QApplication.sendEvent(widget, event)

    time = 1_000_000
    send(QEvent.Type.KeyPress, time)
    time += 660  # X's delay before a held key repeats
    for _ in range(times):
        send(QEvent.Type.KeyRelease, time)
        send(QEvent.Type.KeyPress, time)
        time += 40
    send(QEvent.Type.KeyRelease, time)


def test_enter_on_a_first_screen_button_does_what_the_button_says(window, qtbot):
    larger = first_screen_button(window, "larger_text")
    size = window.settings.get("text/size_pt")
    larger.setFocus()
    qtbot.waitUntil(larger.hasFocus)
    enter(larger)
    assert window.settings.get("text/size_pt") > size
    bigger = window.settings.get("text/size_pt")
    enter(larger, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the number pad's Enter
    assert window.settings.get("text/size_pt") > bigger


def test_enter_opens_alla_val_and_presses_its_buttons(window, qtbot):
    more = window.button_bar.more_button
    more.setFocus()
    enter(more)
    sheet = window.features.all_choices.sheet
    qtbot.waitUntil(sheet.isVisible)
    smaller = next(
        b for b in sheet.buttons if getattr(b, "action", None) and b.action.objectName() == "smaller_text"
    )
    size = window.settings.get("text/size_pt")
    smaller.setFocus()
    enter(smaller)
    assert window.settings.get("text/size_pt") < size


def test_enter_held_down_presses_once_and_a_shortcut_with_enter_is_left_alone(window, qtbot):
    larger = first_screen_button(window, "larger_text")
    presses: list[bool] = []
    larger.clicked.connect(lambda *_: presses.append(True))
    larger.setFocus()
    enter(larger)
    enter(larger, repeat=True)  # the key held: its repeats do not press again
    enter(larger, repeat=True)
    assert len(presses) == 1
    enter(larger, modifiers=Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter is not a press
    enter(larger, modifiers=Qt.KeyboardModifier.AltModifier)
    assert len(presses) == 1
    larger.setEnabled(False)
    enter(larger)
    assert len(presses) == 1  # nor is Enter on a button that cannot be used now


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_a_key_held_down_on_x11_presses_once(window, qtbot, key):
    """Held down under Xvfb, Enter on *Större text* went from 18 to 32 pt: X11 sends a held
    key as release and press pairs, and Qt marked them as repeats only sometimes. Space,
    which Qt's buttons press on its release, did the same."""
    larger = first_screen_button(window, "larger_text")
    presses: list[bool] = []
    larger.clicked.connect(lambda *_: presses.append(True))
    larger.setFocus()
    size = window.settings.get("text/size_pt")
    held_on_x11(larger, key, 12)
    assert len(presses) == 1
    assert window.settings.get("text/size_pt") == size + 2  # one step
    held_on_x11(larger, key, 3)  # let go, and held down again: a second press
    assert len(presses) == 2


@pytest.mark.parametrize("place", PLACES)
def test_every_button_of_every_panel_and_window_is_pressed_by_enter(window, qtbot, place):
    """Every push button the app makes, in each place it can open, is one Enter presses."""
    opened = open_panel(window, place)
    settle()
    top = opened.window()
    buttons = [b for b in top.findChildren(QPushButton) if b.isVisible()]
    buttons += [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert buttons, place
    plain = sorted({b.text() or b.accessibleName() for b in buttons if not isinstance(b, PressButton)})
    assert plain == [], f"{place}: Enter does not press {plain}"
    boxes = top.findChildren(QCheckBox) + window.findChildren(QCheckBox)
    assert [b.text() for b in boxes if not isinstance(b, TickBox)] == [], place  # held Space: once
    # And one of them really is pressed: the first that only closes its place, or the first.
    closing = [b for b in buttons if b.window() is top and b.text().startswith(("Stäng", "Avbryt"))]
    if closing:
        closing[0].setFocus()
        enter(closing[0])
        qtbot.waitUntil(lambda: not opened.isVisible())


def test_every_button_the_window_holds_is_pressed_by_enter_shown_or_not(window, qtbot):
    """Hidden ones too: the reading-aloud panel's, the kiosk warning's, those a narrow window folds."""
    window.settings.set("speech/more_controls", True)  # Fler val för uppläsning
    settle()
    buttons = window.findChildren(QPushButton)
    assert len(buttons) >= 15
    plain = sorted({b.text() or b.objectName() for b in buttons if not isinstance(b, PressButton)})
    assert plain == [], plain
    boxes = window.findChildren(QCheckBox)
    assert boxes and [b.text() for b in boxes if not isinstance(b, TickBox)] == []


def test_a_tick_box_held_down_on_x11_ticks_once(qtbot):
    """Held with Space on X11 while the window was busy, a plain tick box turned on and off
    nine times in 1.5 s under Xvfb."""
    box = TickBox("Fetstil")
    qtbot.addWidget(box)
    box.show()
    toggles: list[bool] = []
    box.toggled.connect(toggles.append)
    held_on_x11(box, Qt.Key.Key_Space, 12)
    assert toggles == [True]
    held_on_x11(box, Qt.Key.Key_Space, 3)  # let go, and held again: unticked
    assert toggles == [True, False]
