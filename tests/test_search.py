"""Search: matches in the section or the whole document, in text and summaries."""

from __future__ import annotations

import pytest

from reader.content import search
from reader.content.loader import load_pack
from tests.layout_checks import panel_problems


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


def test_summaries_are_searched(document):
    from reader.content.summaries import build_summary

    summary, error = build_summary(
        "trygghet", "summaries/trygghet.md", "# Trygghet\n\nKort om zebralagret.\n"
    )
    assert error is None
    hits = search.search(document, "zebralagret", summaries={"trygghet": summary})
    assert [(h.section_id, h.kind) for h in hits] == [("trygghet", search.SUMMARY)]
    assert search.search(document, "zebralagret") == []


def test_search_bar_reads_the_summaries_of_the_pack_it_was_handed(window, content_root):
    """The bar searches the pack's summaries (the one loaded copy), the same the view shows."""
    from reader.content.summaries import load_summaries

    found = window.features.search.summaries()
    expected = load_summaries(content_root, window.document)
    assert found and set(found) == set(expected.sections)
    assert all(found[k].text == expected.for_section(k).text for k in found)
    assert all(found[k] is window.services.pack.summary_for(k) for k in found)  # not read again


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


# -- the search bar in the window -------------------------------------------------


def test_ctrl_f_opens_and_matches_are_marked(window, qtbot):
    from PySide6.QtCore import Qt

    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.features.search
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "helsingborg")
    qtbot.waitUntil(lambda: bool(bar.hits), timeout=2000)
    section = window.current_section()
    expected = section.text.lower().count("helsingborg")
    text_hits = [h for h in bar.hits if h.kind == search.TEXT]
    assert len(text_hits) == expected
    layer = window.reading_pane.marks("search")
    assert len(layer) == expected
    assert f"av {len(bar.hits)}" in bar.count_label.text()
    # F3 moves on, Shift+F3 back; the selection follows.
    first = window.reading_pane.textCursor().selectionStart()
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert window.reading_pane.textCursor().selectionStart() > first
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading_pane.textCursor().selectionStart() == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reading_pane.marks("search") == []


def test_whole_document_moves_between_sections(window, qtbot):
    bar = window.features.search
    bar.open_bar()
    bar.scope.setCurrentIndex(bar.scope.findData("document"))
    bar.field.setText("kriminalitet")
    bar.run()
    sections = {h.section_index for h in bar.hits if h.kind == search.TEXT}
    assert len(sections) > 1
    visited = set()
    for _ in range(len(bar.hits)):
        bar.next()
        visited.add(window.current_index)
    assert sections <= visited
    assert window.settings.get("search/scope") == "document"


def test_no_match_is_said_plainly(window):
    bar = window.features.search
    bar.open_bar()
    bar.field.setText("zzqxj")
    bar.run()
    assert bar.hits == []
    assert "Inga träffar" in bar.count_label.text()
    assert not bar.next_button.isEnabled()


def test_summary_match_is_shown_in_the_summary(window, qtbot):
    view = window.features.view
    bar = window.features.search
    summaries = bar.summaries()
    if not summaries:
        pytest.skip("no summaries in the content pack")
    section_id, summary = next(iter(summaries.items()))
    word = max(summary.text.split(), key=len).strip(".,:;!?")
    window.go_to_section_id(section_id)
    from reader.ui.view_mode import BOTH

    view.set_mode(BOTH)  # in Hela texten the summary's hits are only named, see test_search_scope
    bar.open_bar()
    bar.field.setText(word)
    bar.run()
    summary_hits = [i for i, h in enumerate(bar.hits) if h.kind == search.SUMMARY]
    assert summary_hits
    bar.current = summary_hits[0] - 1
    bar.next()
    assert view.summary_pane.isVisibleTo(window)
    assert "sammanfattningen" in bar.count_label.text()
    assert view.summary_pane.marks("search")


def test_new_visitor_finds_no_trace_of_the_last_search(window, qtbot):
    from PySide6.QtCore import Qt

    bar = window.features.search
    bar.open_bar()
    qtbot.keyClicks(bar.field, "trygghet")
    bar.run()
    window.features.appearance.action_appearance.trigger()
    window.services.visitor.new_visitor.emit()  # what every feature listens to for a new visitor
    assert bar.field.text() == "" and not bar.isVisible()
    assert window.features.appearance.panel is None
    bar.open_bar()
    bar.field.setFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo brings nothing back
    assert bar.field.text() == ""
    qtbot.keyClicks(bar.field, "ord")  # the public-computer mode's signal reaches us too
    qtbot.wait(10)
    window.services.visitor.new_visitor.emit()
    assert bar.field.text() == ""


def test_in_a_low_window_the_search_bar_keeps_every_control_in_view(window, qtbot):
    """Short labels, rows that scroll: no control is out of reach or covered by the text, and the
    count is in the status bar."""
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.low)
    bar = window.features.search
    bar.open_bar()
    bar.field.setText("trygghet")
    bar.run()
    qtbot.waitUntil(lambda: bar.next_button.text() == "Nästa")
    assert bar.next_button.accessibleName() == "Nästa träff"
    assert bar.close_button.text() == "Stäng" and bar.close_button.accessibleName() == "Stäng sökningen"
    assert not bar.count_label.isVisible()
    assert bar.field.accessibleDescription() == bar.count_text()
    assert window.statusBar().currentMessage() == bar.count_text()
    # Its rows above the text, as many as leave the text a third of the window; the rest scrolled to.
    rows = bar.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: rows.geometry().bottom() < window.features.view.splitter.geometry().top())
    for button in (bar.previous_button, bar.next_button, bar.close_button, bar.scope):
        assert button.isVisible()
    assert panel_problems(window, bar) == []
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: bar.next_button.text() == "Nästa träff" and bar.count_label.isVisible())
