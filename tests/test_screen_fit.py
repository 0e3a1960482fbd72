"""Windows of their own open no larger than the screen, however small it is."""

from __future__ import annotations

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
