"""Reading three ways (full text, lättläst, both) and hard words explained, by mouse and keyboard."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.content.loader import load_pack
from reader.preferences.session_state import OVERVIEW_SEEN, SessionState
from reader.preferences.settings import Settings
from reader.services import services_for
from reader.ui.glossary_marks import SCHEME
from reader.ui.glossary_panel import leave_pane
from reader.ui.main_window import MainWindow
from reader.ui.view_mode import BOTH, FULL, SUMMARY, next_mode


def make_window(qtbot, root, settings=None, seen_overview=True):
    settings = settings if settings is not None else Settings()
    if seen_overview:
        SessionState(settings.store).set(OVERVIEW_SEEN, True)
    result = load_pack(root)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, content_root):
    return make_window(qtbot, content_root)


def names(panes):
    return [p.objectName() for p in panes]


def test_cycle_order():
    assert [next_mode(FULL), next_mode(SUMMARY), next_mode(BOTH), next_mode("x")] == [
        SUMMARY,
        BOTH,
        FULL,
        FULL,
    ]


def test_starts_with_the_full_text(window):
    view = window.features.view
    assert view.mode == FULL
    assert view.visible_panes() == [window.reading_pane]
    assert window.active_pane() is window.reading_pane


def test_ctrl_l_cycles_and_is_announced(window, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(window, "announce", said.append)
    view = window.features.view
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.mode == SUMMARY
    assert names(view.visible_panes()) == ["SummaryPane"]
    assert window.active_pane() is view.summary_pane
    assert "lättläst" in said[-1]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.mode == BOTH
    assert names(view.visible_panes()) == ["ReadingPane", "SummaryPane"]
    assert "båda" in said[-1]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.mode == FULL
    assert names(view.visible_panes()) == ["ReadingPane"]


def test_one_click_on_the_button_changes_the_view(window, qtbot):
    button = next(b for b in window.button_bar.buttons() if b.action is window.features.view.cycle_action)
    assert "Hela texten" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.features.view.mode == SUMMARY
    assert "Lättläst" in button.text()
    assert button.accessibleName() == button.text()


def test_the_view_stays_when_the_section_changes(window):
    view = window.features.view
    view.set_mode(SUMMARY)
    for index in range(len(window.document.sections)):
        window.go_to_section(index)
        section = window.document.sections[index]
        assert view.mode == SUMMARY
        assert view.summary_pane.section.id == section.id
        assert view.summary_pane.isVisibleTo(window)
    window.previous_section()
    assert view.summary_pane.section.id == window.current_section().id


def test_the_choice_is_remembered(qtbot, content_root):
    settings = Settings()
    first = make_window(qtbot, content_root, settings)
    first.features.view.set_mode(BOTH)
    second = make_window(qtbot, content_root, settings)
    assert second.features.view.mode == BOTH
    assert second.features.view.mode_actions[BOTH].isChecked()


def test_both_side_by_side_when_wide_and_stacked_when_narrow(window, qtbot):
    view = window.features.view
    view.set_mode(BOTH)
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Horizontal)
    window.resize(600, 800)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
    full, summary = view.full_pane, view.summary_pane
    assert summary.mapTo(window, summary.rect().topLeft()).y() > full.mapTo(window, full.rect().topLeft()).y()


def test_plain_text_is_unchanged_by_the_marks(window):
    view = window.features.view
    view.set_mode(BOTH)
    for index, section in enumerate(window.document.sections):
        window.go_to_section(index)
        assert window.reading_pane.toPlainText() == section.text
        assert view.summary_pane.toPlainText() == view.summary_pane.section.text


def anchors(pane):
    found = []
    for block in blocks(pane):
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith(SCHEME + ":"):
                found.append((fragment.position(), href))
            it += 1
    return found


def test_terms_are_marked_discreetly(window):
    window.go_to_section_id("ansvar")
    marks = anchors(window.reading_pane)
    assert len(marks) >= 10
    cursor = QTextCursor(window.reading_pane.document())
    cursor.setPosition(marks[0][0] + 1)
    fmt = cursor.charFormat()
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DotLine
    # The mark keeps the text's own colour, so it has the text's contrast in every theme.
    assert not fmt.hasProperty(fmt.Property.ForegroundBrush)


def test_marks_in_headings_survive_a_new_size_or_theme(window):
    """A hard word in a heading ("Ett ansvarstagande Helsingborg") stays marked, and nothing else in
    the heading becomes a link, when the text grows or the colours change: the heading's size used
    to be set with one format for the whole heading, which dropped the mark."""
    for section_id in ("inledning", "ansvar", "trygghet", "arbete", "valfard", "livskvalitet"):
        window.go_to_section_id(section_id)
        pane = window.reading_pane
        spans = pane._anchor_spans()
        headings = [b for b in blocks(pane) if b.blockFormat().headingLevel()]
        in_headings = [
            s for s in spans if any(b.position() <= s[0] < b.position() + b.length() for b in headings)
        ]
        if section_id == "ansvar":
            assert in_headings, "the programme's heading has a hard word"
        window.settings.set("view/theme", "high_contrast")
        window.settings.set("text/size_pt", 28)
        assert pane._anchor_spans() == spans, section_id
        window.settings.set("view/theme", "light")
        window.settings.set("text/size_pt", 18)
        assert pane._anchor_spans() == spans, section_id


def blocks(pane):
    block = pane.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_marks_can_be_turned_off_and_on(window):
    window.go_to_section_id("ansvar")
    window.settings.set("glossary/marks", "off")
    assert anchors(window.reading_pane) == []
    window.settings.set("glossary/marks", "all")
    all_marks = len(anchors(window.reading_pane))
    window.settings.set("glossary/marks", "first")
    assert 0 < len(anchors(window.reading_pane)) < all_marks


def test_a_term_is_reached_and_opened_with_the_keyboard_alone(window, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(window, "announce", said.append)
    window.go_to_section_id("ansvar")
    pane = window.reading_pane
    panel = window.features.glossary.panel
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    scroll = pane.verticalScrollBar().value()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.hasFocus()
    href = pane.selected_anchor()
    assert href.startswith(SCHEME + ":")
    # The word is announced with what Enter does; it is not made the text's selection (a screen
    # reader would read the selection moving: "… avmarkerad … markerad").
    start = pane.textCursor().position()
    word = pane.toPlainText()[start:].split()[0].strip(".,:;")
    assert said[-1].startswith(word) and "Enter" in said[-1]
    assert not pane.textCursor().hasSelection()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    second = pane.textCursor().position()
    assert second > start and not pane.textCursor().hasSelection()
    assert pane.selected_anchor().startswith(SCHEME + ":")
    qtbot.keyClick(pane, Qt.Key.Key_Backtab)
    assert pane.textCursor().position() == start and pane.selected_anchor() == href
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.isVisible)
    term = window.features.glossary.glossary.term(href.split(":", 1)[1])
    assert panel.term_label.text() == term.term
    assert panel.explanation.text() == term.explanation
    assert said[-1].startswith(term.term)
    # The reader stays where they were.
    assert pane.hasFocus()
    assert pane.verticalScrollBar().value() == scroll
    # Escape closes the explanation; Ctrl+Tab leaves the text without walking every mark.
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.keyClick(pane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not pane.hasFocus()


def test_the_word_tab_reached_is_marked_until_the_cursor_moves(window, qtbot):
    """The reached word shows as a selection does (the theme's selection colours) without being
    the selection; an arrow key, or the marks turned off, let it go, and Enter then opens nothing."""
    window.go_to_section_id("ansvar")
    pane = window.reading_pane
    panel = window.features.glossary.panel
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)

    def reached() -> list[str]:
        highlight = pane.palette().highlight().color()
        return [
            s.cursor.selectedText()
            for s in pane.extraSelections()
            if s.format.background().color() == highlight and s.cursor.hasSelection()
        ]

    assert reached() == []
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    start = pane.textCursor().position()
    assert reached() and pane.toPlainText()[start:].startswith(reached()[0].replace("\xad", ""))
    window.settings.set("view/theme", "high_contrast")  # a new theme: its selection colours
    assert reached(), "the mark keeps the selection's colours in a new theme"
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert reached() == [] and pane.selected_anchor() == ""
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert not panel.isVisible()
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)  # the cursor before the word again: the same word
    assert pane.textCursor().position() == start and reached()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.textCursor().position() > start and reached()
    window.settings.set("glossary/marks", "off")
    assert pane.selected_anchor() == ""
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert not panel.isVisible()
    window.settings.set("glossary/marks", "first")


def test_leave_pane_moves_focus_out(window, qtbot):
    pane = window.reading_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    assert leave_pane(pane, forward=False)
    assert not pane.hasFocus()


def test_clicking_a_mark_shows_its_explanation(window):
    window.go_to_section_id("trygghet")
    controller = window.features.glossary
    assert controller.explain("penningtvatt", window.reading_pane)
    assert controller.panel.isVisible()
    assert controller.panel.term_label.text() == "penningtvätt"
    assert not controller.explain("finns-inte")


def test_glossary_list_with_filter(window, qtbot):
    controller = window.features.glossary
    panel = controller.panel
    qtbot.keyClick(
        window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(panel.isVisible)
    assert panel.filter.hasFocus()
    assert panel.list.count() == len(controller.glossary.terms) >= 40
    items = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert items == [t.term for t in controller.glossary.sorted_terms()]
    qtbot.keyClicks(panel.filter, "penning")
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    assert panel.term_label.text() == "penningtvätt"
    qtbot.keyClicks(panel.filter, "xyz")
    assert panel.list.count() == 0
    assert "Inga ord" in panel.count_label.text()


def test_missing_summary_is_said_in_plain_words(qtbot, tmp_path, content_root):
    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "summaries" / "arbete.md").unlink()
    win = make_window(qtbot, pack)
    view = win.features.view
    view.set_mode(SUMMARY)
    win.go_to_section_id("arbete")
    assert view.missing_label.isVisibleTo(win)
    assert "ingen lättläst version" in view.missing_label.text()
    assert names(view.visible_panes()) == ["ReadingPane"]  # the full text is shown instead
    assert win.active_pane() is win.reading_pane
    win.go_to_section_id("valfard")
    assert not view.missing_label.isVisibleTo(win)
    assert view.summary_pane.section.id == "valfard"


def test_no_summaries_and_no_glossary_still_open(qtbot, tmp_path, content_root):
    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    shutil.rmtree(pack / "summaries")
    (pack / "glossary.toml").unlink()
    win = make_window(qtbot, pack, seen_overview=False)
    view = win.features.view
    assert not view.showing_overview
    view.set_mode(BOTH)
    assert view.missing_label.isVisibleTo(win)
    assert not win.features.glossary.action_list.isEnabled()
    assert anchors(win.reading_pane) == []


def test_a_new_reader_sees_the_overview_first(qtbot, content_root):
    win = make_window(qtbot, content_root, seen_overview=False)
    view = win.features.view
    assert view.showing_overview
    assert view.summary_pane.section.id == "overview"
    assert view.summary_pane.isVisibleTo(win)
    assert win.session.get(OVERVIEW_SEEN) is True
    win.next_section()
    assert not view.showing_overview
    assert names(view.visible_panes()) == ["ReadingPane"]


def test_summary_follows_text_size(window, qtbot):
    view = window.features.view
    view.set_mode(BOTH)
    window.apply_text_size(30)
    qtbot.waitUntil(lambda: view.summary_pane.text_style.size_pt == 30)


def test_escape_in_the_glossary_list_returns_to_the_text(window, qtbot):
    controller = window.features.glossary
    window.reading_pane.setFocus()
    qtbot.keyClick(
        window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(controller.panel.filter.hasFocus)
    qtbot.keyClick(controller.panel.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not controller.panel.isVisible())
    assert window.reading_pane.hasFocus()


def test_a_new_visitor_starts_afresh(window, qtbot):
    view = window.features.view
    controller = window.features.glossary
    view.set_mode(BOTH)
    window.go_to_section_id("arbete")
    controller.explain("penningtvatt", window.reading_pane)
    qtbot.keyClicks(controller.panel.filter, "skatt")
    window.services.visitor.new_visitor.emit()
    window.settings.reset()
    window.go_to_section(0)
    assert not controller.panel.isVisible()
    assert controller.panel.filter.text() == ""
    assert view.mode == FULL
    qtbot.waitUntil(lambda: view.showing_overview)
    assert view.summary_pane.section.id == "overview"


def test_focus_follows_the_reader_into_the_shown_pane(window, qtbot):
    view = window.features.view
    window.reading_pane.setFocus()
    qtbot.waitUntil(window.reading_pane.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.summary_pane.hasFocus()
    window.section_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert view.summary_pane.hasFocus()


def test_page_down_at_the_end_of_a_summary_goes_on(window, qtbot):
    view = window.features.view
    view.set_mode(SUMMARY)
    window.go_to_section(0)
    pane = view.summary_pane
    pane.setFocus()
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert window.current_index == 1
    assert pane.section.id == window.document.sections[1].id
    pane.verticalScrollBar().setValue(0)
    qtbot.keyClick(pane, Qt.Key.Key_PageUp)
    assert window.current_index == 0


def test_a_mark_opens_with_a_mouse_click(window, qtbot):
    window.go_to_section_id("arbete")
    pane = window.reading_pane
    position, href = anchors(pane)[0]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position + 1)
    pane.scroll_to_position(position)
    rect = pane.cursorRect(cursor)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = window.features.glossary.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.current is not None and panel.current.id == href.split(":", 1)[1]


def test_hard_words_in_the_summaries_are_marked_too(window):
    view = window.features.view
    view.set_mode(SUMMARY)
    window.go_to_section_id("trygghet")
    hrefs = {href for _pos, href in anchors(view.summary_pane)}
    assert {"glossary:valfardsbrott", "glossary:utanforskapsomrade", "glossary:penningtvatt"} <= hrefs
    cursor = QTextCursor(view.summary_pane.document())
    cursor.setPosition(anchors(view.summary_pane)[0][0] + 1)
    fmt = cursor.charFormat()
    assert not fmt.hasProperty(fmt.Property.TextUnderlineColor)  # the text's own colour


def test_a_malformed_glossary_is_reported_and_the_app_works(qtbot, tmp_path, content_root):
    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "glossary.toml").write_text('[[term]]\nterm = "a\n', "utf-8")
    (pack / "summaries" / "ansvar.md").write_text("Ingen rubrik här.\n", "utf-8")
    win = make_window(qtbot, pack)
    qtbot.waitUntil(lambda: getattr(win, "content_error_box", None) is not None)
    text = win.content_error_box.informativeText()
    assert "glossary.toml, rad 2" in text
    assert "summaries/ansvar.md, rad 1" in text
    win.features.view.set_mode(SUMMARY)
    win.go_to_section_id("ansvar")
    assert win.features.view.missing_label.isVisibleTo(win)
    win.go_to_section_id("arbete")
    assert win.features.view.summary_pane.section.id == "arbete"


def test_the_greeting_stands_beside_the_text_only_where_both_get_room(qtbot, content_root):
    """Side by side, or one above the other in a tall window; otherwise the full text alone."""
    win = make_window(qtbot, content_root, seen_overview=False)
    view = win.features.view
    assert view.showing_overview
    assert names(view.visible_panes()) == ["ReadingPane", "SummaryPane"]  # 1200 × 800: side by side
    win.resize(960, 700)  # the two would stand one above the other, each with a few lines
    qtbot.waitUntil(lambda: names(view.visible_panes()) == ["ReadingPane"])
    win.resize(960, 1040)  # tall enough for both, one above the other
    qtbot.waitUntil(lambda: names(view.visible_panes()) == ["ReadingPane", "SummaryPane"])
    assert view.summary_pane.section.id == "overview"
