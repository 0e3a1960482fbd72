"""Search counts and marks only the text on screen; hits in a hidden text are named, not counted."""

from __future__ import annotations

from reader.content import search
from reader.content.search import Hit
from reader.content.search_scope import shown_kinds, split_hits
from reader.ui.view_mode import BOTH, FULL, SUMMARY


def hit(section_id: str, kind: str, start: int = 0) -> Hit:
    return Hit(0, section_id, kind, start, start + 3, "")


def test_shown_kinds_follow_the_view():
    assert shown_kinds(FULL, True) == {search.TEXT}
    assert shown_kinds(SUMMARY, True) == {search.SUMMARY}
    assert shown_kinds(BOTH, True) == {search.TEXT, search.SUMMARY}
    # a section without a lättläst version shows its full text in every view
    assert shown_kinds(SUMMARY, False) == {search.TEXT}


def test_split_hits_keeps_reading_order():
    hits = [hit("a", search.TEXT, 1), hit("a", search.SUMMARY, 2), hit("b", search.TEXT, 3)]
    shown, hidden = split_hits(hits, SUMMARY, {"a"})
    assert shown == [hits[1], hits[2]]  # b has no summary: its text is what is shown
    assert hidden == [hits[0]]


def _word_in_both(window):
    """A word found both in the current section's text and in its summary."""
    view = window.features.view
    section = window.current_section()
    summary = view.summaries.for_section(section.id)
    assert summary is not None
    words = sorted({w.strip(".,:;!?”") for w in summary.text.split()}, key=len, reverse=True)
    for word in words:
        if len(word) >= 5 and search.find_spans(section.text, word) and search.find_spans(summary.text, word):
            return (
                word,
                len(search.find_spans(section.text, word)),
                len(search.find_spans(summary.text, word)),
            )
    raise AssertionError("no shared word")


def test_lattlast_view_counts_and_marks_only_the_summary(window, qtbot):
    view = window.features.view
    bar = window.features.search
    word, in_text, in_summary = _word_in_both(window)
    view.set_mode(SUMMARY)
    bar.open_bar()
    bar.field.setText(word)
    bar.run()
    assert len(bar.hits) == in_summary
    assert all(h.kind == search.SUMMARY for h in bar.hits)
    marks = view.summary_pane.marks("search")
    assert len(marks) == in_summary  # every counted hit is marked where it can be seen
    text = bar.count_label.text()
    assert f"av {in_summary}" in text or "1 träff på" in text
    expected = "1 träff i hela texten" if in_text == 1 else f"{in_text} träffar i hela texten"
    assert expected in text and "som inte visas nu" in text
    assert not view.full_pane.isVisibleTo(window) or view.full_pane.section is None


def test_both_view_counts_both_and_a_change_of_view_searches_again(window, qtbot):
    view = window.features.view
    bar = window.features.search
    word, in_text, in_summary = _word_in_both(window)
    view.set_mode(FULL)
    bar.open_bar()
    bar.field.setText(word)
    bar.run()
    assert len(bar.hits) == in_text and all(h.kind == search.TEXT for h in bar.hits)
    assert "den lättlästa texten, som inte visas nu" in bar.count_label.text()
    assert len(window.reading_pane.marks("search")) == in_text
    view.set_mode(BOTH)
    assert len(bar.hits) == in_text + in_summary
    assert bar.hidden_hits == []
    assert "som inte visas nu" not in bar.count_label.text()
    assert len(view.summary_pane.marks("search")) == in_summary
