"""Plain-text export of the plain-language summaries and the glossary (for the command line)."""

from __future__ import annotations

from reader.content.errors import ContentError
from reader.content.glossary import Glossary, glossary_plain_text
from reader.content.model import Document
from reader.content.summaries import OVERVIEW_ID, Summaries, summaries_plain_text


def plain_language_text(
    document: Document,
    summaries: Summaries | None,
    terms: Glossary | None,
    section_id: str | None = None,
) -> tuple[str | None, list[ContentError]]:
    """The text to print, and problems found; ``None`` when there is nothing to print.

    ``summaries`` and ``terms`` are the pack's, loaded with it; None means "not asked for".
    """
    parts: list[str] = []
    problems: list[ContentError] = []
    if summaries is not None:
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
    if terms is not None:
        problems += terms.errors
        if not terms.terms:
            return None, [*problems, ContentError(terms.file, None, "Det finns ingen ordlista.")]
        parts.append(glossary_plain_text(terms))
    return "\n".join(parts), problems
