"""A short soak: 50 cycles of section, text size, play and stop in the real window.

The long version (1,000 cycles, memory measured) is benchmarks/bench_soak.py;
both use the same cycle. Here speech runs on a fake engine and output so the
test is quick and exact. No crash, the state is right after every cycle, and
the number of Qt objects does not grow (a leak would show up here long before
it shows up in memory).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_soak import SIZES, soak_cycle, speech_actions

CYCLES = 50


@pytest.fixture
def window(speech_window):
    from reader.speech.fake_driver import FakeDriver

    return speech_window(driver=FakeDriver())


def live_objects(window) -> int:
    """Qt objects under the window, once those already handed to deleteLater are gone.

    processEvents() leaves deferred deletions for the event loop; Qt's main-window
    layout hands every finished geometry change to one (a zero-length animation).
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(window.findChildren(QObject))


def test_fifty_cycles_keep_the_window_consistent(window, qapp):
    from reader.speech.controller import State

    play, stop = speech_actions(window)
    assert play is not None and stop is not None, "the soak needs the play and stop actions"
    count = len(window.document.sections)
    objects_after_warmup = 0
    states: list = []
    window.features.speech.controller.state_changed.connect(states.append)
    for i in range(CYCLES):
        soak_cycle(window, i, play, stop, qapp.processEvents)
        assert window.current_index == (i + 1) % count
        assert window.text_size == SIZES[i % len(SIZES)]
        assert window.features.speech.controller.state is State.STOPPED
        assert window.active_pane().section is window.document.sections[window.current_index]
        if i == 9:
            objects_after_warmup = live_objects(window)
    assert states.count(State.READING) == CYCLES  # every cycle really started reading aloud
    assert live_objects(window) <= objects_after_warmup
    assert len(window.active_pane().extraSelections()) <= 2
