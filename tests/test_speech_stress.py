"""200 rapid play/stop/skip cycles with the real engine thread: no hang, no crash, no stray audio."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from reader.content.loader import load_pack
from reader.speech.controller import ReadingController, State
from reader.speech.player import FakeAudioOut
from reader.speech.service import create_engine

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine():
    eng = create_engine(ROOT / "content")
    try:
        eng.check().result(timeout=30)
    except Exception as exc:  # pragma: no cover - the wheel ships eSpeak NG
        eng.shutdown()
        pytest.skip(f"no speech engine: {exc}")
    yield eng
    eng.shutdown()


def _pump(ctl, out, ms: int) -> None:
    """Let the engine thread work while the controller ticks and the output plays."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        ctl.tick()
        out.advance(5)
        time.sleep(0.001)


def test_200_rapid_cycles(engine, qapp):
    document = load_pack(ROOT / "content").document
    out = FakeAudioOut()
    ctl = ReadingController(engine, out, next_section=lambda s: None, auto_tick=False)
    rng = random.Random(4)
    actions = [
        ctl.next_sentence,
        ctl.previous_sentence,
        ctl.next_paragraph,
        ctl.previous_paragraph,
        ctl.pause,
        ctl.resume,
        ctl.toggle,
    ]
    started = time.monotonic()
    heard = 0
    for cycle in range(200):
        section = document.sections[cycle % len(document.sections)]
        ctl.set_section(section)
        ctl.play(from_sentence=rng.randrange(len(section.sentences)))
        for _ in range(rng.randrange(1, 4)):
            rng.choice(actions)()
            _pump(ctl, out, rng.choice((0, 1, 5, 20)))
        if cycle % 20 == 0:  # now and then, let it really speak
            _pump(ctl, out, 150)
        ctl.stop()
        assert ctl.state is State.STOPPED
        assert len(out.buffered) == 0
        played = len(out.played)
        writes = out.writes
        _pump(ctl, out, 2)  # late results from the engine thread must not be played
        assert len(out.played) == played and out.writes == writes, f"stray audio after stop (cycle {cycle})"
        heard = played
    assert heard > 0, "nothing was ever played"
    # the engine thread still answers promptly: it is not stuck behind abandoned work
    t0 = time.monotonic()
    ctl.set_section(document.sections[0])
    ctl.play()
    deadline = t0 + 10
    while not out.buffered and time.monotonic() < deadline:
        _pump(ctl, out, 5)
    assert out.buffered or len(out.played) > heard
    ctl.stop()
    assert time.monotonic() - started < 120
