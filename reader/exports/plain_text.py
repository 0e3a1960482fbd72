"""Plain-text export of the document or one section (UTF-8, paragraphs split by blank lines)."""

from __future__ import annotations

from reader.content.model import Document, Section


def section_plain_text(section: Section) -> str:
    """The section with its heading: a blank line between blocks, list items with a dash."""
    out: list[str] = []
    previous = None
    for paragraph in section.paragraphs:
        item = paragraph.kind == "item"
        if previous is not None:
            out.append("\n" if item and previous.kind == "item" else "\n\n")
        out.append(f"- {paragraph.text}" if item else paragraph.text)
        previous = paragraph
    return "".join(out) + "\n"


def document_plain_text(document: Document) -> str:
    """The title block, then every section with its heading."""
    head = [part for part in (document.title, document.subtitle) if part]
    parts = ["\n\n".join(head)] if head else []
    parts += [section_plain_text(s).rstrip("\n") for s in document.sections]
    return "\n\n".join(parts) + "\n"
