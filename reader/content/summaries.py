"""Plain-language summaries (lättläst): one per section, an overview, and source notes.

Summaries are an optional part of a content pack: ``summaries/<section-id>.md``,
``summaries/overview.md`` ("Programmet i korthet") and ``summaries/notes.toml``,
which says for each summary sentence which paragraphs of the section it comes
from, so a later edit of either can be checked. A missing file only means
"no plain-language version of this section"; a malformed one gives a located
:class:`ContentError` and the rest still loads. Summaries are built as
ordinary :class:`Section` objects, so speech, highlighting and search work on
them unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.content.errors import ContentError
from reader.content.loader import build_checked_section, read_text_file
from reader.content.model import Document, Section
from reader.platform.safe_read import UnsafeFileError, parse_toml

SUMMARY_DIR = "summaries"
OVERVIEW_ID = "overview"
NOTES_FILE = "notes.toml"


@dataclass(frozen=True)
class SourceRef:
    """Paragraph ``paragraph`` (1 = first after the heading) of section ``section_id``."""

    section_id: str
    paragraph: int


@dataclass(frozen=True)
class Note:
    summary_id: str
    text: str
    sources: tuple[SourceRef, ...]
    line: int | None = None


@dataclass
class Summaries:
    overview: Section | None = None
    sections: dict[str, Section] = field(default_factory=dict)
    notes: dict[str, list[Note]] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)
    folder: str = SUMMARY_DIR

    def for_section(self, section_id: str) -> Section | None:
        return self.sections.get(section_id)


def summary_file(section_id: str, folder: str = SUMMARY_DIR) -> str:
    """The pack-relative file name of a summary."""
    return f"{folder}/{section_id}.md"


def build_summary(
    summary_id: str, file: str, markdown_text: str
) -> tuple[Section | None, ContentError | None]:
    """A summary as a Section, or a located error if it is not usable."""
    first_line, first = next(
        ((i, line) for i, line in enumerate(markdown_text.splitlines(), start=1) if line.strip()), (1, "")
    )
    if not first.startswith("#"):
        return None, ContentError(
            file, first_line, "Sammanfattningen ska börja med en rubrik (en rad som börjar med #)."
        )
    # Nesting and brackets bounded before parsing; a run of text Qt would take minutes to lay out refused.
    section, problem = build_checked_section(summary_id, file, markdown_text)
    if problem:
        return None, problem
    assert section is not None
    if not section.body_paragraphs:
        return None, ContentError(file, None, "Sammanfattningen har ingen text under rubriken.")
    return section, None


def _parse_ref(value: object, own_id: str) -> SourceRef | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return SourceRef(own_id, value) if 0 < value < 1_000_000 else None  # a paragraph number, not 10**4000
    if isinstance(value, str):
        match = re.fullmatch(r"([a-z0-9][a-z0-9_-]{0,63}):(\d{1,9})", value.strip())
        if match:
            return SourceRef(match.group(1), int(match.group(2)))
    return None


def _table_lines(raw: str) -> dict[str, list[int]]:
    """Line numbers of each ``[[id]]`` table, in order, for located messages."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        match = re.fullmatch(r"\s*\[\[\s*([^\]\s]+)\s*\]\]\s*", line)
        if match:
            lines.setdefault(match.group(1).strip('"'), []).append(number)
    return lines


def parse_notes(raw: str, file: str) -> tuple[dict[str, list[Note]], list[ContentError]]:
    """Read the notes file: ``[[<summary-id>]]`` tables with ``text`` and ``from``."""
    errors: list[ContentError] = []
    try:
        data = parse_toml(raw)  # bounded nesting and numbers (reader/platform/safe_read.py)
    except UnsafeFileError as exc:
        return {}, [ContentError(file, exc.line, exc.message)]
    where = _table_lines(raw)
    notes: dict[str, list[Note]] = {}
    for summary_id, entries in data.items():
        lines = where.get(summary_id, [])
        if not isinstance(entries, list):
            errors.append(
                ContentError(file, None, f"”{summary_id}” ska vara en lista av [[{summary_id}]]-tabeller.")
            )
            continue
        for index, entry in enumerate(entries):
            line = lines[index] if index < len(lines) else None
            text = entry.get("text") if isinstance(entry, dict) else None
            refs = entry.get("from") if isinstance(entry, dict) else None
            if not isinstance(text, str) or not text.strip():
                errors.append(ContentError(file, line, f"En anteckning för ”{summary_id}” saknar ”text”."))
                continue
            if not isinstance(refs, list) or not refs:
                errors.append(
                    ContentError(file, line, f"Anteckningen ”{text[:40]}” saknar ”from” (stycken).")
                )
                continue
            parsed = [_parse_ref(r, summary_id) for r in refs]
            if any(p is None for p in parsed):
                errors.append(
                    ContentError(
                        file,
                        line,
                        f"Anteckningen ”{text[:40]}”: ”from” ska vara styckenummer (3) eller avsnitt:nummer (ansvar:3).",
                    )
                )
                continue
            notes.setdefault(summary_id, []).append(
                Note(summary_id, " ".join(text.split()), tuple(p for p in parsed if p), line)
            )
    return notes, errors


def check_notes(summaries: Summaries, document: Document, file: str) -> list[ContentError]:
    """Every summary sentence has a note, every note names a sentence and existing paragraphs."""
    errors: list[ContentError] = []
    summaries_by_id = dict(summaries.sections)
    if summaries.overview is not None:
        summaries_by_id[OVERVIEW_ID] = summaries.overview
    for summary_id, notes in summaries.notes.items():
        summary = summaries_by_id.get(summary_id)
        if summary is None:
            errors.append(
                ContentError(file, notes[0].line, f"Det finns ingen sammanfattning ”{summary_id}”.")
            )
            continue
        sentences = {" ".join(s.text.split()) for p in summary.body_paragraphs for s in p.sentences}
        for note in notes:
            if note.text not in sentences:
                errors.append(
                    ContentError(file, note.line, f"Meningen ”{note.text}” finns inte i {summary.file}.")
                )
            for ref in note.sources:
                section = document.section(ref.section_id)
                if section is None:
                    errors.append(ContentError(file, note.line, f"Avsnittet ”{ref.section_id}” finns inte."))
                elif not 1 <= ref.paragraph <= len(section.body_paragraphs):
                    errors.append(
                        ContentError(
                            file,
                            note.line,
                            f"Avsnittet ”{ref.section_id}” har inget stycke {ref.paragraph} "
                            f"(det har {len(section.body_paragraphs)}).",
                        )
                    )
    for summary_id, summary in summaries_by_id.items():
        noted = {n.text for n in summaries.notes.get(summary_id, [])}
        for paragraph in summary.body_paragraphs:
            for sentence in paragraph.sentences:
                text = " ".join(sentence.text.split())
                if text not in noted:
                    errors.append(
                        ContentError(
                            file, None, f"{summary.file}: meningen ”{text}” saknar anteckning om källan."
                        )
                    )
    return errors


def manifest_value(root: Path, key: str, default: str) -> str:
    """An optional text key of manifest.toml (e.g. ``summaries``, ``glossary``), or ``default``."""
    from reader.content.loader import manifest_data

    data = manifest_data(root)  # parsed once (a manifest of thousands of sections is slow to parse)
    if data is None:  # the loader reports what is wrong with it
        return default
    value = data.get(key, default)
    if (
        not isinstance(value, str)
        or not value.strip()
        or ".." in Path(value).parts
        or Path(value).is_absolute()
    ):
        return default
    return value.strip()


def _present(path: Path) -> bool:
    """Something is there (a file, or a link even if broken or looping: the reader says what is wrong)."""
    return path.exists() or path.is_symlink()


def load_summaries(root: Path | str, document: Document, folder: str | None = None) -> Summaries:
    """Load every summary that exists for ``document``'s sections, plus overview and notes."""
    root = Path(root)
    folder = folder or manifest_value(root, "summaries", SUMMARY_DIR)
    result = Summaries(folder=folder)
    base = root / folder
    if not base.is_dir():
        return result
    ids = [OVERVIEW_ID, *(s.id for s in document.sections)]
    for summary_id in ids:
        path = base / f"{summary_id}.md"
        if not _present(path):
            continue
        display = summary_file(summary_id, folder)
        text, error = read_text_file(path, display, root)
        if error:
            result.errors.append(error)
            continue
        assert text is not None
        section, error = build_summary(summary_id, display, text)
        if error or section is None:
            if error:
                result.errors.append(error)
            continue
        if summary_id == OVERVIEW_ID:
            result.overview = section
        else:
            result.sections[summary_id] = section
    for extra in sorted(base.glob("*.md")):
        if extra.stem not in ids:
            result.errors.append(
                ContentError(
                    f"{folder}/{extra.name}",
                    None,
                    "Sammanfattningen hör inte till något avsnitt i manifest.toml, så den visas inte.",
                )
            )
    notes_path = base / NOTES_FILE
    notes_display = f"{folder}/{NOTES_FILE}"
    if _present(notes_path):
        raw, error = read_text_file(notes_path, notes_display, root)
        if error:
            result.errors.append(error)
        else:
            assert raw is not None
            result.notes, errors = parse_notes(raw, notes_display)
            result.errors += errors
            result.errors += check_notes(result, document, notes_display)
    return result


def summaries_plain_text(summaries: Summaries, document: Document, section_id: str | None = None) -> str:
    """The overview and every section's summary (or one section's), in document order."""
    from reader.exports.plain_text import section_plain_text

    chosen: list[Section] = []
    if section_id is None:
        if summaries.overview is not None:
            chosen.append(summaries.overview)
        chosen += [summaries.sections[s.id] for s in document.sections if s.id in summaries.sections]
    elif section_id == OVERVIEW_ID and summaries.overview is not None:
        chosen.append(summaries.overview)
    elif section_id in summaries.sections:
        chosen.append(summaries.sections[section_id])
    return "\n".join(section_plain_text(s) for s in chosen)
