"""Reading aloud as one service, with no widgets: what help, the glossary, the public
computer's warning and the speech controls all use.

``ReadingAloud`` owns the engine (its worker thread), the audio output and the
reading controller. It finds out whether this computer can speak (an engine, a
Swedish voice, an audio device) and says why not in plain Swedish, has the next
sentence ready before it is asked for, saves audio files on a worker thread and
reports back by queued signals, and shuts everything down once. ``speak`` reads
a short text or a section from its start; every part of the app reads aloud
through it, so they cannot differ in what they check first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from reader.content.model import Section
from reader.exports.audio import ExportResult, export_audio
from reader.speech.controller import ReadingController, State
from reader.speech.driver import SpeechUnavailableError, VoiceInfo, choose_voice
from reader.speech.engine import SpeechEngine, Ticket, voices_sorted
from reader.speech.player import AudioOut, QtAudioOut, no_device_message
from reader.speech.service import create_engine, no_swedish_message

log = logging.getLogger(__name__)

NOTICE_ID = "notice"  # the section id of a short text read aloud (a notice, an explanation)
# How long after the app's start asks (its window just shown) the audio output gets ready for
# the first Läs upp: the first paint and the window's own start have the machine before it.
WARM_UP_DELAY_MS = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


def not_working_message() -> str:
    return _tr("Uppläsning fungerar inte på den här datorn.")


def has_audio_device() -> bool:
    """Not asked here: the audio process asks for the device at the first Läs upp and says
    when there is none (reader/speech/audio_process.py). The app never loads Qt Multimedia
    itself, whose sound-server client can abort the process that uses it."""
    return True


# What a ReadingAloud is made with when it is not given an engine or an output; the tests'
# window fixture replaces these with stand-ins.
engine_factory: Callable[[Path], SpeechEngine] = create_engine
output_factory: Callable[[], AudioOut] = QtAudioOut
device_probe: Callable[[], bool] = has_audio_device


class _Bridge(QObject):
    """Carries results from worker threads to the GUI thread (queued signals)."""

    future_done = Signal(object, object)  # future, callback
    export_progress = Signal(int, int)
    export_done = Signal(object)  # ExportResult or Exception


class ReadingAloud(QObject):
    """The engine, the output, the reading controller, the voices and the audio-file jobs."""

    ready = Signal()  # an engine and a Swedish voice were found: reading aloud works
    unavailable = Signal(str)  # it does not: the plain-Swedish reason
    no_device = Signal(str)  # no audio output was found at the first need (the reason)
    busy_changed = Signal(bool)  # reading (or paused) or saving began (True) or all ended (False)
    export_started = Signal()
    export_progress = Signal(int, int)  # sentences saved, of
    export_finished = Signal(object)  # ExportResult, ExportCancelledError or another exception

    def __init__(
        self,
        content_root: Path | None,
        wanted_voice: Callable[[], str] = lambda: "",
        engine: SpeechEngine | None = None,
        output: AudioOut | None = None,
        *,
        check_device: bool = True,
        auto_tick: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """``wanted_voice`` gives the voice the reader chose (asked once the voices are known);
        ``auto_tick=False``: the caller drives the output's clock (tests)."""
        super().__init__(parent)
        self.content_root = content_root
        self._wanted_voice = wanted_voice
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.future_done.connect(self._on_future_done, queued)
        self._bridge.export_progress.connect(self.export_progress, queued)
        self._bridge.export_done.connect(self._on_export_done, queued)
        self.engine = engine if engine is not None else engine_factory(content_root or Path("."))
        self.output = output if output is not None else output_factory()
        self.controller = ReadingController(self.engine, self.output, auto_tick=auto_tick, parent=self)
        self.controller.state_changed.connect(lambda _state: self._check_busy())
        self.available = False  # engine and a Swedish voice found
        self.unavailable_reason = ""
        self.voices: list[VoiceInfo] = []
        # None: not asked yet. Asking loads Qt Multimedia (about 20 MB), so that waits for the
        # first "Läs upp"; a reader who never listens never pays for it.
        self._no_device: bool | None = None if check_device else False
        self._started = False
        self._shut_down = False
        self._busy = False
        self._export_ticket: Ticket | None = None
        self._export_thread: threading.Thread | None = None
        self.last_export: ExportResult | Exception | None = None
        self._interrupted: tuple[Section, int, State] | None = None  # what a notice broke into

    # -- finding out whether this computer can speak -----------------------------
    def start(self) -> None:
        """Check the engine and find the voices on the engine's thread (once); the answer
        arrives as ``ready`` or ``unavailable``."""
        if self._started or self._shut_down:
            return
        self._started = True
        self._when_done(self.engine.check(), self._on_checked)

    def _when_done(self, future: Future, callback: Callable[[Future], None]) -> None:
        future.add_done_callback(lambda f: self._bridge.future_done.emit(f, callback))

    def _on_future_done(self, future: Future, callback: Callable[[Future], None]) -> None:
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
            self._make_unavailable(not_working_message())
            return
        self._when_done(self.engine.voices(), self._on_voices)

    def _on_voices(self, future: Future) -> None:
        try:
            voices = voices_sorted(future.result())
        except Exception as exc:
            log.warning("no voices: %s", exc)
            voices = []
        self.voices = voices
        chosen = choose_voice(voices, self._wanted_voice())
        if chosen is None:
            self._make_unavailable(no_swedish_message())
            return
        self.controller.set_voice(chosen.id)
        self.available = True
        self.ready.emit()

    def _make_unavailable(self, reason: str) -> None:
        self.available = False
        self.unavailable_reason = reason
        self.unavailable.emit(reason)

    def device_missing(self) -> bool:
        """Whether the computer has no audio output; asked once, at the first need."""
        if self._no_device is None:
            self._no_device = not device_probe()
            if self._no_device:
                self.unavailable_reason = no_device_message()
                self.no_device.emit(self.unavailable_reason)
        return self._no_device

    @property
    def checking(self) -> bool:
        """The engine has not said yet whether this computer can speak (not started, or asking)."""
        return not self.available and not self.unavailable_reason

    def why_not(self) -> str:
        """The plain-Swedish reason reading aloud cannot start now; "" when it can."""
        if not self.available:
            return self.unavailable_reason or _tr("Uppläsningen är inte klar än.")
        if self.device_missing():
            return no_device_message()
        return ""

    def warm_up(self, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """Get the audio output ready for the first Läs upp, ``delay_ms`` from now.

        The app's start calls this once its window is shown; windows built otherwise (the
        tests') never start an audio process until they read aloud. The real output starts
        its audio process then, with no sound device open (reader/speech/audio_process.py);
        if the engine has not answered by then, once it says this computer can speak. An
        output without ``prepare`` (a stand-in) is left alone, and so is a computer that
        cannot speak or a service already shut down.
        """
        QTimer.singleShot(max(0, int(delay_ms)), self, self._warm_up_now)

    def _warm_up_now(self) -> None:
        prepare = getattr(self.output, "prepare", None)
        if self._shut_down or prepare is None or self.unavailable_reason:  # cannot speak here
            return
        if not self.available:  # the engine has not answered yet
            self.ready.connect(self._warm_up_now, Qt.ConnectionType.SingleShotConnection)
            return
        try:
            prepare()
        except Exception as exc:  # the first Läs upp starts the output as it always could
            log.warning("the audio output could not be prepared: %s", exc)

    # -- reading -------------------------------------------------------------------
    def speak(self, item: str | Section, *, interrupting: bool = False) -> str:
        """Read a short text, or a section from its start, with the reader's voice and pace.

        ``interrupting``: a notice that breaks into the reading (the public computer's
        "Är du kvar?"); ``end_notice`` goes back to where it broke in. Returns "" when
        reading began (or there was nothing to read), otherwise the plain-Swedish reason
        it cannot.
        """
        c, section = self.controller, self.controller.section
        reading = c.state in (State.READING, State.PAUSED)
        if interrupting and reading and section is not None and not self.is_reading_notice():
            self._interrupted = (section, c.index, c.state)  # back there if the listener stays
        reason = self.why_not()
        if reason:
            return reason
        if isinstance(item, str):
            if not item.strip():
                return ""
            from reader.content.loader import build_section

            try:
                section = build_section(NOTICE_ID, "", item)
            except Exception as exc:
                log.warning("notice not readable aloud: %s", exc)
                return not_working_message()
        else:
            section = item
        c.set_section(section)
        c.play(0)
        return ""

    def end_notice(self, back_to: Section | None) -> None:
        """The listener answered the notice: stop it (the controller holds ``back_to`` again),
        and go on reading where an interrupting notice broke in."""
        c = self.controller
        interrupted, self._interrupted = self._interrupted, None
        if self.is_reading_notice():
            c.stop()
            c.set_section(back_to)
        if interrupted is None:
            return
        section, index, state = interrupted
        c.set_section(section, start=index)
        if state == State.READING:
            c.play(index)

    def forget(self) -> None:
        """A new visitor (public computer): stop reading and saving, back to the start."""
        self._interrupted = None
        self.cancel_export()
        self.controller.stop()
        self.controller.index = 0

    def is_reading(self, section: Section) -> bool:
        """Whether ``section`` is what the controller holds (reading, paused or just read)."""
        return self.controller.section is section

    def is_reading_notice(self) -> bool:
        """Whether the controller holds a short text given to ``speak`` (not the programme)."""
        section = self.controller.section
        return section is not None and section.id == NOTICE_ID

    def stop(self, only: Section | None = None) -> None:
        """Stop reading (only if ``only`` is what is being read, when given)."""
        if only is not None and not self.is_reading(only):
            return
        self.controller.stop()

    def is_busy(self) -> bool:
        """Reading aloud (or paused in it), or saving an audio file."""
        return self._export_thread is not None or self.controller.state in (State.READING, State.PAUSED)

    def _check_busy(self) -> None:
        busy = self.is_busy()
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def prefetch(self, section: Section, index: int) -> None:
        """While stopped, have sentence ``index`` and the next ready, so Läs upp starts at once."""
        if not self.available or self._shut_down or self.controller.state not in (State.STOPPED, State.ENDED):
            return
        for i in (index, index + 1):
            if 0 <= i < len(section.sentences):
                self.engine.synthesise(section.sentences[i].text, self.controller.params_for(section))

    # -- saving as an audio file ---------------------------------------------------------
    def export_running(self) -> bool:
        return self._export_thread is not None

    def start_export(self, texts: Sequence[tuple[str, bool]], path: Path, *, overwrite: bool = True) -> bool:
        """Save ``texts`` read aloud into ``path`` on a worker thread; progress and the result
        arrive as ``export_progress`` and ``export_finished``. False if it cannot start."""
        if self._export_thread is not None or not self.available or not texts:
            return False
        ticket = Ticket()
        self._export_ticket = ticket
        params = self.controller.params
        self.last_export = None
        engine, bridge = self.engine, self._bridge

        def work() -> None:
            try:
                result: ExportResult | Exception = export_audio(
                    engine,
                    texts,
                    path,
                    params,
                    progress=lambda done, total: bridge.export_progress.emit(done, total),
                    ticket=ticket,
                    overwrite=overwrite,
                )
            except Exception as exc:  # reported to the user in plain Swedish
                result = exc
            bridge.export_done.emit(result)

        self._export_thread = threading.Thread(target=work, name="speech-export", daemon=True)
        self._export_thread.start()
        self._check_busy()
        self.export_started.emit()
        return True

    def cancel_export(self) -> None:
        if self._export_ticket is not None:
            self._export_ticket.cancel()

    def _on_export_done(self, result: Any) -> None:
        if self._export_thread is not None:
            self._export_thread.join(timeout=1)
        self._export_thread = None
        self._export_ticket = None
        self.last_export = result
        self._check_busy()
        self.export_finished.emit(result)

    def wait_for_export(self, timeout: float = 60.0) -> None:
        """Let a running export finish (tests, closing the window); its result is then queued."""
        thread = self._export_thread
        if thread is not None:
            thread.join(timeout)
        QCoreApplication.processEvents()

    # -- the end ----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop for good (the app is closing): no more work reaches the engine."""
        if self._shut_down:
            return
        self._shut_down = True
        self.available = False
        self.cancel_export()
        if self._export_thread is not None:
            self._export_thread.join(timeout=5)
        self.controller.shutdown()
        self.engine.shutdown()

    @property
    def shut_down(self) -> bool:
        return self._shut_down
