"""What a screen reader gets from the widgets, checked without one (the real Orca: test_orca.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from reader.ui.button_bar import shortcut_text, spoken_shortcut
from reader.ui.reading_pane import ReadingPane


def test_the_pane_follows_the_screen_readers_reading_position(window, qtbot):
    """Say all asks Qt to scroll a text range into view; Qt calls the pane's _q_ensureVisible."""
    window.apply_text_size(48, announce=False)
    pane = window.reading_pane
    iface = QAccessible.queryAccessibleInterface(pane)
    text = iface.textInterface()
    end = text.characterCount()
    assert pane.verticalScrollBar().maximum() > 0
    text.scrollToSubstring(end - 20, end - 1)
    assert pane.verticalScrollBar().value() > 0
    text.scrollToSubstring(0, 5)
    assert pane.verticalScrollBar().value() == 0


def test_shortcut_hints_are_one_shortcut_in_words(window):
    assert spoken_shortcut(window.action_larger) == "Ctrl+plus"
    assert spoken_shortcut(window.action_smaller) == "Ctrl+minus"
    assert "Zoom" not in shortcut_text(window.action_larger)
    button = next(b for b in window.button_bar.buttons() if b.action is window.action_larger)
    assert button.accessibleDescription() == "Gör texten större Ctrl+plus"


def test_reading_aloud_buttons_come_before_the_text_in_the_tab_order(window):
    panel = window.features.speech.panel
    chain, widget = [], window.section_list
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is window.section_list:
            break
        chain.append(widget)
    speech = [
        i for i, w in enumerate(chain) if panel.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    panes = [
        i for i, w in enumerate(chain) if isinstance(w, ReadingPane) and window.reading_area.isAncestorOf(w)
    ]
    assert speech and panes
    assert max(speech) < min(panes)


def test_the_status_bar_names_the_section(window):
    iface = QAccessible.queryAccessibleInterface(window.position_label)
    assert iface.text(QAccessible.Text.Name) == "Avsnitt 1 av 6: Inledning"
    window.next_section()
    assert iface.text(QAccessible.Text.Name).startswith("Avsnitt 2 av 6: ")


def test_the_play_button_changes_its_name_once_when_paused(window, qtbot):
    from reader.speech.controller import State

    speech = window.features.speech
    names = []
    speech.action_play.changed.connect(lambda: names.append(speech.action_play.text()))
    speech.show_state(State.PAUSED)
    assert [n for n in names if n != names[-1]] == [] and names[-1] == "Fortsätt"


def test_glossary_explanation_is_a_text_and_down_from_the_filter_goes_to_the_list(window, qtbot):
    from PySide6.QtTest import QTest

    controller = window.features.glossary
    panel = controller.panel
    term = controller.glossary.terms[0]
    controller.explain(term.id)
    iface = QAccessible.queryAccessibleInterface(panel.explanation)
    assert iface.role() == QAccessible.Role.EditableText and iface.state().readOnly
    text = iface.textInterface()
    assert text.text(0, text.characterCount()) == term.explanation
    said = []
    panel.announce_requested.connect(said.append)
    controller.toggle_list()
    qtbot.waitUntil(panel.filter.hasFocus)
    QTest.keyClicks(panel.filter, "budget")
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert said[-1].endswith("ord") and said[-1] == panel.count_label.text()
    QTest.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.list.hasFocus() and panel.list.currentRow() >= 0
    item = panel.list.currentItem()
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == panel.current.explanation
