"""A button says its short label only while its whole label would be cut (reader/ui/short_label.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from reader.ui.short_label import ShortWhenNarrow, width_for


def _column(qtbot, width: int) -> tuple[QWidget, QPushButton]:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    button = QPushButton("Läs upp förklaringen")
    layout.addWidget(button)
    ShortWhenNarrow(button, "Glossary", "Läs upp förklaringen", "Läs upp")
    box.setStyleSheet("QPushButton { font-size: 24pt; padding: 6px 14px; }")
    box.setFixedWidth(width)  # as a panel's column is: the room it has, whatever the label
    box.show()
    qtbot.waitExposed(box)
    return box, button


def test_a_narrow_row_shows_the_short_label_and_names_the_whole(qtbot):
    box, button = _column(qtbot, 200)
    assert button.text() == "Läs upp"
    assert button.accessibleName() == "Läs upp förklaringen"  # what a screen reader hears
    assert button.width() >= button.sizeHint().width()  # the short label is whole
    box.setFixedWidth(900)
    qtbot.waitUntil(lambda: button.text() == "Läs upp förklaringen")
    assert button.width() >= width_for(button, "Läs upp förklaringen") - 1


def test_the_labels_follow_a_switch_of_language(switcher, qtbot):
    _box, button = _column(qtbot, 200)
    switcher.apply("en")
    qtbot.waitUntil(lambda: button.accessibleName() == "Read the explanation aloud")
    assert button.text() == "Read aloud"
    switcher.apply("sv")
    qtbot.waitUntil(lambda: button.accessibleName() == "Läs upp förklaringen")
    assert button.text() == "Läs upp"


def test_a_narrow_panel_title_bar_says_stang_and_names_the_panel(window, qtbot):
    """At 200 % in a 1024 px window the glossary is too narrow for "Stäng ordlistan" beside its
    name: the button says "Stäng" (Qt cut the whole label at both ends before)."""
    window.resize(1024, 700)
    window.settings.set("view/ui_scale", 200)
    window.features.glossary.toggle_list()
    panel = window.features.glossary.panel
    qtbot.waitUntil(lambda: panel.isVisible())
    close = panel.title_bar.close_button
    qtbot.waitUntil(lambda: close.text() == "Stäng")
    assert close.accessibleName() == "Stäng ordlistan"
    assert close.width() >= close.sizeHint().width() - 1
    window.settings.set("view/ui_scale", 100)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: close.text() == "Stäng ordlistan")
