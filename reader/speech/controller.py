"""The reading controller: what is being read, where, and in which state.

It asks the engine worker for the current sentence and the next ones (ahead
of time), writes their audio to the output a tenth of a second at a time, and
follows the output's clock to report the sentence and word being heard. All
methods run on the GUI thread; ``tick`` is called by a timer while reading
(tests call it by hand with a fake output).
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from reader.content.model import Section
from reader.speech import pace
from reader.speech.driver import DEFAULT_WPM, SpeechUnavailableError, Synthesis
from reader.speech.engine import SpeechEngine, SpeechParams, Ticket
from reader.speech.player import AudioOut

log = logging.getLogger(__name__)

LOOKAHEAD = 2  # sentences synthesised ahead of the one being written
TICK_MS = 10
END_TOLERANCE_MS = 2  # a clock this close to the end of what was written has reached it
# A device whose clock stands still this long while audio waits to be heard has stopped
# (a stalled stream, a sound server gone): reading must not stay "Läser upp" forever.
STALL_S = 4.0


class State(enum.Enum):
    STOPPED = "stopped"
    READING = "reading"
    PAUSED = "paused"
    ENDED = "ended"  # came to the end of the section (or of the whole text)


@dataclass
class _Segment:
    """One sentence's audio placed on the output's clock."""

    index: int
    synthesis: Synthesis
    base: int  # output byte at which this sentence starts
    written: int = 0

    @property
    def end(self) -> int:
        return self.base + len(self.synthesis.pcm)


class ReadingController(QObject):
    state_changed = Signal(object)  # State
    # sentence start, end, word start, end (section offsets); -1 when nothing is read
    highlight = Signal(int, int, int, int)
    # the controller moved on to another section by itself (continue reading)
    section_entered = Signal(object)  # Section
    error = Signal(str)  # plain-Swedish message
    first_audio = Signal()  # first bytes of a play request handed to the output

    def __init__(
        self,
        engine: SpeechEngine,
        output: AudioOut,
        *,
        next_section: Callable[[Section], Section | None] | None = None,
        auto_tick: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.output = output
        self.next_section = next_section
        self.continue_reading = True
        self.params = SpeechParams("sv", DEFAULT_WPM)
        self.section: Section | None = None
        self.index = 0
        self.state = State.STOPPED
        self._segments: list[_Segment] = []
        self._jobs: dict[int, tuple[Future, Ticket]] = {}
        self._write_index = 0
        self._written = 0
        self._last_highlight: tuple[int, int, int, int] = (-1, -1, -1, -1)
        self._awaiting_first = False
        self._clock_seen = -1  # the watchdog: the last clock value and when it last moved
        self._clock_moved_at = 0.0
        self.stall_s = STALL_S
        self.monotonic: Callable[[], float] = time.monotonic
        self._paced: tuple[Section | None, pace.TextShape, frozenset[int]]
        self._paced = (None, pace.PROGRAMME_SHAPE, frozenset())
        self._timer: QTimer | None = None
        self.set_auto_tick(auto_tick)

    # -- public controls ------------------------------------------------
    def set_auto_tick(self, on: bool) -> None:
        """Whether a timer calls ``tick`` while reading; off, the caller drives the clock (tests)."""
        if on and self._timer is None:
            self._timer = QTimer(self)
            self._timer.setInterval(TICK_MS)
            self._timer.timeout.connect(self.tick)
        elif not on and self._timer is not None:
            self._timer.stop()
            self._timer = None

    @property
    def ticking(self) -> bool:
        """Whether the timer is following the output's clock now (it rests unless reading)."""
        return self._timer is not None and self._timer.isActive()

    def segments(self) -> list[tuple[int, Synthesis]]:
        """The sentences whose audio is queued for the output, in order: (index, its audio)."""
        return [(s.index, s.synthesis) for s in self._segments]

    @property
    def sentences(self):
        return self.section.sentences if self.section is not None else ()

    def set_section(self, section: Section | None, *, start: int = 0) -> None:
        """Show another section: reading goes on there from ``start``; otherwise stop."""
        reading = self.state == State.READING
        self._drop_audio(cancel_jobs=True)
        self.section = section
        self.index = max(0, min(start, len(self.sentences) - 1)) if self.sentences else 0
        if reading and self.sentences:
            self._start_writing()
        else:
            self._set_state(State.STOPPED)
            self._emit_highlight(None)

    def play(self, from_sentence: int | None = None) -> None:
        """Start reading (from a given sentence, else where we are)."""
        if not self.sentences:
            return
        if from_sentence is not None:
            self.index = max(0, min(from_sentence, len(self.sentences) - 1))
        elif self.state == State.PAUSED and from_sentence is None:
            self.resume()
            return
        elif self.state == State.ENDED:
            self.index = 0
        self._drop_audio(cancel_jobs=False)
        self._start_writing()

    def toggle(self) -> None:
        """Läs upp / Pausa."""
        if self.state == State.READING:
            self.pause()
        elif self.state == State.PAUSED:
            self.resume()
        else:
            self.play()

    def pause(self) -> None:
        if self.state != State.READING:
            return
        self.output.pause()
        if self._timer is not None:
            self._timer.stop()
        self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state != State.PAUSED:
            return
        self.output.resume()
        self._clock_seen = -1  # a pause is not a stall
        self._set_state(State.READING)
        if self._timer is not None:
            self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._drop_audio(cancel_jobs=True)
        self._set_state(State.STOPPED)
        self._emit_highlight(None)

    def go_to_sentence(self, index: int) -> None:
        """Move the reading to sentence ``index`` (a clicked sentence); keeps reading or pause."""
        self._jump(index)

    def next_sentence(self) -> None:
        self._jump(self.index + 1)

    def previous_sentence(self) -> None:
        self._jump(self.index - 1)

    def next_paragraph(self) -> None:
        target = self._paragraph_start(+1)
        if target is not None:
            self._jump(target)

    def previous_paragraph(self) -> None:
        target = self._paragraph_start(-1)
        if target is not None:
            self._jump(target)

    def set_rate(self, wpm: int) -> None:
        self._change_params(replace(self.params, rate_wpm=int(wpm)))

    def set_voice(self, voice: str) -> None:
        self._change_params(replace(self.params, voice=voice))

    def set_pace(self, wpm: int, clearer: bool) -> None:
        """The pace in words a minute, and Tydligare (longer pauses), in one change."""
        self._change_params(replace(self.params, rate_wpm=int(wpm), clearer=bool(clearer)))

    def params_for(self, section: Section | None) -> SpeechParams:
        """What a sentence of ``section`` is synthesised with: the pace planned for that text."""
        return replace(self.params, shape=self._pacing(section)[0])

    def _pacing(self, section: Section | None) -> tuple[pace.TextShape, frozenset[int]]:
        """The section's shape and the sentences that end a paragraph (computed once a section)."""
        if section is None:
            return pace.PROGRAMME_SHAPE, frozenset()
        if self._paced[0] is not section:
            self._paced = (section, *pace.section_pacing(section))
        return self._paced[1], self._paced[2]

    def set_volume(self, volume: float) -> None:
        self.output.set_volume(volume)

    def shutdown(self) -> None:
        self._drop_audio(cancel_jobs=True)
        if self._timer is not None:
            self._timer.stop()
        self.output.close()

    # -- the work -------------------------------------------------------
    def tick(self) -> None:
        """Feed the output and follow its clock; cheap, called every few ms while reading."""
        if self.state != State.READING or self.section is None:
            return
        try:
            self._request_ahead()
            self._feed()
        except SpeechUnavailableError as exc:
            self._fail(exc.message_sv)
            return
        except Exception as exc:  # an engine failure must not take the window down
            log.exception("speech failed: %s", exc)
            self._fail(
                QCoreApplication.translate(
                    "Speech",
                    "Uppläsningen stannade på grund av ett fel. Tryck på Läs upp för att försöka igen.",
                )
            )
            return
        self._follow_clock()

    def _start_writing(self) -> None:
        self._write_index = self.index
        self._awaiting_first = True
        self._set_state(State.READING)
        if self._timer is not None:
            self._timer.start()
        self._emit_highlight(self.index, None)
        self.tick()

    def _request_ahead(self) -> None:
        last = min(len(self.sentences), self._write_index + LOOKAHEAD + 1)
        wanted = list(range(self._write_index, last))
        # the next paragraph's first sentence too, so "Nästa stycke" starts at once
        following = self._paragraph_start_after(self._write_index)
        if following is not None:
            wanted.append(following)
        params = self.params_for(self.section)
        for i in wanted:
            if i not in self._jobs:
                ticket = Ticket()
                fut = self.engine.synthesise(self.sentences[i].text, params, ticket)
                self._jobs[i] = (fut, ticket)

    def _paragraph_start_after(self, index: int) -> int | None:
        if self.section is None:
            return None
        i = 0
        for p in self.section.paragraphs:
            if p.sentences and i > index:
                return i
            i += len(p.sentences)
        return None

    def _feed(self) -> None:
        while True:
            seg = self._segments[-1] if self._segments else None
            if seg is None or seg.written >= len(seg.synthesis.pcm):
                if self._write_index >= len(self.sentences):
                    return
                job = self._jobs.get(self._write_index)
                if job is None or not job[0].done():
                    return
                synthesis = self._with_paragraph_pause(self._write_index, job[0].result())  # may raise
                if not self.output.sample_rate or self.output.sample_rate != synthesis.sample_rate:
                    if self._written:  # rate change mid-stream: start a fresh stream
                        self.output.reset()
                        self._segments.clear()
                        self._written = 0
                    self.output.open(synthesis.sample_rate)
                seg = _Segment(self._write_index, synthesis, self._written)
                self._segments.append(seg)
                self._write_index += 1
                self._request_ahead()
                continue
            free = self.output.bytes_free()
            if free <= 0:
                return
            pcm = seg.synthesis.pcm
            n = self.output.write(pcm[seg.written : seg.written + free])
            if n <= 0:
                return
            seg.written += n
            self._written += n
            if self._awaiting_first:
                self._awaiting_first = False
                self.first_audio.emit()

    def _with_paragraph_pause(self, index: int, synthesis: Synthesis) -> Synthesis:
        """A sentence that ends a paragraph is followed by a pause, as in a saved audio file."""
        if index not in self._pacing(self.section)[1] or not synthesis.pcm:
            return synthesis
        gap = synthesis.sample_rate * pace.paragraph_pause_ms(self.params.clearer) // 1000
        return replace(synthesis, pcm=synthesis.pcm + bytes(2 * gap))

    def _follow_clock(self) -> None:
        clock = self.output.played_bytes()
        everything_written = self._write_index >= len(self.sentences) and (
            not self._segments or self._segments[-1].written >= len(self._segments[-1].synthesis.pcm)
        )
        if everything_written and self._heard_everything(clock):
            self._end_of_section()
            return
        current = None
        for seg in self._segments:
            if seg.base <= clock < seg.end:
                current = seg
                break
        # forget sentences fully heard (keep the last one for the end check)
        while len(self._segments) > 1 and self._segments[0].end <= clock:
            done = self._segments.pop(0)
            self._jobs.pop(done.index, None)
        if self._stalled(clock):
            self._on_stall(everything_written)
            return
        if current is not None:
            self.index = current.index
            ms = (clock - current.base) * 1000 // (2 * current.synthesis.sample_rate)
            word = None
            for w in current.synthesis.words:
                if w.ms <= ms:
                    word = w
                else:
                    break
            self._emit_highlight(current.index, word)

    def _heard_everything(self, clock: int) -> bool:
        """The end of what was written is reached: by the clock (in whole frames, within a
        couple of milliseconds), or the device says it is idle with nothing left to play."""
        rate = self.output.sample_rate or 0
        tolerance = rate * 2 * END_TOLERANCE_MS // 1000
        if clock >= self._written - tolerance:
            return True
        drained = getattr(self.output, "drained", None)
        return bool(self._written and drained is not None and drained())

    def _stalled(self, clock: int) -> bool:
        """Watchdog: True when the clock has stood still for ``stall_s`` with audio still to hear."""
        now = self.monotonic()
        if clock != self._clock_seen or clock >= self._written:
            self._clock_seen = clock
            self._clock_moved_at = now
            return False
        return now - self._clock_moved_at > self.stall_s

    def _on_stall(self, everything_written: bool) -> None:
        if everything_written:
            # the last few milliseconds never reported as played: the audio has ended
            log.warning(
                "audio clock stopped %d bytes before the end; ending the section",
                self._written - self._clock_seen,
            )
            self._end_of_section()
            return
        log.warning("audio clock stopped with audio waiting; stopping the reading")
        self._fail(
            QCoreApplication.translate(
                "Speech",
                "Ljudet stannade. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.",
            )
        )

    def _end_of_section(self) -> None:
        finished, follow = self.section, self.next_section if self.continue_reading else None
        nxt = follow(finished) if follow is not None and finished is not None else None
        self._drop_audio(cancel_jobs=True)
        if nxt is not None and nxt.sentences:
            self.section = nxt
            self.index = 0
            self.section_entered.emit(nxt)
            self._start_writing()
            return
        self.index = max(0, len(self.sentences) - 1)
        self._set_state(State.ENDED)
        self._emit_highlight(None)

    def _jump(self, target: int) -> None:
        if not self.sentences:
            return
        target = max(0, min(target, len(self.sentences) - 1))
        state = self.state
        self._drop_audio(cancel_jobs=False)
        keep = {*range(target, target + LOOKAHEAD + 1), self._paragraph_start_after(target)}
        for i in [i for i in self._jobs if i not in keep]:
            fut, ticket = self._jobs.pop(i)
            ticket.cancel()
            fut.cancel()
        self.index = target
        self._write_index = target
        if state == State.READING:
            self._start_writing()
        elif state == State.PAUSED:
            self._awaiting_first = True
            self.output.pause()
            self._emit_highlight(target, None)

    def _paragraph_start(self, direction: int) -> int | None:
        if self.section is None:
            return None
        starts: list[int] = []
        i = 0
        current_para = 0
        for p in self.section.paragraphs:
            if p.sentences:
                if i <= self.index < i + len(p.sentences):
                    current_para = len(starts)
                starts.append(i)
            i += len(p.sentences)
        if not starts:
            return None
        if direction > 0:
            return starts[current_para + 1] if current_para + 1 < len(starts) else None
        # back: to the start of this paragraph, or the previous one when already there
        if self.index > starts[current_para] and self.state == State.READING:
            return starts[current_para]
        return starts[current_para - 1] if current_para > 0 else starts[0]

    def _change_params(self, params: SpeechParams) -> None:
        if params == self.params:
            return
        self.params = params
        if self.state == State.READING:
            self._drop_audio(cancel_jobs=True)
            self._start_writing()
        else:
            self._cancel_jobs()

    def _drop_audio(self, *, cancel_jobs: bool) -> None:
        self.output.reset()
        self._segments.clear()
        self._written = 0
        self._clock_seen = -1
        self._awaiting_first = False
        if self._timer is not None:
            self._timer.stop()
        if cancel_jobs:
            self._cancel_jobs()

    def _cancel_jobs(self) -> None:
        for fut, ticket in self._jobs.values():
            ticket.cancel()
            fut.cancel()
        self._jobs.clear()

    def _fail(self, message: str) -> None:
        self._drop_audio(cancel_jobs=True)
        self._set_state(State.STOPPED)
        self._emit_highlight(None)
        self.error.emit(message)

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _emit_highlight(self, index: int | None, word=None) -> None:
        if index is None or self.section is None or not (0 <= index < len(self.sentences)):
            value = (-1, -1, -1, -1)
        else:
            s = self.sentences[index]
            if word is not None:
                value = (s.start, s.end, s.start + word.start, s.start + word.end)
            else:
                value = (s.start, s.end, -1, -1)
        if value != self._last_highlight:
            self._last_highlight = value
            self.highlight.emit(*value)
