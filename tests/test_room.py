"""The window at many sizes and interface scales: every button in view, the text never covered.

And with each panel open (*Alla val*, the search bar, the glossary): every control of
the panel reachable inside the window, and the text keeping about a third of it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDockWidget

from tests.layout_checks import SIZES, control_problems, open_panel, panel_problems, settle, text_share

# Below this much room per 100 % of interface scale, not every button can fit (see the README).
MIN_ROOM = (320, 350)


# What the text keeps of the window's height and of its width with a panel open: about a third.
TEXT_SHARE = 0.3
LARGER_SCALE_TEXT_SHARE = 0.25  # 150-200 %: 26 % at 640 × 600 and 150 %


def wait(qtbot, ms: int = 60) -> None:
    qtbot.wait(ms)  # folding buttons lays the rows out once more


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_every_button_stays_in_view_and_the_text_keeps_a_line(window, qtbot, scale):
    window.settings.set("view/ui_scale", scale)
    pane = window.reading_pane
    sizes = [(w, h) for w, h in SIZES if w * 100 / scale >= MIN_ROOM[0] and h * 100 / scale >= MIN_ROOM[1]]
    assert sizes
    for width, height in sizes:
        window.resize(width, height)
        wait(qtbot)
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


def _close(window, name: str) -> None:
    features = window.features
    if name == "alla val":
        features.all_choices.close()
    elif name == "search":
        features.search.close_bar()
    else:
        features.glossary.panel.close_panel()


def _open_at_every_size(window, qtbot, name: str, sizes, share: float, label: str) -> list[str]:
    """Open the panel at each size; what a reader could not reach, and a text under ``share``."""
    problems: list[str] = []
    for width, height in sizes:
        window.resize(width, height)
        wait(qtbot)
        panel = open_panel(window, name)
        for _ in range(2):  # the panel takes its place, then the rows fold to the room left
            settle()
            wait(qtbot)
        where = f"{name}, {width} × {height} at {label}"
        assert panel.isVisible(), where
        if window.size().toTuple() != (width, height):
            problems.append(f"{where}: the window stays {window.size().toTuple()}, larger than its room")
        problems += [f"{where}: {p}" for p in panel_problems(window, panel)]
        problems += [f"{where}: {p}" for p in control_problems(window)]
        tall, wide = text_share(window)
        if tall < share or wide < share:
            problems.append(f"{where}: the text keeps {tall:.0%} of the height and {wide:.0%} of the width")
        _close(window, name)
        settle()
        wait(qtbot)
    return problems


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("name", ["alla val", "search", "glossary"])
def test_an_open_panel_fits_and_the_text_keeps_a_third(window, qtbot, name, scale):
    """Every control of the panel inside the window (a panel may scroll to it), nothing covered,
    the window its given size, and the text at least about a third of its height and width
    (a quarter at a larger interface scale, where a panel's one row is taller)."""
    window.settings.set("view/ui_scale", scale)
    share = TEXT_SHARE if scale == 100 else LARGER_SCALE_TEXT_SHARE
    sizes = [(w, h) for w, h in SIZES if w * 100 / scale >= MIN_ROOM[0] and h * 100 / scale >= MIN_ROOM[1]]
    problems = _open_at_every_size(window, qtbot, name, sizes, share, f"{scale} %")
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("size", [28, 48, 96])
@pytest.mark.parametrize("name", ["alla val", "search", "glossary"])
def test_an_open_panel_fits_at_large_text(window, qtbot, name, size):
    """The same with large text, whose controls grow with it (as far as the window holds them)."""
    window.apply_text_size(size, announce=False)
    problems = _open_at_every_size(window, qtbot, name, SIZES, TEXT_SHARE, f"{size} pt")
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("name", ["alla val", "glossary"])
def test_a_panel_below_the_text_has_its_close_button_at_its_side(window, qtbot, name):
    """Below the text (a low window) the title bar stands at the panel's side, saying "Stäng";
    beside the text it is a heading across the top with the whole label. A screen reader
    hears the whole name either way."""
    whole = {"alla val": "Stäng Alla val", "glossary": "Stäng ordlistan"}[name]
    side_bar = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
    window.resize(480, 384)
    wait(qtbot)
    panel = open_panel(window, name)
    settle()
    wait(qtbot)
    bar = panel.titleBarWidget()
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert panel.features() & side_bar
    assert (bar.close_button.text(), bar.close_button.accessibleName()) == ("Stäng", whole)
    assert bar.width() < panel.width() // 3 and bar.height() >= panel.height() - 8  # down its side
    assert not bar.heading.isVisible()
    window.resize(1366, 728)
    settle()
    wait(qtbot)
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not panel.features() & side_bar
    assert bar.close_button.text() == bar.close_button.accessibleName() == whole
    assert bar.heading.isVisible() and bar.heading.text() == panel.windowTitle()
    assert bar.width() == panel.width()
