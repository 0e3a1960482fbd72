"""End to end through a real audio server: Play gives speech, Pause and Stop give silence at once.

The test starts its own PulseAudio with a null sink, runs the reader's
speech (real eSpeak NG, Qt Multimedia output, the reading controller) in a
child process connected to it, and records the sink's monitor with parec.
Skipped, with the reason, only where PulseAudio cannot run.
"""

from __future__ import annotations

import array
import concurrent.futures
import json
import math
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pulse_server import running_or_skipped

pytestmark = pytest.mark.audio
ROOT = Path(__file__).resolve().parent.parent
RATE = 16000

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication([])
    from reader.content.loader import load_pack
    from reader.speech.controller import ReadingController
    from reader.speech.player import QtAudioOut
    from reader.speech.service import create_engine
    root = Path(sys.argv[1])
    doc = load_pack(root / "content").document
    engine = create_engine(root / "content")
    engine.check().result()
    out = QtAudioOut()
    if sys.argv[2] == "ahead":
        out.prepare()  # as the app's start does: the audio process waits for the first Läs upp
    ctl = ReadingController(engine, out)
    ctl.set_section(doc.sections[1])
    times = {}
    first = []
    ctl.first_audio.connect(lambda: first.append(time.time()))
    # Each step waits for what the one before it started (the device's clock, not a fixed
    # time): on a busy machine the first audio can come seconds after Play.
    step = {"name": "play", "mark": 0}
    def played_s():
        return (out.played_bytes() - step["mark"]) / (2 * (out.sample_rate or 22050))
    def play():
        times["play"] = time.time()
        ctl.play(from_sentence=1)
        watch.start(20)
    def resume():
        step["name"], step["mark"] = "resumed", out.played_bytes()
        times["resume"] = time.time()
        ctl.resume()
    def follow():
        now, name = time.time(), step["name"]
        if name in ("play", "resumed") and played_s() > 0:  # the device plays (again)
            times["sounding" if name == "play" else "sounding_again"] = now
            step["name"], step["mark"] = "speaking" if name == "play" else "speaking_again", out.played_bytes()
        elif name == "speaking" and played_s() >= 1.5:
            step["name"] = "paused"
            times["pause"] = time.time()
            ctl.pause()
            QTimer.singleShot(1000, resume)
        elif name == "speaking_again" and played_s() >= 1.2:
            step["name"] = "stopped"
            watch.stop()
            times["stop"] = time.time()
            ctl.stop()
            times["stopped"] = time.time()
            QTimer.singleShot(1200, done)
    watch = QTimer()
    watch.timeout.connect(follow)
    def done():
        if "done" in times:
            return
        times["done"] = time.time()
        times["step"] = step["name"]
        times["first_audio"] = first[0] if first else None
        times["audio_processes"] = out.processes_started
        print(json.dumps(times), flush=True)
        ctl.shutdown()
        engine.shutdown()
        app.quit()
    QTimer.singleShot(400, play)
    QTimer.singleShot(60_000, done)  # a step never came: say which
    app.exec()
    """
)


def _watching(child: subprocess.Popen, look, timeout: float) -> tuple[str, str]:
    """Wait for ``child`` to end, calling ``look`` every 50 ms meanwhile; its stdout and stderr."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        output = pool.submit(child.communicate, timeout=timeout)
        while not output.done():
            look()
            time.sleep(0.05)
        return output.result()


def _rms(samples) -> float:
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


@pytest.fixture
def pulse(tmp_path):
    with running_or_skipped(tmp_path) as server:
        yield server.env


@pytest.mark.parametrize("start", ["at_play", "ahead"])
def test_play_gives_speech_pause_and_stop_give_silence_within_300_ms(pulse, tmp_path, start):
    """``ahead``: the audio process was started before Play, as the app's start does."""
    record = tmp_path / "monitor.raw"
    with record.open("wb") as sink_file:
        parec = subprocess.Popen(
            [
                "parec",
                "--device=rec.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
                "--raw",
            ],
            env=pulse,
            stdout=sink_file,
        )
        deadline = time.time() + 10
        while record.stat().st_size < RATE and time.time() < deadline:  # wait for data to flow
            time.sleep(0.05)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ROOT), start],
            env={**pulse, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # parec delivers the monitor in real time, or late when the machine is busy (never
        # early): at any moment the recording's start is at most now - its length. The
        # smallest of these, looked at all through the run, is the best estimate (its start-up
        # delay varies, so the moment it started is not a good reference).
        origin = float("inf")

        def look() -> None:
            nonlocal origin
            size = record.stat().st_size
            origin = min(origin, time.time() - size // 2 / RATE)

        try:
            out, err = _watching(child, look, timeout=120)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(10)
        assert child.returncode == 0, err[-2000:]
        times = json.loads(out.strip().splitlines()[-1])
        # record on until the last window (1 s after Stop) is in the file
        deadline = time.time() + 15
        while time.time() < deadline:
            look()
            if origin + record.stat().st_size // 2 / RATE > times.get("stop", 0) + 1.2:
                break
            time.sleep(0.05)
        parec.terminate()
        parec.wait(5)
    assert times["step"] == "stopped", f"the reading never got past '{times['step']}': {times}"
    samples = array.array("h")
    samples.frombytes(record.read_bytes()[: (record.stat().st_size // 2) * 2])
    assert origin < times["play"] - 0.3, "the recording started after the reading"

    def window(t0: float, t1: float):
        a = max(0, int((t0 - origin) * RATE))
        b = max(a, int((t1 - origin) * RATE))
        return samples[a:b]

    before = _rms(window(times["play"] - 0.3, times["play"] - 0.05))
    speaking = _rms(window(times["sounding"] + 0.3, times["pause"] - 0.1))
    paused = _rms(window(times["pause"] + 0.3, times["resume"] - 0.1))
    resumed = _rms(window(times["sounding_again"] + 0.3, times["stop"] - 0.1))
    after = _rms(window(times["stop"] + 0.3, times["stop"] + 1.0))
    assert times["first_audio"] is not None
    assert times["audio_processes"] == 1
    assert speaking > 500, f"no speech energy while reading (rms {speaking:.0f})"
    # "Silence" is judged against the speech level: the recording's start is estimated
    # from the wall clock, which can be off by a few milliseconds (up to a tenth of a second
    # on a busy machine, so each window ends 0.1 s before the next step) and let the edge of
    # a word into a window; real sound after Pause or Stop is far louder.
    quiet = max(50.0, speaking * 0.05)
    assert before < quiet, f"noise before Play (rms {before:.0f})"
    assert paused < quiet, f"sound went on after Pause (rms {paused:.0f})"
    assert resumed > 500, f"no speech after Resume (rms {resumed:.0f})"
    assert after < quiet, f"sound went on after Stop (rms {after:.0f}, while reading {speaking:.0f})"


READ_TO_END = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication([])
    from reader.content.loader import build_section
    from reader.speech.controller import ReadingController, State
    from reader.speech.player import QtAudioOut
    from reader.speech.service import create_engine
    root = Path(sys.argv[1])
    first = build_section("kort", "", sys.argv[2])
    second = build_section("lang", "", sys.argv[3])
    engine = create_engine(root / "content")
    engine.check().result()
    out = QtAudioOut()
    ctl = ReadingController(engine, out, next_section=lambda s: second if s is first else None)
    ctl.stall_s = 60.0  # the watchdog must not be what ends it: the clock itself must reach the end
    events = []
    ctl.section_entered.connect(lambda s: events.append(["entered", s.id, time.time()]))
    ctl.state_changed.connect(lambda s: events.append(["state", s.value, time.time()]))
    ctl.highlight.connect(lambda *v: events.append(["highlight", list(v), time.time()]))
    def check():
        if ctl.state == State.ENDED:
            time.sleep(0.3)
            app.processEvents()
            print(json.dumps({"events": events, "state": ctl.state.value, "timer": ctl.ticking,
                              "section": ctl.section.id}), flush=True)
            ctl.shutdown(); engine.shutdown(); app.quit()
    poll = QTimer(); poll.timeout.connect(check); poll.start(50)
    ctl.set_section(first)
    QTimer.singleShot(300, lambda: ctl.play(0))
    QTimer.singleShot(90_000, lambda: (print(json.dumps({"events": events, "state": ctl.state.value}), flush=True), app.quit()))
    app.exec()
    """
)
SHORT_TEXT = "Hej."
LONG_TEXT = (
    "Helsingborg ska vara en stad där alla kan leva ett gott liv. "
    "Vi vill att barn och unga ska få en bra start i livet, i förskolan och i skolan. "
    "Äldre ska känna sig trygga, både hemma och i vården. "
    "Staden ska ta hand om pengarna och använda dem där de gör mest nytta. "
    "Det ska vara lätt att starta och driva företag, och det ska finnas jobb för fler."
)


def test_reading_ends_exactly_and_moves_on_with_the_real_audio_backend(pulse):
    """A short and a long text are read to their ends through PulseAudio: the short one's end
    moves the reading to the next section, the long one's end gives the finished state, the
    highlight is cleared and the tick timer stops (nothing keeps running)."""
    started = time.time()
    child = subprocess.run(
        [sys.executable, "-c", READ_TO_END, str(ROOT), SHORT_TEXT, LONG_TEXT],
        env={**pulse, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["state"] == "ended", f"reading never finished: {result['events'][-5:]}"
    assert "audio clock stopped" not in child.stderr, "the end came from the watchdog, not the clock"
    events = result["events"]
    entered = [e for e in events if e[0] == "entered"]
    assert [e[1] for e in entered] == ["lang"], "the end of the short text did not move on"
    states = [e[1] for e in events if e[0] == "state"]
    assert states[-1] == "ended" and "reading" in states
    assert result["section"] == "lang"
    assert not result["timer"], "the reading timer still runs after the end"
    words = [e for e in events if e[0] == "highlight" and e[1][2] >= 0 and e[2] > entered[0][2]]
    assert len(words) > 20, "the long text's words were not followed"
    highlights = [e for e in events if e[0] == "highlight"]
    assert highlights[-1][1] == [-1, -1, -1, -1], "the last word stays highlighted"
    # the long text takes seconds to say: it ended after it was heard, not at once
    ended_at = next(e[2] for e in reversed(events) if e[0] == "state" and e[1] == "ended")
    assert ended_at - entered[0][2] > 5.0
    assert time.time() - started < 100
