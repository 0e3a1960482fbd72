"""Load a content pack (``manifest.toml`` + one Markdown file per section).

A pack with problems still opens every section that is valid; each problem is
reported as a :class:`ContentError` naming the file and line, in plain Swedish.
Only a pack with no usable section at all raises :class:`ContentPackError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.content.errors import ContentError, ContentPackError
from reader.content.model import Document, Paragraph, Section, Sentence
from reader.content.sentences import split_sentences

MANIFEST = "manifest.toml"
SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
STRING_KEYS = ("title", "subtitle", "short_title", "language", "period", "source")
REQUIRED_KEYS = ("title", "language", "sections")


@dataclass
class LoadResult:
    document: Document
    errors: list[ContentError] = field(default_factory=list)


def read_text_file(path: Path, display: str) -> tuple[str | None, ContentError | None]:
    """Read UTF-8 text, or say in plain words why it could not be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, ContentError(display, None, "Filen saknas.")
    except OSError as exc:
        return None, ContentError(display, None, f"Filen kunde inte läsas ({exc.strerror}).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, ContentError(display, line, "Filen är inte giltig UTF-8-text.")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, ContentError(display, None, "Filen är tom.")
    return text, None


def _line_of(raw: str, key: str, table_index: int | None = None) -> int | None:
    """Best-effort line number of ``key`` (inside the n-th ``[[sections]]`` when given)."""
    lines = raw.splitlines()
    start = 0
    if table_index is not None:
        seen = -1
        for i, line in enumerate(lines):
            if line.strip() == "[[sections]]":
                seen += 1
                if seen == table_index:
                    start = i
                    break
        else:
            return None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(start, len(lines)):
        if pattern.match(lines[i]):
            return i + 1
    return start + 1 if table_index is not None else None


def build_section(section_id: str, file: str, markdown_text: str) -> Section:
    """Render one section and compute its paragraphs and sentences with offsets."""
    from reader.content.markdown_render import render_markdown  # the markdown package: imported when parsing

    html, blocks = render_markdown(markdown_text)
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, block in enumerate(blocks):
        if index:
            offset += 1  # the newline between blocks
        sentences = tuple(
            Sentence(offset + s, offset + e, block.text[s:e]) for s, e in split_sentences(block.text)
        )
        if block.kind == "heading":
            sentences = (Sentence(offset, offset + len(block.text), block.text),)
        paragraphs.append(
            Paragraph(index, block.kind, offset, offset + len(block.text), block.text, sentences)
        )
        offset += len(block.text)
    text = "\n".join(b.text for b in blocks)
    title = next((b.text for b in blocks if b.kind == "heading"), section_id)
    return Section(section_id, title, file, markdown_text, html, text, tuple(paragraphs))


# Qt lays out a run of text without spaces in quadratic time: 50,000 characters take
# seconds, a million would freeze the window for minutes. No real word comes close.
MAX_UNBROKEN = 2000
_UNBROKEN = re.compile(rf"\S{{{MAX_UNBROKEN + 1},}}")


def check_displayable(section: Section) -> ContentError | None:
    """A located error when the text cannot be shown without freezing the window, else None."""
    match = _UNBROKEN.search(section.text)
    if match is None:
        return None
    where = section.markdown.find(match.group()[:40])
    line = section.markdown.count("\n", 0, where) + 1 if where >= 0 else None
    return ContentError(
        section.file,
        line,
        f"Avsnittet har en rad med över {MAX_UNBROKEN} tecken utan mellanslag. Den går inte att visa.",
    )


def _parse_manifest(root: Path) -> tuple[dict, str]:
    import tomllib  # only when parsing: a compiled pack needs no TOML

    raw, error = read_text_file(root / MANIFEST, MANIFEST)
    if error:
        raise ContentPackError([error])
    assert raw is not None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        if line is None and "end of document" in str(exc):
            line = max(1, len(raw.splitlines()))  # the file stops mid-statement: its last line
        raise ContentPackError(
            [ContentError(MANIFEST, line, "Filen har fel format (TOML) och kan inte läsas.")]
        ) from exc
    return data, raw


def load_pack(root: Path | str) -> LoadResult:
    """Load the pack at ``root``. Raises ContentPackError if nothing usable remains."""
    root = Path(root)
    if not root.is_dir():
        raise ContentPackError([ContentError(str(root), None, "Mappen med innehåll finns inte.")])
    data, raw = _parse_manifest(root)
    errors: list[ContentError] = []

    for key in REQUIRED_KEYS:
        if key not in data:
            errors.append(ContentError(MANIFEST, None, f"Nyckeln ”{key}” saknas."))
    values: dict[str, str] = {}
    for key in STRING_KEYS:
        value = data.get(key, "")
        if not isinstance(value, str):
            errors.append(ContentError(MANIFEST, _line_of(raw, key), f"Nyckeln ”{key}” ska vara text."))
            value = ""
        values[key] = value
    sections_data = data.get("sections", [])
    if not isinstance(sections_data, list):
        errors.append(
            ContentError(MANIFEST, _line_of(raw, "sections"), "”sections” ska vara en lista av avsnitt.")
        )
        sections_data = []

    document = Document(
        title=values["title"] or "Dokument",
        subtitle=values["subtitle"],
        short_title=values["short_title"] or values["title"] or "Dokument",
        language=values["language"] or "sv",
        period=values["period"],
        source=values["source"],
        root=str(root),
    )

    seen_ids: set[str] = set()
    listed_files: set[str] = set()
    for index, entry in enumerate(sections_data):
        where = _line_of(raw, "id", index)
        if not isinstance(entry, dict):
            errors.append(ContentError(MANIFEST, where, f"Avsnitt nummer {index + 1} har fel format."))
            continue
        section_id = entry.get("id")
        file = entry.get("file")
        if not isinstance(section_id, str):
            errors.append(ContentError(MANIFEST, where, f"Avsnitt nummer {index + 1}: ”id” ska vara text."))
            continue
        if not isinstance(file, str):
            errors.append(
                ContentError(
                    MANIFEST, _line_of(raw, "file", index), f"Avsnittet ”{section_id}”: ”file” ska vara text."
                )
            )
            continue
        if not SECTION_ID.match(section_id):
            errors.append(
                ContentError(
                    MANIFEST,
                    where,
                    f"Okänt avsnitts-id ”{section_id}”: ett id får bara ha små bokstäver a–z, siffror och bindestreck.",
                )
            )
            continue
        if section_id in seen_ids:
            errors.append(
                ContentError(
                    MANIFEST,
                    where,
                    f"Avsnitts-id ”{section_id}” finns redan. Varje id får bara finnas en gång.",
                )
            )
            continue
        seen_ids.add(section_id)
        path = (root / file).resolve()
        if root.resolve() not in path.parents:
            errors.append(
                ContentError(
                    MANIFEST, _line_of(raw, "file", index), f"Filen ”{file}” ligger utanför innehållsmappen."
                )
            )
            continue
        listed_files.add(str(path))
        text, error = read_text_file(path, file)
        if error:
            errors.append(error)
            continue
        assert text is not None
        first = next((line for line in text.splitlines() if line.strip()), "")
        if not first.startswith("#"):
            errors.append(
                ContentError(file, 1, "Avsnittet ska börja med en rubrik (en rad som börjar med #).")
            )
            continue
        section = build_section(section_id, file, text)
        problem = check_displayable(section)
        if problem:
            errors.append(problem)
            continue
        document.sections.append(section)

    for extra in sorted((root / "sections").glob("*.md")) if (root / "sections").is_dir() else []:
        if str(extra.resolve()) not in listed_files:
            rel = extra.relative_to(root).as_posix()
            errors.append(
                ContentError(rel, None, "Filen finns men står inte i manifest.toml, så den visas inte.")
            )

    if not document.sections:
        if not errors:
            errors.append(ContentError(MANIFEST, None, "Innehållet har inga avsnitt."))
        raise ContentPackError(errors)
    return LoadResult(document, errors)
