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
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

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
    ctl = ReadingController(engine, QtAudioOut())
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
    exe = shutil.which("pulseaudio")
    if exe is None or shutil.which("parec") is None or shutil.which("pactl") is None:
        pytest.skip("PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    runtime = tmp_path / "pulse-runtime"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    env = dict(os.environ)
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        PULSE_RUNTIME_PATH=str(runtime),
        PULSE_STATE_PATH=str(tmp_path / "pulse-state"),
        PULSE_SERVER=f"unix:{socket}",
    )
    env.pop("PULSE_COOKIE", None)
    server = subprocess.Popen(
        [
            exe,
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
            "--load=module-null-sink sink_name=rec rate=16000 channels=1",
            "--load=module-always-sink",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 10
    while time.time() < deadline:
        if server.poll() is not None:
            reason = server.stderr.read().decode(errors="replace")[-300:]
            pytest.skip(f"PulseAudio cannot run here: {reason.strip()}")
        ok = subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0
        if ok:
            break
        time.sleep(0.1)
    else:
        server.kill()
        pytest.skip("PulseAudio did not start within 10 s")
    subprocess.run(["pactl", "set-default-sink", "rec"], env=env, check=False)
    try:
        yield env
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


def test_play_gives_speech_pause_and_stop_give_silence_within_300_ms(pulse, tmp_path):
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
            [sys.executable, "-c", CHILD, str(ROOT)],
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
    assert speaking > 500, f"no speech energy while reading (rms {speaking:.0f})"
    # "Silence" is judged against the speech level: the recording's start is estimated
    # from the wall clock, which can be off by a few milliseconds on a busy machine and
    # let the edge of a word into a window; real sound after Pause or Stop is far louder.
    quiet = max(50.0, speaking * 0.05)
    assert before < quiet, f"noise before Play (rms {before:.0f})"
    assert paused < quiet, f"sound went on after Pause (rms {paused:.0f})"
    assert resumed > 500, f"no speech after Resume (rms {resumed:.0f})"
    assert after < quiet, f"sound went on after Stop (rms {after:.0f}, while reading {speaking:.0f})"
