"""What the reading-aloud controls say: the speed steps and the states in plain words.

Kept apart from the controls so the words (and the speed steps they name) can be
read and tested without a window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.speech import pace
from reader.speech.controller import State

# Twice normal is the top: eSpeak NG reads no faster than about 340 words a minute (see pace).
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


def speed_words(multiplier: float) -> str:
    """The speed in plain words, e.g. "normal fart"."""
    names = {
        0.5: _tr("halv fart"),
        0.75: _tr("lite långsammare än normalt"),
        1.0: _tr("normal fart"),
        1.25: _tr("lite snabbare än normalt"),
        1.5: _tr("en och en halv gång så snabbt"),
        1.75: _tr("nästan dubbelt så snabbt"),
        2.0: _tr("dubbelt så snabbt"),
        2.5: _tr("två och en halv gång så snabbt"),
        3.0: _tr("tre gånger så snabbt"),
    }
    nearest = min(SPEEDS, key=lambda s: abs(s - multiplier))
    return names[nearest]


def speed_step(multiplier: float) -> float:
    """The speed step a stored speed stands for (an older 2.5 or 3 is read as the fastest)."""
    return min(SPEEDS, key=lambda s: abs(s - multiplier))


def next_speed(multiplier: float, direction: int) -> float:
    """The step ``direction`` steps faster (+) or slower (-) than ``multiplier``, within the range."""
    i = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - multiplier))
    return SPEEDS[max(0, min(len(SPEEDS) - 1, i + direction))]


def speed_label(multiplier: float, clearer: bool = False) -> str:
    """E.g. "Fart: normal fart (150 ord i minuten)": the pace measured on the programme."""
    step = speed_step(multiplier)
    wpm = pace.target_wpm(step, clearer)
    if clearer:
        return _tr("Fart: {0}, tydligare ({1} ord i minuten)").format(speed_words(step), wpm)
    return _tr("Fart: {0} ({1} ord i minuten)").format(speed_words(step), wpm)


def state_text(state: State) -> str:
    return {
        State.READING: _tr("Läser upp"),
        State.PAUSED: _tr("Uppläsningen är pausad"),
        State.STOPPED: _tr("Uppläsningen är stoppad"),
        State.ENDED: _tr("Slut på avsnittet"),
    }[state]
