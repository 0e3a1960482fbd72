"""The voice control in the reading-aloud panel: Swedish voices, the others behind a check box.

A voice for another language reads the Swedish text with that language's
letter sounds. So the list offers the voices that can read Swedish, and
"Visa röster för andra språk" adds the rest, with a plain warning beside it.
What is offered, in which order and under which name is decided in
``reader.speech.voice_catalogue``; this module only puts it on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reader.speech.driver import VoiceInfo
from reader.speech.voice_catalogue import offers
from reader.ui.press_button import TickBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoiceChoice", text)


def warning_text() -> str:
    return _tr("Röster för andra språk läser den svenska texten med fel uttal.")


def make_other_voices_box(parent: QWidget | None = None) -> tuple[QCheckBox, QLabel]:
    """The check box "Visa röster för andra språk" and its warning (shown while it is ticked)."""
    box = TickBox(_tr("Visa röster för andra språk"), parent)
    box.setObjectName("SpeechOtherVoices")
    box.setAccessibleName(_tr("Visa röster för andra språk"))
    box.setAccessibleDescription(warning_text())
    box.setMinimumHeight(44)
    warning = QLabel(warning_text(), parent)
    warning.setObjectName("SpeechOtherVoicesWarning")
    warning.setWordWrap(True)
    warning.hide()
    return box, warning


def layout_voice_group(
    parent: QWidget, label: QLabel, combo: QComboBox, box: QCheckBox, warning: QLabel
) -> QWidget:
    """Röst: [list]  above  [ ] Visa röster för andra språk  above  the warning."""
    group = QWidget(parent)
    column = QVBoxLayout(group)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(combo, 1)
    column.addLayout(row)
    column.addWidget(box)
    column.addWidget(warning)
    return group


def fill_voice_list(
    combo: QComboBox, voices: list[VoiceInfo], current: str, ui_language: str, *, others: bool
) -> None:
    """Fill ``combo`` with the voices on offer, ``current`` selected, names in ``ui_language``."""
    listed = offers(voices, ui_language, others=others, keep=current)
    combo.blockSignals(True)
    try:
        combo.clear()
        for i, offer in enumerate(listed):
            if i and offer.reads_text != listed[i - 1].reads_text:
                combo.insertSeparator(combo.count())  # between Swedish voices and the others
            combo.addItem(offer.label, offer.id)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
    finally:
        combo.blockSignals(False)
