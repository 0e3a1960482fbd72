"""A calm first screen: a few big buttons, the text taking most of the window, and *Alla val*."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu

from reader.preferences.themes import THEMES, contrast_ratio
from reader.ui.all_choices import AllChoicesSheet
from reader.ui.button_bar import FIRST_SCREEN, PRIMARY, ActionButton
from reader.ui.reading_pane import ReadingPane


def visible_buttons(window) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]


def menu_actions(window) -> list:
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append(action)

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu())
    return found


def test_the_button_bar_holds_only_the_first_screen_and_alla_val(window, qtbot):
    window.resize(1366, 768)
    qtbot.wait(50)
    bar = window.button_bar
    names = [b.action.objectName() for b in bar.buttons() if b.isVisible()]
    assert names and set(names) <= set(FIRST_SCREEN)
    assert names == sorted(names, key=FIRST_SCREEN.index)
    assert bar.more_button.isVisible() and bar.more_button.text() == "Alla val"
    assert bar.more_button.accessibleName() == "Alla val"
    # Search, appearance, help and the glossary are not on the first screen, but in the menus.
    actions = {a.objectName() for a in menu_actions(window)}
    for name in ("find", "appearance", "help", "glossary", "high_contrast"):
        assert name not in names and name in actions, name


def test_the_status_bar_says_the_position_once(window, qtbot):
    window.go_to_section(2)
    qtbot.wait(10)
    assert window.position_label.text() == "Avsnitt 3 av 6"
    assert "Avsnitt 3 av 6" not in window.statusBar().currentMessage()


def test_alla_val_is_built_when_first_asked_for_and_holds_every_menu_action(window, qtbot):
    assert window.findChild(AllChoicesSheet) is None  # nothing built at start
    window.button_bar.more_button.click()
    sheet = window.findChild(AllChoicesSheet)
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    in_sheet = {b.action for b in sheet.buttons}
    missing = [a.text() for a in menu_actions(window) if a not in in_sheet]
    assert not missing, missing
    # Grouped as the menus are, each group with a heading a reader can see.
    titles = [h.text() for h in sheet.headings]
    assert titles[:3] == ["Dokument", "Text", "Visa"]
    for button in sheet.buttons:
        assert button.text() and button.accessibleName(), button
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.minimumHeight() >= 44
    # The sheet sits beside the text and does not cover it.
    pane = window.reading_pane
    pane_rect = QRect(pane.mapTo(window, pane.rect().topLeft()), pane.size())
    sheet_rect = QRect(sheet.mapTo(window, sheet.rect().topLeft()), sheet.size())
    assert not pane_rect.intersects(sheet_rect)


def test_keyboard_alone_opens_uses_and_closes_alla_val(window, qtbot):
    opener = window.button_bar.more_button
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(opener, Qt.Key.Key_Space)
    sheet = window.findChild(AllChoicesSheet)
    qtbot.waitUntil(lambda: sheet is not None and sheet.isVisible())
    focused = QApplication.focusWidget()
    assert sheet.isAncestorOf(focused)  # the keyboard is in the sheet at once
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())
    assert QApplication.focusWidget() is opener  # and back where the reader was

    # A switch (the reading ruler) leaves the sheet open; a one-off choice (search) closes it.
    opener.click()
    qtbot.waitUntil(sheet.isVisible)
    ruler = next(b for b in sheet.buttons if b.action.objectName() == "reading_ruler")
    assert isinstance(ruler, ActionButton) and ruler.isCheckable()
    ruler.click()
    assert window.settings.get("ruler/enabled") is True
    assert sheet.isVisible()
    find = next(b for b in sheet.buttons if b.action.objectName() == "find")
    find.click()
    qtbot.waitUntil(lambda: not sheet.isVisible())
    assert window.features.search.isVisible()


def test_the_text_takes_most_of_the_first_screen(window, qtbot):
    window.resize(1366, 768)
    qtbot.wait(80)
    panes = [p for p in window.findChildren(ReadingPane) if p.isVisible() and p.window() is window]
    text_area = sum(p.width() * p.height() for p in panes)
    share = text_area / (window.width() * window.height())
    assert share >= 0.65, share


def test_at_28_pt_the_text_keeps_more_than_half_and_the_controls_grow(window, qtbot):
    window.resize(1366, 768)
    window.settings.set("text/size_pt", 28)
    qtbot.wait(120)
    panes = [p for p in window.findChildren(ReadingPane) if p.isVisible() and p.window() is window]
    share = sum(p.width() * p.height() for p in panes) / (window.width() * window.height())
    assert share >= 0.55, share
    for button in visible_buttons(window):
        assert button.font().pointSizeF() >= 0.7 * 28 - 0.1, button.text()


def test_no_label_in_alla_val_is_cut(window, qtbot):
    window.resize(1366, 768)
    window.button_bar.more_button.click()
    sheet = window.findChild(AllChoicesSheet)
    qtbot.waitUntil(sheet.isVisible)
    qtbot.wait(50)
    for button in sheet.buttons:
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
            right = button.mapTo(sheet, button.rect().topRight()).x()
            assert right <= sheet.width(), button.text()


@pytest.mark.parametrize("key", sorted(THEMES))
def test_lasupp_is_the_button_that_stands_out_and_still_shows_its_focus(window, qtbot, key):
    """*Läs upp* is filled with the theme's main colour; the other buttons are not.
    Focused, it takes the others' face inside the focus ring (the ring would hardly show on
    its own fill), so the focus is seen on it as on every other button."""
    theme = THEMES[key]
    window.settings.set("view/theme", key)
    window.resize(1366, 768)
    qtbot.wait(50)
    buttons = {b.action.objectName(): b for b in window.button_bar.buttons() if b.isVisible()}
    play, other = buttons[PRIMARY], buttons["next_section"]

    def face(button) -> str:
        """The colour of most of the button's pixels (its fill, around its label)."""
        picture = button.grab().toImage()
        counts = Counter(
            picture.pixelColor(x, y).name()
            for x in range(0, picture.width(), 2)
            for y in range(0, picture.height(), 2)
        )
        return counts.most_common(1)[0][0]

    assert face(play) == theme.primary
    assert face(other) == theme.control
    assert play.font() == other.font()  # the same size of label: it stands out by colour alone
    assert contrast_ratio(theme.primary_text, theme.primary) >= 7.0
    unfocused = play.geometry()
    play.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(play.hasFocus)
    qtbot.wait(20)
    assert face(play) == theme.control
    ring = play.grab().toImage().pixelColor(1, play.height() // 2).name()
    assert ring == theme.focus
    assert play.geometry() == unfocused  # taking the focus moves nothing


def test_the_main_button_keeps_its_place_and_size_through_its_labels(window, qtbot):
    """*Läs upp* / *Pausa* / *Fortsätt*: one width, wide enough for each, in the main button's look."""
    window.resize(1366, 768)
    qtbot.wait(50)
    play = next(b for b in window.button_bar.buttons() if b.action.objectName() == PRIMARY)
    before = play.geometry()
    widths = []
    for label in ("Pausa", "Fortsätt", "Läs upp"):
        play.action.setText(label)
        qtbot.wait(20)
        metrics = play.fontMetrics()
        widths.append(metrics.horizontalAdvance(label))
        assert play.geometry() == before, label
        assert play.contentsRect().width() >= metrics.horizontalAdvance(label), label
    assert len(set(widths)) > 1  # the labels do differ in width


@pytest.mark.parametrize("key", sorted(THEMES))
def test_a_button_that_cannot_be_used_now_looks_so(window, qtbot, key):
    """*Föregående avsnitt* in the first section: softer text, no face of its own and a dashed
    outline, so nobody presses it and wonders; in the second section it looks as the others."""
    theme = THEMES[key]
    window.settings.set("view/theme", key)
    window.resize(1366, 768)
    window.go_to_section(0)
    qtbot.wait(50)
    buttons = {b.action.objectName(): b for b in window.button_bar.buttons() if b.isVisible()}
    previous, following = buttons["previous_section"], buttons["next_section"]
    assert not previous.isEnabled() and following.isEnabled()

    def colours(button) -> tuple[str, set[str]]:
        """The face (most pixels) and every colour along the top edge."""
        picture = button.grab().toImage()
        counts = Counter(
            picture.pixelColor(x, y).name() for x in range(picture.width()) for y in range(picture.height())
        )
        top = {picture.pixelColor(x, 0).name() for x in range(4, picture.width() - 4)}
        return counts.most_common(1)[0][0], top

    face, top = colours(previous)
    assert face == theme.window
    # The outline is dashed: gaps of the window's colour between dashes that can be seen.
    assert theme.window in top
    assert max(contrast_ratio(colour, theme.window) for colour in top) >= 1.5
    ink = Counter(
        previous.grab().toImage().pixelColor(x, previous.height() // 2).name()
        for x in range(previous.width())
    )
    assert theme.disabled_text in ink and theme.control_text not in ink  # the label is softer
    face, top = colours(following)
    assert face == theme.control and top == {theme.control_border}
    window.go_to_section(1)
    qtbot.wait(20)
    assert previous.isEnabled() and colours(previous)[0] == theme.control
