"""Load a content pack (``manifest.toml`` + one Markdown file per section).

A pack with problems still opens every section that is valid; each problem is
reported as a :class:`ContentError` naming the file and line, in plain Swedish.
Only a pack with no usable section at all raises :class:`ContentPackError`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.content.errors import ContentError, ContentPackError
from reader.content.model import Document, Paragraph, Section, Sentence
from reader.platform.safe_read import MAX_CONTENT_BYTES, UnsafeFileError, nul_line, parse_toml, read_bytes

MANIFEST = "manifest.toml"
SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
STRING_KEYS = ("title", "subtitle", "short_title", "language", "period", "source")
REQUIRED_KEYS = ("title", "language", "sections")


@dataclass
class LoadResult:
    document: Document
    errors: list[ContentError] = field(default_factory=list)


def read_text_file(
    path: Path, display: str, root: Path | None = None
) -> tuple[str | None, ContentError | None]:
    """Read UTF-8 text, or say in plain words why it could not be read.

    Only a regular file of at most ``MAX_CONTENT_BYTES`` is read (a FIFO or a device
    is refused without waiting); with ``root``, a file whose real place is outside
    the pack (a symbolic link out of it) is refused; NUL characters are refused.
    """
    try:
        data = read_bytes(path, MAX_CONTENT_BYTES, root)
    except FileNotFoundError:
        return None, ContentError(display, None, "Filen saknas.")
    except UnsafeFileError as exc:
        return None, ContentError(display, exc.line, exc.message)
    except OSError as exc:
        return None, ContentError(display, None, f"Filen kunde inte läsas ({exc.strerror or exc}).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, ContentError(display, line, "Filen är inte giltig UTF-8-text.")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, ContentError(display, None, "Filen är tom.")
    nul_at = nul_line(text)
    if nul_at is not None:
        return None, ContentError(
            display, nul_at, "Filen innehåller ett NUL-tecken (tecken 0), som inte hör hemma i text."
        )
    return text, None


class LineFinder:
    """Line numbers of keys in a TOML text, found in one pass (not one scan per entry).

    A pack with 10,000 sections asked "which line is entry n" once per entry; scanning
    the file from the top each time took half a minute.
    """

    def __init__(self, raw: str, table: str = "[[sections]]"):
        self.lines = raw.splitlines()
        self.tables = [i for i, line in enumerate(self.lines) if line.strip() == table]
        self._keys: dict[str, list[int]] = {}

    def _key_lines(self, key: str) -> list[int]:
        found = self._keys.get(key)
        if found is None:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            found = [i for i, line in enumerate(self.lines) if pattern.match(line)]
            self._keys[key] = found
        return found

    def line_of(self, key: str, table_index: int | None = None) -> int | None:
        """Best-effort line number of ``key`` (inside the n-th table when given)."""
        start = 0
        end = len(self.lines)
        if table_index is not None:
            if table_index >= len(self.tables):
                return None
            start = self.tables[table_index]
            if table_index + 1 < len(self.tables):
                end = self.tables[table_index + 1]
        found = self._key_lines(key)
        i = bisect.bisect_left(found, start)
        if i < len(found) and (found[i] < end or table_index is None):
            return found[i] + 1
        return start + 1 if table_index is not None else None


def build_section(section_id: str, file: str, markdown_text: str) -> Section:
    """Render one section and compute its paragraphs and sentences with offsets."""
    from reader.content.markdown_render import render_markdown  # the markdown package: imported when parsing
    from reader.content.sentences import split_sentences  # parsing only (a compiled pack has its sentences)

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


# A document of this kind has tens of sections; a pack with thousands would take many
# seconds to open and could not be used from the list anyway.
MAX_SECTIONS = 500
# Lists and quotes inside each other: the Markdown parser recurses once per level and
# gives up (RecursionError) at some 400 and takes minutes at 1,500. Real text uses 2 or 3.
MAX_NESTING = 40
# The Markdown parser's link search is quadratic in the "[" of one paragraph: 4,000 take
# 5 s, 20,000 two minutes. A real paragraph has a handful.
MAX_BRACKETS = 500
_LIST_MARKER = re.compile(r"(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)")


def _nesting(line: str) -> int:
    """How many lists and quotes a Markdown line opens: markers, ">" and every 4 columns of indent."""
    depth = 0
    columns = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == " ":
            columns += 1
        elif ch == "\t":
            columns += 4
        elif ch == ">":
            depth += 1
        else:
            marker = _LIST_MARKER.match(line, i)
            if marker is None:
                break
            depth += 1
            i = marker.end()
            continue
        i += 1
    return depth + columns // 4


def check_markup(text: str, file: str) -> ContentError | None:
    """A located error when Markdown is too deeply nested or too bracket-heavy to parse safely.

    Checked before the text reaches the Markdown parser, in one linear pass, so
    a hostile file is refused at once with its line instead of crashing or hanging.
    """
    brackets = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            brackets = 0  # a blank line ends the paragraph
            continue
        if _nesting(line) > MAX_NESTING:
            return ContentError(
                file,
                number,
                f"Listor eller citat ligger inuti varandra i för många nivåer (högst {MAX_NESTING}).",
            )
        brackets += line.count("[")
        if brackets > MAX_BRACKETS:
            return ContentError(
                file, number, f"Stycket har för många hakparenteser [ (högst {MAX_BRACKETS} i ett stycke)."
            )
    return None


def build_checked_section(
    section_id: str, file: str, markdown_text: str
) -> tuple[Section | None, ContentError | None]:
    """``build_section`` after :func:`check_markup`; any failure of the parser is a located error."""
    problem = check_markup(markdown_text, file)
    if problem is not None:
        return None, problem
    try:
        section = build_section(section_id, file, markdown_text)
    except RecursionError:
        return None, ContentError(
            file, None, "Texten har för många nivåer inuti varandra och kan inte visas."
        )
    return section, check_displayable(section)


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


_manifests: dict[tuple, tuple[dict, str]] = {}  # the last manifest parsed, by file identity


def _parse_manifest(root: Path) -> tuple[dict, str]:
    """The manifest's table and text; parsed once for the loader, the summaries and the glossary."""
    try:
        info = (root / MANIFEST).stat()
        identity: tuple | None = (str(root.resolve()), info.st_ino, info.st_size, info.st_mtime_ns)
    except (OSError, RuntimeError):
        identity = None
    if identity is not None and identity in _manifests:
        return _manifests[identity]
    data, raw = _read_manifest(root)
    if identity is not None:
        _manifests.clear()
        _manifests[identity] = (data, raw)
    return data, raw


def manifest_data(root: Path) -> dict | None:
    """The parsed manifest, or None when it cannot be read (the loader reports why)."""
    try:
        return _parse_manifest(root)[0]
    except ContentPackError:
        return None


def _read_manifest(root: Path) -> tuple[dict, str]:
    raw, error = read_text_file(root / MANIFEST, MANIFEST, root)
    if error:
        raise ContentPackError([error])
    assert raw is not None
    try:
        data = parse_toml(raw)  # bounded: no crash on deep nesting or 5,000-digit numbers
    except UnsafeFileError as exc:
        raise ContentPackError([ContentError(MANIFEST, exc.line, exc.message)]) from None
    return data, raw


def load_pack(root: Path | str) -> LoadResult:
    """Load the pack at ``root``. Raises ContentPackError if nothing usable remains."""
    root = Path(root)
    if not root.is_dir():
        raise ContentPackError([ContentError(str(root), None, "Mappen med innehåll finns inte.")])
    data, raw = _parse_manifest(root)
    lines = LineFinder(raw)
    errors: list[ContentError] = []

    for key in REQUIRED_KEYS:
        if key not in data:
            errors.append(ContentError(MANIFEST, None, f"Nyckeln ”{key}” saknas."))
    values: dict[str, str] = {}
    for key in STRING_KEYS:
        value = data.get(key, "")
        if not isinstance(value, str):
            errors.append(ContentError(MANIFEST, lines.line_of(key), f"Nyckeln ”{key}” ska vara text."))
            value = ""
        values[key] = value
    sections_data = data.get("sections", [])
    if not isinstance(sections_data, list):
        errors.append(
            ContentError(MANIFEST, lines.line_of("sections"), "”sections” ska vara en lista av avsnitt.")
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

    capped = len(sections_data) > MAX_SECTIONS
    if capped:
        errors.append(
            ContentError(
                MANIFEST,
                lines.line_of("id", MAX_SECTIONS),
                f"Innehållet har {len(sections_data)} avsnitt, fler än de högst {MAX_SECTIONS} som "
                f"läsaren visar. Bara de första {MAX_SECTIONS} visas.",
            )
        )
        sections_data = sections_data[:MAX_SECTIONS]

    seen_ids: set[str] = set()
    listed_files: set[str] = set()
    for index, entry in enumerate(sections_data):
        where = lines.line_of("id", index)
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
                    MANIFEST, lines.line_of("file", index), f"Avsnittet ”{section_id}”: ”file” ska vara text."
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
        try:
            path = (root / file).resolve()
        except (OSError, RuntimeError):  # a symbolic link that points at itself
            errors.append(ContentError(file, None, "Filen är en symbolisk länk som pekar på sig själv."))
            continue
        if root.resolve() not in path.parents:
            errors.append(
                ContentError(
                    MANIFEST, lines.line_of("file", index), f"Filen ”{file}” ligger utanför innehållsmappen."
                )
            )
            continue
        listed_files.add(str(path))
        text, error = read_text_file(path, file, root)
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
        section, problem = build_checked_section(section_id, file, text)
        if problem:
            errors.append(problem)
            continue
        assert section is not None
        document.sections.append(section)

    sections_dir = root / "sections"
    for extra in sorted(sections_dir.glob("*.md")) if sections_dir.is_dir() and not capped else []:
        try:
            real = str(extra.resolve())
        except (OSError, RuntimeError):  # a link loop: not listed, so not read
            real = str(extra)
        if real not in listed_files:
            rel = extra.relative_to(root).as_posix()
            errors.append(
                ContentError(rel, None, "Filen finns men står inte i manifest.toml, så den visas inte.")
            )

    if not document.sections:
        if not errors:
            errors.append(ContentError(MANIFEST, None, "Innehållet har inga avsnitt."))
        raise ContentPackError(errors)
    return LoadResult(document, errors)
