"""Audio output for PCM held in memory: the real device and a fake.

The reading controller writes 16-bit mono PCM a little at a time (only as much
as the device has room for, about a tenth of a second), so pause and stop act
at once, and it reads the device's clock (how much audio has been played) to
know which word is being heard.

The real device is Qt Multimedia in a helper process (``QtAudioOut``, see
reader/speech/audio_process.py): a sound server that goes away can end that
process, never the app.
"""

from __future__ import annotations

import logging
from typing import Protocol

from reader.speech.audio_process import AudioProcessOut
from reader.speech.driver import SpeechUnavailableError
from reader.speech.output_messages import no_device_message, sound_lost_message
from reader.speech.qt_sink import usecs_to_bytes

log = logging.getLogger(__name__)

BUFFER_MS = 100


class AudioOut(Protocol):
    sample_rate: int

    def open(self, sample_rate: int) -> None:
        """Prepare the device; raise SpeechUnavailableError when there is none."""

    def bytes_free(self) -> int: ...

    def write(self, data: bytes) -> int: ...

    def played_bytes(self) -> int:
        """Bytes the device has played since the last ``reset``/``open`` (the audio clock)."""

    def drained(self) -> bool:
        """Whether the device says it has played everything written to it (it is idle)."""

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def reset(self) -> None:
        """Drop everything not yet played; the clock starts again at 0."""

    def set_volume(self, volume: float) -> None: ...

    def close(self) -> None: ...


# What the app plays through.
QtAudioOut = AudioProcessOut

__all__ = [
    "BUFFER_MS",
    "AudioOut",
    "AudioProcessOut",
    "FakeAudioOut",
    "QtAudioOut",
    "no_device_message",
    "sound_lost_message",
    "usecs_to_bytes",
]


class FakeAudioOut:
    """A device that plays only when told to (``advance``), and remembers everything."""

    def __init__(self, buffer_ms: int = BUFFER_MS, *, fail: str = "") -> None:
        self.sample_rate = 0
        self.buffer_ms = buffer_ms
        self.fail = fail
        self.buffered = bytearray()
        self.played = bytearray()  # all audio "heard", across resets
        self.clock = 0
        self.paused = False
        self.volume = 1.0
        self.writes = 0
        self.resets = 0

    @property
    def capacity(self) -> int:
        return self.sample_rate * 2 * self.buffer_ms // 1000

    def open(self, sample_rate: int) -> None:
        if self.fail:
            raise SpeechUnavailableError(self.fail)
        self.sample_rate = sample_rate

    def bytes_free(self) -> int:
        return 0 if self.paused else max(0, self.capacity - len(self.buffered))

    def write(self, data: bytes) -> int:
        if self.paused:
            return 0
        n = min(len(data), self.capacity - len(self.buffered))
        n -= n % 2
        self.buffered += data[:n]
        if n:
            self.writes += 1
        return n

    def advance(self, ms: int) -> int:
        """Play ``ms`` of audio (if not paused); returns bytes played."""
        if self.paused or not self.sample_rate:
            return 0
        n = min(len(self.buffered), self.sample_rate * 2 * ms // 1000)
        n -= n % 2
        self.played += self.buffered[:n]
        del self.buffered[:n]
        self.clock += n
        return n

    def played_bytes(self) -> int:
        return self.clock

    def drained(self) -> bool:
        return not self.buffered and self.clock > 0

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def reset(self) -> None:
        self.buffered.clear()
        self.clock = 0
        self.paused = False
        self.resets += 1

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def close(self) -> None:
        self.reset()
