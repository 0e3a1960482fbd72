"""Audio output through a helper process, so a sound system that goes away cannot end the app.

Qt's PulseAudio back end aborts the process that uses it when a sink is started
after the sound server has gone (see reader/speech/qt_sink.py). The app therefore
never loads Qt Multimedia itself: ``AudioProcessOut`` starts the audio process
(reader/speech/audio_child.py), sends it the PCM over a pipe and follows the clock
it reports. The app's start asks for the process ahead of time (``prepare``, once the
window is shown), so the first *Läs upp* does not wait for Python and Qt to load;
that waiting process has no sound device open and no sound-server connection until
the first OPEN. When that process dies or says the sound
went away, the reading stops with a plain message (``sound_lost_message``) and
everything else goes on; the next *Läs upp* starts a new process, which finds a
sound server that came back or a headset plugged in since. GUI thread only.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment

from reader.speech import audio_protocol as proto
from reader.speech.audio_child import FROZEN_FLAG
from reader.speech.driver import SpeechUnavailableError
from reader.speech.output_messages import no_device_message, sound_lost_message

log = logging.getLogger(__name__)

START_TIMEOUT_S = 15.0  # an audio process that has not opened its sink by then is given up
AHEAD_BUFFERS = 2  # PCM sent ahead of the clock: the sink's buffer and as much again in the pipe
# An audio process that says nothing this long while audio waits to be heard is stuck (Qt can wait
# forever on a sound server that stopped answering): it is ended and replaced at the next Läs upp.
# Shorter than the reading controller's watchdog, so the reader hears why.
SILENT_S = 3.5


def child_command() -> list[str]:
    """How to start the audio process: the packaged app runs itself with a flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", "reader.speech.audio_child"]


def _child_environment() -> QProcessEnvironment:
    env = QProcessEnvironment.systemEnvironment()
    if not getattr(sys, "frozen", False):  # the reader package is importable wherever the app runs
        root = str(Path(__file__).resolve().parents[2])
        old = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (os.pathsep + old if old else ""))
    return env


class AudioProcessOut:
    """The ``AudioOut`` the app plays through: Qt Multimedia in a process of its own."""

    def __init__(self, buffer_ms: int = 100, command: list[str] | None = None) -> None:
        self.sample_rate = 0
        self._buffer_ms = buffer_ms
        self._command = command or child_command()
        self._process: QProcess | None = None
        self._ready = False  # the process has opened its sink
        self._worked = False  # some process has opened a sink (a later "no device" means it went away)
        self._started_at = 0.0
        self._problem = ""  # said once, at the next use
        self._generation = 0
        self._sent = 0
        self._received = 0
        self._played = 0
        self._idle = False
        self._paused = False
        self._volume = 1.0
        self._lines = bytearray()
        self._errors = bytearray()
        self._heard_at = 0.0  # when the process last said something (or audio started to wait)
        self.processes_started = 0
        self.monotonic: Callable[[], float] = time.monotonic

    # -- ahead of time ----------------------------------------------------
    def prepare(self) -> None:
        """Start the audio process now, so the first ``open`` only has to open the sink.

        The process loads its libraries and waits; it contacts no sound server and opens
        no device until ``open`` (so it blocks no other program, and a server that is
        missing now or goes away meanwhile is met at ``open`` as by a fresh process). One
        that dies while it waits is replaced at ``open``, silently. Nothing happens when a
        process is already there."""
        if self._process is None and not self._problem:
            self.sample_rate = 0  # the next ``open`` opens the sink, whatever rate it asks for
            self._spawn(opening=False)

    # -- AudioOut ---------------------------------------------------------
    def open(self, sample_rate: int) -> None:
        self._raise_problem()
        if self._process is not None and sample_rate == self.sample_rate:
            return
        self.sample_rate = sample_rate
        if self._process is None:
            self._spawn()
        else:  # another rate, or the first open of a process started by ``prepare``
            self._ready = False
            self._started_at = self.monotonic()
            self._send(proto.OPEN, proto.OPEN_ARGS.pack(sample_rate, self._buffer_ms, self._volume))

    def bytes_free(self) -> int:
        if not self._usable():
            return 0
        capacity = self.sample_rate * 2 * self._buffer_ms // 1000
        free = AHEAD_BUFFERS * capacity - (self._sent - self._played)
        return max(0, free - free % 2)

    def write(self, data: bytes) -> int:
        if not data:
            return 0
        n = min(len(data), self.bytes_free())
        n -= n % 2
        if n <= 0:
            return 0
        if self._sent <= self._played:  # audio starts to wait now: the process has to answer from here
            self._heard_at = self.monotonic()
        self._send(proto.WRITE, proto.GENERATION.pack(self._generation) + bytes(data[:n]))
        self._sent += n
        self._idle = False
        return n

    def played_bytes(self) -> int:
        return self._played

    def drained(self) -> bool:
        return bool(self._sent) and self._idle and self._received == self._sent

    def pause(self) -> None:
        self._paused = True
        self._send(proto.PAUSE)

    def resume(self) -> None:
        self._paused = False
        self._heard_at = self.monotonic()
        self._send(proto.RESUME)

    def reset(self) -> None:
        self._generation += 1
        self._sent = self._received = self._played = 0
        self._idle = False
        self._paused = False
        self._send(proto.RESET, proto.GENERATION.pack(self._generation))

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, float(volume)))
        self._send(proto.VOLUME, proto.VOLUME_ARG.pack(self._volume))

    def close(self) -> None:
        process, self._process = self._process, None
        self._ready = False
        self.sample_rate = 0
        if process is None:
            return
        process.finished.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            process.write(proto.frame(proto.QUIT))
            process.closeWriteChannel()
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)

    # -- state ------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether an audio process is there now (for tests and the log)."""
        return self._process is not None

    def pid(self) -> int:
        return int(self._process.processId()) if self._process is not None else 0

    def _usable(self) -> bool:
        """Ready to take audio; raises the reason once when the sound went away."""
        self._raise_problem()
        if not self.sample_rate or self._paused:
            return False
        if self._process is None:
            self._spawn()  # the last one ended while nothing was playing: quietly start again
            return False
        if not self._ready:
            if self.monotonic() - self._started_at > START_TIMEOUT_S:
                log.warning("the audio process did not open a sound device in %.0f s", START_TIMEOUT_S)
                self._lose(sound_lost_message() if self._worked else no_device_message())
                self._raise_problem()
            return False
        if self._sent > self._played and self.monotonic() - self._heard_at > SILENT_S:
            log.warning("the audio process has said nothing for %.0f s while audio waits", SILENT_S)
            self._lose(sound_lost_message())
            self._raise_problem()
        return True

    def _raise_problem(self) -> None:
        if self._problem:
            problem, self._problem = self._problem, ""
            raise SpeechUnavailableError(problem)

    def _spawn(self, *, opening: bool = True) -> None:
        """A new audio process; ``opening``: it opens the sink at once (else it waits, ``prepare``)."""
        process = QProcess()
        process.setProcessEnvironment(_child_environment())
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(lambda: self._on_output(process))
        process.readyReadStandardError.connect(lambda: self._on_errors(process))
        process.finished.connect(lambda code, status: self._on_finished(process, code, status))
        self._process = process
        self._ready = False
        self._lines.clear()
        self._errors.clear()
        self._started_at = self.monotonic()
        self.processes_started += 1
        process.start(self._command[0], self._command[1:])
        if opening:
            self._send(proto.OPEN, proto.OPEN_ARGS.pack(self.sample_rate, self._buffer_ms, self._volume))
        self._send(proto.RESET, proto.GENERATION.pack(self._generation))
        self._sent = self._received = self._played = 0

    def _send(self, command: bytes, payload: bytes = b"") -> None:
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.write(proto.frame(command, payload))
            if command in (proto.PAUSE, proto.RESET) and process.state() == QProcess.ProcessState.Running:
                process.waitForBytesWritten(50)  # Pausa and Stoppa act now, not at the next event

    def _on_output(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._lines += bytes(process.readAllStandardOutput().data())
        self._heard_at = self.monotonic()
        while b"\n" in self._lines:
            line, _, rest = bytes(self._lines).partition(b"\n")
            self._lines = bytearray(rest)
            self._on_report(line.decode("ascii", "replace").split())

    def _on_report(self, words: list[str]) -> None:
        if not words:
            return
        kind = words[0]
        if kind == proto.READY:
            self._ready = self._worked = True
        elif kind == proto.CLOCK and len(words) == 5:
            generation, received, played, idle = (int(w) for w in words[1:])
            if generation == self._generation:
                self._received, self._played, self._idle = received, min(played, self._sent), bool(idle)
        elif kind == proto.NO_DEVICE:
            self._lose(sound_lost_message() if self._worked else no_device_message())
        elif kind == proto.LOST:
            log.warning("the sound went away while playing (%s)", " ".join(words[1:]) or "no reason given")
            self._lose(sound_lost_message())

    def _on_errors(self, process: QProcess) -> None:
        self._errors += bytes(process.readAllStandardError().data())
        del self._errors[:-2000]

    def _on_finished(self, process: QProcess, code: int, status) -> None:
        if process is not self._process:
            return
        said = bytes(self._errors).decode("utf-8", "replace").strip()[-500:]
        log.warning("the audio process ended (exit %s, %s): %s", code, status, said or "nothing said")
        in_use = not self._ready or self._sent > 0
        if not self._problem and in_use and self.sample_rate:
            self._problem = sound_lost_message() if self._worked else no_device_message()
        self._forget(process)

    def _lose(self, message: str) -> None:
        self._problem = message
        process = self._process
        if process is not None:
            self._forget(process)
            process.kill()  # it may hang on a sound server that is gone
            process.waitForFinished(500)

    def _forget(self, process: QProcess) -> None:
        if process is self._process:
            self._process = None
            self._ready = False
        process.deleteLater()
