"""Every theme meets WCAG contrast for every colour pair the app draws."""

from __future__ import annotations

import pytest

from reader.preferences import themes


@pytest.mark.parametrize("key", sorted(themes.THEMES))
def test_every_pair_meets_its_minimum(key):
    theme = themes.THEMES[key]
    assert themes.failing_pairs(theme) == []
    # Body text reaches AAA (7:1).
    assert themes.contrast_ratio(theme.text, theme.background) >= 7.0


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("high", [False, True])
def test_system_theme_passes_in_every_os_mode(dark, high):
    theme = themes.system_theme(dark, high)
    assert themes.failing_pairs(theme) == []
    assert theme.dark == (dark or high)


def test_resolve_follows_os(qapp, monkeypatch):
    monkeypatch.setattr(themes, "os_preferences", lambda: (True, False))
    assert themes.resolve(themes.SYSTEM).background == themes.THEMES[themes.DARK].background
    monkeypatch.setattr(themes, "os_preferences", lambda: (False, True))
    assert themes.resolve(themes.SYSTEM).text == themes.THEMES[themes.HIGH_CONTRAST].text
    assert themes.resolve(themes.SEPIA) is themes.THEMES[themes.SEPIA]


def test_contrast_formula_known_values():
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # #767676 on white is the classic 4.54:1 grey.
    assert themes.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_a_bad_theme_is_caught():
    bad = themes.Theme(**{**themes.THEMES[themes.LIGHT].__dict__, "text": "#999999"})
    assert any("body text" in f for f in themes.failing_pairs(bad))


def test_light_background_is_not_pure_white():
    assert themes.THEMES[themes.LIGHT].background.lower() != "#ffffff"


def test_whole_window_follows_theme(qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox

    theme = themes.THEMES[themes.HIGH_CONTRAST]
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = QListWidget()
    window.setCentralWidget(widget)
    themes.apply_theme(window, theme)
    assert widget.palette().color(QPalette.ColorRole.Window).name() == theme.window
    assert f"{themes.FOCUS_WIDTH_PX}px solid {theme.focus}" in window.styleSheet()
    # A dialog of the window follows too (the style sheet cascades).
    box = QMessageBox(window)
    box.setText("Hej")
    box.show()
    qtbot.waitExposed(box)
    assert box.palette().color(QPalette.ColorRole.Window).name() == theme.window
    box.close()


def test_labels_are_swedish():
    assert [themes.theme_label(k) for k in themes.THEME_CHOICES] == [
        "Ljus",
        "Mörk",
        "Hög kontrast",
        "Sepia",
        "Som datorn",
    ]


def test_som_datorn_follows_a_change_in_the_os(qtbot, content_root, monkeypatch):
    from PySide6.QtGui import QPalette

    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    monkeypatch.setattr(themes, "os_preferences", lambda: (False, False))
    result = load_pack(content_root)
    settings = Settings()
    settings.set("view/theme", themes.SYSTEM)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    base = win.reading_pane.palette().color(QPalette.ColorRole.Base).name()
    assert base == themes.THEMES[themes.LIGHT].background
    monkeypatch.setattr(themes, "os_preferences", lambda: (False, True))  # the user turns on high contrast
    win.features.appearance.follow_system_look()
    base = win.reading_pane.palette().color(QPalette.ColorRole.Base).name()
    assert base == themes.THEMES[themes.HIGH_CONTRAST].background
    # A chosen theme is not overridden by the system.
    settings.set("view/theme", themes.SEPIA)
    win.features.appearance.follow_system_look()
    assert (
        win.reading_pane.palette().color(QPalette.ColorRole.Base).name()
        == themes.THEMES[themes.SEPIA].background
    )


def test_reading_highlight_uses_theme_colours(qtbot, content_root):
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    settings = Settings()
    settings.set("view/theme", themes.DARK)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    pane = win.reading_pane
    sentence = win.current_section().sentences[1]
    pane.set_reading_highlight((sentence.start, sentence.end), (sentence.start, sentence.start + 4))
    band, word = pane.marks("reading")
    theme = themes.THEMES[themes.DARK]
    assert band.format.background().color().name() == theme.sentence_band
    assert band.format.underlineColor().name() == theme.sentence_mark
    assert word.format.background().color().name() == theme.word_band
    assert word.format.foreground().color().name() == theme.word_text


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5, 1.63, 1.75, 2.0, 2.21, 2.63, 3.3])
def test_radio_buttons_are_round_at_every_control_size(qapp, scale):
    """Drawn, not read from the style sheet: Qt draws a square where the radius is too large
    for the box (at 28 pt text, controls at 1.63 ×, the choices looked like check boxes)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    theme = themes.THEMES[themes.LIGHT]
    button = QRadioButton("Hela programmet")
    button.setStyleSheet(themes.stylesheet_for(theme, scale=scale))
    button.resize(button.sizeHint())
    picture = button.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(button)
    box = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    ring = QColor(theme.control_border)
    corner = picture.pixelColor(box.topLeft())
    middle_of_edge = picture.pixelColor(box.left(), box.center().y())
    assert middle_of_edge == ring  # the circle's edge is where the box's edge is
    assert corner != ring  # but its corner is outside the circle


@pytest.mark.parametrize("key", sorted(themes.THEMES))
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_drop_down_list_shows_an_arrow_that_can_be_seen(qapp, key, scale):
    """Drawn: the arrow of every drop-down list in the app, in the app's style
    (reader/ui/big_arrows.py), is a triangle in the box's text colour, not Fusion's few pixels
    (the control beside it)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleFactory, QStyleOptionComboBox

    from reader.ui.big_arrows import ArrowStyle

    theme = themes.THEMES[key]

    def arrow_pixels(style: QStyle) -> int:
        """Pixels nearer the text colour than the box's own, inside the arrow's area."""
        box = QComboBox()
        style.setParent(box)
        box.setStyle(style)
        box.addItem("Datorns vanliga typsnitt")
        box.setStyleSheet(themes.stylesheet_for(theme, scale=scale, font_pt=12 * scale))
        box.ensurePolished()
        box.resize(box.sizeHint())
        picture = box.grab().toImage()
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        area = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, box
        )
        inset = round(4 * scale)  # not the box's border
        area = area.adjusted(inset, inset, -inset, -inset)
        ink, paper = QColor(theme.control_text), QColor(theme.control)

        def distance(a: QColor, b: QColor) -> int:
            return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

        return sum(
            1
            for x in range(area.left(), area.right() + 1)
            for y in range(area.top(), area.bottom() + 1)
            if distance(picture.pixelColor(x, y), ink) < distance(picture.pixelColor(x, y), paper)
        )

    big, plain = arrow_pixels(ArrowStyle("Fusion")), arrow_pixels(QStyleFactory.create("Fusion"))
    assert big >= 40 * scale * scale  # a triangle some 14 px wide at 100 %, in the text colour
    assert big > 3 * plain


@pytest.mark.parametrize("key", sorted(themes.THEMES))
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_scroll_bar_has_both_arrow_buttons_with_arrows_that_can_be_seen(qapp, key, scale):
    """Drawn: a scroll bar has a square button at each end, as wide as the bar, and its arrow
    (reader/ui/big_arrows.py) points the right way in the controls' text colour. Before, the
    bar grew with the controls but its buttons kept Fusion's specks, and the handle hid the
    top one."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QStyleFactory, QTextEdit

    from reader.ui.big_arrows import ArrowStyle

    theme = themes.THEMES[key]
    ink = QColor(theme.control_text)

    def arrow_ink(style) -> tuple[int, int, int, int]:
        """Ink pixels in the top button (its upper and lower half), and in the bottom one."""
        edit = QTextEdit()
        edit.setPlainText("ord " * 4000)
        edit.setStyleSheet(themes.stylesheet_for(theme, scale=scale))
        bar = edit.verticalScrollBar()
        style.setParent(edit)
        bar.setStyle(style)
        edit.resize(400, 400)
        edit.show()
        qapp.processEvents()
        assert bar.isVisible()
        side = bar.width()
        assert side == round(18 * scale)  # the bar grows with the controls
        picture = bar.grab().toImage()

        inset = round(side * 0.2)  # inside the button's edge, which is drawn in a light colour too

        def inked(top: int, bottom: int) -> int:
            return sum(
                1
                for x in range(inset, side - inset)
                for y in range(top, bottom)
                if abs(picture.pixelColor(x, y).lightness() - ink.lightness()) < 40
            )

        half, low = side // 2, bar.height() - side
        counts = (
            inked(inset, half),
            inked(half, side - inset),
            inked(low + inset, low + half),
            inked(low + half, bar.height() - inset),
        )
        edit.close()
        return counts

    up_tip, up_base, down_base, down_tip = arrow_ink(ArrowStyle("Fusion"))
    assert up_tip + up_base >= 20 * scale * scale  # a triangle some 10 px wide at 100 %
    assert down_base + down_tip >= 20 * scale * scale
    assert up_base > up_tip and down_base > down_tip  # pointing up at the top, down at the bottom
    plain = sum(arrow_ink(QStyleFactory.create("Fusion")))
    assert up_tip + up_base + down_base + down_tip > 2 * plain


@pytest.mark.parametrize("key", sorted(themes.THEMES))
@pytest.mark.parametrize("size_pt", [18, 28])
def test_a_menus_on_off_choice_shows_a_tick_that_can_be_seen(window, qtbot, key, size_pt):
    """Drawn in the window's own menu (Uppläsning): the tick of *Markera det som läses* is drawn
    by the app's style (reader/ui/big_arrows.py) as tall as the menu's text, in its text colour.
    Before, the menus took a plain Fusion style from the menu bar's, and the tick was some 6 px
    at any size; an unticked choice has none."""
    from PySide6.QtGui import QColor

    theme = themes.THEMES[key]
    window.settings.set("view/theme", key)
    window.settings.set("text/size_pt", size_pt)
    speech = window.features.speech
    menu = window.menu("speech")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    picture = menu.grab().toImage()
    ink = QColor(theme.control_text)

    def tick_pixels(action) -> int:
        """Pixels near the text colour left of the action's label."""
        area = menu.actionGeometry(action)
        left = area.left() + area.height()  # the tick's place: about as wide as the row is high
        return sum(
            1
            for x in range(area.left(), left)
            for y in range(area.top(), area.bottom() + 1)
            if abs(picture.pixelColor(x, y).lightness() - ink.lightness()) < 40
        )

    on, off = speech.action_highlight, speech.action_clearer
    assert on.isChecked() and not off.isChecked()
    text_px = size_pt * 0.7 * 96 / 72  # the menu's text, 70 % of the reading text's size
    assert tick_pixels(on) >= 1.5 * text_px  # a stroke ~ a tenth of the text high along ~1.3 × its height
    assert tick_pixels(off) == 0
    menu.close()
