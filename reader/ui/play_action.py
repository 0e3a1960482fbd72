"""*Läs upp*, the first screen's most used button, made with the first screen.

The window makes the action before it is first shown, so the button is there, named,
and as wide as its longest label ("Läs upp", "Pausa", "Fortsätt") in the first
picture; reading aloud (reader/ui/speech_controls.py) takes it over once it is
installed, a moment later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from reader.ui.host import Host
from reader.ui.steady import set_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


def play_labels() -> list[str]:
    """Every label the button shows: one width for all of them, so nothing moves."""
    return [_tr("Läs upp"), _tr("Pausa"), _tr("Fortsätt")]


def make_play_action(host: Host, slot: Callable[[], None]) -> QAction:
    """The *Läs upp* / *Pausa* action (Ctrl+Space) in the Uppläsning menu and on the first screen."""
    action = host.add_action(
        _tr("Läs upp"),
        slot,
        ["Ctrl+Space"],
        menu="speech",
        description=_tr("Läs upp texten från markören, eller pausa uppläsningen"),
        name="speech_play",
        button=True,
    )
    set_labels(action, play_labels())
    return action
