"""Words wider than the line: broken at a Swedish syllable with a visible hyphen.

Qt breaks a word that cannot fit on a line anywhere and without a hyphen
("ansvarstaga / nde"). Here such words, and only those, get soft hyphens
(U+00AD) at the syllable boundaries of LibreOffice's Swedish patterns
(``hyph_sv_SE`` through Pyphen); Qt then breaks at one of them and draws the
hyphen. Where even one syllable is wider than the line (huge text in a very
narrow window) the piece is split further, still with a hyphen.

The inserted characters are the only difference between the document and the
section's text: :class:`OffsetMap` converts between the two, so reading aloud,
search and the glossary keep using the section's offsets. At the sizes and
widths most readers use nothing is inserted and the map is the identity.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from PySide6.QtGui import QTextCursor, QTextDocument

SOFT_HYPHEN = "\u00ad"
# A line may end after these without a hyphen being needed.
_BREAKS_OK = frozenset(" \t\u2028\u2029\n-–—/\u00ad")
MAX_PASSES = 4
_PUNCTUATION = "\"'()[]«»”“,.:;!?"


@lru_cache(maxsize=1)
def _dictionary():
    import pyphen  # loaded when a word first needs it, not at start

    return pyphen.Pyphen(lang="sv_SE")


@lru_cache(maxsize=4096)
def syllable_breaks(word: str) -> tuple[int, ...]:
    """Offsets inside ``word`` where it may be hyphenated (Swedish patterns)."""
    return tuple(_dictionary().positions(word))


class OffsetMap:
    """Positions of the soft hyphens put into a document, to translate offsets."""

    def __init__(self, model_positions: list[int] | None = None):
        # A soft hyphen stands before the section's character at each offset.
        self._model = sorted(model_positions or [])
        self._document = [m + i for i, m in enumerate(self._model)]

    def __bool__(self) -> bool:
        return bool(self._model)

    @property
    def model_positions(self) -> list[int]:
        return list(self._model)

    @property
    def document_positions(self) -> list[int]:
        return list(self._document)

    def to_document(self, position: int) -> int:
        """The document position of the section's offset ``position``."""
        return position + bisect_right(self._model, position - 1) if self._model else position

    def to_model(self, position: int) -> int:
        """The section's offset of document position ``position`` (a soft hyphen maps to the next letter)."""
        return position - bisect_left(self._document, position) if self._model else position


def _word_at(text: str, index: int) -> tuple[int, int]:
    """The run of non-space characters around ``index`` in a block's ``text``."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def is_forced_break(text: str, line_start: int, end: int) -> bool:
    """Did the line end at ``end`` only because a word was wider than the line?

    Between two letters no break is ever allowed, so one there is forced; so is
    any break in a run of non-space characters that fills the whole line. A
    break the line-breaking rules allow inside a run placed after other words
    (after "/" or ">" in "och/eller") is not forced and needs no hyphen.
    """
    if text[end - 1] in _BREAKS_OK or text[end].isspace():
        return False
    if text[end - 1].isalnum() and text[end].isalnum():
        return True
    return _word_at(text, end)[0] <= line_start


def _mid_word_breaks(document: QTextDocument) -> list[tuple[int, int, str]]:
    """Line breaks inside a word without a hyphen: (block position, break index, block text)."""
    found = []
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        layout.blockBoundingRect(block)  # lays the block out if it is not yet
        lines = block.layout()
        text = block.text()
        for i in range(lines.lineCount() - 1):
            line = lines.lineAt(i)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and is_forced_break(text, line.textStart(), end):
                found.append((block.position(), end, text))
        block = block.next()
    return found


def remove_soft_hyphens(document: QTextDocument, offsets: OffsetMap) -> None:
    """Take out the soft hyphens ``offsets`` says were put in."""
    if not offsets:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position in reversed(offsets.document_positions):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == SOFT_HYPHEN:
            cursor.removeSelectedText()
    cursor.endEditBlock()


def hyphenate_long_words(document: QTextDocument, offsets: OffsetMap) -> OffsetMap:
    """Put soft hyphens into the words the current layout cannot fit on one line.

    ``offsets`` are the hyphens put in before (taken out first, so a wider
    window or smaller text gets whole words back). Returns the new map.
    """
    remove_soft_hyphens(document, offsets)
    current = OffsetMap()
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)
    try:
        for _ in range(MAX_PASSES):
            breaks = _mid_word_breaks(document)
            if not breaks:
                break
            inserted: set[int] = set()  # document positions, before the letter there
            for block_pos, end, text in breaks:
                start, stop = _word_at(text, end)
                word = text[start:stop]
                has_hyphens = SOFT_HYPHEN in word
                if not has_hyphens:
                    # First time: every syllable boundary of the word's letters.
                    lead = len(word) - len(word.lstrip(_PUNCTUATION))
                    core = word.strip(_PUNCTUATION)
                    points = [start + lead + p for p in syllable_breaks(core)] if core else []
                    if not any(start < p < end for p in points) and end - 1 > start:
                        points.append(end - 1)  # no syllable fits: split where Qt did, one letter earlier
                    inserted.update(block_pos + p for p in points)
                elif end - 1 > start:
                    # A syllable wider than the line: split it where Qt did, one letter earlier.
                    inserted.add(block_pos + end - 1)
            if not inserted:
                break
            document_positions = current.document_positions
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for position in sorted(inserted, reverse=True):
                cursor.setPosition(position)
                cursor.insertText(SOFT_HYPHEN)
            cursor.endEditBlock()
            # Rebuild the map from the document positions of every soft hyphen now in it
            # (by bisection: at 96 pt in a narrow window there are thousands).
            order = sorted(inserted)
            shifted = [d + bisect_right(order, d) for d in document_positions]
            new_document = sorted(shifted + [p + i for i, p in enumerate(order)])
            current = OffsetMap([d - i for i, d in enumerate(new_document)])
    finally:
        document.setUndoRedoEnabled(undo)
    return current
