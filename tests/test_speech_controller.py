"""The reading state machine against a fake output that plays only when told to."""

from __future__ import annotations

import pytest

from reader.content.loader import load_pack
from reader.speech import pace
from reader.speech.controller import ReadingController, State
from reader.speech.engine import SpeechEngine
from reader.speech.fake_driver import FakeDriver
from reader.speech.player import FakeAudioOut


@pytest.fixture(scope="module")
def document():
    from pathlib import Path

    return load_pack(Path(__file__).resolve().parent.parent / "content").document


class Rig:
    def __init__(self, document, qapp, *, continue_reading=True, driver=None, output=None):
        self.doc = document
        self.driver = driver or FakeDriver()
        self.out = output or FakeAudioOut()
        self.engine = SpeechEngine(self.driver, inline=True)

        def nxt(section):
            i = document.index_of(section.id)
            return document.sections[i + 1] if i + 1 < len(document.sections) else None

        self.ctl = ReadingController(self.engine, self.out, next_section=nxt, auto_tick=False)
        self.ctl.continue_reading = continue_reading
        self.states: list[State] = []
        self.highlights: list[tuple[int, int, int, int]] = []
        self.entered: list[str] = []
        self.errors: list[str] = []
        self.ctl.state_changed.connect(self.states.append)
        self.ctl.highlight.connect(lambda *a: self.highlights.append(a))
        self.ctl.section_entered.connect(lambda s: self.entered.append(s.id))
        self.ctl.error.connect(self.errors.append)

    def run(self, ms: int, step: int = 10) -> None:
        for _ in range(ms // step):
            self.ctl.tick()
            self.out.advance(step)
            self.ctl.tick()

    def sentence_ms(self, section, index) -> int:
        """How long sentence ``index`` sounds, with the pause after a paragraph's last sentence."""
        words = len(section.sentences[index].text.split())
        ends = set()
        i = -1
        for p in section.paragraphs:
            i += len(p.sentences)
            ends.add(i)
        pause = pace.paragraph_pause_ms(self.ctl.params.clearer) if index in ends else 0
        return words * 60000 // self.ctl.params.rate_wpm + pause


def test_play_reads_sentences_in_order_and_highlights_words(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[0]
    rig.ctl.set_section(sec)
    rig.ctl.play()
    assert rig.ctl.state is State.READING
    rig.run(rig.sentence_ms(sec, 0) + 50)
    assert rig.ctl.index == 1
    first = sec.sentences[0]
    words = [
        (w0, w1) for (s0, s1, w0, w1) in rig.highlights if (s0, s1) == (first.start, first.end) and w0 >= 0
    ]
    assert [sec.text[a:b] for a, b in words] == first.text.split()
    # played audio equals the synthesised audio of sentence 0 (plus the start of 1)
    assert len(rig.out.played) >= rig.sentence_ms(sec, 0) * 16


def test_pause_stops_writing_and_resume_continues(document, qapp):
    rig = Rig(document, qapp)
    rig.ctl.set_section(document.sections[1])
    rig.ctl.play()
    rig.run(300)
    rig.ctl.pause()
    assert rig.ctl.state is State.PAUSED
    played = len(rig.out.played)
    writes = rig.out.writes
    rig.run(500)
    assert len(rig.out.played) == played and rig.out.writes == writes
    rig.ctl.resume()
    assert rig.ctl.state is State.READING
    rig.run(200)
    assert len(rig.out.played) > played


def test_stop_drops_buffer_and_clears_highlight(document, qapp):
    rig = Rig(document, qapp)
    rig.ctl.set_section(document.sections[2])
    rig.ctl.play()
    rig.run(400)
    rig.ctl.stop()
    assert rig.ctl.state is State.STOPPED
    assert rig.highlights[-1] == (-1, -1, -1, -1)
    assert len(rig.out.buffered) == 0
    played = len(rig.out.played)
    rig.run(300)
    assert len(rig.out.played) == played


def test_skip_sentence_and_paragraph(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[1]
    rig.ctl.set_section(sec)
    rig.ctl.play()
    rig.run(50)
    rig.ctl.next_sentence()
    rig.run(50)
    assert rig.ctl.index == 1
    assert rig.highlights[-1][:2] == (sec.sentences[1].start, sec.sentences[1].end)
    rig.ctl.previous_sentence()
    rig.run(50)
    assert rig.ctl.index == 0
    rig.ctl.next_paragraph()
    rig.run(50)
    # the first sentence of the next paragraph that has sentences
    para_starts = []
    i = 0
    for p in sec.paragraphs:
        if p.sentences:
            para_starts.append(i)
        i += len(p.sentences)
    assert rig.ctl.index == para_starts[1]
    rig.ctl.next_paragraph()
    rig.run(50)
    assert rig.ctl.index == para_starts[2]
    rig.ctl.previous_paragraph()
    rig.run(20)
    assert rig.ctl.index == para_starts[1]  # at a paragraph's start: to the one before
    rig.ctl.next_sentence()
    rig.run(20)
    rig.ctl.previous_paragraph()
    rig.run(20)
    assert rig.ctl.index == para_starts[1]  # inside a paragraph: back to its start


def test_skip_while_paused_moves_and_stays_paused(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[3]
    rig.ctl.set_section(sec)
    rig.ctl.play()
    rig.run(100)
    rig.ctl.pause()
    rig.ctl.next_sentence()
    assert rig.ctl.state is State.PAUSED and rig.ctl.index == 1
    played = len(rig.out.played)
    rig.run(200)
    assert len(rig.out.played) == played
    rig.ctl.resume()
    rig.run(100)
    assert rig.highlights[-1][:2] == (sec.sentences[1].start, sec.sentences[1].end)


def test_start_at_a_chosen_sentence(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[4]
    rig.ctl.set_section(sec)
    target = sec.sentence_at(sec.sentences[5].start + 3)
    rig.ctl.play(from_sentence=target)
    rig.run(30)
    assert rig.ctl.index == 5
    assert rig.driver.calls[0] == sec.sentences[5].text


def test_end_of_section_without_continuing(document, qapp):
    rig = Rig(document, qapp, continue_reading=False)
    sec = document.sections[0]
    rig.ctl.set_section(sec)
    rig.ctl.play(from_sentence=len(sec.sentences) - 1)
    rig.run(rig.sentence_ms(sec, len(sec.sentences) - 1) + 100)
    assert rig.ctl.state is State.ENDED
    assert rig.entered == []
    assert rig.highlights[-1] == (-1, -1, -1, -1)


def test_continues_into_next_section(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[0]
    rig.ctl.set_section(sec)
    rig.ctl.play(from_sentence=len(sec.sentences) - 1)
    rig.run(rig.sentence_ms(sec, len(sec.sentences) - 1) + 100)
    assert rig.entered == [document.sections[1].id]
    assert rig.ctl.state is State.READING
    assert rig.ctl.section.id == document.sections[1].id and rig.ctl.index == 0


def test_last_section_ends_the_reading(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[-1]
    rig.ctl.set_section(sec)
    rig.ctl.play(from_sentence=len(sec.sentences) - 1)
    rig.run(rig.sentence_ms(sec, len(sec.sentences) - 1) + 100)
    assert rig.ctl.state is State.ENDED


def test_change_section_while_reading_reads_the_new_one(document, qapp):
    rig = Rig(document, qapp)
    rig.ctl.set_section(document.sections[0])
    rig.ctl.play()
    rig.run(200)
    new = document.sections[3]
    rig.ctl.set_section(new)
    assert rig.ctl.state is State.READING
    rig.run(100)
    assert rig.highlights[-1][:2] == (new.sentences[0].start, new.sentences[0].end)
    assert new.sentences[0].text in rig.driver.calls


def test_change_section_while_paused_stops(document, qapp):
    rig = Rig(document, qapp)
    rig.ctl.set_section(document.sections[0])
    rig.ctl.play()
    rig.run(100)
    rig.ctl.pause()
    rig.ctl.set_section(document.sections[2])
    assert rig.ctl.state is State.STOPPED and rig.ctl.index == 0


def test_toggle_cycles_play_pause_resume(document, qapp):
    rig = Rig(document, qapp)
    rig.ctl.set_section(document.sections[0])
    rig.ctl.toggle()
    assert rig.ctl.state is State.READING
    rig.ctl.toggle()
    assert rig.ctl.state is State.PAUSED
    rig.ctl.toggle()
    assert rig.ctl.state is State.READING


def test_rate_change_restarts_current_sentence_at_new_rate(document, qapp):
    rig = Rig(document, qapp)
    sec = document.sections[0]
    rig.ctl.set_section(sec)
    rig.ctl.play(from_sentence=2)
    rig.run(100)
    rig.ctl.set_rate(300)
    rig.run(20)
    assert rig.ctl.index == 2 and rig.ctl.params.rate_wpm == 300
    index, synthesis = rig.ctl.segments()[0]
    words = len(sec.sentences[2].text.split())
    assert index == 2 and synthesis.duration_ms == pytest.approx(words * 200, abs=5)


def test_engine_unavailable_reports_a_message_and_stops(document, qapp):
    rig = Rig(document, qapp, driver=FakeDriver(unavailable="Ingen talmotor."))
    rig.ctl.set_section(document.sections[0])
    rig.ctl.play()
    rig.run(20)
    assert rig.ctl.state is State.STOPPED
    assert rig.errors == ["Ingen talmotor."]


def test_no_audio_device_reports_a_message(document, qapp):
    rig = Rig(document, qapp, output=FakeAudioOut(fail="Ingen ljudutgång."))
    rig.ctl.set_section(document.sections[0])
    rig.ctl.play()
    rig.run(20)
    assert rig.ctl.state is State.STOPPED
    assert rig.errors == ["Ingen ljudutgång."]


class ShortClockOut(FakeAudioOut):
    """A device whose clock stops ``short`` bytes before the end, as Qt's did (2 bytes short)."""

    def __init__(self, short: int, *, idle: bool) -> None:
        super().__init__()
        self.short = short
        self.idle = idle
        self.total_written = 0

    def write(self, data: bytes) -> int:
        n = super().write(data)
        self.total_written += n
        return n

    def played_bytes(self) -> int:
        return min(self.clock, max(0, self.total_written - self.short))

    def drained(self) -> bool:
        return self.idle and not self.buffered

    def reset(self) -> None:
        super().reset()
        self.total_written = 0


def _read_short_section(document, qapp, out, *, clock_now=None):
    from reader.content.loader import build_section

    rig = Rig(document, qapp, output=out)
    short = build_section("kort", "", "Hej hopp.")
    rig.ctl.next_section = lambda s: document.sections[2] if s is short else None
    if clock_now is not None:
        rig.ctl.monotonic = clock_now
    rig.ctl.set_section(short)
    rig.ctl.play()
    return rig


def test_a_clock_two_bytes_short_still_reaches_the_end(document, qapp):
    """Within a couple of milliseconds of the end is the end (whole frames, not bytes)."""
    rig = _read_short_section(document, qapp, ShortClockOut(2, idle=False))
    rig.run(3000)
    assert rig.entered == [document.sections[2].id], "the end of the short text did not move on"


def test_an_idle_device_has_played_everything(document, qapp):
    """The device says it is idle after everything was written: that is the end, whatever its clock."""
    rig = _read_short_section(document, qapp, ShortClockOut(4000, idle=True))
    rig.run(3000)
    assert rig.entered == [document.sections[2].id]


def test_a_stalled_clock_ends_the_section_by_the_watchdog(document, qapp):
    """A clock that never reaches the end and a device that never says idle: the watchdog ends it."""
    now = [0.0]
    rig = _read_short_section(document, qapp, ShortClockOut(4000, idle=False), clock_now=lambda: now[0])
    rig.run(3000)
    assert rig.entered == [] and rig.ctl.state is State.READING
    now[0] += rig.ctl.stall_s + 0.5
    rig.run(20)
    assert rig.entered == [document.sections[2].id]


def test_a_device_that_stops_playing_stops_the_reading_with_a_message(document, qapp):
    """Audio waiting and a clock standing still (the sound went away): stopped, with a plain message."""
    now = [0.0]
    rig = Rig(document, qapp)
    rig.ctl.monotonic = lambda: now[0]
    rig.ctl.set_section(document.sections[1])
    rig.ctl.play()
    rig.run(300)
    for _ in range(3):
        rig.ctl.tick()  # the device plays nothing more
        now[0] += rig.ctl.stall_s / 2 + 0.1
    rig.ctl.tick()
    assert rig.ctl.state is State.STOPPED
    assert rig.errors and "Ljudet stannade" in rig.errors[-1]


def test_the_clock_in_whole_frames_is_exact(qapp):
    """Qt's microseconds (rounded down) convert back to exactly the frames played, at every rate."""
    from reader.speech.player import usecs_to_bytes

    for rate in (8000, 16000, 22050, 24000, 44100, 48000):
        for frames in (1, 2, 3, 127843, 127844, 10**7 + 1):
            usecs = frames * 1_000_000 // rate
            assert usecs_to_bytes(usecs, rate) == frames * 2, (rate, frames)
