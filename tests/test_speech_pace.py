"""Speed that means what it says: real sections saved as audio by the bundled eSpeak NG,
their words a minute measured from the file against the speed's label."""

from __future__ import annotations

import itertools
import re
import wave
from pathlib import Path

import pytest

from reader.content.loader import load_pack
from reader.exports.audio import export_audio, texts_of
from reader.speech import pace
from reader.speech.engine import SpeechEngine, SpeechParams
from reader.speech.fake_driver import FakeDriver

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


@pytest.fixture(scope="module")
def engine():
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.service import create_engine

    e = create_engine(ROOT / "content", inline=True)
    try:
        e.check().result()
    except SpeechUnavailableError as exc:  # pragma: no cover - the wheel ships eSpeak NG
        pytest.skip(f"no eSpeak NG on this computer: {exc}")
    return e


def _pace_of_export(engine, section, multiplier, clearer, tmp_path) -> tuple[float, int]:
    """Save ``section`` at a speed step; return (words a minute of the file, the label's number)."""
    from reader.ui.speech_words import speed_label

    label = speed_label(multiplier, clearer)
    labelled = int(re.search(r"\((\d+) ord i minuten\)", label).group(1))
    out = tmp_path / f"{section.id}-{multiplier}-{clearer}.wav"
    texts = texts_of([section])
    export_audio(engine, texts, out, SpeechParams("sv", pace.target_wpm(multiplier, clearer), clearer))
    with wave.open(str(out)) as w:
        minutes = w.getnframes() / w.getframerate() / 60
    return pace.count_words(section.text) / minutes, labelled


# ansvar has the longest words of the programme, valfard the shortest: both ends of the range.
@pytest.mark.parametrize("section_id", ["ansvar", "valfard"])
def test_normal_speed_reads_150_words_a_minute(engine, document, section_id, tmp_path):
    wpm, labelled = _pace_of_export(engine, document.section(section_id), 1.0, False, tmp_path)
    assert labelled == 150
    assert 140 <= wpm <= 160, f"{section_id}: {wpm:.0f} words a minute"


@pytest.mark.parametrize(
    ("section_id", "multiplier", "clearer"),
    [("inledning", 0.5, False), ("trygghet", 2.0, False), ("arbete", 1.0, True), ("livskvalitet", 0.5, True)],
)
def test_speed_labels_are_right_within_ten_percent(
    engine, document, section_id, multiplier, clearer, tmp_path
):
    wpm, labelled = _pace_of_export(engine, document.section(section_id), multiplier, clearer, tmp_path)
    assert abs(wpm / labelled - 1) <= 0.10, f"{section_id} at {multiplier}: {wpm:.0f} against {labelled}"


def test_every_speed_step_is_within_espeaks_reach():
    from reader.ui.speech_words import SPEEDS

    for clearer in (False, True):
        for step in SPEEDS:
            wanted = pace.target_wpm(step, clearer)
            assert wanted <= 0.95 * pace.fastest_wpm(clearer=clearer), (step, clearer)
            rate = pace.espeak_rate(wanted, clearer=clearer)
            assert pace.RATE_TO_SYLLABLES[0][0] < rate < pace.RATE_TO_SYLLABLES[-1][0], (step, clearer)


def test_the_measured_table_rises_and_is_inverted_exactly():
    rows = pace.RATE_TO_SYLLABLES
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(rows))
    for rate, spm, _pause in rows[1:-1]:
        assert pace.syllables_per_minute(rate) == spm
    for target in (60, 75, 120, 150, 240, 300):  # inverting the table gives the rate that reads at target
        assert pace.predicted_wpm(pace.espeak_rate(target)) == pytest.approx(target, rel=0.01)
    assert pace.espeak_rate(float("nan")) == pace.espeak_rate(150)
    assert pace.espeak_rate(1e9) == rows[-1][0] and pace.espeak_rate(-5) == rows[0][0]
    # a text of longer words is given a faster eSpeak rate for the same words a minute
    short = pace.TextShape(syllables_per_word=1.8)
    long = pace.TextShape(syllables_per_word=2.3)
    assert pace.espeak_rate(150, long) > pace.espeak_rate(150, short)
    # pauses are counted in: Tydligare at 120 words a minute speaks faster than 120 with none,
    # and a text of short sentences (more of eSpeak's pauses a word) is spoken faster too
    assert pace.espeak_rate(120, clearer=True) > pace.espeak_rate(120, clearer=False)
    plain = pace.TextShape(sentences_per_word=1 / 9)
    assert pace.espeak_rate(150, plain) > pace.espeak_rate(150)


def test_clearer_adds_a_pause_after_every_sentence():
    engine = SpeechEngine(FakeDriver(), inline=True)
    plain = engine.synthesise("En mening här.", SpeechParams("sv", 150)).result()
    clear = engine.synthesise("En mening här.", SpeechParams("sv", 150, clearer=True)).result()
    assert clear.duration_ms - plain.duration_ms == pytest.approx(pace.CLEARER_SENTENCE_PAUSE_MS, abs=2)
    assert clear.words == plain.words  # the words are heard at the same moments


def test_words_are_counted_as_a_reader_counts_them():
    assert pace.count_words("Treklövern vill t.ex. bygga 2023–2026 – och mer.") == 7
    assert pace.count_words("") == 0
    assert pace.shape_of([]) == pace.PROGRAMME_SHAPE
    assert pace.measured_wpm([("ett två tre", True)], 0) == 0.0
