"""Enter presses the focused button, as Space does, everywhere in the app (reader/ui/press_button.py).

Before, Enter did nothing on the first screen's buttons, in *Alla val* and in the panels:
Qt presses a button with Enter only when it is a dialog's default button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from reader.ui.press_button import PressButton
from tests.layout_checks import open_panel, settle

PLACES = ["alla val", "search", "glossary", "help", "appearance", "print", "talking book"]


def first_screen_button(window, name: str):
    return next(b for b in window.button_bar.buttons() if b.action.objectName() == name)


def enter(widget, key=Qt.Key.Key_Return, modifiers=Qt.KeyboardModifier.NoModifier, repeat=False) -> None:
    """A key press and its release, as the keyboard sends them to the focused widget."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, "\r", repeat))


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
