"""Plain-text export of the document or one section (UTF-8, paragraphs split by blank lines)."""

from __future__ import annotations

from reader.content.model import Document, Section


def section_plain_text(section: Section) -> str:
    """The section with its heading, one blank line between paragraphs."""
    return "\n\n".join(p.text for p in section.paragraphs) + "\n"


def document_plain_text(document: Document) -> str:
    """The title block, then every section with its heading."""
    head = [part for part in (document.title, document.subtitle) if part]
    parts = ["\n\n".join(head)] if head else []
    parts += [section_plain_text(s).rstrip("\n") for s in document.sections]
    return "\n\n".join(parts) + "\n"
