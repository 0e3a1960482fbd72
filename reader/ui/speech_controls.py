"""The reading-aloud controls in the main window: buttons, speed, volume, voice, export.

``install_speech(window)`` adds an "Uppläsning" row above the text and a menu,
connects the reading controller to the reading pane's highlight, keeps the
sentence being read in view (unless the user has just scrolled by hand), and
says every change of state in the window and to assistive technology. If the
computer cannot speak, the controls say why and everything else works.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QWidget,
)

from reader.content.model import Section
from reader.exports.audio import ExportCancelledError, ExportResult, export_audio, mp3_available, texts_of
from reader.kiosk.session import VisitorSession
from reader.platform.i18n import switcher, when_language_changes
from reader.speech import pace, voice_catalogue
from reader.speech.controller import ReadingController, State
from reader.speech.driver import SpeechUnavailableError, VoiceInfo, choose_voice
from reader.speech.engine import SpeechEngine, Ticket, voices_sorted
from reader.speech.player import AudioOut, QtAudioOut, no_device_message
from reader.speech.service import create_engine, no_swedish_message
from reader.ui.button_bar import ActionButton
from reader.ui.flow_layout import FlowLayout, folds, wrapping_policy
from reader.ui.reading_pane import ReadingPane
from reader.ui.steady import set_labels
from reader.ui.view_mode import summary_for
from reader.ui.voice_choice import fill_voice_list, layout_voice_group, make_other_voices_box

log = logging.getLogger(__name__)

NARROW_PANEL_PX = 600  # below this width the panel shows only its main buttons
# Twice normal is the top: eSpeak NG reads no faster than about 340 words a minute (see pace).
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
MANUAL_SCROLL_PAUSE_S = 6.0  # after the user scrolls by hand, auto-scroll waits this long


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


def speed_label(multiplier: float, clearer: bool = False) -> str:
    """E.g. "Fart: normal fart (150 ord i minuten)": the pace measured on the programme."""
    step = speed_step(multiplier)
    wpm = pace.target_wpm(step, clearer)
    if clearer:
        return _tr("Fart: {0}, tydligare ({1} ord i minuten)").format(speed_words(step), wpm)
    return _tr("Fart: {0} ({1} ord i minuten)").format(speed_words(step), wpm)


def voice_label(voice: VoiceInfo) -> str:
    """E.g. "Svenska – eSpeak NG", "Walesiska – eSpeak NG": in the interface's language."""
    return voice_catalogue.voice_label(voice, switcher().language)


def state_text(state: State) -> str:
    return {
        State.READING: _tr("Läser upp"),
        State.PAUSED: _tr("Uppläsningen är pausad"),
        State.STOPPED: _tr("Uppläsningen är stoppad"),
        State.ENDED: _tr("Slut på avsnittet"),
    }[state]


class _Bridge(QObject):
    """Carries results from worker threads to the GUI thread (queued signals)."""

    future_done = Signal(object, object)  # future, callback
    export_progress = Signal(int, int)
    export_done = Signal(object)  # ExportResult or Exception


class SpeechPanel(QWidget):
    """The row of reading-aloud controls (buttons wrap on narrow windows)."""

    narrow_changed = Signal(bool)  # True below NARROW_PANEL_PX: fewer buttons, more text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpeechPanel")
        self._narrow = False
        self._low = False
        self._scale = 1.0
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)  # between the big buttons and the text: little height
        policy = wrapping_policy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)  # the text gets all spare height
        self.setSizePolicy(policy)
        self.status = QLabel(_tr("Uppläsningen är stoppad"))
        self.status.setObjectName("SpeechStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Uppläsning"))
        self.speed = QLabel()
        self.speed.setObjectName("SpeechSpeed")
        self.speed.setWordWrap(True)  # "Fart: normal fart (150 ord i minuten)" must fit 320 px
        self.volume_label = QLabel()
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
        self.cancel_export = QPushButton(_tr("Avbryt"))
        self.cancel_export.setObjectName("SpeechExportCancel")
        self.cancel_export.setMinimumSize(44, 44)
        self.cancel_export.setAccessibleName(_tr("Avbryt sparandet av ljudfilen"))
        self.progress.hide()
        self.cancel_export.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as the wrapped rows need at the current width, no taller."""
        hint = super().sizeHint()
        width = self.width() if self.width() > 100 else 900
        return QSize(hint.width(), self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
            self._update_narrow(force=event.oldSize().width() < 0)

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


class SpeechUi(QObject):
    """Glue between the window, the settings and the reading controller."""

    def __init__(
        self,
        window,
        visitor: VisitorSession,
        engine: SpeechEngine | None = None,
        output: AudioOut | None = None,
        *,
        check_device: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.visitor = visitor  # a new visitor (public computer): stop, and read the idle warning
        self.settings = window.settings
        self.bridge = _Bridge(self)
        self.bridge.future_done.connect(self._on_future_done, Qt.ConnectionType.QueuedConnection)
        self.bridge.export_progress.connect(self._on_export_progress, Qt.ConnectionType.QueuedConnection)
        self.bridge.export_done.connect(self._on_export_done, Qt.ConnectionType.QueuedConnection)
        root = Path(window.document.root) if getattr(window.document, "root", "") else None
        self.content_root = root
        self.engine = engine if engine is not None else engine_factory(root or Path("."))
        self.output = output if output is not None else output_factory()
        self.controller = ReadingController(
            self.engine, self.output, next_section=self._next_section, parent=self
        )
        self.available = False  # engine and a Swedish voice found
        self.unavailable_reason = ""
        self.voices: list[VoiceInfo] = []
        # None: not asked yet. Asking loads Qt Multimedia (about 20 MB), so that waits for the
        # first "Läs upp"; a reader who never listens never pays for it.
        self._no_device: bool | None = None if check_device else False
        self._advancing = False
        self._status_problem = False  # the status line says why reading aloud cannot work
        self._our_scroll = False
        self._manual_scroll_at = -1e9
        self._interrupted = None  # (section, sentence, state) a spoken notice broke into
        self._prefetch_timer: QTimer | None = None
        self._shut_down = False
        self._export_ticket: Ticket | None = None
        self._export_thread: threading.Thread | None = None
        self.last_export: ExportResult | Exception | None = None

        self.panel = SpeechPanel(window)
        self._create_actions()
        self._build_panel()
        self._connect()
        self._apply_settings()
        self._set_enabled_for(State.STOPPED)
        when_language_changes(self._show_setting_texts)
        self._start_engine()

    # -- set-up ---------------------------------------------------------
    def _create_actions(self) -> None:
        w = self.window
        self.action_play = w.add_action(
            _tr("Läs upp"),
            self.toggle,
            ["Ctrl+Space"],
            menu="speech",
            description=_tr("Läs upp texten från markören, eller pausa uppläsningen"),
            name="speech_play",
        )
        self.action_stop = w.add_action(
            _tr("Stoppa"),
            self.controller.stop,
            ["Escape"],
            menu="speech",
            description=_tr("Sluta läsa upp"),
            name="speech_stop",
        )
        self.action_prev_sentence = w.add_action(
            _tr("Föregående mening"),
            self.controller.previous_sentence,
            ["Ctrl+Left"],
            menu="speech",
            description=_tr("Läs meningen före"),
            name="speech_previous_sentence",
        )
        self.action_next_sentence = w.add_action(
            _tr("Nästa mening"),
            self.controller.next_sentence,
            ["Ctrl+Right"],
            menu="speech",
            description=_tr("Hoppa till nästa mening"),
            name="speech_next_sentence",
        )
        self.action_prev_paragraph = w.add_action(
            _tr("Föregående stycke"),
            self.controller.previous_paragraph,
            ["Ctrl+Up"],
            menu="speech",
            description=_tr("Läs från början av stycket, eller stycket före"),
            name="speech_previous_paragraph",
        )
        self.action_next_paragraph = w.add_action(
            _tr("Nästa stycke"),
            self.controller.next_paragraph,
            ["Ctrl+Down"],
            menu="speech",
            description=_tr("Hoppa till nästa stycke"),
            name="speech_next_paragraph",
        )
        self.action_slower = w.add_action(
            _tr("Långsammare"),
            lambda: self.step_speed(-1),
            ["Ctrl+Shift+Down"],
            menu="speech",
            description=_tr("Läs upp långsammare"),
            name="speech_slower",
        )
        self.action_faster = w.add_action(
            _tr("Snabbare"),
            lambda: self.step_speed(1),
            ["Ctrl+Shift+Up"],
            menu="speech",
            description=_tr("Läs upp snabbare"),
            name="speech_faster",
        )
        self.action_highlight = w.add_action(
            _tr("Markera det som läses"),
            lambda on: self.settings.set("speech/highlight", bool(on)),
            menu="speech",
            checkable=True,
            description=_tr("Visa meningen och ordet som läses upp med färg"),
            name="speech_highlight",
        )
        self.action_continue = w.add_action(
            _tr("Fortsätt i nästa avsnitt"),
            lambda on: self.settings.set("speech/continue", bool(on)),
            menu="speech",
            checkable=True,
            description=_tr("Läs vidare i nästa avsnitt när ett avsnitt är slut"),
            name="speech_continue",
        )
        self.action_clearer = w.add_action(
            _tr("Tydligare uppläsning"),
            lambda on: self.settings.set("speech/clearer", bool(on)),
            menu="speech",
            checkable=True,
            description=_tr("Läs lite långsammare, med längre pauser mellan meningar och stycken"),
            name="speech_clearer",
        )
        self.action_clearer.setIconText(_tr("Tydligare"))
        self.action_more = w.add_action(
            _tr("Fler val för uppläsning"),
            lambda on: self.settings.set("speech/more_controls", bool(on)),
            menu="speech",
            checkable=True,
            description=_tr("Visa eller göm knappar för stycken, volym, röst, markering och ljudfil"),
            name="speech_more",
        )
        self.action_more.setIconText(_tr("Fler val"))  # the button's label in a small window
        self.action_export = w.add_action(
            _tr("Spara som ljudfil…"),
            self.ask_export,
            menu="speech",
            description=_tr(
                "Spara uppläsningen av avsnittet, sammanfattningen eller hela programmet som en ljudfil"
            ),
            name="speech_export",
        )

    def _build_panel(self) -> None:
        """Everyday controls show; the rest wait behind "Fler val för uppläsning".

        In a narrow window only Läs upp, Stoppa and that button stay, so the
        text keeps most of the screen.
        """
        p = self.panel
        p.add(ActionButton(self.action_play, p))
        p.add(ActionButton(self.action_stop, p))
        self.wide_widgets: list[QWidget] = [
            p.add(ActionButton(self.action_prev_sentence, p)),
            p.add(ActionButton(self.action_next_sentence, p)),
            p.add(ActionButton(self.action_slower, p)),
            p.add(p.speed),
            p.add(ActionButton(self.action_faster, p)),
            p.add(ActionButton(self.action_clearer, p)),
        ]
        self.more_button = p.add(ActionButton(self.action_more, p))
        self.more_widgets: list[QWidget] = [
            p.add(ActionButton(self.action_prev_paragraph, p)),
            p.add(ActionButton(self.action_next_paragraph, p)),
            p.add_group(p.volume_label, p.volume),
            p.add(layout_voice_group(p, p.voice_label, p.voice, p.other_voices, p.voice_warning)),
            p.add(ActionButton(self.action_highlight, p)),
            p.add(ActionButton(self.action_continue, p)),
            p.add(ActionButton(self.action_export, p)),
        ]
        p.add_group(p.progress, p.cancel_export)
        p.add(p.status)
        self._narrow = False
        p.narrow_changed.connect(self._on_narrow)
        room_changed = getattr(self.window, "room_changed", None)
        if room_changed is not None:
            room_changed.connect(self._on_room)
            self._on_room()
        self._update_visibility()
        layout = getattr(self.window, "reading_layout", None)
        if layout is not None:
            layout.insertWidget(0, p, 0)

    def _on_room(self) -> None:
        self.panel.set_room(bool(getattr(self.window, "low", False)), getattr(self.window, "ui_scale", 1.0))

    def _on_narrow(self, narrow: bool) -> None:
        self._narrow = narrow
        self._update_visibility()

    def _update_visibility(self) -> None:
        more = bool(self.settings.get("speech/more_controls"))
        for widgets, show in ((self.wide_widgets, more or not self._narrow), (self.more_widgets, more)):
            for widget in widgets:
                if isinstance(widget, ActionButton):
                    widget.folded = not show  # sync() keeps it hidden when its action changes
                    widget.sync()
                else:
                    widget.setVisible(show)
        self.action_more.setChecked(more)
        self.more_button.compact = self._narrow
        self.more_button.sync()
        self.panel.status.setVisible(self._status_problem or not self._narrow)
        self.panel.updateGeometry()

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.highlight.connect(self._on_highlight)
        c.error.connect(self._on_error)
        for pane in self.window.findChildren(ReadingPane):
            pane.section_shown.connect(lambda section, p=pane: self._on_section_shown(p, section))
            pane.verticalScrollBar().valueChanged.connect(self._on_scrolled)
            pane.installEventFilter(self)
            pane.viewport().installEventFilter(self)
            pane.cursorPositionChanged.connect(self._prefetch_soon)
        pane = self.window.active_pane()
        self.panel.volume.valueChanged.connect(lambda v: self.settings.set("speech/volume", int(v)))
        self.panel.voice.activated.connect(self._on_voice_chosen)
        self.panel.other_voices.toggled.connect(self._on_other_voices)
        self.panel.cancel_export.clicked.connect(self.cancel_export)
        self.settings.changed.connect(self._on_setting)
        self.visitor.new_visitor.connect(self.forget_visitor)
        self.visitor.speak_requested.connect(self._speak_idle_warning)
        self.visitor.resumed.connect(self._after_notice)  # the visitor is still here
        if pane.section is not None:
            self.controller.set_section(pane.section)

    def _apply_settings(self) -> None:
        s = self.settings
        clearer = bool(s.get("speech/clearer"))
        self.controller.params = self.controller.params.__class__(
            s.get("speech/voice") or "sv", pace.target_wpm(speed_step(s.get("speech/rate")), clearer), clearer
        )
        self.controller.continue_reading = s.get("speech/continue")
        self.controller.set_volume(s.get("speech/volume") / 100)
        self.panel.volume.blockSignals(True)
        self.panel.volume.setValue(s.get("speech/volume"))
        self.panel.volume.blockSignals(False)
        self._show_setting_texts()
        self.action_highlight.setChecked(s.get("speech/highlight"))
        self.action_continue.setChecked(s.get("speech/continue"))
        self.action_clearer.setChecked(clearer)
        rate = speed_step(s.get("speech/rate"))
        self.action_slower.setEnabled(rate > SPEEDS[0])
        self.action_faster.setEnabled(rate < SPEEDS[-1])

    def _show_setting_texts(self, _language: str = "") -> None:
        """The volume, speed and voice names in words, in the current language."""
        s = self.settings
        self.panel.volume_label.setText(_tr("Volym: {0} %").format(s.get("speech/volume")))
        label = speed_label(s.get("speech/rate"), s.get("speech/clearer"))
        self.panel.speed.setText(label)
        self.panel.speed.setAccessibleName(label)
        self._fill_voices()  # "Svenska – eSpeak NG" / "Swedish – eSpeak NG"

    def _start_engine(self) -> None:
        self._when_done(self.engine.check(), self._on_checked)

    def _when_done(self, future: Future, callback) -> None:
        future.add_done_callback(lambda f: self.bridge.future_done.emit(f, callback))

    def _on_future_done(self, future: Future, callback) -> None:
        if not self._shut_down:  # an answer that arrives after the window closed is dropped
            callback(future)

    def _on_checked(self, future: Future) -> None:
        try:
            future.result()
        except SpeechUnavailableError as exc:
            self._make_unavailable(exc.message_sv)
            return
        except Exception as exc:
            log.warning("speech engine failed to start: %s", exc)
            self._make_unavailable(_tr("Uppläsning fungerar inte på den här datorn."))
            return
        self._when_done(self.engine.voices(), self._on_voices)

    def _on_voices(self, future: Future) -> None:
        try:
            voices = voices_sorted(future.result())
        except Exception as exc:
            log.warning("no voices: %s", exc)
            voices = []
        self.voices = voices
        wanted = self.settings.get("speech/voice")
        chosen = choose_voice(voices, wanted)
        if chosen is None:
            self._make_unavailable(no_swedish_message())
            return
        self.controller.set_voice(chosen.id)
        self._fill_voices()
        self.available = True
        self._set_enabled_for(self.controller.state)
        self._prefetch_soon()

    def _device_missing(self) -> bool:
        """Whether the computer has no audio output; asked once, at the first need."""
        if self._no_device is None:
            self._no_device = not _has_audio_device()
            if self._no_device:
                self.unavailable_reason = no_device_message()
                self._show_status(self.unavailable_reason, problem=True)
        return self._no_device

    def _make_unavailable(self, reason: str) -> None:
        self.available = False
        self.unavailable_reason = reason
        self._show_status(reason, problem=True)
        self._set_enabled_for(State.STOPPED)
        for a in (self.action_play, self.action_export):
            a.setToolTip(reason)
        self.panel.voice.setEnabled(False)

    # -- the user's commands --------------------------------------------------
    def toggle(self) -> None:
        if not self.available:
            self.window.announce(self.unavailable_reason or _tr("Uppläsningen är inte klar än."))
            return
        if self._device_missing():
            self.window.announce(no_device_message())
            return
        c = self.controller
        if c.state in (State.STOPPED, State.ENDED):
            pane = self.window.active_pane()
            if pane.section is not None and c.section is not pane.section:
                c.set_section(pane.section)
            c.play(from_sentence=self._sentence_at_cursor())
        else:
            c.toggle()  # pause or go on with whatever is being read (also help or a notice)

    def _sentence_at_cursor(self) -> int | None:
        pane = self.window.active_pane()
        section = pane.section
        if section is None:
            return None
        cursor = pane.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        if position <= 0 and pane.verticalScrollBar().value() > 0:
            # nothing chosen and scrolled down: start at the first line on screen
            point = QPoint(pane.viewport().width() // 2, 4)
            position = pane.cursorForPosition(point).position()
        return section.sentence_at(pane.to_model(position))

    def forget_visitor(self) -> None:
        """A new visitor (public computer): stop reading and saving, go back to the start."""
        self._interrupted = None
        self.cancel_export()
        self.controller.stop()
        self.controller.index = 0
        self._manual_scroll_at = -1e9

    def speak_notice(self, text: str) -> None:
        """Read a short notice aloud (e.g. the public computer's idle warning), if speech works."""
        if not self.available or not text.strip() or self._device_missing():
            return
        from reader.content.loader import build_section

        try:
            notice = build_section("notice", "", text)
        except Exception as exc:
            log.warning("notice not readable aloud: %s", exc)
            return
        self.controller.set_section(notice)
        self.controller.play(0)

    def _speak_idle_warning(self, text: str) -> None:
        """The public computer's "Är du kvar?": read it, and remember where reading was."""
        c = self.controller
        if c.state in (State.READING, State.PAUSED) and c.section is not None and c.section.id != "notice":
            self._interrupted = (c.section, c.index, c.state)  # back there if the visitor stays
        self.speak_notice(text)

    def _after_notice(self) -> None:
        """The visitor answered the notice: stop it, and go on reading where the notice broke in."""
        c = self.controller
        interrupted, self._interrupted = self._interrupted, None
        if c.section is not None and c.section.id == "notice":
            c.stop()
            pane = self.window.active_pane()
            c.set_section(pane.section)
        if interrupted is None:
            return
        section, index, state = interrupted
        c.set_section(section, start=index)
        if state == State.READING:
            c.play(index)

    def step_speed(self, direction: int) -> None:
        rate = self.settings.get("speech/rate")
        i = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - rate))
        j = max(0, min(len(SPEEDS) - 1, i + direction))
        self.settings.set("speech/rate", SPEEDS[j])

    def _fill_voices(self) -> None:
        """The voice list: Swedish voices, and the others when the reader has asked for them."""
        others = bool(self.settings.get("speech/other_voices"))
        box = self.panel.other_voices
        box.blockSignals(True)
        box.setChecked(others)
        box.blockSignals(False)
        self.panel.voice_warning.setVisible(others)
        if self.voices:
            current = self.controller.params.voice
            fill_voice_list(self.panel.voice, self.voices, current, switcher().language, others=others)

    def _on_other_voices(self, on: bool) -> None:
        self.settings.set("speech/other_voices", bool(on))
        if not on:  # back to a voice that reads Swedish, if another language's was in use
            current = next((v for v in self.voices if v.id == self.controller.params.voice), None)
            if current is not None and not voice_catalogue.reads_text(current):
                swedish = choose_voice(self.voices)
                if swedish is not None:
                    self.settings.set("speech/voice", swedish.id)
        self._fill_voices()
        if on:
            self.window.announce(self.panel.voice_warning.text())

    def _on_voice_chosen(self, index: int) -> None:
        voice = self.panel.voice.itemData(index)
        if voice:
            self.settings.set("speech/voice", str(voice))

    # -- reactions --------------------------------------------------------------
    def _on_setting(self, key: str, value) -> None:
        if not key.startswith("speech/"):
            return
        if key in ("speech/rate", "speech/clearer"):
            clearer = bool(self.settings.get("speech/clearer"))
            self.controller.set_pace(
                pace.target_wpm(speed_step(self.settings.get("speech/rate")), clearer), clearer
            )
            self.window.announce(speed_label(self.settings.get("speech/rate"), clearer))
        elif key == "speech/voice":
            self.controller.set_voice(str(value) or "sv")
        elif key == "speech/volume":
            self.controller.set_volume(int(value) / 100)
        elif key == "speech/highlight" and not value:
            for pane in self.window.findChildren(ReadingPane):
                pane.set_reading_highlight(None, scroll=False)
        elif key == "speech/more_controls":
            self._update_visibility()
        self._apply_settings()

    def _on_state(self, state: State) -> None:
        self._set_enabled_for(state)
        text = state_text(state)
        sections = self.window.document.sections
        last = sections[-1].id if sections else None
        if (
            state == State.ENDED
            and self.controller.section is not None
            and self.controller.section.id == last
        ):
            text = _tr("Slut på programmet")
        self._show_status(text)
        self.window.announce(text)

    def _set_enabled_for(self, state: State) -> None:
        active = state in (State.READING, State.PAUSED)
        set_labels(self.action_play, [_tr("Läs upp"), _tr("Pausa"), _tr("Fortsätt")])  # one width: no jumps
        # One change of the button's text (a screen reader speaks each change of its name).
        if state == State.READING:
            self.action_play.setText(_tr("Pausa"))
        else:
            self.action_play.setText(_tr("Fortsätt") if state == State.PAUSED else _tr("Läs upp"))
        self.action_play.setEnabled(self.available)
        for a in (
            self.action_stop,
            self.action_prev_sentence,
            self.action_next_sentence,
            self.action_prev_paragraph,
            self.action_next_paragraph,
        ):
            a.setEnabled(active)
        self.action_export.setEnabled(self.available and self._export_thread is None)
        self.panel.voice.setEnabled(self.available)

    def _panes(self) -> list[ReadingPane]:
        return [p for p in self.window.findChildren(ReadingPane) if p.isVisible()] or [
            self.window.reading_pane
        ]

    def _pane_for(self, section: Section | None) -> ReadingPane | None:
        for pane in self._panes():
            if section is not None and pane.section is section:
                return pane
        return None

    def _on_highlight(self, s0: int, s1: int, w0: int, w1: int) -> None:
        # (Highlights are the app's doing, never the visitor's: they do not hold off the idle reset.)
        if s0 < 0:
            for p in self.window.findChildren(ReadingPane):
                p.set_reading_highlight(None, scroll=False)
            return
        pane = self._pane_for(self.controller.section)
        if pane is None:
            return
        if self.settings.get("speech/highlight"):
            pane.set_reading_highlight((s0, s1), (w0, w1) if w0 >= 0 else None, scroll=False)
        self._keep_in_view(pane, s0, s1)

    def _keep_in_view(self, pane: ReadingPane, start: int, end: int) -> None:
        if time.monotonic() - self._manual_scroll_at < MANUAL_SCROLL_PAUSE_S:
            return  # the user is looking elsewhere: do not pull the view back
        cursor = pane.textCursor()
        cursor.setPosition(pane.to_document(start))
        top = pane.cursorRect(cursor)
        cursor.setPosition(pane.to_document(end))
        bottom = pane.cursorRect(cursor)
        height = pane.viewport().height()
        if top.top() >= 0 and bottom.bottom() <= height:
            return
        self._our_scroll = True
        try:
            pane.scroll_to_position(start)
        finally:
            self._our_scroll = False

    def _on_scrolled(self, _value: int) -> None:
        if not self._our_scroll and self.controller.state in (State.READING, State.PAUSED):
            self._manual_scroll_at = time.monotonic()

    def _on_error(self, message: str) -> None:
        self._show_status(message, problem=True)
        self.window.announce(message)

    def _show_status(self, text: str, problem: bool = False) -> None:
        """The line under the buttons. A narrow or low window shows it only for a problem:
        the everyday states are in the Läs upp/Pausa button and are announced anyway."""
        self.panel.status.setText(text)
        if problem:
            self.panel.status.setAccessibleDescription(text)
        self._status_problem = problem
        self.panel.status.setVisible(problem or not self._narrow)

    def _prefetch_soon(self) -> None:
        if self._prefetch_timer is None:
            self._prefetch_timer = QTimer(self)
            self._prefetch_timer.setSingleShot(True)
            self._prefetch_timer.setInterval(80)
            self._prefetch_timer.timeout.connect(self._prefetch)
        self._prefetch_timer.start()

    def _prefetch(self) -> None:
        """While stopped, have the sentence at the cursor ready, so Läs upp starts at once."""
        if not self.available or self.controller.state not in (State.STOPPED, State.ENDED):
            return
        section = self.window.active_pane().section
        index = self._sentence_at_cursor()
        if section is None or index is None:
            return
        for i in (index, index + 1):
            if i < len(section.sentences):
                self.engine.synthesise(section.sentences[i].text, self.controller.params_for(section))

    def _on_section_shown(self, pane: ReadingPane, section: Section) -> None:
        if self._advancing or section is self.controller.section:
            return
        if pane is not self.window.active_pane():
            return  # e.g. the summary beside the full text: reading stays with the text in use
        self.controller.set_section(section)

    def _next_section(self, finished: Section) -> Section | None:
        w = self.window
        index = w.document.index_of(finished.id)
        if index < 0 or index + 1 >= len(w.document.sections):
            return None
        self._advancing = True
        try:
            w.go_to_section(index + 1)
        finally:
            self._advancing = False
        return w.active_pane().section

    # -- keys: Ctrl+arrows move the reading while reading, the text cursor otherwise ----
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        etype = event.type()
        if etype in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if self.controller.state in (State.READING, State.PAUSED):
                combo = QKeySequence(event.keyCombination())
                for action in (
                    self.action_prev_sentence,
                    self.action_next_sentence,
                    self.action_prev_paragraph,
                    self.action_next_paragraph,
                    self.action_stop,
                ):
                    if combo in action.shortcuts():
                        if etype == QEvent.Type.KeyPress:
                            action.trigger()
                        event.accept()
                        return True
        elif etype == QEvent.Type.MouseButtonRelease and isinstance(watched.parent(), ReadingPane):
            self._clicked_while_reading(watched.parent(), event)
        return super().eventFilter(watched, event)

    def _clicked_while_reading(self, pane: ReadingPane, event) -> None:
        c = self.controller
        if c.state not in (State.READING, State.PAUSED) or pane.textCursor().hasSelection():
            return
        if pane.section is not c.section:
            return
        position = pane.to_model(pane.cursorForPosition(event.position().toPoint()).position())
        index = c.section.sentence_at(position)
        if index is not None and index != c.index:
            c.go_to_sentence(index)

    # -- export -----------------------------------------------------------------
    def export_choices(self) -> list[tuple[str, str]]:
        choices = [("section", _tr("Avsnittet som visas"))]
        section = self.window.current_section()
        if section is not None and summary_for(self.window, section.id):
            choices.append(("summary", _tr("Sammanfattningen av avsnittet")))
        choices.append(("document", _tr("Hela programmet")))
        return choices

    def ask_export(self) -> None:
        choices = self.export_choices()
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(
            self.window, _tr("Spara som ljudfil"), _tr("Vad vill du spara?"), labels, 0, False
        )
        if not ok:
            return
        kind = choices[labels.index(label)][0]
        section = self.window.current_section()
        base = "Treklovern" if kind == "document" or section is None else f"Treklovern-{section.id}"
        if kind == "summary":
            base += "-sammanfattning"
        filters = [_tr("WAV-ljud (*.wav)")]
        if mp3_available():
            filters.append(_tr("MP3-ljud (*.mp3)"))
        try:  # public computers save into the administrator's folder, without a dialog
            from reader.ui.kiosk_saving import save_path
        except ImportError:
            save_path = None
        if save_path is not None:
            chosen_path = save_path(self.window, f"{base}.wav", _tr("Spara som ljudfil"), ";;".join(filters))
            if chosen_path is None:
                return
            path = str(chosen_path)
        else:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _chosen = QFileDialog.getSaveFileName(
                self.window, _tr("Spara som ljudfil"), str(Path(folder) / f"{base}.wav"), ";;".join(filters)
            )
            if not path:
                return
        if Path(path).suffix.lower() not in (".wav", ".mp3"):
            path += ".wav"
        self.export_to(kind, Path(path))

    def export_sections(self, kind: str) -> list[Section]:
        w = self.window
        if kind == "document":
            return list(w.document.sections)
        section = w.current_section()
        if section is None:
            return []
        if kind == "summary":
            summary = summary_for(self.window, section.id)
            return [summary] if summary is not None else []
        return [w.active_pane().section or section]

    def export_to(self, kind: str, path: Path) -> bool:
        """Start saving in a worker; progress and the result arrive as signals."""
        if self._export_thread is not None or not self.available:
            return False
        sections = self.export_sections(kind)
        texts = texts_of(sections)
        if not texts:
            self.window.announce(_tr("Det finns ingen text att spara."))
            return False
        kiosk = self.visitor.kiosk
        ticket = Ticket()
        self._export_ticket = ticket
        params = self.controller.params
        self.panel.progress.setRange(0, len(texts))
        self.panel.progress.setValue(0)
        self.panel.progress.show()
        self.panel.cancel_export.show()
        self.last_export = None

        def work() -> None:
            try:
                result: ExportResult | Exception = export_audio(
                    self.engine,
                    texts,
                    path,
                    params,
                    progress=lambda done, total: self.bridge.export_progress.emit(done, total),
                    ticket=ticket,
                    overwrite=not kiosk,  # a public computer's new name is never put over another file
                )
            except Exception as exc:  # reported to the user in plain Swedish
                result = exc
            self.bridge.export_done.emit(result)

        self._export_thread = threading.Thread(target=work, name="speech-export", daemon=True)
        self._export_thread.start()
        self._set_enabled_for(self.controller.state)
        self.window.announce(_tr("Sparar ljudfilen …"))
        return True

    def cancel_export(self) -> None:
        if self._export_ticket is not None:
            self._export_ticket.cancel()

    def _on_export_progress(self, done: int, total: int) -> None:
        self.panel.progress.setMaximum(total)
        self.panel.progress.setValue(done)

    def _on_export_done(self, result) -> None:
        if self._export_thread is not None:
            self._export_thread.join(timeout=1)
        self._export_thread = None
        self._export_ticket = None
        self.last_export = result
        self.panel.progress.hide()
        self.panel.cancel_export.hide()
        self._set_enabled_for(self.controller.state)
        if isinstance(result, ExportResult):
            minutes = max(1, round(result.duration_ms / 60000))
            self.window.announce(
                _tr("Ljudfilen är sparad: {0} ({1} minuter)").format(result.path.name, minutes)
            )
        elif isinstance(result, ExportCancelledError):
            self.window.announce(_tr("Sparandet avbröts. Ingen fil sparades."))
        else:
            from reader.kiosk.safe_paths import no_saving_message
            from reader.platform.safe_write import WriteRefusedError

            if self.visitor.kiosk:  # a visitor cannot choose another folder: the staff can help
                message = no_saving_message()
            elif isinstance(result, WriteRefusedError):  # e.g. a link or a device under that name: say which
                message = _tr("Ljudfilen kunde inte sparas: {0}").format(result)
            else:
                message = _tr("Ljudfilen kunde inte sparas. Välj en annan mapp och försök igen.")
            log.warning("export failed: %s", result)
            self.window.announce(message)
            if not getattr(self.window, "quiet_errors", False):
                QMessageBox.warning(self.window, _tr("Spara som ljudfil"), message)

    def wait_for_export(self, timeout: float = 60.0) -> None:
        """Let a running export finish (tests, closing the window)."""
        thread = self._export_thread
        if thread is not None:
            thread.join(timeout)
        QCoreApplication.processEvents()

    def shutdown(self) -> None:
        """Stop for good (the window is closing): no more work reaches the engine."""
        if self._shut_down:
            return
        self._shut_down = True
        self.available = False
        if self._prefetch_timer is not None:
            self._prefetch_timer.stop()
        self.cancel_export()
        if self._export_thread is not None:
            self._export_thread.join(timeout=5)
        self.controller.shutdown()
        self.engine.shutdown()


# What install_speech uses; tests replace these with fakes.
engine_factory = create_engine
output_factory = QtAudioOut


def _has_audio_device() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())
    except Exception:
        return False


def install_speech(
    window, visitor: VisitorSession, engine: SpeechEngine | None = None, output: AudioOut | None = None
) -> SpeechUi:
    """Add reading aloud to the main window (one call from MainWindow)."""
    ui = SpeechUi(window, visitor, engine, output)
    window.speech = ui
    closing = getattr(window, "closing", None)
    if closing is not None:
        closing.connect(ui.shutdown)  # no engine thread outlives its window
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ui.shutdown)
    return ui
