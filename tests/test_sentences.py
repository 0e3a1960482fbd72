"""Sentence splitting on the programme's real paragraphs and on hard cases."""

from __future__ import annotations

import re

from reader.content.loader import load_pack
from reader.content.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_real_paragraph_with_years():
    text = (
        "I valet 2022 fick Treklövern förtroende att styra Helsingborg under perioden 2022–2026. "
        "Treklövern har under mandatperioden en sakpolitisk budgetsamverkan med Sverigedemokraterna."
    )
    assert texts(text) == [
        "I valet 2022 fick Treklövern förtroende att styra Helsingborg under perioden 2022–2026.",
        "Treklövern har under mandatperioden en sakpolitisk budgetsamverkan med Sverigedemokraterna.",
    ]


def test_amounts_do_not_split():
    text = "Brottsligheten kostar näringslivet cirka 100 miljarder kronor årligen. I Helsingborg är det så."
    assert len(texts(text)) == 2
    assert texts(text)[0].endswith("årligen.")


def test_abbreviations_and_initials_do_not_split():
    text = "Det gäller t.ex. skolan, bl.a. Förskolan. Enligt A. Nilsson m.fl. Är det bra? Ja!"
    assert texts(text) == [
        "Det gäller t.ex. skolan, bl.a. Förskolan.",
        "Enligt A. Nilsson m.fl. Är det bra?",
        "Ja!",
    ]


def test_colons():
    assert texts("Tre saker: skola, vård och omsorg.") == ["Tre saker: skola, vård och omsorg."]
    assert texts("Viktigt: Staden ska växa.") == ["Viktigt:", "Staden ska växa."]


def test_ordinal_number_then_lowercase_does_not_split():
    assert len(texts("Den 1. maj är en dag. Nästa mening.")) == 2


def test_every_programme_sentence_boundary(content_root):
    """Each '. X' boundary in the programme (no abbreviations occur) is a split, nothing else is."""
    for section in load_pack(content_root).document.sections:
        for paragraph in section.body_paragraphs:
            expected = len(re.findall(r"[.!?] (?=[A-ZÅÄÖ0-9])", paragraph.text)) + 1
            assert len(paragraph.sentences) == expected
            assert all(s.text[-1] in ".!?" for s in paragraph.sentences)


def test_empty_and_spaces():
    assert split_sentences("") == []
    assert split_sentences("   ") == []
    assert texts("  En mening utan punkt  ") == ["En mening utan punkt"]


def test_single_lowercase_word_ends_a_sentence():
    assert len(texts("En stad att bo och verka i. Treklöverns mål är klart.")) == 2
