"""The reading-aloud service on its own: no window, the fake driver and a fake output.

Help, the glossary and the public computer's warning read aloud through this one
service, so what it promises is tested here directly: speaking a text or a
section, stopping, saying why it cannot, saving an audio file and cancelling it.
"""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import pytest

from reader.content.loader import build_section
from reader.exports.audio import ExportCancelledError, ExportResult, texts_of
from reader.speech import reading_aloud as reading_aloud_module
from reader.speech.controller import State
from reader.speech.driver import VoiceInfo
from reader.speech.engine import SpeechEngine
from reader.speech.fake_driver import FakeDriver
from reader.speech.player import FakeAudioOut
from reader.speech.reading_aloud import ReadingAloud

TEXT = "Första meningen är här. Den andra meningen kommer sedan.\n\nEtt nytt stycke börjar. Det slutar nu."


class Rig:
    """A started service, its driver and output, and everything it said."""

    def __init__(
        self,
        qtbot,
        driver: FakeDriver | None = None,
        *,
        wait: bool = True,
        device: bool = True,
        out: FakeAudioOut | None = None,
    ):
        self.driver = driver or FakeDriver()
        self.out = out or FakeAudioOut()
        self.service = ReadingAloud(
            None,
            lambda: "",
            SpeechEngine(self.driver, inline=True),
            self.out,
            auto_tick=False,  # the test drives the clock
        )
        self.busy: list[bool] = []
        self.highlights: list[tuple[int, int, int, int]] = []
        self.states: list[State] = []
        self.service.busy_changed.connect(self.busy.append)
        self.service.controller.highlight.connect(lambda *a: self.highlights.append(a))
        self.service.controller.state_changed.connect(self.states.append)
        self.device = device
        if wait:
            with qtbot.waitSignal(self.service.ready, timeout=5000):
                self.service.start()

    def run(self, ms: int, step: int = 10) -> None:
        c = self.service.controller
        for _ in range(ms // step):
            c.tick()
            self.out.advance(step)
            c.tick()


@pytest.fixture
def rig(qtbot, monkeypatch):
    monkeypatch.setattr(reading_aloud_module, "device_probe", lambda: True)
    made: list[Rig] = []

    def make(**kw) -> Rig:
        r = Rig(qtbot, **kw)
        made.append(r)
        return r

    yield make
    for r in made:
        r.service.shutdown()


def test_speaking_a_section_highlights_each_sentence_in_order_and_ends(rig):
    r = rig()
    section = build_section("s", "", TEXT)
    assert r.service.speak(section) == ""
    assert r.service.is_busy() and r.busy == [True]
    assert r.service.is_reading(section)
    r.run(20_000)
    assert r.service.controller.state is State.ENDED
    assert not r.service.is_busy() and r.busy == [True, False]
    starts = []
    for s0, s1, w0, w1 in r.highlights:
        if s0 < 0:
            continue
        if not starts or starts[-1] != s0:
            starts.append(s0)
        if w0 >= 0:  # the word heard lies in the sentence read
            assert s0 <= w0 < w1 <= s1
    assert starts == [s.start for s in section.sentences]
    assert r.out.played  # audio went to the output
    assert [s.text for s in section.sentences] == r.driver.calls[: len(section.sentences)]


def test_a_short_text_is_read_as_its_own_notice(rig):
    r = rig()
    assert r.service.speak("Är du kvar? Tryck på en tangent.") == ""
    assert r.service.is_reading_notice()
    assert r.service.controller.section.text == "Är du kvar? Tryck på en tangent."
    assert r.service.speak("   ") == ""  # nothing to read: nothing changes
    assert r.service.controller.state is State.READING


def test_stop_ends_the_reading_and_the_service_is_no_longer_busy(rig):
    r = rig()
    section = build_section("s", "", TEXT)
    r.service.speak(section)
    r.run(500)
    other = build_section("o", "", "Något annat.")
    r.service.stop(only=other)  # help closing stops only its own page
    assert r.service.is_busy()
    r.service.stop()
    assert r.service.controller.state is State.STOPPED
    assert not r.service.is_busy() and r.busy == [True, False]
    assert r.highlights[-1] == (-1, -1, -1, -1)  # the highlight is cleared


def test_a_notice_breaks_in_and_the_reading_goes_on_where_it_was(rig):
    r = rig()
    section = build_section("s", "", TEXT)
    r.service.speak(section)
    r.run(2500)
    index = r.service.controller.index
    assert index > 0
    r.service.speak("Är du kvar?", interrupting=True)
    assert r.service.is_reading_notice()
    r.run(200)
    r.service.end_notice(back_to=section)
    c = r.service.controller
    assert c.section is section and c.index == index and c.state is State.READING


def test_no_engine_gives_the_reason_in_swedish(rig, qtbot):
    reason = "Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas."
    r = rig(driver=FakeDriver(unavailable=reason), wait=False)
    with qtbot.waitSignal(r.service.unavailable, timeout=5000) as said:
        r.service.start()
    assert said.args == [reason]
    assert not r.service.available and r.service.unavailable_reason == reason
    assert r.service.speak("Hej.") == reason
    assert not r.service.is_busy() and r.busy == []


def test_no_swedish_voice_is_said_plainly(rig, qtbot):
    class EnglishOnly(FakeDriver):
        def voices(self) -> list[VoiceInfo]:
            return [VoiceInfo("en", "en", "English", "fake")]

    r = rig(driver=EnglishOnly(), wait=False)
    with qtbot.waitSignal(r.service.unavailable, timeout=5000) as said:
        r.service.start()
    assert "ingen svensk röst" in said.args[0]


def test_before_the_engine_answers_reading_aloud_is_not_ready(rig):
    r = rig(wait=False)
    assert r.service.speak("Hej.") == "Uppläsningen är inte klar än."


def test_no_audio_device_is_found_once_at_the_first_need(rig, monkeypatch, qtbot):
    r = rig()
    asked: list[bool] = []
    monkeypatch.setattr(reading_aloud_module, "device_probe", lambda: asked.append(True) or False)
    said: list[str] = []
    r.service.no_device.connect(said.append)
    assert "ingen ljudutgång" in r.service.speak("Hej.")
    assert "ingen ljudutgång" in r.service.speak("Hej igen.")
    assert asked == [True] and len(said) == 1  # Qt Multimedia is asked once
    assert r.service.controller.state is State.STOPPED


def test_prefetch_has_the_sentence_and_the_next_ready_only_while_stopped(rig):
    r = rig()
    section = build_section("s", "", TEXT)
    r.service.prefetch(section, 1)
    assert r.driver.calls == [section.sentences[1].text, section.sentences[2].text]
    r.service.speak(section)
    before = len(r.driver.calls)
    r.service.prefetch(section, 3)
    assert len(r.driver.calls) == before


def _wav_frames(path: Path) -> int:
    with wave.open(str(path)) as w:
        return w.getnframes()


def test_an_export_job_writes_the_file_on_a_worker_and_reports_back(rig, qtbot, tmp_path):
    r = rig()
    section = build_section("s", "", TEXT)
    target = tmp_path / "avsnitt.wav"
    progress: list[tuple[int, int]] = []
    r.service.export_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(r.service.export_finished, timeout=20_000) as finished:
        assert r.service.start_export(texts_of([section]), target)
        assert r.service.export_running() and r.service.is_busy()
        assert not r.service.start_export(texts_of([section]), tmp_path / "andra.wav")  # one at a time
    result = finished.args[0]
    assert isinstance(result, ExportResult) and result.path == target
    assert result.sentences == len(section.sentences)
    assert _wav_frames(target) > 0
    assert progress[-1] == (len(section.sentences), len(section.sentences))
    assert not r.service.export_running() and not r.service.is_busy()
    assert r.busy == [True, False]
    assert [p.name for p in tmp_path.iterdir()] == ["avsnitt.wav"]


def test_a_cancelled_export_leaves_no_file(rig, qtbot, tmp_path):
    started = threading.Event()

    class Slow(FakeDriver):
        def synthesise(self, text, **kw):
            if len(self.calls) >= 2:
                started.set()
            time.sleep(0.02)
            return super().synthesise(text, **kw)

    r = rig(driver=Slow())
    texts = texts_of([build_section("s", "", TEXT)]) * 50
    target = tmp_path / "hela.wav"
    with qtbot.waitSignal(r.service.export_finished, timeout=20_000) as finished:
        assert r.service.start_export(texts, target)
        assert started.wait(10)
        r.service.cancel_export()
    assert isinstance(finished.args[0], ExportCancelledError)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_after_shutdown_nothing_reaches_the_engine(rig, qtbot):
    r = rig(wait=False)
    r.service.start()  # its answer is queued: it arrives after the shutdown and is dropped
    r.service.shutdown()
    qtbot.wait(50)
    assert not r.service.available
    assert r.service.speak("Hej.") != ""
    r.service.prefetch(build_section("s", "", TEXT), 0)
    assert r.driver.calls == []
    r.service.shutdown()  # twice is harmless


# -- getting the audio output ready ahead of the first Läs upp (the app's start asks) ----------


class PreparableOut(FakeAudioOut):
    """The fake output, with the real one's ``prepare`` counted."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared = 0

    def prepare(self) -> None:
        self.prepared += 1


def test_warm_up_prepares_the_output_once_the_delay_has_passed(rig, qtbot):
    r = rig(out=PreparableOut())
    r.service.warm_up(200)
    qtbot.wait(50)
    assert r.out.prepared == 0, "prepared before the app had its moment"
    qtbot.waitUntil(lambda: r.out.prepared == 1, timeout=5000)


def test_warm_up_before_the_engine_answers_waits_until_it_says_this_computer_can_speak(rig, qtbot):
    r = rig(wait=False, out=PreparableOut())
    r.service.warm_up(0)
    qtbot.wait(100)
    assert r.out.prepared == 0, "an audio process for a computer that may not speak"
    with qtbot.waitSignal(r.service.ready, timeout=5000):
        r.service.start()
    qtbot.waitUntil(lambda: r.out.prepared == 1, timeout=5000)
    qtbot.wait(100)
    assert r.out.prepared == 1


def test_without_warm_up_the_output_is_never_prepared(rig, qtbot):
    """What every window built outside the app's start (the tests') gets: no process ahead."""
    r = rig(out=PreparableOut())
    qtbot.wait(300)
    assert r.out.prepared == 0


def test_no_warm_up_after_shutdown_or_where_reading_aloud_cannot_work(rig, qtbot):
    r = rig(out=PreparableOut())
    r.service.warm_up(50)
    r.service.shutdown()
    reason = "Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas."
    broken = rig(driver=FakeDriver(unavailable=reason), wait=False, out=PreparableOut())
    with qtbot.waitSignal(broken.service.unavailable, timeout=5000):
        broken.service.start()
    broken.service.warm_up(0)
    qtbot.wait(300)
    assert r.out.prepared == 0 and broken.out.prepared == 0


def test_warm_up_leaves_an_output_without_prepare_alone_and_survives_a_failing_one(rig, qtbot):
    class Failing(FakeAudioOut):
        def prepare(self) -> None:
            raise OSError("no processes left")

    r = rig()
    r.service.warm_up(0)  # the plain fake output has no prepare
    failing = rig(out=Failing())
    failing.service.warm_up(0)
    qtbot.wait(100)
    assert failing.service.speak("Hej.") == ""  # reading aloud works as it always did
