"""The reading-aloud controls above the text: its widgets and what shows when.

``SpeechPanel`` holds the buttons (made from the speech actions), the speed and
volume, the voice list, the audio-file progress and the status line. On the
first screen only *Läs upp* / *Pausa* shows, among the big buttons; the panel
opens with "Fler val för uppläsning" (and while an audio file is saved), so the
text keeps the window. In a narrow or low window the open panel keeps Stoppa
and that button. What the controls do is decided in ``reader/ui/speech_controls.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSlider,
    QWidget,
)

from reader.speech.driver import VoiceInfo
from reader.ui.button_bar import ActionButton
from reader.ui.flow_layout import FlowLayout, folds, wrapping_policy
from reader.ui.press_button import PressButton
from reader.ui.steady import SteadyLabel
from reader.ui.voice_choice import fill_voice_list, layout_voice_group, make_other_voices_box

NARROW_PANEL_PX = 600  # below this width the panel shows only its main buttons


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


# Volumes whose words are the widest the volume label may say (digits differ in some fonts).
VOLUME_SAMPLES = (0, 8, 88, 100)


class SpeechPanel(QWidget):
    """The row of reading-aloud controls (buttons wrap on narrow windows)."""

    narrow_changed = Signal(bool)  # True below NARROW_PANEL_PX: fewer buttons, more text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpeechPanel")
        self._narrow = False
        self._low = False
        self._scale = 1.0
        self._more = False
        self._status_problem = False  # the status line says why reading aloud cannot work
        self.wide_widgets: list[QWidget] = []
        self.more_widgets: list[QWidget] = []
        self.more_button: ActionButton | None = None
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)  # between the big buttons and the text: little height
        policy = wrapping_policy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)  # the text gets all spare height
        self.setSizePolicy(policy)
        self.status = QLabel(_tr("Uppläsningen är stoppad"))
        self.status.setObjectName("SpeechStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Uppläsning"))
        # As wide as the widest speed or volume they may say: a new speed or a drag of the volume
        # moves no button, nor the slider under the pointer (wrapped where the row is narrower:
        # "Fart: normal fart (150 ord i minuten)" must fit 320 px).
        self.speed = SteadyLabel(within=self)
        self.speed.setObjectName("SpeechSpeed")
        self.volume_label = SteadyLabel(within=self)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("SpeechVolume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setPageStep(20)
        self.volume.setMinimumWidth(140)
        self.volume.setMinimumHeight(44)
        self.volume.setAccessibleName(_tr("Volym"))
        # No buddy: a screen reader would say the label's "Volym: 100 %" and then the slider's
        # own value again; it says the name "Volym" and the value.
        self.voice_label = QLabel(_tr("Röst:"))
        self.voice = QComboBox()
        self.voice.setObjectName("SpeechVoice")
        self.voice.setAccessibleName(_tr("Röst"))
        self.voice.setMinimumHeight(44)
        self.voice_label.setBuddy(self.voice)
        self.other_voices, self.voice_warning = make_other_voices_box(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("SpeechExportProgress")
        self.progress.setAccessibleName(_tr("Sparar ljudfil"))
        self.progress.setMinimumWidth(160)
        self.cancel_export = PressButton(_tr("Avbryt"))
        self.cancel_export.setObjectName("SpeechExportCancel")
        self.cancel_export.setMinimumSize(44, 44)
        self.cancel_export.setAccessibleName(_tr("Avbryt sparandet av ljudfilen"))
        self.progress.hide()
        self.cancel_export.hide()
        self.narrow_changed.connect(lambda _narrow: self._update_visibility())

    # -- layout --------------------------------------------------------------------
    def arrange(self, actions: Mapping[str, QAction], more: bool) -> None:
        """Buttons for the speech actions (by name), in reading order; ``more``: show them all."""

        def button(name: str) -> QWidget:
            return self.add(ActionButton(actions[name], self))

        button("stop")  # Läs upp / Pausa is on the first screen (reader/ui/button_bar.py)
        self.wide_widgets = [
            button("previous_sentence"),
            button("next_sentence"),
            button("slower"),
            self.add(self.speed),
            button("faster"),
            button("clearer"),
        ]
        self.more_button = ActionButton(actions["more"], self)
        self.add(self.more_button)
        self.more_widgets = [
            button("previous_paragraph"),
            button("next_paragraph"),
            self.add_group(self.volume_label, self.volume),
            self.add(
                layout_voice_group(self, self.voice_label, self.voice, self.other_voices, self.voice_warning)
            ),
            button("highlight"),
            button("continue"),
            button("export"),
        ]
        self.add_group(self.progress, self.cancel_export)
        self.add(self.status)
        self.set_more(more)

    def add(self, widget: QWidget) -> QWidget:
        self._layout.addWidget(widget)
        return widget

    def add_group(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        self._layout.addWidget(box)
        return box

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as the wrapped rows need at the current width, no taller."""
        hint = super().sizeHint()
        width = self.width() if self.width() > 100 else 900
        return QSize(hint.width(), self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
            self._update_narrow(force=event.oldSize().width() < 0)

    # -- what shows ------------------------------------------------------------------
    def set_room(self, low: bool, scale: float) -> None:
        """In a low window keep only the main buttons, as when narrow: the text needs the height.
        At a larger interface scale the buttons are bigger, so "narrow" starts wider."""
        self._low = low
        self._scale = scale
        self._update_narrow()

    def _update_narrow(self, force: bool = False) -> None:
        narrow = folds(self.width(), NARROW_PANEL_PX, self._low, self._scale)
        if narrow != self._narrow or force:
            self._narrow = narrow
            self.narrow_changed.emit(narrow)

    def set_more(self, more: bool) -> None:
        """Show every control ("Fler val för uppläsning"), or only the everyday ones."""
        self._more = more
        self._update_visibility()

    def _update_visibility(self) -> None:
        more, narrow = self._more, self._narrow
        self.setVisible(more or self.saving())
        for widgets, show in ((self.wide_widgets, more or not narrow), (self.more_widgets, more)):
            for widget in widgets:
                if isinstance(widget, ActionButton):
                    widget.folded = not show  # sync() keeps it hidden when its action changes
                    widget.sync()
                else:
                    widget.setVisible(show)
        if self.more_button is not None:
            self.more_button.action.setChecked(more)
            self.more_button.compact = narrow
            self.more_button.sync()
        self.status.setVisible(self._status_problem or not narrow)
        self.updateGeometry()

    def show_status(self, text: str, problem: bool = False) -> None:
        """The line under the buttons. A narrow or low window shows it only for a problem:
        the everyday states are in the Läs upp/Pausa button and are announced anyway."""
        self.status.setText(text)
        if problem:
            self.status.setAccessibleDescription(text)
        self._status_problem = problem
        self.status.setVisible(problem or not self._narrow)

    def show_voices(self, voices: list[VoiceInfo], current: str, language: str, others: bool) -> None:
        """The voice list: Swedish voices, and the others when the reader has asked for them."""
        box = self.other_voices
        box.blockSignals(True)
        box.setChecked(others)
        box.blockSignals(False)
        self.voice_warning.setVisible(others)
        if voices:
            fill_voice_list(self.voice, voices, current, language, others=others)

    def show_volume(self, volume: int) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(volume)
        self.volume.blockSignals(False)
        self.volume_label.set_labels([_tr("Volym: {0} %").format(v) for v in VOLUME_SAMPLES])
        self.volume_label.setText(_tr("Volym: {0} %").format(volume))

    def show_speed(self, label: str, every: list[str] | None = None) -> None:
        """``label`` now; ``every``: each label the speed may have (the label keeps their width)."""
        if every is not None:
            self.speed.set_labels(every)
        self.speed.setText(label)
        self.speed.setAccessibleName(label)

    def show_export_progress(self, done: int, total: int) -> None:
        """The progress of saving an audio file, with its Avbryt; ``total`` < 0 hides both."""
        showing = total >= 0
        if showing:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setVisible(showing)
        self.cancel_export.setVisible(showing)
        self._update_visibility()

    def saving(self) -> bool:
        """An audio file is being saved: its progress and Avbryt show, with the panel."""
        return not self.progress.isHidden()
