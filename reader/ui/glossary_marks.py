"""Glossary terms marked in a reading pane: anchors ``glossary:<id>`` set by character format only.

The pane's plain text, and every model offset, stays exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor

from reader.content.glossary import Glossary, Occurrence
from reader.ui.reading_pane import ReadingPane

if TYPE_CHECKING:
    from reader.preferences.settings import Settings

SCHEME = "glossary"
MARKS_SETTING = "glossary/marks"  # "first" (first use of each word in a section), "all" or "off"


def term_href(term_id: str) -> str:
    return f"{SCHEME}:{term_id}"


def term_id_from_url(url: QUrl | str) -> str | None:
    """The term id of a ``glossary:<id>`` link, or None for any other link."""
    text = url.toString() if isinstance(url, QUrl) else str(url)
    if not text.startswith(SCHEME + ":"):
        return None
    return text[len(SCHEME) + 1 :] or None


def marks_for(glossary: Glossary, text: str, how: str) -> list[Occurrence]:
    """The occurrences to mark in ``text`` for the setting ``how``."""
    if how == "off":
        return []
    if how == "all":
        return glossary.find(text)
    return glossary.first_occurrences(text)


def mark_terms(pane: ReadingPane, glossary: Glossary, how: str = "first") -> list[Occurrence]:
    """Mark glossary terms in what ``pane`` shows; the plain text does not change."""
    document = pane.document()
    # Clear old marks (a change of setting) without touching any other format.
    clear = QTextCharFormat()
    clear.setAnchor(False)
    clear.setAnchorHref("")
    clear.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    clear.setToolTip("")
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith(SCHEME + ":"):
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(clear)
            it += 1
        block = block.next()
    section = pane.section
    if section is None:
        return []
    occurrences = marks_for(glossary, section.text, how)
    for occ in occurrences:
        term = glossary.term(occ.term_id)
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(term_href(occ.term_id))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        if term is not None:
            fmt.setToolTip(f"{term.term}: {term.explanation}")
        cursor.setPosition(pane.to_document(occ.start))
        cursor.setPosition(pane.to_document(occ.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    return occurrences


class MarkedPanes(QObject):
    """Keeps the hard words marked in ``panes``: in every section shown, and as the setting says.

    Part of the first screen (the marks are in its first picture); the glossary panel and
    what a marked word does when chosen come with the rest (reader/ui/glossary_panel.py).
    """

    def __init__(self, parent: QObject, glossary: Glossary, settings: Settings, panes: list[ReadingPane]):
        super().__init__(parent)
        self.glossary = glossary
        self.settings = settings
        self.panes = panes
        for pane in panes:
            pane.section_shown.connect(lambda _s, p=pane: self.mark(p))
            self.mark(pane)
        settings.changed.connect(self._on_setting)

    def mark(self, pane: ReadingPane) -> list[Occurrence]:
        if not self.glossary.terms:
            return []
        return mark_terms(pane, self.glossary, self.settings.get(MARKS_SETTING))

    def _on_setting(self, key: str, _value) -> None:
        if key == MARKS_SETTING:
            for pane in self.panes:
                self.mark(pane)
