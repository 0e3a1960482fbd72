"""Keyboard and assistive technology: tab walk, visible focus, names and roles, 44 px targets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from reader.preferences import themes

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox)


def _control(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a spin box's inner line edit is the spin box)."""
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        _control(w)
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _walk(qtbot, start: QWidget, steps: int = 200) -> list[QWidget]:
    order = []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(steps):
        widget = _control(start.window().focusWidget())
        if order and widget is order[0]:
            break
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return order


def _named(widget: QWidget) -> tuple[str, QAccessible.Role]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    from PySide6.QtGui import QAccessible as A

    return iface.text(A.Text.Name), iface.role()


def test_panel_tab_walk_reaches_every_control_and_returns(window, qtbot):
    window.features.appearance.action_appearance.trigger()
    panel = window.features.appearance.panel
    qtbot.waitExposed(panel)
    panel.activateWindow()
    expected = set(_focusable(panel))
    first = panel.findChild(QAbstractButton, "preset_bigger")
    order = _walk(qtbot, first)
    assert set(order) >= expected, "every control is reached by Tab"
    assert order[0] is first  # the walk came back round: no trap
    # Logical order: presets first, then the settings top to bottom, then the bottom buttons.
    names = [w.objectName() for w in order]
    assert names.index("preset_reset") < names.index("close_appearance")
    assert order.index(panel.editor("text/family")) < order.index(panel.editor("view/theme"))
    qtbot.keyClick(order[-1], Qt.Key.Key_Escape)  # Esc closes the panel
    assert not panel.isVisible()


def test_main_window_tab_walk_reaches_new_controls(window, qtbot):
    from reader.ui.all_choices import AllChoicesSheet

    order = _walk(qtbot, window.section_list, 400)
    for button in window.button_bar.buttons():
        if button.isVisible() and button.isEnabled():
            assert button in order, button.text()
    # Everything else is behind "Alla val", which Tab reaches; in the sheet Tab reaches every choice.
    assert window.button_bar.more_button in order
    window.button_bar.more_button.click()
    sheet = window.findChild(AllChoicesSheet)
    qtbot.waitUntil(sheet.isVisible)
    start = next(b for b in sheet.buttons if b.isVisible() and b.isEnabled())
    in_sheet = _walk(qtbot, start, 400)
    for action in (
        "appearance",
        "high_contrast",
        "easier_reading",
        "reset_appearance",
        "find",
        "reading_ruler",
    ):
        buttons = [b for b in sheet.buttons if b.action.objectName() == action]
        assert buttons and buttons[0] in in_sheet, action


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.HIGH_CONTRAST])
def test_focus_is_visible_as_thick_ring(window, qtbot, theme):
    window.settings.set("view/theme", theme)
    colour = QColor(themes.THEMES[theme].focus)
    button = next(b for b in window.button_bar.buttons() if b.action.objectName() == "larger_text")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(10)
    image = button.grab().toImage()
    # A ring at least 2 px thick on the left edge, in the focus colour.
    y = image.height() // 2
    ring = [x for x in range(min(8, image.width())) if image.pixelColor(x, y) == colour]
    assert len(ring) >= 2
    window.section_list.setFocus()
    qtbot.wait(10)
    image = button.grab().toImage()
    assert image.pixelColor(ring[0], y) != colour  # only when focused


def test_every_interactive_widget_is_named_with_a_role(window, qtbot):
    window.features.appearance.action_appearance.trigger()
    window.features.search.open_bar()
    roots = [window, window.features.appearance.panel]
    unnamed = []
    for root in roots:
        for widget in {_control(w) for w in root.findChildren(QWidget)}:
            if not widget.isVisible() or not (
                isinstance(widget, INTERACTIVE) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                continue
            name, role = _named(widget)
            if not name.strip() or role == QAccessible.Role.NoRole:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_values_and_states_are_exposed(window, qtbot):
    window.features.appearance.action_appearance.trigger()
    panel = window.features.appearance.panel
    box = panel.editor("text/line_height")
    iface = QAccessible.queryAccessibleInterface(box)
    assert float(iface.text(QAccessible.Text.Value).replace(",", ".")) == 1.5
    check = panel.editor("ruler/enabled")
    check.setChecked(True)
    assert QAccessible.queryAccessibleInterface(check).state().checked


@pytest.mark.parametrize("scale", [100, 200])
def test_targets_at_least_44px(window, qtbot, scale):
    window.settings.set("view/ui_scale", scale)
    window.features.appearance.action_appearance.trigger()
    window.features.search.open_bar()
    qtbot.wait(10)
    small = []
    for root in (window.button_bar, window.features.appearance.panel, window.features.search):
        for widget in root.findChildren(QWidget):
            visible = widget.isVisible() and isinstance(widget, INTERACTIVE)
            if visible and (widget.height() < 44 or widget.width() < 44):
                small.append(f"{widget.objectName() or widget.accessibleName()} {widget.size().toTuple()}")
    assert small == []


def test_ui_scale_changes_controls_not_text(window, qtbot):
    button = window.button_bar.buttons()[0]
    before_button = button.sizeHint().height()
    before_text = window.reading_pane.text_style.size_pt
    window.settings.set("view/ui_scale", 200)
    qtbot.wait(10)
    assert button.sizeHint().height() > before_button * 1.5
    assert window.reading_pane.text_style.size_pt == before_text


def test_changes_are_announced(window, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(window, "announce", said.append)
    window.settings.set("view/theme", themes.SEPIA)
    window.features.appearance.action_easier.trigger()
    window.features.search.open_bar()
    window.features.search.field.setText("Helsingborg")
    window.features.search.run()
    assert any("Sepia" in s for s in said)
    assert any("Lättare att läsa" in s for s in said)
    assert any("av" in s and "Helsingborg" in s for s in said)


def test_ui_scale_reaches_controls_added_by_other_features(window, qtbot):
    """Every button in the window (not only ours) grows with the interface scale."""
    window.settings.set("view/ui_scale", 200)
    qtbot.wait(10)
    sizes = {round(b.font().pointSizeF()) for b in window.findChildren(QAbstractButton) if b.isVisible()}
    assert len(sizes) == 1, sizes
    assert sizes.pop() >= 2 * 12


def test_no_two_actions_share_a_shortcut(window):
    """An ambiguous shortcut does nothing at all in Qt; every key must do one thing."""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    owners = defaultdict(set)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].add(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_escape_in_search_closes_it_even_while_reading_aloud(window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    escape_actions = [a for a in window.findChildren(QAction) if QKeySequence("Esc") in a.shortcuts()]
    fired = []
    for action in escape_actions:
        action.setEnabled(True)  # as while reading aloud ("Stoppa")
        action.triggered.connect(lambda *_a: fired.append(True))
    bar = window.features.search
    bar.open_bar()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert fired == []


def test_menu_items_are_44px(window, qtbot):
    bar = window.menuBar()
    qtbot.wait(10)
    for action in bar.actions():
        rect = bar.actionGeometry(action)
        assert rect.height() >= 44, action.text()
    menu = window.menu("view")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        assert menu.actionGeometry(action).height() >= 44, action.text()
    menu.close()


def test_english_interface_reaches_the_comfort_controls(window, qtbot, qapp):
    from reader.platform import i18n
    from reader.platform.build_assets import compile_translations

    compile_translations()
    i18n.clear_cache()
    switcher = i18n.switcher(qapp)
    window.features.appearance.action_appearance.trigger()
    window.features.search.open_bar()
    try:
        old = window.features.appearance.panel
        assert switcher.apply("en")
        qtbot.waitUntil(lambda: window.features.appearance.panel not in (None, old))
        assert window.features.appearance.panel.isVisible()  # rebuilt and shown again
        panel = window.features.appearance.panel
        assert panel.editor("text/max_chars").suffix() == " characters"
        assert window.features.appearance.action_easier.text() == "Easier to read"
        assert "Type what you want to find" in window.features.search.count_label.text()
    finally:
        switcher.apply("sv")
    qtbot.waitUntil(
        lambda: (
            window.features.appearance.panel is not None
            and window.features.appearance.panel.windowTitle() == "Utseende"
        )
    )
