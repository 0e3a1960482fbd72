"""The audio process: plays the app's speech through Qt Multimedia, and may die alone.

Started by ``AudioProcessOut`` (reader/speech/audio_process.py) with commands on
its standard input and reports on its standard output (reader/speech/audio_protocol.py).
It may be started ahead of the first *Läs upp* and wait: it then has its libraries
loaded but has not contacted the sound server, which it does only at the first
OPEN command, so a server that was missing at its start, or went away while it
waited, is met exactly as by a process started at the press.
When the sound server goes away, Qt's PulseAudio back end can abort the process
that uses it; here that is this helper only, and the app says so and starts a new
one at the next *Läs upp*. It ends when the app closes the pipe (or dies).
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
from typing import BinaryIO

from reader.speech import audio_protocol as proto
from reader.speech.driver import SpeechUnavailableError

PUMP_MS = 5  # how often queued audio is moved into the sink and the clock reported, while playing
# Qt 6.11's PulseAudio sink does not notice that its server went away: it stays active and its
# clock stands still. A clock that has moved in this stream and then stands still this long
# while audio waits in the sink means the sound is gone (the reading controller's own, longer
# watchdog stays as the last resort).
STILL_S = 2.0
FROZEN_FLAG = "--audio-output-process"  # how the packaged app starts itself as the audio process


def read_commands(stream: BinaryIO, inbox: collections.deque, ring) -> None:
    """Reader thread: frames from ``stream`` into ``inbox``; None (end) when the pipe closes."""
    try:
        while True:
            header = _read_exactly(stream, proto.HEADER.size)
            if header is None:
                break
            command, length = proto.HEADER.unpack(header)
            if length > proto.MAX_PAYLOAD:
                break
            payload = _read_exactly(stream, length) if length else b""
            if payload is None:
                break
            inbox.append((command, payload))
            ring()
    finally:
        inbox.append(None)
        ring()


def _read_exactly(stream: BinaryIO, n: int) -> bytes | None:
    data = bytearray()
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


class ChildPlayer:
    """Follows the app's commands: queues the PCM, feeds the sink, reports the clock."""

    def __init__(self, out, report, leave=os._exit) -> None:
        from PySide6.QtCore import QTimer

        self.out = out
        self.report = report  # one line to the app
        self.leave = leave  # ends the process
        self.inbox: collections.deque = collections.deque()
        self.pending = bytearray()
        self.generation = 0
        self.received = 0
        self.paused = False
        self.ended = False
        self._last_clock: tuple[int, int, int, int] | None = None
        self._clock_seen = 0  # the sink's clock, and when it last moved
        self._clock_moved_at = 0.0
        self._started_clock: int | None = None  # the clock when the sink last (re)started
        self.monotonic = time.monotonic
        self.timer = QTimer()
        self.timer.setInterval(PUMP_MS)
        self.timer.timeout.connect(self.pump)

    def wake(self) -> None:
        self.pump()
        if not self.ended and self._busy():
            self.timer.start()

    def pump(self) -> None:
        try:
            while self.inbox and not self.ended:
                item = self.inbox.popleft()
                if item is None:
                    self.end()
                    return
                self._handle(*item)
            if self.ended:
                return
            self._feed()
            if self.out.failed():
                raise RuntimeError("the audio device stopped with an error")
            if self._clock_stands_still():
                raise RuntimeError("the audio clock stands still while audio waits")
        except SpeechUnavailableError:
            self.end(proto.NO_DEVICE if not self.out.sample_rate else proto.LOST)
            return
        except Exception as exc:  # whatever Qt says: this process is done, the app starts another
            self.end(f"{proto.LOST} {type(exc).__name__}")
            return
        self._report_clock()
        if not self._busy():
            self.timer.stop()

    def _handle(self, command: bytes, payload: bytes) -> None:
        if command == proto.OPEN:
            rate, buffer_ms, volume = proto.OPEN_ARGS.unpack(payload)
            self.out.buffer_ms = buffer_ms
            self.out.set_volume(volume)
            self.out.open(rate)  # raises SpeechUnavailableError without an output
            self.report(proto.READY)
        elif command == proto.WRITE:
            (generation,) = proto.GENERATION.unpack_from(payload)
            if generation == self.generation:
                data = payload[proto.GENERATION.size :]
                self.pending += data
                self.received += len(data)
        elif command == proto.RESET:
            (self.generation,) = proto.GENERATION.unpack(payload)
            self.pending.clear()
            self.received = 0
            self.paused = False
            self.out.reset()
            self._last_clock = None
            self._clock_seen = 0
            self._clock_moved_at = 0.0
            self._started_clock = None
            if self.out.sample_rate:  # a new default device (a headset just plugged in) is taken here
                self.out.open(self.out.sample_rate)
        elif command == proto.PAUSE:
            self.paused = True
            self.out.pause()
        elif command == proto.RESUME:
            self.paused = False
            self.out.resume()
        elif command == proto.VOLUME:
            (volume,) = proto.VOLUME_ARG.unpack(payload)
            self.out.set_volume(volume)
        elif command == proto.QUIT:
            self.end()

    def _feed(self) -> None:
        if not self.pending or self.paused or not self.out.sample_rate:
            return
        free = self.out.bytes_free()
        if free <= 0:
            return
        n = self.out.write(bytes(self.pending[:free]))
        del self.pending[:n]

    def _clock_stands_still(self) -> bool:
        """True when the clock moved since the sink (re)started, then stood still STILL_S with
        audio waiting. A sink that is still starting (after a stop or a pause it can take a
        second) is not counted: a server that went away then is the controller's watchdog's."""
        played = self.out.played_bytes()
        now = self.monotonic()
        if self.paused or self._idle():
            self._started_clock = None
        elif self._started_clock is None:
            self._started_clock = played  # (re)started: the clock has to move from here first
        if played != self._clock_seen or self._started_clock is None or played == self._started_clock:
            self._clock_seen = played
            self._clock_moved_at = now
            return False
        return self.received > played and now - self._clock_moved_at > STILL_S

    def _idle(self) -> bool:
        return not self.pending and self.out.drained()

    def _busy(self) -> bool:
        if self.inbox:
            return True
        if self.paused or not self.received:
            return False
        return bool(self.pending) or not self._idle()

    def _report_clock(self) -> None:
        if not self.received:
            return
        clock = (self.generation, self.received, self.out.played_bytes(), int(self._idle()))
        if clock != self._last_clock:
            self._last_clock = clock
            self.report(f"{proto.CLOCK} {clock[0]} {clock[1]} {clock[2]} {clock[3]}")

    def end(self, why: str = "") -> None:
        """Say why (if there is a reason) and leave at once: Qt's own clean-up would touch the
        sound server's connection again, which is what can abort."""
        self.ended = True
        self.timer.stop()
        if why:
            self.report(why)
        self.leave(0)


def _die_with_parent() -> None:
    """Linux: end this process when the app ends, even if it is killed."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def preload() -> None:
    """Load Qt Multimedia and its media back end (FFmpeg's libraries) now, while nothing waits
    for sound: most of a first OPEN, 20–70 ms. Nothing here contacts the sound server: the
    audio devices are first asked for at OPEN (an audio decoder is the cheapest object that
    loads the back end without them)."""
    try:
        from PySide6.QtMultimedia import QAudioDecoder

        QAudioDecoder()
    except Exception:  # OPEN meets the same problem and says so
        pass


def _report(line: str) -> None:
    try:
        os.write(1, (line + "\n").encode())
    except OSError:  # the app is gone
        os._exit(0)


def main() -> int:
    _die_with_parent()
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    from reader.speech.qt_sink import QtSinkOut

    class Bell(QObject):
        rang = Signal()

    app = QCoreApplication(sys.argv[:1])
    preload()
    player = ChildPlayer(QtSinkOut(), _report)
    bell = Bell()
    bell.rang.connect(player.wake)  # queued: the reader thread only rings
    reader = threading.Thread(
        target=read_commands, args=(sys.stdin.buffer, player.inbox, bell.rang.emit), daemon=True
    )
    reader.start()
    app.exec()
    os._exit(0)


if __name__ == "__main__":
    main()
