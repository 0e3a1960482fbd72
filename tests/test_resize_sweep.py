"""Every window size at every text size: whole words, controls in view and uncovered, no jumps.

For 12, 28, 48 and 96 pt text and each of the eleven window sizes (320 × 568 to
1600 × 1000), the window is resized and checked as a reader would see it:

1. no word is clipped and 2. no word is broken without a hyphen, in every reading
   pane shown (the full text, the lättläst pane, the overview beside the text);
3. every control (the buttons, the section list, the menu bar, the status bar,
   the panes) lies inside the window, which keeps the size it was given, and
   no other widget covers any part of it;
4. no control moves or changes size when only a label changes: *Läs upp* ->
   *Pausa* -> *Fortsätt* -> *Läs upp*, and Ctrl+L through *Hela texten*,
   *Lättläst* and *Båda* (each view checked for 1–3 as well).

Where a room is too small for the text size, what a polished reader does and
so what this test accepts (reader/preferences/typography.py, reader/ui/view_mode.py):

- The controls grow with the text only as far as the window holds them
  (``controls_scale``: 320 × 450 px per 100 %), so 96 pt text in a 320 × 568
  window has normal-sized controls that all fit, rather than twice-as-large
  ones pushed out of the window or under the text. Nothing is let off here.
- *Båda* puts the two texts side by side or one above the other where each gets
  three lines or a column of eight characters; where neither fits (48–96 pt in
  a small window) it shows the one text the reader is in and says why, rather
  than two panes of a letter or a line each. The test accepts one pane then.
- A word wider than a line at 96 pt in a 320 px window is split inside a
  syllable, still with a hyphen (reader/ui/hyphenation.py): accepted, as the
  hyphen is there. A text lower than one line (96 pt in a 384 px high window)
  scrolls; the test does not ask for a number of lines.
"""

from __future__ import annotations

import pytest

from reader.speech.controller import State
from reader.ui.hyphenation import SOFT_HYPHEN
from reader.ui.panel_scroll import MAX_SHARE
from reader.ui.view_mode import BOTH, FULL, MODES
from tests.layout_checks import SIZES, control_problems, geometries, layout_problems, moved, settle

TEXT_SIZES = (12, 28, 48, 96)
LABEL_STATES = (State.READING, State.PAUSED, State.STOPPED)  # Läs upp -> Pausa -> Fortsätt -> Läs upp


def what_a_reader_sees(window) -> list[str]:
    """Clipped words and words broken without a hyphen in every shown pane, then the controls."""
    problems = []
    for pane in window.panes():
        problems += [f"{pane.objectName()}: {p}" for p in layout_problems(pane)]
        if pane.toPlainText().replace(SOFT_HYPHEN, "") != pane.section.text:
            problems.append(f"{pane.objectName()}: the text is not the section's (plus soft hyphens)")
    return problems + control_problems(window)


@pytest.mark.parametrize("size", TEXT_SIZES)
def test_every_window_size_at_a_text_size(window, size):
    window.apply_text_size(size, announce=False)
    view, speech = window.features.view, window.features.speech
    problems: list[str] = []
    views_seen = set()
    both_shows: dict[tuple[int, int], int] = {}  # how many texts "Båda" shows in each room
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        where = f"{size} pt, {width} × {height}"
        if window.size().toTuple() != (width, height):
            problems.append(f"{where}: the window stays {window.size().toTuple()}, larger than its room")
        problems += [f"{where}, {view.mode}: {p}" for p in what_a_reader_sees(window)]
        before = geometries(window)
        for state in LABEL_STATES:
            speech.show_state(state)
            settle()
            problems += [f"{where}: {state.name} moved {m}" for m in moved(before, geometries(window))]
        for _ in MODES:  # Ctrl+L three times: every view, and back
            view.cycle()
            settle()
            views_seen.add(view.mode)
            problems += [f"{where}: Visa {view.mode} moved {m}" for m in moved(before, geometries(window))]
            if view.mode != FULL:  # (the full text was seen after the resize)
                problems += [f"{where}, {view.mode}: {p}" for p in what_a_reader_sees(window)]
            if view.mode == BOTH:
                both_shows[(width, height)] = len(window.panes())
    assert views_seen == set(MODES)
    assert problems == [], "\n".join(problems[:30])
    # One text for "Båda" only where two cannot fit: never at 12 pt, never in a large window.
    one_text = sorted(room for room, panes in both_shows.items() if panes < 2)
    assert (1600, 1000) not in one_text
    if size == TEXT_SIZES[0]:
        assert one_text == [], one_text
    print(f"{size} pt: Båda shows one text in {one_text}")


@pytest.mark.parametrize("size", TEXT_SIZES)
def test_a_smaller_size_asked_for_in_one_step_is_the_size_the_window_takes(window, size):
    """From 1600 × 1000 straight to each smaller size of the room test, and from the size of the
    last visit: the window takes the size, though the controls grown in the large window were
    wider (at 28 pt it stopped at 434 px wide until it was resized again)."""
    from reader.preferences.session_state import WINDOW_GEOMETRY

    window.apply_text_size(size, announce=False)
    problems = []
    for width, height in SIZES:
        window.resize(1600, 1000)
        settle()
        window.resize(width, height)
        settle()
        if window.size().toTuple() != (width, height):
            problems.append(f"{size} pt, 1600 × 1000 → {width} × {height}: {window.size().toTuple()}")
        last_visit = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
        window.resize(1600, 1000)
        settle()
        window.session.set(WINDOW_GEOMETRY, last_visit)
        assert window.restore_geometry()
        settle()
        if window.size().toTuple() != (width, height):
            problems.append(f"{size} pt, the last visit's {width} × {height}: {window.size().toTuple()}")
    assert problems == [], "\n".join(problems)


def test_growing_the_text_in_both_views_keeps_one_text_where_two_do_not_fit_and_says_so(window, qtbot):
    """Ctrl+Plus in *Båda* at one window size: the same choice as a resize makes, and announced."""
    view = window.features.view
    window.settings.set("view/controls_follow_text", False)  # only the text grows: nothing else resizes
    window.resize(1024, 700)
    window.apply_text_size(18, announce=False)
    view.set_mode(BOTH)
    settle()
    assert len(window.panes()) == 2
    window.apply_text_size(96)
    settle()
    qtbot.waitUntil(lambda: "plats för två texter" in window.statusBar().currentMessage())
    assert window.panes() == [window.reading_pane]
    assert view.mode == BOTH  # the reader's choice stays; the room decides what it shows
    assert what_a_reader_sees(window) == []
    window.apply_text_size(18)
    settle()
    assert len(window.panes()) == 2
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Visar båda"))
    assert what_a_reader_sees(window) == []


@pytest.mark.parametrize("size", TEXT_SIZES)
def test_with_every_reading_aloud_control_open(window, size):
    """*Fler val för uppläsning* open: its rows take at most half the room above the text and scroll
    beyond it (a control scrolled out of view is not counted as covered; the part in view is)."""
    window.settings.set("speech/more_controls", True)
    window.apply_text_size(size, announce=False)
    problems: list[str] = []
    for width, height in SIZES:
        # As a window manager does while an edge is dragged: the size, and again once the controls
        # have followed (one jump from a large window keeps the larger controls' minimum).
        for _ in range(2):
            window.resize(width, height)
            settle()
        where = f"{size} pt, {width} × {height}"
        if window.size().toTuple() != (width, height):
            problems.append(f"{where}: the window stays {window.size().toTuple()}, larger than its room")
        # (The words: the panel changes the text's height, not its width, so they wrap as above.)
        problems += [f"{where}: {p}" for p in control_problems(window)]
        panel = window.features.speech.panel
        scroll = panel.parentWidget().parentWidget()
        assert panel.isVisible(), where
        # Half the room at most (or its first row): the text keeps the rest.
        room = max(panel.minimumSizeHint().height(), window.reading_area.height() * MAX_SHARE)
        assert scroll.height() <= room + 1, where
        problems += [f"{where}: {p}" for p in _rows_cut_in_half(panel, scroll.viewport())]
    assert problems == [], "\n".join(problems[:30])


def _rows_cut_in_half(panel, view) -> list[str]:
    """Buttons of ``panel`` that its scroll area shows only in part, their lower part under the
    text (a row is wholly in view or scrolled to; at 48 pt one was cut in half)."""
    from PySide6.QtWidgets import QPushButton

    cut = []
    for button in panel.findChildren(QPushButton):
        if not button.isVisible():
            continue
        top = button.mapTo(view, button.rect().topLeft()).y()
        shown = min(top + button.height(), view.height()) - max(top, 0)
        if 0 < shown < button.height():
            cut.append(f"{button.text()!r} shows {shown} of {button.height()} px")
    return cut
