"""The audio process and its pipe, without a sound server: what the app does when it dies or
goes silent, and what the process does with the app's commands (a stand-in sink).

tests/test_sound_server_loss.py does the same with a real PulseAudio that is killed.
"""

from __future__ import annotations

import sys
import time

import pytest

from reader.speech import audio_protocol as proto
from reader.speech.audio_child import STILL_S, ChildPlayer
from reader.speech.audio_process import AudioProcessOut
from reader.speech.driver import SpeechUnavailableError
from reader.speech.output_messages import no_device_message, sound_lost_message

RATE = 16000


def wait_for_problem(qapp, out: AudioProcessOut, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        qapp.processEvents()
        try:
            out.bytes_free()
        except SpeechUnavailableError as exc:
            return exc.message_sv
        time.sleep(0.01)
    raise AssertionError("the output never said the sound went away")


def ready_output(qapp, script: str) -> AudioProcessOut:
    """An output whose audio process is ``script``, opened and (once it says so) taking audio."""
    out = AudioProcessOut(command=[sys.executable, "-c", script])
    out.open(RATE)
    deadline = time.monotonic() + 20
    while out.bytes_free() == 0 and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    return out


def test_an_audio_process_that_aborts_at_once_is_a_message_not_a_crash(qapp):
    crash = [sys.executable, "-c", "import os; os.abort()"]
    out = AudioProcessOut(command=crash)
    out.open(RATE)
    assert wait_for_problem(qapp, out) == no_device_message()  # it never played: no sound here
    # said once; the next use starts a new process (a server that came back is found)
    assert out.bytes_free() == 0
    assert out.processes_started == 2
    out.close()


def test_an_audio_process_that_dies_while_playing_says_the_sound_stopped(qapp):
    # answers "ready", takes audio, then dies in the middle as Qt's PulseAudio client does
    script = "import os, sys\nos.write(1, b'ready\\n')\nsys.stdin.buffer.read(200)\nos.abort()\n"
    out = ready_output(qapp, script)
    assert out.write(bytes(1000)) == 1000
    assert wait_for_problem(qapp, out) == sound_lost_message()
    assert not out.running
    out.close()


def test_a_silent_process_is_given_up(qapp, monkeypatch):
    from reader.speech import audio_process

    monkeypatch.setattr(audio_process, "START_TIMEOUT_S", 0.5)
    out = AudioProcessOut(command=[sys.executable, "-c", "import time; time.sleep(60)"])
    out.open(RATE)
    assert wait_for_problem(qapp, out, timeout=10) == no_device_message()
    out.close()


class StandInSink:
    """Plays only when told to (``advance``); can freeze like Qt's sink whose server died."""

    def __init__(self) -> None:
        self.sample_rate = 0
        self.buffer_ms = 0
        self.buffered = 0
        self.clock = 0
        self.frozen = False
        self.volume = 1.0

    def open(self, rate: int) -> None:
        self.sample_rate = rate

    def bytes_free(self) -> int:
        return max(0, 3200 - self.buffered)

    def write(self, data: bytes) -> int:
        n = min(len(data), self.bytes_free())
        self.buffered += n
        return n

    def advance(self, n: int) -> None:
        if not self.frozen:
            n = min(n, self.buffered)
            self.buffered -= n
            self.clock += n

    def played_bytes(self) -> int:
        return self.clock

    def drained(self) -> bool:
        return self.buffered == 0

    def failed(self) -> bool:
        return False

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def reset(self) -> None:
        self.buffered = self.clock = 0

    def set_volume(self, volume: float) -> None:
        self.volume = volume


def make_player(qapp):
    sink, reports, left = StandInSink(), [], []
    player = ChildPlayer(sink, reports.append, leave=left.append)
    now = [100.0]
    player.monotonic = lambda: now[0]
    return player, sink, reports, left, now


def send(player: ChildPlayer, command: bytes, payload: bytes = b"") -> None:
    player.inbox.append((command, payload))
    player.pump()


def test_the_process_plays_reports_its_clock_and_drops_old_audio(qapp):
    player, sink, reports, left, _ = make_player(qapp)
    send(player, proto.OPEN, proto.OPEN_ARGS.pack(RATE, 100, 0.5))
    assert reports == [proto.READY] and sink.volume == 0.5 and sink.buffer_ms == 100
    send(player, proto.RESET, proto.GENERATION.pack(1))
    send(player, proto.WRITE, proto.GENERATION.pack(1) + bytes(8000))
    assert sink.buffered == 3200  # the rest waits in the process
    sink.advance(1600)
    player.pump()
    assert reports[-1] == "clock 1 8000 1600 0"
    # audio of an older generation (sent before a stop) is never played
    send(player, proto.RESET, proto.GENERATION.pack(2))
    send(player, proto.WRITE, proto.GENERATION.pack(1) + bytes(4000))
    assert sink.buffered == 0 and not player.pending
    send(player, proto.WRITE, proto.GENERATION.pack(2) + bytes(2000))
    sink.advance(2000)
    player.pump()
    assert reports[-1] == "clock 2 2000 2000 1"  # all heard: idle
    assert left == []


def test_a_clock_that_stands_still_while_audio_waits_is_a_lost_server(qapp):
    player, sink, reports, left, now = make_player(qapp)
    send(player, proto.OPEN, proto.OPEN_ARGS.pack(RATE, 100, 1.0))
    send(player, proto.RESET, proto.GENERATION.pack(1))
    send(player, proto.WRITE, proto.GENERATION.pack(1) + bytes(16000))
    sink.advance(1000)
    player.pump()
    sink.frozen = True  # the server is gone: Qt's clock stops, with no error
    now[0] += STILL_S / 2
    player.pump()
    assert left == []
    now[0] += STILL_S
    player.pump()
    assert left == [0] and reports[-1].startswith(proto.LOST)


@pytest.mark.parametrize("paused", [True, False])
def test_a_pause_or_the_end_is_not_a_lost_server(qapp, paused):
    player, sink, _reports, left, now = make_player(qapp)
    send(player, proto.OPEN, proto.OPEN_ARGS.pack(RATE, 100, 1.0))
    send(player, proto.RESET, proto.GENERATION.pack(1))
    send(player, proto.WRITE, proto.GENERATION.pack(1) + bytes(2000 if not paused else 16000))
    sink.advance(2000)
    player.pump()
    if paused:
        send(player, proto.PAUSE)
    for _ in range(5):
        now[0] += STILL_S
        player.pump()
    assert left == []


def test_the_end_of_the_pipe_ends_the_process(qapp):
    player, _, _, left, _ = make_player(qapp)
    player.inbox.append(None)
    player.pump()
    assert left == [0]


def test_a_sink_that_is_slow_to_go_on_after_a_pause_is_not_a_lost_server(qapp):
    """After a pause (or a stop) a sound server can take a second to play again: the clock
    has to move once before it can be found standing still."""
    player, sink, reports, left, now = make_player(qapp)
    send(player, proto.OPEN, proto.OPEN_ARGS.pack(RATE, 100, 1.0))
    send(player, proto.RESET, proto.GENERATION.pack(1))
    send(player, proto.WRITE, proto.GENERATION.pack(1) + bytes(32000))
    sink.advance(1000)
    player.pump()
    send(player, proto.PAUSE)
    send(player, proto.RESUME)
    sink.frozen = True  # not playing yet
    for _ in range(4):
        now[0] += STILL_S
        player.pump()
    assert left == []
    sink.frozen = False
    sink.advance(1000)  # it plays again ...
    player.pump()
    sink.frozen = True  # ... and then the server goes away
    now[0] += STILL_S * 1.5
    player.pump()
    assert left == [0] and reports[-1].startswith(proto.LOST)


def test_an_audio_process_that_stops_answering_is_replaced(qapp, monkeypatch):
    """Qt can wait forever on a sound server that stopped answering (SIGSTOP): the process says
    nothing more while audio waits; it is ended, the reader told, and the next use starts anew."""
    from reader.speech import audio_process

    monkeypatch.setattr(audio_process, "SILENT_S", 0.5)
    script = "import os, time\nos.write(1, b'ready\\n')\ntime.sleep(60)\n"
    out = ready_output(qapp, script)
    assert out.write(bytes(1000)) == 1000
    assert wait_for_problem(qapp, out, timeout=10) == sound_lost_message()
    assert not out.running
    out.close()


# -- started ahead of the first Läs upp (``prepare``) ----------------------------------------

# A stand-in audio process that notes every command it is given and answers OPEN as the real one.
NOTING = """
import os, struct, sys
log = open(sys.argv[1], "ab", buffering=0)
while True:
    header = sys.stdin.buffer.read(5)
    if len(header) < 5:
        break
    command, length = struct.unpack("<cI", header)
    if length:
        sys.stdin.buffer.read(length)
    log.write(command)
    if command == b"O":
        os.write(1, b"ready\\n")
"""


def noted(path, qapp, seconds: float = 0.0) -> bytes:
    deadline = time.monotonic() + seconds
    while True:
        qapp.processEvents()
        if time.monotonic() >= deadline:
            return path.read_bytes() if path.exists() else b""
        time.sleep(0.01)


def wait_until_taking_audio(qapp, out: AudioProcessOut, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while out.bytes_free() == 0:
        assert time.monotonic() < deadline, "the output never took audio"
        qapp.processEvents()
        time.sleep(0.01)


def test_a_prepared_process_waits_and_opens_the_sink_only_when_asked(qapp, tmp_path):
    log = tmp_path / "commands"
    out = AudioProcessOut(command=[sys.executable, "-c", NOTING, str(log)])
    out.prepare()
    out.prepare()  # once is enough
    assert out.running and out.processes_started == 1
    assert proto.OPEN not in noted(log, qapp, 1.0), "the waiting process was told to open a device"
    assert out.bytes_free() == 0  # nothing to play yet, and nothing to complain about
    out.reset()  # Stoppa before the first Läs upp reaches it too, as to any process
    out.open(RATE)
    wait_until_taking_audio(qapp, out)
    assert out.write(bytes(1000)) == 1000
    assert out.processes_started == 1, "the first open did not use the waiting process"
    commands = noted(log, qapp, 0.3)
    assert commands.count(proto.OPEN) == 1 and commands.endswith(proto.WRITE)
    out.close()


def test_a_prepared_process_that_died_while_waiting_is_replaced_without_a_word(qapp, tmp_path):
    import os
    import signal

    out = AudioProcessOut(command=[sys.executable, "-c", NOTING, str(tmp_path / "commands")])
    out.prepare()
    deadline = time.monotonic() + 20
    while not out.pid() and time.monotonic() < deadline:
        qapp.processEvents()
    os.kill(out.pid(), signal.SIGKILL)
    while out.running and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert not out.running
    out.open(RATE)  # the first Läs upp: no message, a new process
    wait_until_taking_audio(qapp, out)
    assert out.processes_started == 2
    out.close()


def test_preparing_after_the_process_ended_makes_the_next_open_open_the_sink(qapp, tmp_path):
    """After a reading the output knows a rate; a process prepared then must still be told to
    open (an open at the same rate is otherwise nothing to do)."""
    import os
    import signal

    log = tmp_path / "commands"
    out = AudioProcessOut(command=[sys.executable, "-c", NOTING, str(log)])
    out.open(RATE)
    wait_until_taking_audio(qapp, out)
    os.kill(out.pid(), signal.SIGKILL)  # ended while nothing was playing
    deadline = time.monotonic() + 20
    while out.running and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    out.prepare()
    out.open(RATE)
    wait_until_taking_audio(qapp, out)
    assert out.processes_started == 2
    assert noted(log, qapp, 0.3).count(proto.OPEN) == 2
    out.close()


def test_a_waiting_real_audio_process_contacts_no_sound_server_until_opened(qapp, tmp_path, monkeypatch):
    """The real audio process, started ahead with no sound server at all: it waits quietly (it
    has not looked for one), and the first open says there is no audio output, as before."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("PULSE_SERVER", f"unix:{runtime / 'none'}")  # no server is there
    monkeypatch.setenv("PULSE_RUNTIME_PATH", str(runtime))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("PULSE_STATE_PATH", str(tmp_path / "state"))
    out = AudioProcessOut()
    out.prepare()
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline:
        qapp.processEvents()
        assert out.bytes_free() == 0  # raises if the process said "no device" on its own
        time.sleep(0.02)
    assert out.running, "the waiting audio process ended by itself"
    out.open(RATE)
    assert wait_for_problem(qapp, out) == no_device_message()
    out.close()
