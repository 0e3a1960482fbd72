"""LIX and word counts as standards define them, and the summaries held to them."""

from __future__ import annotations

import pytest

from reader.content.loader import load_pack
from reader.content.readability import SENTENCE_END, band, lix, measure, sentence_count, word_count, words
from reader.content.summaries import load_summaries

MAX_LIX = 30  # every summary and the overview: "very easy"
MAX_SENTENCE_WORDS = 15  # no sentence of a summary longer than this
MAX_OVERVIEW_WORDS = 150


def test_words_are_runs_of_letters():
    assert words("LSS-insatser, 100 miljarder och 2022–2026.") == ["LSS", "insatser", "miljarder", "och"]
    assert word_count("Å ä ö, é!") == 4
    assert word_count("123 456") == 0


def test_sentences_end_at_marks_and_line_ends():
    assert sentence_count("En. Två! Tre? Fyra: fem") == 5
    assert sentence_count("Rubrik\nEn mening utan punkt\n- punkt i lista") == 3
    assert sentence_count("Ja... 1.5 och 2.") == 2  # runs of marks and numbers make no extra sentences
    assert sentence_count("") == 0


def test_lix_by_hand():
    # 8 words, 2 sentences, 2 long words (Helsingborg, skolorna): 8/2 + 100*2/8 = 29.
    text = "Helsingborg har bra skolor. Alla skolorna är nya."
    m = measure(text)
    assert (m.words, m.sentences, m.long_words) == (8, 2, 2)
    assert lix(text) == pytest.approx(8 / 2 + 100 * 2 / 8)


def test_long_word_means_more_than_six_letters():
    assert measure("sexbok").long_words == 0  # six letters
    assert measure("sjubokx").long_words == 1  # seven letters


def test_empty_text_has_no_lix():
    assert lix("") == 0.0
    assert lix("12 34.") == 0.0


def test_bands():
    assert band(25) == "mycket lätt"
    assert band(52) == "svår"
    assert band(65) == "mycket svår"


def test_the_programme_is_difficult(content_root):
    """The source sections measure 45–58: official, difficult Swedish."""
    document = load_pack(content_root).document
    for section in document.sections:
        assert 40 <= lix(section.text) <= 60, section.id


def _summaries(content_root):
    document = load_pack(content_root).document
    return document, load_summaries(content_root, document)


def test_every_summary_and_the_overview_is_very_easy(content_root):
    document, summaries = _summaries(content_root)
    assert summaries.overview is not None
    texts = {"overview": summaries.overview, **summaries.sections}
    assert set(texts) == {"overview", *(s.id for s in document.sections)}
    for summary_id, summary in texts.items():
        value = lix(summary.text)
        assert value <= MAX_LIX, f"{summary_id}: LIX {value:.1f} > {MAX_LIX}"


def test_summaries_are_much_easier_than_their_sections(content_root):
    document, summaries = _summaries(content_root)
    for section in document.sections:
        assert lix(summaries.sections[section.id].text) < lix(section.text) - 15, section.id


def test_summary_lengths(content_root):
    """The overview reads in a minute; a summary is at most two thirds of its section."""
    document, summaries = _summaries(content_root)
    assert summaries.overview is not None
    assert 40 <= word_count(summaries.overview.text) <= MAX_OVERVIEW_WORDS
    for section in document.sections:
        count = word_count(summaries.sections[section.id].text)
        assert 80 <= count <= word_count(section.text) * 2 / 3, f"{section.id}: {count} words"


def long_sentences(text: str, limit: int) -> list[str]:
    """Sentences (as LIX counts them: to . ! ? : or a line end) of more than ``limit`` words."""
    return [
        piece.strip()
        for line in text.splitlines()
        for piece in SENTENCE_END.split(line)
        if len(words(piece)) > limit
    ]


def test_no_summary_sentence_is_longer_than_fifteen_words(content_root):
    _, summaries = _summaries(content_root)
    for summary_id, summary in {"overview": summaries.overview, **summaries.sections}.items():
        assert long_sentences(summary.text, MAX_SENTENCE_WORDS) == [], summary_id


def test_long_sentences_are_found():
    text = "Kort mening. " + " ".join(["ord"] * 16) + ".\n- en punkt: " + " ".join(["ord"] * 15)
    assert long_sentences(text, 15) == [" ".join(["ord"] * 16)]
