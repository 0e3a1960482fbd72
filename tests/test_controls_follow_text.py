"""Controls grow with the text: someone who needs 28 pt text does not read 12 pt buttons."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from reader.preferences.typography import (
    CONTROL_BASE_PT,
    DEFAULT_SIZE_PT,
    MAX_CONTROL_SCALE,
    controls_scale,
    room_scale,
)
from tests.layout_checks import open_panel


def test_normal_text_leaves_the_controls_as_chosen():
    assert controls_scale(100, DEFAULT_SIZE_PT, True) == 1.0
    assert controls_scale(100, 12, True) == 1.0
    assert controls_scale(150, DEFAULT_SIZE_PT, True) == 1.5


def test_larger_text_brings_the_controls_to_seventy_percent_of_it_up_to_twice_their_size():
    at_28 = controls_scale(100, 28, True)
    assert at_28 * CONTROL_BASE_PT >= 0.7 * 28 - 1e-9
    assert at_28 < MAX_CONTROL_SCALE
    assert controls_scale(100, 96, True) == MAX_CONTROL_SCALE
    sizes = [20, 24, 28, 32, 40, 48, 96]
    scales = [controls_scale(100, s, True) for s in sizes]
    assert scales == sorted(scales)  # never smaller for a larger text


def test_the_readers_own_choice_is_the_least_and_turning_it_off_keeps_it():
    assert controls_scale(200, 28, True) == 2.0
    assert controls_scale(100, 28, False) == 1.0
    assert controls_scale(150, 96, False) == 1.5


def test_controls_grow_with_the_text_only_as_far_as_the_window_holds_them():
    assert controls_scale(100, 96, True, (1600, 1000)) == MAX_CONTROL_SCALE
    assert controls_scale(100, 28, True, (1366, 728)) == controls_scale(100, 28, True)  # 70 % of 28 pt
    assert controls_scale(100, 96, True, (320, 568)) == 1.0  # a small window: the text keeps the room
    assert 1.0 < controls_scale(100, 96, True, (683, 700)) < MAX_CONTROL_SCALE
    assert controls_scale(200, 96, True, (320, 568)) == 2.0  # the reader's own choice stays
    widths = [controls_scale(100, 48, True, (w, 1000)) for w in range(300, 1000, 7)]
    assert widths == sorted(widths) and len(set(widths)) < 25  # in a few steps as the window grows
    assert room_scale(math.nan, 500) == room_scale(500, math.inf) == 1.0


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_give_the_normal_size(bad):
    assert controls_scale(bad, 28, True) == 1.0
    assert controls_scale(100, bad, True) == 1.0
    assert controls_scale(100, 28, True, (bad, 700)) == 1.0


def visible_buttons(window) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]


def test_the_window_grows_its_controls_with_the_text_and_keeps_them_in_view(window, qtbot):
    window.resize(1366, 728)
    qtbot.wait(60)
    normal = visible_buttons(window)[0]
    normal_pt = normal.font().pointSizeF()
    window.settings.set("text/size_pt", 28)
    qtbot.wait(60)
    for button in visible_buttons(window):
        assert button.font().pointSizeF() >= 0.7 * 28 - 0.1, button.text()
    assert window.section_list.font().pointSizeF() >= 0.7 * 28 - 0.1
    assert window.menuBar().font().pointSizeF() >= 0.7 * 28 - 0.1
    assert window.statusBar().font().pointSizeF() >= 0.7 * 28 - 0.1
    inside = QRect(0, 0, window.width(), window.height())
    for button in visible_buttons(window):
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert inside.contains(where), button.text()
    pane = window.reading_pane
    assert pane.viewport().height() >= 3 * pane.fontMetrics().lineSpacing()

    window.settings.set("view/controls_follow_text", False)
    qtbot.wait(60)
    assert visible_buttons(window)[0].font().pointSizeF() == pytest.approx(normal_pt, abs=0.1)


def test_back_to_normal_size_gives_the_normal_controls(window, qtbot):
    window.resize(1600, 1000)  # room for controls twice their size
    qtbot.wait(30)
    before = window.font().pointSizeF()
    window.settings.set("text/size_pt", 48)
    qtbot.wait(30)
    assert window.font().pointSizeF() == pytest.approx(before * MAX_CONTROL_SCALE, abs=0.1)
    window.action_normal.trigger()
    qtbot.wait(30)
    assert window.font().pointSizeF() == pytest.approx(before, abs=0.1)


# What shows text a reader reads or works: every one grows with the text.
TEXT_CONTROLS = (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QAbstractSpinBox,
)


def _too_small(root: QWidget, least_pt: float, panes: list) -> list[str]:
    """Visible text of ``root`` smaller than ``least_pt``, and buttons with no text at all."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, TEXT_CONTROLS) or widget in panes:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.font().pointSizeF() < least_pt:
            problems.append(f"{name}: {widget.font().pointSizeF():.1f} pt")
        if isinstance(widget, QAbstractButton) and not widget.text():
            problems.append(f"{name}: a button without a label")
    return problems


@pytest.mark.parametrize(
    "name", ["alla val", "glossary", "search", "print", "help", "talking book", "appearance"]
)
def test_every_panel_and_window_grows_with_the_text(window, qtbot, name):
    """At 28 pt text, what a panel or a window of the app shows is at least 70 % of it (as the
    first screen's buttons), its title and close button too; no button without a label."""
    window.resize(1366, 728)
    window.settings.set("text/size_pt", 28)
    qtbot.wait(60)
    before = set(QApplication.topLevelWidgets())
    open_panel(window, name)
    qtbot.wait(100)
    opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    panes = [*window.panes(), *(p for w in opened for p in w.findChildren(QTextBrowser))]
    problems = _too_small(window, 0.7 * 28 - 0.1, panes)
    for other in opened:
        problems += _too_small(other, 0.7 * 28 - 0.1, panes)
        other.close()
    assert problems == [], name
