"""A driver that needs no engine: predictable audio and word timings for tests.

It produces, for each word, a stretch of quiet tone (or silence) as long as a
real voice would take at the asked rate, so state-machine and highlighting
logic can be checked fast and exactly.
"""

from __future__ import annotations

import math
import re
import struct
import threading
from collections.abc import Callable

from reader.speech.driver import SpeechUnavailableError, Synthesis, VoiceInfo, WordTiming

_WORD = re.compile(r"\S+")


class FakeDriver:
    name = "fake"

    def __init__(self, *, sample_rate: int = 8000, tone: bool = False, unavailable: str = "") -> None:
        self.sample_rate = sample_rate
        self.tone = tone
        self.unavailable = unavailable
        self.calls: list[str] = []
        self.threads: set[str] = set()
        self._stop = threading.Event()

    def check(self) -> None:
        if self.unavailable:
            raise SpeechUnavailableError(self.unavailable)

    def voices(self) -> list[VoiceInfo]:
        self.check()
        return [VoiceInfo("sv", "sv", "Svensk teströst", "fake"), VoiceInfo("en", "en", "English", "fake")]

    def cancel(self) -> None:
        self._stop.set()

    def synthesise(
        self,
        text: str,
        *,
        voice: str = "sv",
        rate_wpm: int = 150,
        should_stop: Callable[[], bool] | None = None,
    ) -> Synthesis:
        self.check()
        self._stop.clear()
        self.calls.append(text)
        self.threads.add(threading.current_thread().name)
        ms_per_word = 60000 / max(1, rate_wpm)
        words = []
        for i, m in enumerate(_WORD.finditer(text)):
            words.append(WordTiming(m.start(), m.end(), int(i * ms_per_word)))
        total_ms = int(max(1, len(words)) * ms_per_word)
        frames = self.sample_rate * total_ms // 1000
        if self.tone:
            pcm = b"".join(
                struct.pack("<h", int(6000 * math.sin(2 * math.pi * 300 * k / self.sample_rate)))
                for k in range(frames)
            )
        else:
            pcm = bytes(2 * frames)
        cancelled = self._stop.is_set() or (should_stop is not None and should_stop())
        return Synthesis(pcm, self.sample_rate, words, cancelled)
