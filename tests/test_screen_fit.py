"""Windows of their own open no larger than the screen, however small it is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from reader.ui import screen_fit


class SmallScreen:
    """A 1366 × 768 laptop at 200 %: 683 × 384 logical pixels, less the task bar."""

    def availableGeometry(self):  # noqa: N802 (Qt API)
        from PySide6.QtCore import QRect

        return QRect(0, 0, 683, 360)


def test_a_window_asked_larger_than_the_screen_is_made_to_fit(qtbot, monkeypatch):
    widget = QWidget()
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "screen", lambda: SmallScreen())
    screen_fit.fit_on_screen(widget, 1000, 760)
    assert widget.width() <= 683 and widget.height() <= 360 - 40
    screen_fit.fit_on_screen(widget, 300, 200)  # smaller than the screen: as asked
    assert (widget.width(), widget.height()) == (300, 200)


class GoneScreen:
    """A screen being unplugged: Qt reports no available area for a moment."""

    def availableGeometry(self):  # noqa: N802 (Qt API)
        from PySide6.QtCore import QRect

        return QRect()


def test_a_screen_without_room_does_not_make_a_window_of_a_few_pixels(qtbot, monkeypatch):
    widget = QWidget()
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "screen", lambda: GoneScreen())
    screen_fit.fit_on_screen(widget, 640, 480)
    assert (widget.width(), widget.height()) == (640, 480)


def test_help_and_appearance_fit_the_screen_they_open_on(window, qtbot, monkeypatch):
    from reader.ui.help import HelpWindow

    monkeypatch.setattr(window, "screen", lambda: SmallScreen())  # they open on the window's screen
    help_window = HelpWindow(window)
    qtbot.addWidget(help_window)
    window.features.appearance.action_appearance.trigger()
    for dialog in (help_window, window.features.appearance.panel):
        assert dialog.width() <= 683 and dialog.height() <= 360 - 40, dialog


def test_the_main_window_opens_no_larger_than_a_small_screen(qtbot, content_root, monkeypatch):
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    monkeypatch.setattr(QWidget, "screen", lambda self: SmallScreen())
    window = MainWindow(services_for(load_pack(content_root).document, Settings()))
    qtbot.addWidget(window)
    assert window.width() <= 683 and window.height() <= 360 - 40


def _cut_labels(dialog) -> list[str]:
    """Word-wrapped labels lower than their text needs at their width (their last lines cut)."""
    from PySide6.QtWidgets import QLabel

    return [
        f"{label.text()[:40]!r}: {label.height()} px of {label.heightForWidth(label.width())}"
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())
    ]


@pytest.mark.parametrize("name", ["help", "appearance", "print", "talking book"])
@pytest.mark.parametrize("scale", [100, 200])
def test_every_window_fits_a_small_screen_with_large_controls(window, qtbot, monkeypatch, name, scale):
    """On a 1366 × 768 laptop at 200 % (683 × 384) and with the controls at twice their size,
    each window opens within the screen, every control can be scrolled wholly into view (none
    beyond its right edge) and no label is cut short."""
    from tests.layout_checks import open_panel, panel_problems, settle

    monkeypatch.setattr(window, "screen", lambda: SmallScreen())  # they open on the window's screen
    window.settings.set("view/ui_scale", scale)
    qtbot.wait(30)
    dialog = open_panel(window, name)
    qtbot.waitExposed(dialog)
    settle()
    qtbot.wait(60)
    assert dialog.width() <= 683 and dialog.height() <= 360 - 40, (dialog.size(), name)
    problems = panel_problems(dialog, dialog) + _cut_labels(dialog)
    dialog.close()
    assert problems == [], "\n".join(problems)


class RoomyScreen:
    """A 1366 × 768 screen at 100 %, less the task bar."""

    def availableGeometry(self):  # noqa: N802 (Qt API)
        from PySide6.QtCore import QRect

        return QRect(0, 0, 1366, 728)


@pytest.mark.parametrize("name", ["print", "talking book"])
@pytest.mark.parametrize("size_pt", [14, 28])
def test_buttons_below_stand_in_one_row_where_the_screen_has_room(window, qtbot, monkeypatch, name, size_pt):
    """The window is made wide enough for its buttons side by side (at first *Stäng* stood alone
    on a second row of the printing window), and no higher than its contents then need."""
    from PySide6.QtWidgets import QPushButton

    from tests.layout_checks import open_panel, settle

    monkeypatch.setattr(window, "screen", lambda: RoomyScreen())
    window.apply_text_size(size_pt, announce=False)
    qtbot.wait(30)
    dialog = open_panel(window, name)
    qtbot.waitExposed(dialog)
    settle()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.text()]
    rows = {b.mapTo(dialog, b.rect().topLeft()).y() for b in buttons}
    hint_height = dialog.layout().totalHeightForWidth(dialog.width())
    dialog.close()
    assert len(buttons) >= 2 and len(rows) == 1, [(b.text(), b.geometry()) for b in buttons]
    assert dialog.height() <= max(hint_height, dialog.minimumSizeHint().height()) + 2
