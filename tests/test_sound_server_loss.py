"""The sound server goes away and comes back while the app runs: it never takes the app along.

Each test runs the whole window (real eSpeak NG, the real audio output, offscreen)
in a child process against a private PulseAudio with a null sink, kills that
server (SIGKILL, as a crash) while the app reads aloud, exports or warns a public
computer's visitor, presses Escape and Ctrl+Space, and checks that the app is
alive, said in plain Swedish that the sound stopped, and reads aloud again (sound
energy recorded from the null sink's monitor with parec) once the server is back.
Before the audio moved to a process of its own, Qt's PulseAudio client aborted the
app (``Assertion 'c' failed … pa_context_get_state``) at the Ctrl+Space.
"""

from __future__ import annotations

import array
import contextlib
import json
import math
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse_server import RATE, PrivatePulse, PulseUnavailableError, not_started_or_skipped, running_or_skipped

pytestmark = pytest.mark.audio
ROOT = Path(__file__).resolve().parent.parent

# The app in a child process, driven by one command a line on stdin; it answers one JSON line each.
APP = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from reader.content.loader import load_pack
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    root, kiosk = Path(sys.argv[1]), sys.argv[2] == "kiosk"
    result = load_pack(root / "content")
    settings = make_settings(AdminConfig(kiosk=True, lock_quit=True), kiosk=True) if kiosk else Settings()
    window = MainWindow(services_for(result.document, settings, result.errors))
    window.quiet_errors = True
    window.show()
    window.activateWindow()
    speech = window.features.speech
    announced, resets = [], []
    original_announce = window.announce
    def announce(text, assertive=False):
        announced.append(text)
        original_announce(text, assertive)
    window.announce = announce
    if kiosk:
        window.services.visitor.new_visitor.connect(lambda: resets.append(time.time()))

    def key(name):
        window.activateWindow()
        if name == "escape":
            QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        else:
            QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)

    def answer(**extra):
        c = speech.controller
        print(json.dumps({"state": c.state.value, "section": getattr(c.section, "id", None),
                          "played": c.output.played_bytes(), "status": speech.panel.status.text(),
                          "announced": announced, "resets": len(resets), "available": speech.available,
                          "audio_processes": getattr(c.output, "processes_started", -1),
                          "audio_pid": c.output.pid(),
                          "export": None if speech.last_export is None else type(speech.last_export).__name__,
                          **extra}), flush=True)

    def command(line):
        words = line.split()
        if not words:
            return
        if words[0] in ("escape", "play"):
            key(words[0])
            QTimer.singleShot(50, answer)
        elif words[0] == "export":
            window.go_to_section(1)
            answer(started=speech.export_to("document", Path(words[1])))
        elif words[0] == "warm":  # what the app's start asks for once its window is shown
            speech.reading_aloud.warm_up(0)
            QTimer.singleShot(50, answer)
        elif words[0] == "visitor":  # Ny besökare
            window.features.kiosk.reset()
            answer()
        elif words[0] == "idle":
            window.features.kiosk.idle.idle_ms, window.features.kiosk.idle.warning_ms = int(words[1]), int(words[2])
            window.features.kiosk.idle.restart()
            answer()
        elif words[0] == "quit":
            answer()
            if kiosk:
                window.features.kiosk.lock_quit = False
            speech.shutdown()
            app.quit()
        else:
            answer()

    buffer = b""
    def readable():
        global buffer
        chunk = os.read(0, 4096)
        if not chunk:
            app.quit()
            return
        buffer += chunk
        while b"\\n" in buffer:
            line, buffer = buffer.split(b"\\n", 1)
            command(line.decode())
    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(readable)

    def ready():
        if speech.available:
            checker.stop()
            print(json.dumps({"ready": True}), flush=True)
    checker = QTimer()
    checker.timeout.connect(ready)
    checker.start(50)
    app.exec()
    """
)


class App:
    """The window in a child process: ``ask`` sends a command and returns its JSON answer."""

    def __init__(self, env: dict[str, str], kiosk: bool = False) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", APP, str(ROOT), "kiosk" if kiosk else "normal"],
            env={**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._buffer = b""
        assert self._line(60).get("ready"), "the app did not get ready"

    def _line(self, timeout: float) -> dict:
        deadline = time.time() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.time()
            if left <= 0 or self.process.poll() is not None:
                raise AssertionError(f"no answer from the app (exit {self.process.poll()}): {self.stderr()}")
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    continue
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            return self._line(max(1.0, deadline - time.time()))

    def ask(self, command: str, timeout: float = 30) -> dict:
        self.process.stdin.write((command + "\n").encode())
        self.process.stdin.flush()
        return self._line(timeout)

    def wait_for(self, predicate, timeout: float, what: str) -> dict:
        deadline = time.time() + timeout
        answer = self.ask("state")
        while not predicate(answer):
            if time.time() > deadline:
                raise AssertionError(f"{what} within {timeout:.0f} s: {answer}")
            time.sleep(0.2)
            answer = self.ask("state")
        return answer

    def alive(self) -> bool:
        return self.process.poll() is None

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        return self.process.stderr.read().decode(errors="replace")[-3000:]

    def quit(self) -> int:
        if self.process.poll() is None:
            self.ask("quit")
        try:
            return self.process.wait(30)
        finally:
            if self.process.poll() is None:
                self.process.kill()


class Recorder:
    """The null sink's monitor, recorded with parec while the test listens."""

    def __init__(self, env: dict[str, str], path: Path) -> None:
        self.path = path
        self._file = path.open("wb")
        self.process = subprocess.Popen(
            ["parec", "--device=rec.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1", "--raw"],
            env=env,
            stdout=self._file,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 10
        while path.stat().st_size < RATE // 2 and time.time() < deadline:  # data flows
            time.sleep(0.05)

    def stop(self) -> array.array:
        self.process.terminate()
        self.process.wait(5)
        self._file.close()
        samples = array.array("h")
        data = self.path.read_bytes()
        samples.frombytes(data[: len(data) // 2 * 2])
        return samples


def loudest_second(samples: array.array) -> float:
    """The RMS of the loudest second: speech is loud, the silence of a null sink is 0."""
    best = 0.0
    for start in range(0, max(1, len(samples) - RATE + 1), RATE // 4):
        window = samples[start : start + RATE]
        if window:
            best = max(best, math.sqrt(sum(s * s for s in window) / len(window)))
    return best


@pytest.fixture
def pulse(tmp_path):
    with running_or_skipped(tmp_path) as server:
        yield server


@pytest.fixture
def no_pulse_yet(tmp_path):
    """A private server's address with no server behind it until the test starts one."""
    with not_started_or_skipped(tmp_path) as server:
        yield server


def appears(pulse: PrivatePulse) -> None:
    """A sound server appears (or the test is skipped where none can run)."""
    try:
        pulse.start()
    except PulseUnavailableError as exc:
        pytest.skip(str(exc))


@contextlib.contextmanager
def running_app(env: dict[str, str], kiosk: bool = False) -> Iterator[App]:
    """The app for the test's body; afterwards it must quit cleanly (exit code 0)."""
    app = App(env, kiosk)
    try:
        yield app
    finally:
        code = app.quit()
    assert code == 0, app.stderr()


def lost_message_shown(answer: dict) -> bool:
    return "Ljudet slutade fungera" in answer["status"] and any(
        "Ljudet slutade fungera" in text for text in answer["announced"]
    )


def speech_heard(app: App, pulse: PrivatePulse, record: Path) -> float:
    """Ctrl+Space, listen for three seconds, Escape: the loudest second's RMS on the monitor."""
    recorder = Recorder(pulse.env, record)
    try:
        answer = app.ask("play")
        assert answer["state"] == "reading", answer
        app.wait_for(lambda a: a["played"] > RATE, 20, "no audio played")
        time.sleep(2.0)
        app.ask("escape")
    finally:
        samples = recorder.stop()
    return loudest_second(samples)


def assert_speech_heard(app: App, pulse: PrivatePulse, record: Path, when: str) -> None:
    heard = speech_heard(app, pulse, record)
    assert heard > 500, f"no speech {when} (rms {heard:.0f})"


def kill_while_reading(app: App, pulse: PrivatePulse) -> dict:
    app.ask("play")
    app.wait_for(lambda a: a["played"] > RATE // 2, 20, "reading aloud did not start")
    pulse.kill()
    answer = app.wait_for(lost_message_shown, 15, "no plain message that the sound stopped")
    assert answer["state"] == "stopped", answer
    # what aborted the app before: Escape, then Ctrl+Space with the server still gone
    app.ask("escape")
    answer = app.ask("play")
    time.sleep(1.0)
    assert app.alive(), app.stderr()
    answer = app.wait_for(lambda a: a["state"] == "stopped", 20, "reading without a sound server")
    assert app.alive(), app.stderr()
    return answer


def play_says_there_is_no_sound(app: App) -> None:
    """Ctrl+Space with no sound server at all: the reading stops and says so in plain words."""
    app.ask("play")
    answer = app.wait_for(
        lambda a: a["state"] == "stopped" and any("ljudutgång" in t for t in a["announced"]),
        30,
        "no plain message that there is no sound",
    )
    assert "ljudutgång" in answer["status"], answer


def test_the_server_killed_while_reading_then_back_reads_again(pulse, tmp_path):
    with running_app(pulse.env) as app:
        assert speech_heard(app, pulse, tmp_path / "before.raw") > 500, "no speech before the kill"
        answer = kill_while_reading(app, pulse)
        assert answer["available"], "reading aloud was switched off for good"
        pulse.start()  # the sound server comes back, the app is not restarted
        assert_speech_heard(app, pulse, tmp_path / "after.raw", "after the server came back")
        assert app.alive()


def test_the_server_killed_twice(pulse, tmp_path):
    with running_app(pulse.env) as app:
        for round_ in range(2):
            kill_while_reading(app, pulse)
            pulse.start()
            assert_speech_heard(
                app, pulse, tmp_path / f"round{round_}.raw", f"in round {round_} after the server came back"
            )
        answer = app.ask("state")
        assert answer["audio_processes"] >= 3, answer  # a new audio process after each loss


def test_no_server_at_start_then_one_appears(no_pulse_yet, tmp_path):
    pulse = no_pulse_yet
    with running_app(pulse.env) as app:  # the server's socket does not exist yet
        play_says_there_is_no_sound(app)
        appears(pulse)
        assert_speech_heard(app, pulse, tmp_path / "late.raw", "once a sound server appeared")


def test_the_server_killed_while_saving_audio(pulse, tmp_path):
    out = tmp_path / "hela.wav"
    with running_app(pulse.env) as app:
        assert app.ask(f"export {out}")["started"]
        app.ask("play")  # reading aloud at the same time
        app.wait_for(lambda a: a["played"] > 0, 20, "reading aloud did not start")
        pulse.kill()
        app.wait_for(lambda a: a["state"] == "stopped", 20, "reading did not stop")
        app.ask("escape")
        app.ask("play")
        answer = app.wait_for(lambda a: a["export"] is not None, 120, "the export did not finish")
        assert answer["export"] == "ExportResult", answer
        assert out.stat().st_size > 1_000_000
        assert out.read_bytes()[:4] == b"RIFF"
        assert app.alive()


def test_the_server_killed_during_the_public_computer_warning(pulse, tmp_path):
    with running_app(pulse.env, kiosk=True) as app:
        app.ask("play")
        app.wait_for(lambda a: a["played"] > 0, 20, "reading aloud did not start")
        app.ask("idle 300 6000")  # idle in 0.3 s, then a 6 s spoken warning
        app.wait_for(lambda a: a["section"] == "notice" and a["played"] > 0, 20, "the warning was not spoken")
        pulse.kill()
        answer = app.wait_for(lambda a: a["resets"] >= 1, 30, "no reset at the end of the warning")
        assert app.alive(), app.stderr()
        assert answer["state"] == "stopped"
        app.ask("idle 600000 600000")  # no second warning while the next visitor listens
        app.ask("escape")  # nor one the short idle may have begun since the reset
        app.wait_for(lambda a: a["state"] == "stopped", 10, "a second warning went on reading")
        pulse.start()
        assert_speech_heard(app, pulse, tmp_path / "next-visitor.raw", "for the next visitor")


# -- the audio process started ahead of the first Läs upp (as the app's start does) ------------


def warmed(app: App) -> dict:
    """Ask for the audio process ahead of time; wait until it runs and had a moment to settle."""
    app.ask("warm")
    answer = app.wait_for(lambda a: a["audio_pid"] > 0, 20, "no audio process started ahead")
    time.sleep(1.0)
    return answer


def assert_still_the_one_started_ahead(app: App, waiting: dict) -> dict:
    """One audio process in all: the one started ahead did the reading."""
    answer = app.ask("state")
    assert answer["audio_processes"] == 1 and answer["audio_pid"] == waiting["audio_pid"], answer
    return answer


def test_started_ahead_with_no_server_then_one_appears_the_first_press_reads_aloud(no_pulse_yet, tmp_path):
    pulse = no_pulse_yet
    with running_app(pulse.env) as app:  # no sound server yet
        waiting = warmed(app)
        appears(pulse)
        assert_speech_heard(app, pulse, tmp_path / "first.raw", "at the first press once a server appeared")
        assert_still_the_one_started_ahead(app, waiting)


def test_started_ahead_it_holds_nothing_and_outlives_a_server_that_dies_and_comes_back(pulse, tmp_path):
    with running_app(pulse.env) as app:
        waiting = warmed(app)
        assert waiting["audio_pid"] not in pulse.client_pids(), "the waiting audio process is connected"
        assert pulse.streams() == 0, "the waiting audio process holds a playback stream"
        pulse.kill()
        pulse.start()
        assert_speech_heard(app, pulse, tmp_path / "first.raw", "at the first press")
        answer = assert_still_the_one_started_ahead(app, waiting)
        assert answer["audio_pid"] in pulse.client_pids()  # the press connected it


def test_started_ahead_with_no_sound_at_all_the_first_press_says_so(no_pulse_yet):
    with running_app(no_pulse_yet.env) as app:  # the server's socket does not exist
        warmed(app)
        play_says_there_is_no_sound(app)
        assert app.alive()


def test_the_audio_process_started_ahead_killed_before_the_first_press(pulse, tmp_path):
    with running_app(pulse.env) as app:
        waiting = warmed(app)
        os.kill(waiting["audio_pid"], signal.SIGKILL)
        app.wait_for(lambda a: a["audio_pid"] == 0, 20, "the app did not notice its audio process ended")
        assert_speech_heard(app, pulse, tmp_path / "first.raw", "at the first press")
        answer = app.ask("state")
        assert answer["audio_processes"] == 2, answer
        assert "Ljudet slutade" not in answer["status"] and "ljudutgång" not in answer["status"], answer


def test_started_ahead_on_a_public_computer_every_visitor_hears_it(pulse, tmp_path):
    with running_app(pulse.env, kiosk=True) as app:
        waiting = warmed(app)
        app.ask("idle 600000 600000")  # no idle warning while the visitors listen
        assert app.ask("visitor")["resets"] == 1  # Ny besökare before anyone listened
        assert_speech_heard(app, pulse, tmp_path / "first-visitor.raw", "for the first visitor")
        assert app.ask("visitor")["resets"] == 2
        assert_speech_heard(app, pulse, tmp_path / "second-visitor.raw", "for the next visitor")
        assert_still_the_one_started_ahead(app, waiting)
