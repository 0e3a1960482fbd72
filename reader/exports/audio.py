"""Save speech as an audio file (WAV, or MP3 when an encoder is installed).

The file is written under a new temporary name in the chosen folder
(``reader.platform.safe_write``) and renamed only when complete, so a cancelled or failed export never leaves a
half-written file under the name the user chose (and never replaces an
older file of that name until the new one is whole).
"""

from __future__ import annotations

import contextlib
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from reader.content.model import Section
from reader.platform.safe_write import atomic_write
from reader.speech import pace
from reader.speech.engine import SpeechEngine, SpeechParams, Ticket

PARAGRAPH_PAUSE_MS = pace.PARAGRAPH_PAUSE_MS


class ExportCancelledError(Exception):
    """The user pressed Avbryt."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    duration_ms: int
    sentences: int


def mp3_available() -> bool:
    try:
        import lameenc  # noqa: F401
    except ImportError:
        return False
    return True


def texts_of(sections: Sequence[Section]) -> list[tuple[str, bool]]:
    """The sentences to speak, each with "a paragraph ends after it"."""
    out: list[tuple[str, bool]] = []
    for section in sections:
        for paragraph in section.paragraphs:
            for i, sentence in enumerate(paragraph.sentences):
                out.append((sentence.text, i == len(paragraph.sentences) - 1))
    return out


class _WavSink:
    def __init__(self, stream: BinaryIO, rate: int) -> None:
        self._w = wave.open(stream, "wb")  # noqa: SIM115 (closed in close())
        self._w.setnchannels(1)
        self._w.setsampwidth(2)
        self._w.setframerate(rate)

    def add(self, pcm: bytes) -> None:
        self._w.writeframes(pcm)

    def close(self) -> None:
        self._w.close()


class _Mp3Sink:
    def __init__(self, stream: BinaryIO, rate: int) -> None:
        import lameenc

        self._enc = lameenc.Encoder()
        self._enc.set_bit_rate(64)
        self._enc.set_in_sample_rate(rate)
        self._enc.set_channels(1)
        self._enc.set_quality(5)
        self._f = stream

    def add(self, pcm: bytes) -> None:
        self._f.write(self._enc.encode(pcm))

    def close(self) -> None:
        self._f.write(self._enc.flush())


def export_audio(
    engine: SpeechEngine,
    texts: Sequence[tuple[str, bool]],
    out: Path,
    params: SpeechParams,
    *,
    progress: Callable[[int, int], None] | None = None,
    ticket: Ticket | None = None,
    overwrite: bool = True,
) -> ExportResult:
    """Speak ``texts`` into ``out`` (.wav or .mp3). Raises ExportCancelledError, OSError.

    The pace is planned for these texts (``pace.shape_of``) unless ``params`` names a shape.
    """
    out = Path(out)
    if params.shape is None:
        params = replace(params, shape=pace.shape_of(texts))
    pause_ms = pace.paragraph_pause_ms(params.clearer)
    mp3 = out.suffix.lower() == ".mp3"
    if mp3 and not mp3_available():
        raise OSError("MP3 encoder not installed")
    total_ms = 0
    rate = 22050
    # A new temporary file beside ``out`` (never through a link), renamed when whole;
    # removed on an error, on Avbryt and on SIGTERM (reader/platform/safe_write.py).
    with atomic_write(out, overwrite) as stream:  # overwrite=False: never over a file made meanwhile
        sink = None
        try:
            total = len(texts)
            # ask for the next sentence while the current one is written
            pending = engine.synthesise(texts[0][0], params, ticket) if texts else None
            for i, (_text, paragraph_end) in enumerate(texts):
                if ticket is not None and ticket.cancelled:
                    raise ExportCancelledError()
                assert pending is not None  # one asked for each sentence, ahead of it
                result = pending.result()
                pending = engine.synthesise(texts[i + 1][0], params, ticket) if i + 1 < total else None
                if result.cancelled or (ticket is not None and ticket.cancelled):
                    raise ExportCancelledError()
                if sink is None:
                    sink = (_Mp3Sink if mp3 else _WavSink)(stream, result.sample_rate)
                    rate = result.sample_rate
                sink.add(result.pcm)
                total_ms += result.duration_ms
                if paragraph_end:
                    gap = rate * pause_ms // 1000
                    sink.add(bytes(2 * gap))
                    total_ms += pause_ms
                if progress is not None:
                    progress(i + 1, total)
            if sink is None:
                sink = (_Mp3Sink if mp3 else _WavSink)(stream, rate)
            sink.close()
        except BaseException:
            if sink is not None:
                with contextlib.suppress(Exception):  # no half-closed writer left to write later
                    sink.close()
            raise

    return ExportResult(out, total_ms, len(texts))
