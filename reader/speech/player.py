"""Audio output for PCM held in memory: the real device (Qt Multimedia) and a fake.

The reading controller writes 16-bit mono PCM a little at a time (only as much
as the device has room for, about a tenth of a second), so pause and stop act
at once, and it reads the device's clock (how much audio has been played) to
know which word is being heard.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from reader.speech.driver import SpeechUnavailableError

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


def usecs_to_bytes(usecs: int, sample_rate: int) -> int:
    """The audio clock in bytes of 16-bit mono: whole frames, rounded to the nearest one.

    Qt reports the time played in whole microseconds, rounded down, so converting back
    with rounding down loses up to a frame: 255,688 bytes played read as 255,686, and
    the end of the audio was never reached.
    """
    if sample_rate <= 0 or usecs <= 0:
        return 0
    frames = (usecs * sample_rate + 500_000) // 1_000_000
    return frames * 2


def no_device_message() -> str:
    return QCoreApplication.translate(
        "Speech", "Uppläsning fungerar inte: datorn har ingen ljudutgång (högtalare eller hörlurar)."
    )


class QtAudioOut:
    """Plays through QAudioSink in push mode. GUI thread only."""

    def __init__(self, buffer_ms: int = BUFFER_MS) -> None:
        self.sample_rate = 0
        self._buffer_ms = buffer_ms
        self._sink = None
        self._io = None
        self._volume = 1.0
        self._paused = False

    def open(self, sample_rate: int) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        if self._sink is not None and sample_rate == self.sample_rate:
            return
        self.close()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull() or not QMediaDevices.audioOutputs():
            raise SpeechUnavailableError(no_device_message())
        fmt = QAudioFormat()
        fmt.setSampleRate(sample_rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            log.info("audio device says it does not support %s Hz mono; trying anyway", sample_rate)
        self._sink = QAudioSink(device, fmt)
        self._sink.setBufferSize(sample_rate * 2 * self._buffer_ms // 1000)
        self._sink.setVolume(self._volume)
        self.sample_rate = sample_rate

    def _ensure_started(self) -> None:
        if self._io is None and self._sink is not None:
            self._io = self._sink.start()
            if self._io is None:
                raise SpeechUnavailableError(no_device_message())

    def bytes_free(self) -> int:
        if self._sink is None or self._paused:
            return 0
        self._ensure_started()
        return max(0, int(self._sink.bytesFree()))

    def write(self, data: bytes) -> int:
        if self._sink is None or self._paused or not data:
            return 0
        self._ensure_started()
        n = self._io.write(data)
        return max(0, int(n))

    def played_bytes(self) -> int:
        if self._sink is None or self._io is None:
            return 0
        return usecs_to_bytes(int(self._sink.processedUSecs()), self.sample_rate)

    def drained(self) -> bool:
        if self._sink is None or self._io is None:
            return False
        from PySide6.QtMultimedia import QAudio

        return self._sink.state() == QAudio.State.IdleState

    def pause(self) -> None:
        self._paused = True
        if self._sink is not None and self._io is not None:
            self._sink.suspend()

    def resume(self) -> None:
        self._paused = False
        if self._sink is not None and self._io is not None:
            self._sink.resume()

    def reset(self) -> None:
        self._paused = False
        if self._sink is not None and self._io is not None:
            self._sink.stop()  # drops what is buffered; the next write starts afresh
        self._io = None

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = None
        self._io = None


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
