"""What every speech driver offers: check, voices, synthesise one sentence, cancel.

A driver turns one piece of text into 16-bit mono PCM in memory plus the time
(ms into that PCM) at which each word starts. Playback, export and
highlighting are built on that alone, so any engine that can do it fits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from reader.speech.rates import DEFAULT_WPM as DEFAULT_WPM
from reader.speech.rates import MAX_WPM as MAX_WPM
from reader.speech.rates import MIN_WPM as MIN_WPM


class SpeechUnavailableError(RuntimeError):
    """Speech cannot work here; ``message_sv`` says why in plain Swedish."""

    def __init__(self, message_sv: str, detail: str = "") -> None:
        super().__init__(detail or message_sv)
        self.message_sv = message_sv


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    language: str
    name: str
    engine: str = "espeak"

    @property
    def is_swedish(self) -> bool:
        lang = self.language.lower().replace("_", "-")
        return lang == "sv" or lang.startswith("sv-") or self.id.lower() in ("sv", "gmq/sv")


@dataclass(frozen=True)
class WordTiming:
    """A word: ``start``/``end`` are character offsets in the text given, ``ms`` its audio start."""

    start: int
    end: int
    ms: int


@dataclass
class Synthesis:
    pcm: bytes
    sample_rate: int
    words: list[WordTiming] = field(default_factory=list)
    cancelled: bool = False

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) * 1000 // (2 * self.sample_rate) if self.sample_rate else 0


class SpeechDriver(Protocol):
    name: str

    def check(self) -> None:
        """Raise SpeechUnavailableError when this driver cannot speak here."""

    def voices(self) -> list[VoiceInfo]: ...

    def synthesise(
        self,
        text: str,
        *,
        voice: str,
        rate_wpm: int,
        should_stop: Callable[[], bool] | None = None,
    ) -> Synthesis: ...

    def cancel(self) -> None: ...


def choose_voice(voices: list[VoiceInfo], wanted: str = "") -> VoiceInfo | None:
    """The voice asked for if it exists, else the first Swedish voice, else None."""
    for v in voices:
        if wanted and v.id == wanted:
            return v
    for v in voices:
        if v.is_swedish:
            return v
    return None
