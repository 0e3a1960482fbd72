"""Search: matches in the section or the whole document, in text and summaries."""

from __future__ import annotations

import pytest

from reader import search
from reader.content.loader import load_pack


@pytest.fixture(scope="module")
def document():
    from pathlib import Path

    return load_pack(Path(__file__).resolve().parent.parent / "content").document


def test_find_spans_case_and_whitespace():
    text = "Trygghet i Helsingborg.\nHelsingborg  ska vara\ntryggt. helsingborg"
    spans = search.find_spans(text, "helsingborg")
    assert [text[a:b] for a, b in spans] == ["Helsingborg", "Helsingborg", "helsingborg"]
    assert [text[a:b] for a, b in search.find_spans(text, "Helsingborg ska")] == ["Helsingborg  ska"]
    assert search.find_spans(text, "   ") == []
    # Regular-expression characters are plain text.
    assert search.find_spans("a.b axb", "a.b") == [(0, 3)]


def test_swedish_letters_are_distinct():
    text = "Vård och vard, Ökning"
    assert len(search.find_spans(text, "vård")) == 1
    assert len(search.find_spans(text, "ökning")) == 1


def test_section_and_document_scope(document):
    word = "trygg"
    everywhere = search.search(document, word)
    expected = sum(s.text.lower().count(word) for s in document.sections)
    assert len(everywhere) == expected > 0
    index = document.index_of("trygghet")
    here = search.search(document, word, current_index=index)
    assert here and all(h.section_index == index for h in here)
    assert len(here) < len(everywhere)
    for hit in here:
        section = document.sections[hit.section_index]
        assert section.text[hit.start : hit.end].lower() == word
        assert word in hit.context.lower()


def test_summaries_are_searched_and_may_be_absent(document, tmp_path):
    assert search.load_summaries(tmp_path / "missing", document) == {}
    (tmp_path / "03-trygghet.md").write_text("# Trygghet\n\nKort sammanfattning om zebralagret.\n", "utf-8")
    (tmp_path / "99-okand.md").write_text("# Okänd\n\nzebralagret\n", "utf-8")
    (tmp_path / "02-ansvar.md").write_bytes(b"\xff\xfe broken")
    summaries = search.load_summaries(tmp_path, document)
    assert set(summaries) == {"trygghet"}
    hits = search.search(document, "zebralagret", summaries=summaries)
    assert [(h.section_id, h.kind) for h in hits] == [("trygghet", search.SUMMARY)]


def test_next_index_wraps():
    assert search.next_index(0, -1) == -1
    assert search.next_index(3, -1) == 0
    assert search.next_index(3, -1, forward=False) == 2
    assert search.next_index(3, 2) == 0
    assert search.next_index(3, 0, forward=False) == 2


def test_context_is_one_line():
    text = "ord " * 30 + "mål\nnästa " + "rad " * 30
    a = text.index("mål")
    ctx = search.context_of(text, a, a + 3)
    assert "mål" in ctx and "\n" not in ctx and ctx.startswith("…") and ctx.endswith("…")
