"""Qt Multimedia's audio sink, used only inside the audio process (reader/speech/audio_child.py).

Qt's PulseAudio back end aborts the whole process when a sink is started after
the sound server has gone (Qt 6.11: ``QAudioSink.start()`` hands the released,
null server context to ``pa_context_get_state``, which asserts). So this class
never runs in the app itself: the app talks to it through a pipe, and a helper
process that dies takes nothing else with it.
"""

from __future__ import annotations

import logging
from typing import Any

from reader.speech.driver import SpeechUnavailableError
from reader.speech.output_messages import no_device_message

log = logging.getLogger(__name__)


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


def output_count() -> int:
    """How many audio outputs Qt sees (0 when there is no sound server or card)."""
    from PySide6.QtMultimedia import QMediaDevices

    return len(QMediaDevices.audioOutputs())


class QtSinkOut:
    """Plays through QAudioSink in push mode, on the thread that made it."""

    def __init__(self, buffer_ms: int = 100) -> None:
        self.sample_rate = 0
        self.buffer_ms = buffer_ms
        self._sink: Any = None  # QAudioSink, made at the first open (Qt Multimedia loads then)
        self._io: Any = None
        self._device_id = b""
        self._volume = 1.0
        self._paused = False

    def open(self, sample_rate: int) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        device = QMediaDevices.defaultAudioOutput()
        ident = bytes(device.id().data())
        if self._sink is not None and sample_rate == self.sample_rate and ident == self._device_id:
            return
        self.close()
        if device.isNull() or not QMediaDevices.audioOutputs():
            raise SpeechUnavailableError(no_device_message())
        fmt = QAudioFormat()
        fmt.setSampleRate(sample_rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            log.info("audio device says it does not support %s Hz mono; trying anyway", sample_rate)
        self._sink = QAudioSink(device, fmt)
        self._sink.setBufferSize(sample_rate * 2 * self.buffer_ms // 1000)
        self._sink.setVolume(self._volume)
        self._device_id = ident
        self.sample_rate = sample_rate

    def _ensure_started(self) -> None:
        if self._io is None and self._sink is not None:
            self._io = self._sink.start()
            if self._io is None:
                raise SpeechUnavailableError(no_device_message())

    def failed(self) -> bool:
        """Whether Qt has stopped the started sink with an error (its sound server went away)."""
        if self._sink is None or self._io is None:
            return False
        from PySide6.QtMultimedia import QAudio

        return self._sink.error() == QAudio.Error.FatalError

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
        self.sample_rate = 0
