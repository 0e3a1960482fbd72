"""The main window: navigation by mouse and keyboard, text size, wrapping, accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QLineEdit,
    QWidget,
)

from reader.content.loader import load_pack
from reader.preferences.session_state import WINDOW_GEOMETRY, SessionState
from reader.preferences.settings import Settings
from reader.preferences.typography import DEFAULT_SIZE_PT, MAX_SIZE_PT, MIN_SIZE_PT
from reader.services import services_for
from reader.ui.main_window import MainWindow


def test_title_list_and_first_section(window):
    assert window.windowTitle() == window.document.window_title
    assert window.section_list.count() == 6
    assert window.section_list.currentRow() == 0
    assert window.reading_pane.toPlainText().startswith("Inledning")
    assert window.position_label.text() == "Avsnitt 1 av 6"


def test_click_in_list_changes_section(window, qtbot):
    item = window.section_list.item(2)
    rect = window.section_list.visualItemRect(item)
    qtbot.mouseClick(window.section_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_index == 2
    assert window.reading_pane.section.id == "trygghet"
    assert window.position_label.text() == "Avsnitt 3 av 6"


def test_arrow_keys_in_list_change_section(window, qtbot):
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.section_list, Qt.Key.Key_Down)
    assert window.current_index == 2


def test_alt_arrows_and_buttons(window, qtbot):
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_index == 1
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_index == 0
    assert not window.action_previous.isEnabled()
    next_button = next(b for b in window.button_bar.buttons() if b.action is window.action_next)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert window.current_index == 1
    window.go_to_section(5)
    assert not window.action_next.isEnabled()
    window.next_section()
    assert window.current_index == 5


def test_page_down_at_end_goes_to_next_section(window, qtbot):
    pane = window.reading_pane
    pane.setFocus()
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert window.current_index == 1
    assert pane.verticalScrollBar().value() == 0
    qtbot.keyClick(pane, Qt.Key.Key_PageUp)
    assert window.current_index == 0


def test_text_size_limits_and_shortcuts(window, qtbot):
    assert window.text_size == DEFAULT_SIZE_PT
    for _ in range(40):
        window.action_larger.trigger()
    assert window.text_size == MAX_SIZE_PT >= 72
    assert not window.action_larger.isEnabled()
    for _ in range(40):
        window.action_smaller.trigger()
    assert window.text_size == MIN_SIZE_PT == 12
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size == DEFAULT_SIZE_PT
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size > DEFAULT_SIZE_PT
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size == DEFAULT_SIZE_PT


def test_ctrl_wheel_zooms(window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pane = window.reading_pane
    pos = QPointF(50, 50)
    event = QWheelEvent(
        pos,
        pane.viewport().mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), event)
    assert window.text_size > DEFAULT_SIZE_PT


def test_size_is_remembered(qtbot, content_root):
    settings = Settings()
    document = load_pack(content_root).document
    first = MainWindow(services_for(document, settings))
    qtbot.addWidget(first)
    first.apply_text_size(40)
    first.go_to_section(3)
    second = MainWindow(services_for(document, settings))
    qtbot.addWidget(second)
    assert second.text_size == 40
    assert second.current_index == 3


def test_no_horizontal_scrolling_at_largest_size_in_narrow_window(window, qtbot):
    window.resize(320, 700)
    window.apply_text_size(MAX_SIZE_PT)
    for index in range(6):
        window.go_to_section(index)
        qtbot.wait(10)
        pane = window.reading_pane
        assert not pane.horizontalScrollBar().isVisible()
        assert pane.horizontalScrollBar().maximum() == 0
        layout_width = pane.document().size().width()
        assert layout_width <= pane.viewport().width() + 1


def test_narrow_window_stacks_list_above_text(window, qtbot):
    window.resize(320, 700)
    qtbot.wait(10)
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    window.resize(1200, 800)
    qtbot.wait(10)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal


INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QComboBox, QLineEdit)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisibleTo(root)]
    return [w for w in found if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def test_every_interactive_widget_has_an_accessible_name(window):
    widgets = interactive_widgets(window)
    assert len(widgets) >= 6
    for widget in widgets:
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        assert name.strip(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"


def test_reading_pane_is_named_and_swedish(window):
    iface = QAccessible.queryAccessibleInterface(window.reading_pane)
    # A text a screen reader reads (not a label), named after what it shows.
    assert iface.text(QAccessible.Text.Name) == "Inledning – hela texten"
    assert iface.role() == QAccessible.Role.EditableText and iface.state().readOnly
    assert iface.textInterface().text(0, 40).startswith("Inledning")
    window.next_section()
    assert iface.text(QAccessible.Text.Name).endswith("– hela texten")
    assert not iface.text(QAccessible.Text.Name).startswith("Inledning")
    assert window.reading_pane.locale().language().name == "Swedish"
    attributes = iface.attributesInterface()
    assert QAccessible.Attribute.Locale in attributes.attributeKeys()
    assert attributes.attributeValue(QAccessible.Attribute.Locale).name() == "sv_SE"


def test_buttons_show_text_and_are_big_enough(window):
    for button in window.button_bar.buttons():
        assert button.text().strip()
        assert button.width() >= 44 and button.height() >= 44
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_reaches_buttons_list_and_text(window, qtbot):
    seen = set()
    window.button_bar.buttons()[1].setFocus()
    marks = len(window.features.glossary.glossary.first_occurrences(window.reading_pane.section.text))
    for _ in range(marks + 40):  # the pane also stops at each glossary link
        widget = window.focusWidget()
        seen.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert window.section_list in seen
    assert window.reading_pane in seen
    enabled = [b for b in window.button_bar.buttons() if b.isEnabled()]
    assert all(b in seen for b in enabled)


def test_content_errors_are_shown_and_valid_sections_open(qtbot, tmp_path, content_root):
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "sections" / "02-ansvar.md").write_bytes(b"# R\n\n\xff\n")
    result = load_pack(pack)
    win = MainWindow(services_for(result.document, Settings(), result.errors))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: getattr(win, "content_error_box", None) is not None)
    assert "02-ansvar.md" in win.content_error_box.informativeText()
    assert win.section_list.count() == 5


def test_window_opens_at_the_top_of_the_text(qtbot, content_root):
    """A style change before the first layout must not scroll the new window anywhere."""
    document = load_pack(content_root).document
    settings = Settings()
    settings.set("text/size_pt", 40)
    win = MainWindow(services_for(document, settings))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.apply_text_size(44, announce=False)
    qtbot.wait(50)
    assert win.reading_pane.verticalScrollBar().value() == 0


def test_buttons_in_order_and_tab_follows_them(window, qtbot):
    from reader.ui.button_bar import FIRST_SCREEN

    names = [b.action.objectName() for b in window.button_bar.buttons()]
    assert names == sorted(names, key=FIRST_SCREEN.index)
    # Tab follows the order on screen, ending on Alla val.
    first = window.button_bar.buttons()[0]
    first.setFocus()
    seen = [first]
    for _ in range(len(names) + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    visible = [b for b in window.button_bar.buttons() if b.isEnabled()] + [window.button_bar.more_button]
    assert [w for w in seen if w in visible] == visible[: len([w for w in seen if w in visible])]


def test_narrow_window_uses_short_labels_and_keeps_alla_val(window, qtbot):
    window.resize(320, 700)  # one shrink is enough: nothing side by side holds the window wider
    assert window.width() == 320
    qtbot.waitUntil(lambda: window.button_bar.width() <= 320)
    previous = next(b for b in window.button_bar.buttons() if b.action.objectName() == "previous_section")
    qtbot.waitUntil(lambda: previous.text() == "Föregående")
    assert previous.accessibleName() == "Föregående avsnitt"
    assert window.button_bar.more_button.isVisible()
    # The buttons leave most of the height to the text (once the bar is laid out again).
    qtbot.waitUntil(lambda: window.button_bar.height() < window.height() // 3)
    assert window.width() == 320
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: previous.text() == "Föregående avsnitt")


def test_the_app_always_uses_the_fusion_style(tmp_path):
    """The themes are made for Fusion: it is chosen even where the system's default style differs,
    with its arrows drawn large (reader/ui/big_arrows.py)."""
    import os
    import subprocess
    import sys

    code = (
        "from reader.app import application; s = application().style();"
        " print(type(s).__name__, s.baseStyle().name().lower())"
    )
    for override in ("Windows", "Fusion"):
        env = dict(os.environ, HOME=str(tmp_path), QT_STYLE_OVERRIDE=override)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip().splitlines()[-1] == "ArrowStyle fusion", override


def _visible_button_texts(bar) -> list[str]:
    return [b.text() for b in bar.buttons() if b.isVisible()]


@pytest.mark.parametrize(("width", "height"), [(683, 384), (910, 470), (320, 568)])
def test_a_low_window_keeps_room_for_the_text(window, qtbot, width, height):
    """A small laptop at 150-200 % (or a phone-sized window): the chrome folds and the text gets the height."""
    from reader.ui.button_bar import FIRST_SCREEN

    window.resize(width, height)
    qtbot.waitUntil(lambda: window.low and window.button_bar.height() < height // 3)
    assert (window.width(), window.height()) == (width, height)  # nothing holds the window larger
    shown = [b for b in window.button_bar.buttons() if b.isVisible()]
    assert shown and {b.action.objectName() for b in shown} <= set(FIRST_SCREEN)
    previous = next(b for b in shown if b.action.objectName() == "previous_section")
    assert previous.text() == "Föregående" and previous.accessibleName() == "Föregående avsnitt"
    assert not window.features.speech.panel.isVisible()  # reading aloud: only Läs upp, among the big buttons
    assert window.features.view.visible_panes() == [window.reading_pane]  # the greeting waits for room
    pane = window.reading_pane
    qtbot.waitUntil(lambda: pane.viewport().height() >= 3 * pane.fontMetrics().lineSpacing())
    if width >= 560:
        assert window.splitter.orientation() == Qt.Orientation.Horizontal  # the list beside, not above

    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not window.low)
    assert "Föregående avsnitt" in _visible_button_texts(window.button_bar)
    assert "Större text" in _visible_button_texts(window.button_bar)
    assert "Läs upp" in _visible_button_texts(window.button_bar)


def test_in_a_low_window_the_overview_asked_for_is_shown_on_its_own(window, qtbot):
    view = window.features.view
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.low)
    view.show_overview()
    assert view.visible_panes() == [view.summary_pane]
    assert view.summary_pane.section is view.summaries.overview
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not window.low)
    assert view.visible_panes() == [window.reading_pane, view.summary_pane]  # beside the text again


def test_a_large_interface_scale_folds_the_buttons_as_a_smaller_window_would(window, qtbot):
    """At 200 % every button is twice the size: a 1200 × 800 window has the room of a 600 × 400 one."""
    from reader.ui.button_bar import FIRST_SCREEN

    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not window.low)
    pane = window.reading_pane
    window.settings.set("view/ui_scale", 200)
    qtbot.waitUntil(lambda: window.low and window.ui_scale == 2.0)
    shown = {b.action.objectName() for b in window.button_bar.buttons() if b.isVisible()}
    assert shown <= set(FIRST_SCREEN)
    assert not any(w.isVisible() for w in window.features.speech.panel.wide_widgets)
    qtbot.waitUntil(lambda: pane.viewport().height() >= 6 * pane.fontMetrics().lineSpacing())
    window.settings.set("view/ui_scale", 100)
    qtbot.waitUntil(lambda: not window.low and window.ui_scale == 1.0)
    assert {"previous_section", "larger_text"} <= {
        b.action.objectName() for b in window.button_bar.buttons() if b.isVisible()
    }


def test_the_window_opens_where_and_as_large_as_it_was(qtbot, content_root):
    document = load_pack(content_root).document
    settings = Settings()
    first = MainWindow(services_for(document, settings))
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 650)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (900, 650))
    first.close()
    assert SessionState(settings.store).get(WINDOW_GEOMETRY)
    second = MainWindow(services_for(document, settings))
    qtbot.addWidget(second)
    assert second.restore_geometry()
    second.show()
    assert (second.width(), second.height()) == (900, 650)


def test_a_broken_saved_window_size_is_ignored(qtbot, content_root, caplog):
    settings = Settings()
    SessionState(settings.store).set(WINDOW_GEOMETRY, "inte en fönsterstorlek %%")
    window = MainWindow(services_for(load_pack(content_root).document, settings))
    qtbot.addWidget(window)
    size = (window.width(), window.height())
    assert not window.restore_geometry()
    window.show()
    assert (window.width(), window.height()) == size
    assert "could not be used" in caplog.text


def test_full_screen_is_not_remembered_as_the_window_size(qtbot, content_root):
    settings = Settings()
    window = MainWindow(services_for(load_pack(content_root).document, settings))
    qtbot.addWidget(window)
    window.show()
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    window.close()
    assert SessionState(settings.store).get(WINDOW_GEOMETRY) == ""
