"""The engine worker: one dedicated thread drives the speech driver.

eSpeak (and pyttsx3 generally) must be driven from one thread. Every request
(a sentence to read, a sentence to export, a voice list) is a job on that one
thread; callers get a ``concurrent.futures.Future``. The lexicon is applied
here, and word positions are mapped back to the shown sentence, so callers
only ever see offsets into the text they gave.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.speech import lexicon as lexicon_mod
from reader.speech import pace
from reader.speech.driver import SpeechDriver, Synthesis, VoiceInfo, WordTiming
from reader.speech.lexicon import Lexicon

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpeechParams:
    """How to read: ``rate_wpm`` is the pace in words a minute, pauses included.

    ``clearer`` is *Tydligare* (a pause after every sentence); ``shape`` is the
    text being read (see ``pace``), so a text of long words still keeps the pace.
    """

    voice: str = "sv"
    rate_wpm: int = 150
    clearer: bool = False
    shape: pace.TextShape | None = None


class Ticket:
    """Lets a caller abandon a job; the driver checks it while synthesising."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class SpeechEngine:
    """Owns the driver and its one thread. ``inline=True`` runs jobs in the caller (tests)."""

    def __init__(
        self,
        driver: SpeechDriver,
        lexicon: Lexicon | None = None,
        *,
        lexicon_file: Path | None = None,
        inline: bool = False,
        cache: int = 96,
    ) -> None:
        """``lexicon_file`` is read on the engine's thread when first needed, not while the window opens."""
        self.driver = driver
        self._lexicon = lexicon
        self._lexicon_file = lexicon_file
        self._lexicon_lock = threading.Lock()
        self._inline = inline
        self._pool: ThreadPoolExecutor | None = (
            None if inline else ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech-engine")
        )
        self._cache: OrderedDict[tuple[str, SpeechParams], Synthesis] = OrderedDict()
        self._cache_size = cache
        self._cache_lock = threading.Lock()

    @property
    def lexicon(self) -> Lexicon:
        with self._lexicon_lock:
            if self._lexicon is None:
                self._lexicon = lexicon_mod.load(self._lexicon_file) if self._lexicon_file else Lexicon()
            return self._lexicon

    @property
    def lexicon_loaded(self) -> bool:
        """Whether the lexicon has been read (it waits for the engine's thread; see ``check``)."""
        with self._lexicon_lock:
            return self._lexicon is not None

    # -- plumbing -------------------------------------------------------
    def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        if self._pool is None:
            fut: Future = Future()
            try:
                fut.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # the future carries it to the caller
                fut.set_exception(exc)
            return fut
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self) -> None:
        self.driver.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    # -- jobs -----------------------------------------------------------
    def check(self) -> Future:
        """Future of None, or of the SpeechUnavailableError exception."""
        return self._run(self._check)

    def _check(self) -> None:
        self.lexicon  # noqa: B018 (read now, on this thread, so the first sentence does not wait)
        self.driver.check()

    def voices(self) -> Future:
        return self._run(self.driver.voices)

    def spoken_text(self, text: str, *, phonemes: bool = False) -> str:
        """What the engine is given for ``text`` (after the lexicon; eSpeak NG gets ``phonemes``)."""
        return self.lexicon.apply(text, phonemes=phonemes).spoken

    def synthesise(self, text: str, params: SpeechParams, ticket: Ticket | None = None) -> Future:
        """Future of a Synthesis whose word offsets refer to ``text`` as shown.

        A sentence already made (the one at the cursor is made ahead) is answered at once,
        not after the engine's thread gets to it: Läs upp then starts a tick sooner."""
        with self._cache_lock:
            hit = self._cache.get((text, params))
            if hit is not None:
                self._cache.move_to_end((text, params))
        if hit is not None:
            done: Future = Future()
            done.set_result(hit)
            return done
        return self._run(self._synthesise, text, params, ticket)

    def _synthesise(self, text: str, params: SpeechParams, ticket: Ticket | None) -> Synthesis:
        key = (text, params)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        if ticket is not None and ticket.cancelled:
            return Synthesis(b"", 22050, [], cancelled=True)
        espeak = self._paced(params.voice)
        # eSpeak reads [[…]] as phonemes: a "[[" in the text itself is not one (same length)
        rewritten = self.lexicon.apply(text.replace("[[", "[(") if espeak else text, phonemes=espeak)
        should_stop = (lambda: ticket.cancelled) if ticket is not None else None
        raw = self.driver.synthesise(
            rewritten.spoken, voice=params.voice, rate_wpm=self._driver_rate(params), should_stop=should_stop
        )
        words: list[WordTiming] = []
        for w in raw.words:
            start, end = rewritten.to_shown(w.start, w.end)
            if words and start < words[-1].end:
                continue  # two spoken words of one replaced shown word
            words.append(WordTiming(start, end, w.ms))
        pcm = raw.pcm
        pause = pace.sentence_pause_ms(params.clearer) * raw.sample_rate // 1000
        if pause and pcm:
            pcm += bytes(2 * pause)
        result = Synthesis(pcm, raw.sample_rate, _tidy_words(text, words), raw.cancelled)
        if not result.cancelled:
            with self._cache_lock:
                self._cache[key] = result
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return result

    def _paced(self, voice: str) -> bool:
        """Whether ``voice`` is eSpeak NG's (a calibrated rate, phoneme input)."""
        paced = getattr(self.driver, "paced", None)
        return bool(paced is not None and paced(voice))

    def _driver_rate(self, params: SpeechParams) -> int:
        """eSpeak NG's rate for the pace asked; other voices are given words a minute as they are."""
        if not self._paced(params.voice):
            return params.rate_wpm
        return pace.espeak_rate(params.rate_wpm, params.shape or pace.PROGRAMME_SHAPE, params.clearer)


_TRAILING = ".,;:!?…\"'”’»)]–-"


def _tidy_words(text: str, words: list[WordTiming]) -> list[WordTiming]:
    """Stretch each word to the end of its written token, without trailing punctuation."""
    out: list[WordTiming] = []
    n = len(text)
    for i, w in enumerate(words):
        limit = words[i + 1].start if i + 1 < len(words) else n
        end = max(w.end, w.start)
        while end < limit and not text[end].isspace():
            end += 1
        while end > w.start + 1 and text[end - 1] in _TRAILING:
            end -= 1
        out.append(WordTiming(w.start, max(end, w.start), w.ms))
    return out


def voices_sorted(voices: list[VoiceInfo]) -> list[VoiceInfo]:
    """Swedish voices first (the bundled eSpeak NG first: its pace is calibrated), then by language and name."""
    return sorted(voices, key=lambda v: (not v.is_swedish, v.engine != "espeak", v.language, v.name.lower()))
