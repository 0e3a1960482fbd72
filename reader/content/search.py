"""Finding words in the programme: the current section or all of it, text and summaries.

No widgets here, so the rules (case, whitespace, where a hit is) are tested
directly. Offsets are positions in ``Section.text``, i.e. cursor positions in
the reading pane.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from reader.content.model import Document, Section

log = logging.getLogger(__name__)

TEXT = "text"
SUMMARY = "summary"
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class Hit:
    """One match: which section, in its full text or its summary, and where."""

    section_index: int
    section_id: str
    kind: str  # TEXT or SUMMARY
    start: int
    end: int
    context: str  # the words around the match, for the results list


def _pattern(query: str) -> re.Pattern[str] | None:
    """Case-insensitive; any run of spaces in the query matches any whitespace."""
    words = query.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``query`` in ``text``, as (start, end)."""
    pattern = _pattern(query)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def context_of(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The match with a few words either side, on one line."""
    a = max(0, start - chars)
    b = min(len(text), end + chars)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space >= 0 else b
    snippet = " ".join(text[a:b].split())
    return ("… " if a > 0 else "") + snippet + (" …" if b < len(text) else "")


def search(
    document: Document,
    query: str,
    current_index: int | None = None,
    summaries: dict[str, Section] | None = None,
) -> list[Hit]:
    """All hits in reading order: for each section, its text first, then its summary.

    ``current_index`` limits the search to that section; ``None`` searches the
    whole document.
    """
    hits: list[Hit] = []
    for index, section in enumerate(document.sections):
        if current_index is not None and index != current_index:
            continue
        sources = [(TEXT, section)]
        if summaries and section.id in summaries:
            sources.append((SUMMARY, summaries[section.id]))
        for kind, source in sources:
            for start, end in find_spans(source.text, query):
                hits.append(Hit(index, section.id, kind, start, end, context_of(source.text, start, end)))
    return hits


def next_index(count: int, current: int, forward: bool = True) -> int:
    """The hit F3 (or Shift+F3) moves to, wrapping round; -1 when there are none."""
    if count <= 0:
        return -1
    if current < 0:
        return 0 if forward else count - 1
    return (current + (1 if forward else -1)) % count
