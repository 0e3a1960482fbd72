"""Long words: never clipped, never broken without a hyphen, and every offset stays the section's.

Every window size at 12, 28, 48 and 96 pt is checked in tests/test_resize_sweep.py.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from reader.ui.hyphenation import SOFT_HYPHEN, OffsetMap, syllable_breaks
from tests.layout_checks import layout_problems


def settle(qtbot, ms: int = 30) -> None:
    qtbot.wait(ms)


def test_swedish_patterns_break_at_syllables():
    word = "ansvarstagande"
    points = syllable_breaks(word)
    assert points, "no Swedish hyphenation patterns"
    assert 3 in points or 7 in points  # ans-vars-ta-gan-de
    assert all(0 < p < len(word) for p in points)


def test_offset_map_round_trips():
    offsets = OffsetMap([5, 9, 9 + 3])
    for model in range(0, 30):
        assert offsets.to_model(offsets.to_document(model)) == model
    assert offsets.to_document(4) == 4
    assert offsets.to_document(6) == 7  # one hyphen before
    assert offsets.to_model(5) == 5  # the hyphen itself belongs to the next letter
    assert not OffsetMap() and OffsetMap().to_document(7) == 7


def test_large_text_hyphenates_only_long_words_and_gives_them_back(window, qtbot):
    pane = window.reading_pane
    window.resize(1000, 700)
    window.apply_text_size(18, announce=False)
    settle(qtbot)
    assert SOFT_HYPHEN not in pane.toPlainText()  # normal sizes: the text as it is
    window.apply_text_size(96, announce=False)
    window.resize(320, 568)
    settle(qtbot)
    text = pane.toPlainText()
    assert SOFT_HYPHEN in text
    # Only inside words that are wider than a line: short words are untouched.
    for word in re.findall(r"\S+", text):
        if SOFT_HYPHEN in word:
            assert len(word.replace(SOFT_HYPHEN, "")) >= 3
    window.apply_text_size(18, announce=False)
    window.resize(1000, 700)
    settle(qtbot)
    assert SOFT_HYPHEN not in pane.toPlainText()


def _long_word(pane) -> tuple[int, int]:
    """The section's offsets of the first word the pane hyphenated."""
    text = pane.toPlainText()
    for match in re.finditer(r"\S+", text):
        if SOFT_HYPHEN in match.group():
            start, end = pane.to_model(match.start()), pane.to_model(match.end())
            return start, end
    raise AssertionError("no hyphenated word")


def _marked_text(pane, layer: str, index: int = 0) -> str:
    selection = pane.marks(layer)[index].cursor.selectedText()
    return selection.replace(SOFT_HYPHEN, "").replace("\u2029", "\n")


def test_speech_highlight_search_and_glossary_keep_their_offsets_on_a_hyphenated_word(window, qtbot):
    pane = window.reading_pane
    window.apply_text_size(96, announce=False)
    window.resize(1000, 700)
    settle(qtbot)
    if SOFT_HYPHEN not in pane.toPlainText():
        window.resize(320, 568)
        settle(qtbot)
    start, end = _long_word(pane)
    word = pane.section.text[start:end]
    # a later word, after the hyphenated one: its offsets are shifted in the document
    later = re.search(r"\w{4,}", pane.section.text[end:])
    l0, l1 = end + later.start(), end + later.end()

    # reading aloud: the sentence band and the word mark cover exactly the section's characters
    pane.set_reading_highlight((start, l1), (l0, l1), scroll=False)
    assert _marked_text(pane, "reading", 1) == pane.section.text[l0:l1]
    assert _marked_text(pane, "reading") == pane.section.text[start:l1]

    # search: a hit on the long word and on the later word
    pane.set_layer("search", [(start, end, pane.currentCharFormat()), (l0, l1, pane.currentCharFormat())])
    assert _marked_text(pane, "search") == word
    assert _marked_text(pane, "search", 1) == pane.section.text[l0:l1]

    # a cursor on the later word maps back to the section's offset
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.to_document(l0))
    assert pane.to_model(cursor.position()) == l0

    # glossary marks: every marked run is a term of the section, at the section's offsets
    from reader.ui import glossary_marks as glossary_panel

    glossary = window.services.pack.glossary
    occurrences = glossary_panel.mark_terms(pane, glossary, "all")
    assert occurrences
    for occ in occurrences:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.to_document(occ.start))
        cursor.setPosition(pane.to_document(occ.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace(SOFT_HYPHEN, "") == pane.section.text[occ.start : occ.end]
        inside = QTextCursor(pane.document())
        inside.setPosition(pane.to_document(occ.start) + 1)
        assert inside.charFormat().anchorHref().startswith(glossary_panel.SCHEME + ":")


def test_copy_gives_the_text_without_soft_hyphens(window, qtbot):
    pane = window.reading_pane
    window.apply_text_size(96, announce=False)
    window.resize(320, 568)
    settle(qtbot)
    pane.selectAll()
    data = pane.createMimeDataFromSelection()
    assert SOFT_HYPHEN not in data.text()
    assert data.text().split() == pane.section.text.split()


def test_growing_step_by_step_keeps_the_heading_whole_in_view(window, qtbot):
    """Ctrl+Plus from 12 to 96 pt at the top of a section: the view stays at its start."""
    from reader.preferences.typography import SIZE_STEPS

    pane = window.reading_pane
    window.resize(1000, 750)
    window.go_to_section(1)
    window.apply_text_size(12, announce=False)
    settle(qtbot)
    for size in SIZE_STEPS:
        window.apply_text_size(size, announce=False)
        settle(qtbot, 10)
        assert pane.verticalScrollBar().value() == 0, size
        assert layout_problems(pane) == [], size
