"""End to end through a real audio server: Play gives speech, Pause and Stop give silence at once.

The test starts its own PulseAudio with a null sink, runs the reader's
speech (real eSpeak NG, Qt Multimedia output, the reading controller) in a
child process connected to it, and records the sink's monitor with parec.
Skipped, with the reason, only where PulseAudio cannot run.
"""

from __future__ import annotations

import array
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
    def play():
        times["play"] = time.time()
        ctl.play(from_sentence=1)
    def pause():
        times["pause"] = time.time()
        ctl.pause()
    def resume():
        times["resume"] = time.time()
        ctl.resume()
    def stop():
        times["stop"] = time.time()
        ctl.stop()
        times["stopped"] = time.time()
    def done():
        times["first_audio"] = first[0] if first else None
        times["audio_processes"] = out.processes_started
        print(json.dumps(times), flush=True)
        ctl.shutdown()
        engine.shutdown()
        app.quit()
    QTimer.singleShot(400, play)
    QTimer.singleShot(1900, pause)
    QTimer.singleShot(2700, resume)
    QTimer.singleShot(3900, stop)
    QTimer.singleShot(5100, done)
    app.exec()
    """
)


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
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), start],
            env={**pulse, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        time.sleep(0.3)
        rec_end = time.time()
        parec.terminate()
        parec.wait(5)
    assert child.returncode == 0, child.stderr[-2000:]
    times = json.loads(child.stdout.strip().splitlines()[-1])
    samples = array.array("h")
    samples.frombytes(record.read_bytes()[: (record.stat().st_size // 2) * 2])
    # parec delivers the monitor in real time, so its last sample is "now" at rec_end
    # (its start-up delay varies, so the start is not a good reference)
    origin = rec_end - len(samples) / RATE
    assert origin < times["play"] - 0.3, "the recording started after the reading"

    def window(t0: float, t1: float):
        a = max(0, int((t0 - origin) * RATE))
        b = max(a, int((t1 - origin) * RATE))
        return samples[a:b]

    before = _rms(window(times["play"] - 0.3, times["play"] - 0.05))
    speaking = _rms(window(times["play"] + 0.3, times["pause"] - 0.1))
    paused = _rms(window(times["pause"] + 0.3, times["resume"]))
    resumed = _rms(window(times["resume"] + 0.3, times["stop"] - 0.1))
    after = _rms(window(times["stop"] + 0.3, times["stop"] + 1.0))
    assert times["first_audio"] is not None
    assert times["audio_processes"] == 1
    assert speaking > 500, f"no speech energy while reading (rms {speaking:.0f})"
    # "Silence" is judged against the speech level: the recording's start is estimated
    # from the wall clock, which can be off by a few milliseconds on a busy machine and
    # let the edge of a word into a window; real sound after Pause or Stop is far louder.
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
