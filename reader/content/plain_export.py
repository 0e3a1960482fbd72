"""Plain-text export of the plain-language summaries and the glossary (for the command line)."""

from __future__ import annotations

from pathlib import Path

from reader.content.errors import ContentError
from reader.content.glossary import glossary_plain_text, load_glossary
from reader.content.model import Document
from reader.content.summaries import OVERVIEW_ID, load_summaries, summaries_plain_text


def plain_language_text(
    document: Document, summary: bool, glossary: bool, section_id: str | None = None
) -> tuple[str | None, list[ContentError]]:
    """The text to print, and problems found; ``None`` when there is nothing to print."""
    root = Path(document.root)
    parts: list[str] = []
    problems: list[ContentError] = []
    if summary:
        summaries = load_summaries(root, document)
        problems += summaries.errors
        text = summaries_plain_text(summaries, document, section_id)
        if not text:
            where = summaries.folder if section_id is None else f"{summaries.folder}/{section_id}.md"
            message = (
                "Det finns ingen lättläst version av det här avsnittet."
                if section_id not in (None, OVERVIEW_ID)
                else "Det finns inga lättlästa sammanfattningar."
            )
            return None, [*problems, ContentError(where, None, message)]
        parts.append(text)
    if glossary:
        terms = load_glossary(root)
        problems += terms.errors
        if not terms.terms:
            return None, [*problems, ContentError(terms.file, None, "Det finns ingen ordlista.")]
        parts.append(glossary_plain_text(terms))
    return "\n".join(parts), problems
