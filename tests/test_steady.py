"""No jumps: a label or a message that changes never moves or resizes another control."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListView

from reader.speech.controller import State
from reader.ui.speech_words import SPEEDS
from reader.ui.steady import MessageLine
from tests.layout_checks import geometries, moved, rect_in, still_geometries


@pytest.mark.parametrize("size", [(1000, 750), (1366, 728), (683, 384), (320, 568)])
def test_changing_labels_move_nothing(window, qtbot, size):
    window.resize(*size)
    qtbot.wait(60)
    speech = window.features.speech
    view = window.features.view
    before = still_geometries(window, qtbot)
    # The reading-aloud button's label: Läs upp -> Pausa -> Fortsätt -> Läs upp
    if speech is not None:
        for state in (State.READING, State.PAUSED, State.STOPPED):
            speech.show_state(state)
            qtbot.wait(20)
            assert moved(before, geometries(window)) == [], (size, state)
    # Ctrl+L: Visa: Hela texten -> Lättläst -> Båda -> Hela texten. The panes change; the controls do not.
    for _ in range(3):
        view.cycle()
        qtbot.wait(20)
        assert moved(before, geometries(window)) == [], (size, view.mode)


@pytest.mark.parametrize("size", [(1366, 728), (683, 384), (320, 568)])
def test_the_speed_and_the_reading_state_move_nothing(window, qtbot, size):
    """With every reading-aloud control shown: each speed, clearer or not, and each state."""
    window.resize(*size)
    window.settings.set("speech/more_controls", True)
    qtbot.wait(60)
    speech = window.features.speech
    before = still_geometries(window, qtbot)
    slider = rect_in(window, speech.panel.volume)
    for clearer in (False, True, False):
        window.settings.set("speech/clearer", clearer)
        for rate in (*SPEEDS, 1.0):
            window.settings.set("speech/rate", rate)
            qtbot.wait(10)
            assert moved(before, geometries(window)) == [], (size, rate, clearer, speech.panel.speed.text())
    for volume in (100, 5, 0, 55, 100):  # dragging the volume moves nothing, the slider least
        window.settings.set("speech/volume", volume)
        qtbot.wait(10)
        assert moved(before, geometries(window)) == [], (size, volume)
        assert rect_in(window, speech.panel.volume) == slider, (size, volume)
    for state in (State.READING, State.PAUSED, State.ENDED, State.STOPPED):
        speech.show_state(state)
        qtbot.wait(10)
        assert moved(before, geometries(window)) == [], (size, state)


def test_search_messages_move_nothing(window, qtbot):
    window.resize(1000, 750)
    bar = window.features.search
    bar.open_bar()
    bar.field.setText("Helsingborg")
    bar.run()
    qtbot.wait(60)
    assert len(bar.hits) > 3
    before = still_geometries(window, qtbot)
    section_list = [w for w in window.findChildren(QListView) if w.isVisible()]
    for _ in range(4):
        bar.next()
        qtbot.wait(20)
        assert moved(before, geometries(window)) == [], bar.count_label.full_text()
    # a long message does not squeeze the section list (it once went down to about 70 px)
    bar.count_label.setText("Träff 3 av 4 på ”x”. (i sammanfattningen: " + "mycket lång text " * 20 + ")")
    qtbot.wait(40)
    assert moved(before, geometries(window)) == []
    assert all(w.width() > 150 for w in section_list)


def test_message_line_keeps_its_size_and_its_whole_text(qtbot):
    line = MessageLine(chars=30)
    qtbot.addWidget(line)
    line.setText("kort")
    hint = line.sizeHint()
    line.setText("en mycket lång rad " * 20)
    assert line.sizeHint() == hint
    assert line.text() == line.toolTip() == line.full_text()
