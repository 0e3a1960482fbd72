"""The real engine (eSpeak NG through pyttsx3's bindings): every sentence becomes audio."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.content.loader import load_pack
from reader.speech import lexicon as lexicon_mod
from reader.speech.engine import SpeechEngine, SpeechParams

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def driver():
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.espeak_driver import EspeakDriver

    d = EspeakDriver()
    try:
        d.check()
    except SpeechUnavailableError as exc:  # pragma: no cover - the wheel ships eSpeak NG
        pytest.skip(f"no eSpeak NG on this computer: {exc}")
    return d


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_mod.load(ROOT / "content" / "lexicon.toml")


@pytest.fixture(scope="module")
def engine(driver, lexicon):
    return SpeechEngine(driver, lexicon, inline=True, cache=512)


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


def test_swedish_voice_is_listed_and_chosen(driver):
    from reader.speech.driver import choose_voice

    voices = driver.voices()
    chosen = choose_voice(voices)
    assert chosen is not None and chosen.is_swedish
    assert chosen.id in {v.id for v in voices}


def test_every_sentence_of_every_section_becomes_audio(engine, document):
    params = SpeechParams("sv", 150)
    for section in document.sections:
        total_ms = 0
        total_words = 0
        for sentence in section.sentences:
            result = engine.synthesise(sentence.text, params).result()
            words = len(WORD.findall(sentence.text))
            # at least 120 ms a word: a text the engine silently dropped gives ~0
            assert result.duration_ms >= 120 * words, (section.id, sentence.text[:60])
            assert not result.cancelled
            total_ms += result.duration_ms
            total_words += words
        expected = total_words * 60000 / 150
        assert 0.6 * expected <= total_ms <= 1.8 * expected, section.id


def test_word_timings_are_monotonic_and_cover_the_sentence(engine, document):
    params = SpeechParams("sv", 150)
    for section in document.sections:
        for sentence in section.sentences:
            text = sentence.text
            result = engine.synthesise(text, params).result()
            words = result.words
            assert words, text
            starts = [w.start for w in words]
            times = [w.ms for w in words]
            assert starts == sorted(set(starts)), text
            assert times == sorted(times), text
            assert all(t < result.duration_ms for t in times)
            tokens = list(WORD.finditer(text))
            # the first and last written words are marked
            assert words[0].start <= tokens[0].start() < words[0].end or words[0].start == tokens[0].start()
            assert words[-1].start <= tokens[-1].start() < max(words[-1].end, words[-1].start + 1)
            # each marked span is a written word
            for w in words:
                assert WORD.search(text[w.start : w.end]), (text, w)
            # nearly every written word has its own mark (numbers and compounds may merge)
            assert len(words) >= 0.7 * len(text.split()), text


def test_faster_rate_gives_shorter_audio(engine, document):
    sentence = document.sections[1].sentences[3].text
    slow = engine.synthesise(sentence, SpeechParams("sv", 150)).result()
    fast = engine.synthesise(sentence, SpeechParams("sv", 300)).result()
    assert 0.35 < fast.duration_ms / slow.duration_ms < 0.7


# Common abbreviations the lexicon reads out in any text of the pack, wherever they appear.
# "Esc" is in the help's list of shortcuts, which is made from the app's own actions.
ABBREVIATIONS = {"t.ex.", "bl.a.", "m.m.", "dvs.", "osv.", "Esc"}


def test_lexicon_entries_occur_in_the_text_read_aloud(lexicon, document):
    """No dead entries: each one is for a word in the programme, the summaries, the glossary or the help."""
    content = ROOT / "content"
    texts = [s.text for s in document.sections] + [document.subtitle]
    texts += [p.read_text("utf-8") for p in sorted((content / "summaries").glob("*.md"))]
    texts += [(content / "glossary.toml").read_text("utf-8")]
    texts += [p.read_text("utf-8") for p in sorted((content / "help").glob("*.md"))]
    full = "\n".join(texts)
    for entry in lexicon.entries:
        assert entry.written in ABBREVIATIONS or entry.pattern.search(full), entry.written


def test_lexicon_changes_the_text_given_to_the_engine_not_the_shown_text(engine, lexicon, document):
    for entry in lexicon.entries:
        spoken = engine.spoken_text(entry.written, phonemes=True)
        assert spoken != entry.written
        assert entry.pattern.search(spoken) is None, entry.written
    section = next(s for s in document.sections if "skattecronan" in s.text)
    before = section.text
    sentence = next(s for s in section.sentences if "skattecronan" in s.text)
    result = engine.synthesise(sentence.text, SpeechParams("sv", 150)).result()
    assert section.text == before
    marked = [sentence.text[w.start : w.end] for w in result.words]
    assert "skattecronan" in marked  # the shown spelling is what gets highlighted


def test_lexicon_entries_change_espeak_phonemes(driver, lexicon):
    """What eSpeak NG says (traced while it speaks, [[phonemes]] included) changes, or the note says why not."""
    for entry in lexicon.entries:
        written = driver.heard_phonemes(entry.written)
        spoken = driver.heard_phonemes(lexicon.apply(entry.written, phonemes=True).spoken)
        if entry.same_in_espeak:
            assert spoken == written, entry.written  # the note in the file is still true
        else:
            assert spoken != written, entry.written


def test_year_ranges_are_read_as_from_to(lexicon):
    for text in ("2023-2026", "2022–2026", "perioden 2022 – 2026."):
        assert " till " in lexicon.apply(text).spoken
    assert lexicon.apply("år 2022 och 2026").spoken == "år 2022 och 2026"


def test_highlight_maps_replaced_words_whole(lexicon):
    text = "en fast HH-förbindelse och Väst kustbanan."
    rw = lexicon.apply(text)
    i = rw.spoken.index("hå-hå")
    assert rw.to_shown(i, i + 5) == (text.index("HH"), text.index("HH") + len("HH-förbindelse"))
    j = rw.spoken.index("och")
    assert text[slice(*rw.to_shown(j, j + 3))] == "och"


def test_cancel_stops_a_long_synthesis(driver):
    long_text = " ".join(["Helsingborg är en stad vid Öresund."] * 200)
    result = driver.synthesise(long_text, voice="sv", rate_wpm=150, should_stop=lambda: True)
    assert result.cancelled
    full_ms = 200 * 6 * 400
    assert result.duration_ms < full_ms / 4


def test_half_speed_goes_below_espeaks_slowest_rate(driver):
    text = "Helsingborg ska vara en trygg stad för alla som bor och arbetar här."
    at_80 = driver.synthesise(text, voice="sv", rate_wpm=80).duration_ms
    at_75 = driver.synthesise(text, voice="sv", rate_wpm=75).duration_ms
    assert 1.02 < at_75 / at_80 < 1.15  # about 80/75
    back = driver.synthesise(text, voice="sv", rate_wpm=80).duration_ms
    assert back == pytest.approx(at_80, rel=0.01)  # the extra pause is gone again


def test_a_sentence_already_made_is_answered_at_once_even_while_the_engine_is_busy():
    """The sentence at the cursor is made ahead; Läs upp must not wait behind other work for it."""
    import threading

    from reader.speech.fake_driver import FakeDriver

    class Held(FakeDriver):
        def __init__(self) -> None:
            super().__init__()
            self.release = threading.Event()

        def synthesise(self, text: str, **kw):
            if text == "Lång mening.":
                self.release.wait(10)
            return super().synthesise(text, **kw)

    driver = Held()
    engine = SpeechEngine(driver)
    try:
        params = SpeechParams("sv", 150)
        made = engine.synthesise("Kort mening.", params).result(timeout=10)
        busy = engine.synthesise("Lång mening.", params)  # holds the engine's thread
        again = engine.synthesise("Kort mening.", params)
        assert again.done() and again.result() is made
        assert not busy.done()
        assert driver.calls.count("Kort mening.") == 1
    finally:
        driver.release.set()
        engine.shutdown()
