"""What else can be read aloud besides the full text: a section's summary."""

from __future__ import annotations

import logging
from pathlib import Path

from reader.content.loader import build_section, read_text_file
from reader.content.model import Section

log = logging.getLogger(__name__)


def summary_section(content_root: Path, section_id: str) -> Section | None:
    """The summary of ``section_id`` (``summaries/<id>.md``) as a Section, or None if there is none."""
    path = Path(content_root) / "summaries" / f"{section_id}.md"
    if not path.is_file():
        return None
    text, error = read_text_file(path, f"summaries/{section_id}.md")
    if text is None:
        log.warning("summary not readable: %s", error)
        return None
    try:
        return build_section(f"{section_id}-summary", f"summaries/{section_id}.md", text)
    except Exception as exc:  # a broken summary must not stop reading or export
        log.warning("summary %s not usable: %s", section_id, exc)
        return None
