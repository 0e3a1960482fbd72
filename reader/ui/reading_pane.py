"""The reading pane: one section's text, styled, highlighted, never online.

A read-only QTextEdit that shows a section's HTML. It never follows links and
never loads a resource (images, style sheets), so content cannot reach the
network. Features mark ranges of the text (reading highlight, search matches)
through named layers of extra selections, so they do not overwrite each other.

Why not a QTextBrowser: Qt tells screen readers that a QTextBrowser is a
*label*, whose text they do not read with their reading commands. A read-only
QTextEdit is a text (document) they read line by line and with "say all". The
little a QTextBrowser added is here: Tab and Shift+Tab move from link to link
(the marked hard words) before they leave the text, Enter or a click on a link
sends ``anchorClicked``. Unlike a QTextBrowser, the link Tab reaches is not made
the text's selection: the cursor goes to its start and the word is marked as a
selection would be. A screen reader reads a selection that moves as one word
unselected and another selected (Orca: "… avmarkerad … markerad"); the word and
what Enter does are announced instead (``link_focused``). The accessible name says which text it is
("Inledning – hela texten"), and the pane follows the screen reader's reading
position (Qt asks the widget's ``_q_ensureVisible`` for that).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRectF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QWidget

from reader.content.model import Section
from reader.preferences.typography import TextStyle, heading_size
from reader.ui.hyphenation import SOFT_HYPHEN, OffsetMap, hyphenate_long_words

Span = tuple[int, int]
DOCUMENT_MARGIN_PX = 24


class ReadingPane(QTextEdit):
    """Shows a :class:`Section`; positions in it are the model's offsets."""

    zoom_requested = Signal(int)  # +1 larger, -1 smaller (Ctrl+wheel)
    section_shown = Signal(object)
    anchorClicked = Signal(QUrl)  # noqa: N815 (QTextBrowser's name, which the glossary uses)
    link_focused = Signal(str, str)  # Tab reached a link: its href and its words

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._section: Section | None = None
        # Which text this is, e.g. ("ReadingPane", "hela texten"): translated when the name is made.
        self._kind: tuple[str, str] | None = None
        self._press: tuple[str, QPoint] | None = None  # the link under a mouse press, and where
        self._style = TextStyle()
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # The link Tab reached (a cursor selecting it, which follows edits such as hyphens), while
        # the text cursor stays at its start.
        self._link: QTextCursor | None = None
        self.cursorPositionChanged.connect(self._forget_link_if_moved)
        self._hyphens = OffsetMap()  # soft hyphens in words wider than the line
        self._hyphenating = False
        # The text at the top of the view as the reader left it: a new size of the pane (the
        # window resized, the controls grown with the text) brings it back to the top.
        self._kept_top: int | None = None
        self._relaying = False
        self.verticalScrollBar().valueChanged.connect(self._remember_top)
        self.sentence_color = QColor("#fff0a0")
        self.sentence_mark_color: QColor | None = None  # the band's edge, set by the appearance
        self.word_color = QColor("#1f4fa8")
        self.word_text_color = QColor("#ffffff")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        # Text always re-wraps to the window, even a single long word.
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setLocale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        self.document().setDocumentMargin(DOCUMENT_MARGIN_PX)
        # Qt's default asks for more: in a low window with the search bar open the text gives
        # way down to this, rather than being laid over the bar's buttons.
        self.setMinimumHeight(40)

    # -- content -------------------------------------------------------------
    @property
    def section(self) -> Section | None:
        return self._section

    def show_section(self, section: Section, html: str | None = None) -> None:
        """Show ``section``; ``html`` may replace its HTML if the plain text is the same."""
        self._section = section
        self._layers.clear()
        self._link = None
        self.setExtraSelections([])
        self._hyphens = OffsetMap()
        self.setHtml(html if html is not None else section.html)
        self._apply_block_format()
        self._update_margins()
        self._hyphenate()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self._update_name()
        self.section_shown.emit(section)

    # -- what a screen reader calls it ---------------------------------------------
    def set_kind(self, context: str, kind: object) -> None:
        """Name the pane "<section title> – <kind>"; ``kind`` is translated in ``context``."""
        self._kind = (context, str(kind))  # QT_TRANSLATE_NOOP's text
        self._update_name()

    def _update_name(self) -> None:
        if self._kind is None or self._section is None:
            return
        kind = QCoreApplication.translate(*self._kind)
        self.setAccessibleName(f"{self._section.title} – {kind}" if self._section.title else kind)

    # -- links (the marked hard words), as a QTextBrowser does -------------------------
    def _anchor_spans(self) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if spans and spans[-1][1] == start and spans[-1][2] == fmt.anchorHref():
                        spans[-1] = (spans[-1][0], end, fmt.anchorHref())
                    else:
                        spans.append((start, end, fmt.anchorHref()))
                it += 1
            block = block.next()
        return spans

    def _reached(self, spans: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
        """The link Tab reached, of ``spans``, if the text cursor is still at its start and it is
        still a link (not when the marks were turned off, or the text changed)."""
        link, cursor = self._link, self.textCursor()
        if link is None or cursor.hasSelection() or cursor.position() != link.selectionStart():
            return None
        return next((s for s in spans if s[:2] == (link.selectionStart(), link.selectionEnd())), None)

    def _forget_link_if_moved(self) -> None:
        if self._link is not None and self._reached(self._anchor_spans()) is None:
            self._link = None
            self._apply_extra_selections()

    def selected_anchor(self) -> str:
        """The href of the link Tab reached, or of a link selected whole, or ""."""
        spans = self._anchor_spans()
        reached = self._reached(spans)
        if reached is not None:
            return reached[2]
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        return next((href for start, end, href in spans if (start, end) == selected), "")

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab and Shift+Tab stop at each link after (before) the cursor, then leave the text."""
        # Not while Qt hands the focus on from a pane being hidden (then it is not visible).
        if (
            self.isVisible()
            and self.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        ):
            spans = self._anchor_spans()
            reached = self._reached(spans)
            cursor = self.textCursor()  # without a selection, both ends are the cursor's position
            first, last = reached[:2] if reached else (cursor.selectionStart(), cursor.selectionEnd())
            if forward:
                target = next((s for s in spans if s[0] >= last), None)
            else:
                target = next((s for s in reversed(spans) if s[1] <= first), None)
            if target is not None:
                self._reach_link(*target)
                return True
        return super().focusNextPrevChild(forward)

    def _reach_link(self, start: int, end: int, href: str) -> None:
        link = QTextCursor(self.document())
        link.setPosition(start)
        link.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._link = link  # before the cursor moves, so that the move does not forget it
        caret = QTextCursor(self.document())
        caret.setPosition(start)
        self.setTextCursor(caret)
        self._apply_extra_selections()
        self.ensureCursorVisible()
        self.link_focused.emit(href, link.selectedText().replace(SOFT_HYPHEN, ""))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            href = self.selected_anchor()
            if href:
                self.anchorClicked.emit(QUrl(href))
                event.accept()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        point = event.position().toPoint()
        self._press = (self.anchorAt(point), point)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        pressed, self._press = self._press, None
        href = self.anchorAt(point)
        moved = (
            pressed is not None and (point - pressed[1]).manhattanLength() >= QApplication.startDragDistance()
        )
        if href and pressed is not None and href == pressed[0] and not moved:  # a click, not a drag
            self.anchorClicked.emit(QUrl(href))

    # -- following the screen reader ---------------------------------------------------
    @Slot(QRectF)
    def _q_ensureVisible(self, rect: QRectF) -> None:  # noqa: N802 (the name Qt's accessibility calls)
        """Scroll so that ``rect`` (in document coordinates) is in view.

        Qt's accessibility asks for this when a screen reader reads on ("say all") or
        moves to a text range; QTextEdit itself no longer has it in Qt 6.
        """
        bar = self.verticalScrollBar()
        top, bottom = int(rect.top()), int(rect.bottom())
        height = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + height:
            bar.setValue(max(0, top - height // 3))

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:  # noqa: N802 (Qt API)
        """Never load anything: no images, no style sheets, nothing remote or local."""
        return None

    # -- look ----------------------------------------------------------------
    @property
    def text_style(self) -> TextStyle:
        return self._style

    def apply_style(self, style: TextStyle) -> None:
        """Apply font, size and spacing to the whole text, keeping the top sentence in view."""
        anchor = self.top_position()
        self._style = style
        font = QFont(self.font())
        if style.family:
            font.setFamily(style.family)
        font.setPointSizeF(style.size_pt)
        font.setBold(style.bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + style.letter_spacing * 100)
        font.setWordSpacing(style.word_spacing * style.size_pt * self.logicalDpiY() / 72)
        self.document().setDefaultFont(font)
        self.setFont(font)
        self._apply_block_format()
        self._update_margins()
        self._hyphenate()
        if anchor is not None:
            self.scroll_to_position(anchor, top=True)

    def _apply_block_format(self) -> None:
        style = self._style
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(style.line_height * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(style.paragraph_spacing * style.size_pt * self.logicalDpiY() / 72)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cursor.mergeBlockFormat(fmt)
        # Body text at the chosen size; headings only a little larger, so a
        # heading at 96 pt does not become a few letters a screen.
        block = self.document().begin()
        while block.isValid():
            size = heading_size(self._style.size_pt, block.blockFormat().headingLevel())
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            if block.blockFormat().headingLevel():
                # HTML headings carry a relative size ("xx-large") that would win over points.
                # Each piece keeps its own format: a marked hard word in a heading stays a link
                # (one format for the whole heading once dropped its mark, or made it all one).
                pieces, fragments = [], block.begin()
                while not fragments.atEnd():  # read first: a new format can merge fragments
                    fragment = fragments.fragment()
                    pieces.append((fragment.position(), fragment.length(), fragment.charFormat()))
                    fragments += 1
                for start, length, heading in pieces:
                    heading.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    heading.setFontPointSize(size)
                    piece = QTextCursor(self.document())
                    piece.setPosition(start)
                    piece.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
                    piece.setCharFormat(heading)
            else:
                body = QTextCharFormat()
                body.setFontPointSize(size)
                cursor.mergeCharFormat(body)
            block = block.next()

    def _update_margins(self) -> None:
        """Limit the line length to ``max_chars`` by widening the side margins."""
        metrics = self.fontMetrics()
        width = self.viewport().width()
        # A border of white space around the text, smaller in a narrow window.
        # Set every time: loading new HTML resets the document's frame.
        margin = DOCUMENT_MARGIN_PX if width >= 480 else DOCUMENT_MARGIN_PX // 2
        self.document().setDocumentMargin(margin)
        wanted = metrics.averageCharWidth() * self._style.max_chars
        side = max(0, (width - wanted - 2 * margin) // 2)
        fmt = self.document().rootFrame().frameFormat()
        fmt.setLeftMargin(margin + side)
        fmt.setRightMargin(margin + side)
        self.document().rootFrame().setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        kept = self._kept_top
        self._relaying = True
        try:
            super().resizeEvent(event)
            self._update_margins()
        finally:
            self._relaying = False
        self._keep_top(kept)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Resize:
            return super().viewportEvent(event)
        kept = self._kept_top
        self._relaying = True
        try:
            handled = super().viewportEvent(event)
            if event.oldSize().width() != event.size().width():
                # The line's width changed (the window, or a scroll bar came or went).
                self._update_margins()
                self._hyphenate()
        finally:
            self._relaying = False
        self._keep_top(kept)
        return handled

    def _remember_top(self, _value: int = 0) -> None:
        if not self._relaying:
            self._kept_top = self.top_position()

    def _keep_top(self, kept: int | None) -> None:
        """Back to the text the reader had at the top, after the pane's size changed."""
        if kept is not None and kept != self.top_position():
            self.scroll_to_position(kept, top=True)
        self._kept_top = kept

    # -- long words --------------------------------------------------------------
    def _hyphenate(self) -> None:
        """Hyphenate the words wider than the line at this size and width (and only those)."""
        if (self._section is None and not self._hyphens) or self._hyphenating:
            return
        self._hyphenating = True
        try:
            self._hyphens = hyphenate_long_words(self.document(), self._hyphens)
        finally:
            self._hyphenating = False

    def to_document(self, position: int) -> int:
        """The document position of the section's offset ``position`` (soft hyphens skipped)."""
        return self._hyphens.to_document(position)

    def to_model(self, position: int) -> int:
        """The section's offset of a document position (e.g. a cursor's)."""
        return self._hyphens.to_model(position)

    def createMimeDataFromSelection(self):  # noqa: N802 (Qt API)
        """Copied text is the section's own: without the soft hyphens of long words."""
        data = super().createMimeDataFromSelection()
        if data.hasText():
            data.setText(data.text().replace(SOFT_HYPHEN, ""))
        if data.hasHtml():
            data.setHtml(data.html().replace(SOFT_HYPHEN, ""))
        return data

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_margins()
        elif event.type() == QEvent.Type.LanguageChange:
            self._update_name()
        elif event.type() == QEvent.Type.PaletteChange and self._link is not None:
            self._apply_extra_selections()  # the reached word in the new theme's selection colours

    # -- positions -------------------------------------------------------------
    def top_position(self) -> int | None:
        """The text offset shown at the top-left of the view (None at the very top).

        At the top there is nothing to keep: returning None also avoids asking a
        pane that has not been laid out yet, whose answer would be meaningless.
        """
        if self._section is None or self.verticalScrollBar().value() <= 0:
            return None
        return self.to_model(self.cursorForPosition(self.viewport().rect().topLeft()).position())

    def scroll_to_position(self, position: int, top: bool = False) -> None:
        """Scroll to the section's offset ``position``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(self.to_document(position), self.document().characterCount() - 1)))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if top:
            bar.setValue(bar.value() + rect.top())
        elif rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # -- highlights ------------------------------------------------------------
    def marks(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The marks of layer ``name`` now shown (empty when there are none)."""
        return list(self._layers.get(name, []))

    def set_layer(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace the marks of layer ``name`` (e.g. "reading", "search"); spans are the section's offsets."""
        selections = []
        last = self.document().characterCount() - 1
        for start, end, fmt in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(self.to_document(start), last)))
            cursor.setPosition(max(0, min(self.to_document(end), last)), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self._layers[name] = selections
        self._apply_extra_selections()

    def _apply_extra_selections(self) -> None:
        selections = [s for layer in self._layers.values() for s in layer]
        if self._link is not None:
            # The link Tab reached looks as the selection does (the theme's selection colours).
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self._link)
            mark.format = QTextCharFormat()
            mark.format.setBackground(self.palette().highlight())
            mark.format.setForeground(self.palette().highlightedText())
            selections.append(mark)
        self.setExtraSelections(selections)

    def set_reading_highlight(
        self, sentence: Span | None, word: Span | None = None, scroll: bool = True
    ) -> None:
        """Mark the sentence being read (a band) and its current word (a stronger mark)."""
        spans: list[tuple[int, int, QTextCharFormat]] = []
        if sentence is not None:
            band = QTextCharFormat()
            band.setBackground(self.sentence_color)
            edge = self.sentence_mark_color  # the theme's ≥ 3:1 edge (reader/preferences/themes.py)
            if edge is not None:
                band.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                band.setUnderlineColor(edge)
            spans.append((sentence[0], sentence[1], band))
        if word is not None:
            mark = QTextCharFormat()
            mark.setBackground(self.word_color)
            mark.setForeground(self.word_text_color)
            spans.append((word[0], word[1], mark))
        self.set_layer("reading", spans)
        if sentence is not None and scroll:
            self.scroll_to_position(sentence[0])
