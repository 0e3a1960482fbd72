"""The window at many sizes and interface scales: every button in view, the text never covered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton

from tests.layout_checks import SIZES, control_problems

# Below this much room per 100 % of interface scale, not every button can fit (see the README).
MIN_ROOM = (320, 350)


def settle(qtbot, ms: int = 60) -> None:
    qtbot.wait(ms)  # folding buttons lays the rows out once more


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_every_button_stays_in_view_and_the_text_keeps_a_line(window, qtbot, scale):
    window.settings.set("view/ui_scale", scale)
    pane = window.reading_pane
    sizes = [(w, h) for w, h in SIZES if w * 100 / scale >= MIN_ROOM[0] and h * 100 / scale >= MIN_ROOM[1]]
    assert sizes
    for width, height in sizes:
        window.resize(width, height)
        settle(qtbot)
        inside = QRect(0, 0, window.width(), window.height())
        text_top = window.features.view.splitter.mapTo(
            window, window.features.view.splitter.rect().topLeft()
        ).y()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible() or not button.text():
                continue
            where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            assert inside.contains(where), (width, height, scale, button.text())
            in_reading_area = window.reading_area.isAncestorOf(button)
            if in_reading_area and not window.features.view.splitter.isAncestorOf(button):
                assert where.bottom() < text_top, (width, height, scale, button.text())
        assert control_problems(window) == [], (width, height, scale)
        assert not pane.horizontalScrollBar().isVisible(), (width, height, scale)
        assert pane.viewport().height() >= pane.fontMetrics().lineSpacing(), (width, height, scale)
