"""Text style: limits, live debounced changes, reflow at 320 px, and the reading position kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.preferences import typography
from reader.preferences.typography import TextStyle


def test_clamped_keeps_every_value_in_range():
    wild = TextStyle(
        size_pt=500, line_height=9, paragraph_spacing=-1, letter_spacing=3, word_spacing=-2, max_chars=7
    )
    style = typography.clamped(wild)
    assert style.size_pt == typography.MAX_SIZE_PT
    assert style.line_height == typography.LINE_HEIGHT_RANGE[1]
    assert style.paragraph_spacing == typography.PARAGRAPH_SPACING_RANGE[0]
    assert style.letter_spacing == typography.LETTER_SPACING_RANGE[1]
    assert style.word_spacing == typography.WORD_SPACING_RANGE[0]
    assert style.max_chars == typography.MAX_CHARS_RANGE[0]


def test_wcag_text_spacing_values():
    style = typography.wcag_text_spacing(TextStyle())
    assert style.line_height >= 1.5
    assert style.paragraph_spacing >= 2.0
    assert style.letter_spacing >= 0.12
    assert style.word_spacing >= 0.16


def test_settings_reach_the_pane_after_a_pause(window, qtbot):
    pane = window.reading_pane
    window.settings.set("text/line_height", 2.0)
    window.settings.set("text/letter_spacing", 0.1)
    window.settings.set("text/family", "atkinson")
    # Debounced: nothing yet, then all at once.
    assert pane.text_style.line_height != 2.0
    qtbot.waitUntil(lambda: pane.text_style.line_height == 2.0, timeout=2000)
    assert pane.text_style.letter_spacing == pytest.approx(0.1)
    assert pane.text_style.family == "Atkinson Hyperlegible"
    assert pane.font().family() == "Atkinson Hyperlegible"


def test_text_is_left_aligned_never_justified(window):
    window.settings.set("text/word_spacing", 0.5)
    window.features.appearance.flush()
    block = window.reading_pane.document().begin()
    while block.isValid():
        assert not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
        block = block.next()


def _apply_extremes(window, **values):
    for key, value in values.items():
        window.settings.set(key, value)
    window.apply_text_size(typography.MAX_SIZE_PT, announce=False)
    window.features.appearance.flush()


@pytest.mark.parametrize(
    "values",
    [
        # WCAG 1.4.12 test spacing at the largest size
        {
            "text/line_height": 1.5,
            "text/paragraph_spacing": 2.0,
            "text/letter_spacing": 0.12,
            "text/word_spacing": 0.16,
        },
        # every spacing at its maximum, bold, the widest font
        {
            "text/line_height": 2.5,
            "text/paragraph_spacing": 3.0,
            "text/letter_spacing": 0.25,
            "text/word_spacing": 0.5,
            "text/bold": True,
            "text/family": "opendyslexic",
        },
    ],
)
def test_320px_window_no_horizontal_scroll_nothing_clipped(window, qtbot, values):
    window.resize(320, 700)
    qtbot.wait(20)
    _apply_extremes(window, **values)
    qtbot.wait(20)
    pane = window.reading_pane
    assert pane.width() <= 400  # the window's other panels set its least width
    assert pane.horizontalScrollBar().maximum() == 0
    assert not pane.horizontalScrollBar().isVisible()
    # Nothing clipped: the laid-out text is no wider than the visible area,
    # and every line of text is inside the document's width.
    doc = pane.document()
    assert doc.size().width() <= pane.viewport().width() + 1
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        assert rect.right() <= doc.size().width() + 1
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            assert line.naturalTextWidth() <= pane.viewport().width()
        block = block.next()
    # Everything can be scrolled to: the vertical range covers the whole text.
    bar = pane.verticalScrollBar()
    assert bar.maximum() + pane.viewport().height() >= doc.size().height() - 2


def _top_sentence(window) -> int:
    pane = window.reading_pane
    return window.current_section().sentence_at(pane.top_position())


def test_position_kept_across_size_and_spacing_change(window, qtbot):
    window.go_to_section(1)
    pane = window.reading_pane
    section = window.current_section()
    target = section.sentences[len(section.sentences) // 2]
    pane.scroll_to_position(target.start, top=True)
    qtbot.wait(10)
    before = _top_sentence(window)
    assert before is not None and before > 0
    window.apply_text_size(40, announce=False)
    window.settings.set("text/line_height", 2.2)
    window.features.appearance.flush()
    qtbot.wait(10)
    assert _top_sentence(window) == before
    window.apply_text_size(14, announce=False)
    qtbot.wait(10)
    assert _top_sentence(window) == before


def test_line_length_limit_narrows_the_text(window, qtbot):
    window.resize(1600, 800)
    window.settings.set("text/max_chars", 40)
    window.features.appearance.flush()
    qtbot.wait(10)
    narrow = window.reading_pane.document().rootFrame().frameFormat().leftMargin()
    window.settings.set("text/max_chars", 100)
    window.features.appearance.flush()
    qtbot.wait(10)
    wide = window.reading_pane.document().rootFrame().frameFormat().leftMargin()
    assert narrow > wide


@pytest.mark.parametrize(("scale", "width"), [(100, 320), (200, 640)])
def test_appearance_panel_and_search_bar_reflow(window, qtbot, scale, width):
    """At 100 % the panel fits 320 px; at 200 % (twice the size) it fits 640 px."""
    from PySide6.QtWidgets import QScrollArea

    window.settings.set("view/ui_scale", scale)
    window.features.appearance.action_appearance.trigger()
    panel = window.features.appearance.panel
    qtbot.wait(10)
    assert panel.minimumSizeHint().width() <= width
    panel.resize(width, 600)
    qtbot.wait(10)
    assert panel.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    window.features.search.open_bar()
    assert window.features.search.minimumSizeHint().width() <= width
