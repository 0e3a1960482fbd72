"""The talking book's documents, laid out from the app's own content model (no widgets).

Every sentence of the text is one :class:`Line`: it becomes one element with an id
in the XHTML and one ``<par>`` in the Media Overlay, and it is spoken exactly as
the reader speaks it. The text comes from the compiled pack's paragraphs and
sentences (never retyped), so the book says word for word what the reader shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.content.compiled import Pack
from reader.content.glossary import Glossary
from reader.content.model import Document, Section
from reader.content.sentences import split_sentences

APP_NAME = "Läsaren"

SUMMARIES_NONE = "none"  # the full text only
SUMMARIES_INCLUDED = "included"  # the full text with the overview and each section's lättläst version
SUMMARIES_ONLY = "only"  # the overview and the lättläst versions only
SUMMARY_CHOICES = (SUMMARIES_NONE, SUMMARIES_INCLUDED, SUMMARIES_ONLY)

TITLE_FILE = "titel.xhtml"
NAV_FILE = "innehall.xhtml"
GLOSSARY_FILE = "ordlista.xhtml"
OVERVIEW_KEY = "overview"


class BookError(ValueError):
    """The book cannot be made from this pack; ``message_sv`` says why in plain Swedish."""

    def __init__(self, message_sv: str) -> None:
        super().__init__(message_sv)
        self.message_sv = message_sv


@dataclass(frozen=True)
class Link:
    """A hard word inside a line, linked to its explanation: ``text[start:end]`` of the line."""

    start: int
    end: int
    term_id: str
    ref_id: str


@dataclass(frozen=True)
class Line:
    """One sentence: one element id, one synchronised audio clip."""

    id: str
    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item: its lines and the white space between them."""

    tag: str  # h1 … h6, p or li
    pieces: tuple[str | Line, ...]
    list_tag: str = ""  # ul or ol for a list item
    css_class: str = ""

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(p for p in self.pieces if isinstance(p, Line))

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.pieces)


@dataclass(frozen=True)
class BackLink:
    file: str
    ref_id: str
    label: str


@dataclass
class GlossaryEntry:
    term_id: str
    term: Line
    explanation: Block
    back_links: list[BackLink] = field(default_factory=list)


@dataclass
class Chapter:
    """One XHTML document of the book (and its Media Overlay)."""

    key: str
    kind: str  # "title", "section", "summary", "overview" or "glossary"
    file: str
    title: str  # the document's <title> and its entry in the table of contents
    blocks: list[Block]
    parent: str = ""  # key of the chapter it is listed under in the table of contents
    section: Section | None = None  # the content model it was made from
    entries: list[GlossaryEntry] = field(default_factory=list)  # the glossary's words

    @property
    def stem(self) -> str:
        return self.file.rsplit(".", 1)[0]

    def spoken(self) -> Iterator[tuple[Line, bool]]:
        """Every line in reading order, each with "a paragraph ends after it"."""
        for block in self.blocks:
            lines = block.lines
            for i, line in enumerate(lines):
                yield line, i == len(lines) - 1
        for entry in self.entries:
            yield entry.term, True
            lines = entry.explanation.lines
            for i, line in enumerate(lines):
                yield line, i == len(lines) - 1


@dataclass
class Book:
    document: Document
    chapters: list[Chapter]
    summaries: str
    identifier_seed: str = ""

    @property
    def title(self) -> str:
        parts = [p for p in (self.document.title, self.document.subtitle) if p]
        return " – ".join(parts) or self.document.short_title or APP_NAME

    def chapter(self, key: str) -> Chapter | None:
        return next((c for c in self.chapters if c.key == key), None)

    @property
    def glossary(self) -> Chapter | None:
        return next((c for c in self.chapters if c.kind == "glossary"), None)


class _Ids:
    """Element ids of one document: s1, s2, … in reading order (n1, n2, … for the app's notes)."""

    def __init__(self, prefix: str = "s") -> None:
        self.prefix = prefix
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"{self.prefix}{self.count}"


def _lines_of(text: str, ids: _Ids) -> tuple[str | Line, ...]:
    """Split text of our own (notes, the title page) into sentences the same way as the pack's."""
    pieces: list[str | Line] = []
    pos = 0
    for start, end in split_sentences(text):
        if start > pos:
            pieces.append(text[pos:start])
        pieces.append(Line(ids.next(), text[start:end]))
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
    return tuple(pieces)


def _heading_levels(html: str) -> list[int]:
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]


def _list_kinds(html: str) -> list[str]:
    """For every list item in ``html``, in order, the kind of list it stands in."""
    kinds: list[str] = []
    stack: list[str] = []
    for match in re.finditer(r"<(/?)(ul|ol|li)[\s>]", html):
        closing, tag = match.group(1), match.group(2)
        if tag == "li":
            if not closing:
                kinds.append(stack[-1] if stack else "ul")
        elif closing:
            if stack:
                stack.pop()
        else:
            stack.append(tag)
    return kinds


def section_blocks(
    section: Section, ids: _Ids, glossary: Glossary | None, *, top_level: int = 1
) -> list[Block]:
    """The section's paragraphs as blocks, each sentence a line; first mentions of hard words linked."""
    links: dict[int, list[tuple[int, int, str]]] = {}  # sentence start → (start, end, term id)
    sentences = section.sentences
    if glossary is not None and glossary.terms:
        for occ in glossary.first_occurrences(section.text):
            sentence = next((s for s in sentences if s.start <= occ.start and occ.end <= s.end), None)
            if sentence is not None:
                links.setdefault(sentence.start, []).append((occ.start, occ.end, occ.term_id))
    headings = [p for p in section.paragraphs if p.kind == "heading"]
    levels = _heading_levels(section.html)
    if len(levels) != len(headings):  # an unusual heading the model skipped: a plain outline
        levels = [1] + [2] * (len(headings) - 1) if headings else []
    shift = top_level - min(levels, default=1)
    items = [p for p in section.paragraphs if p.kind == "item"]
    kinds = _list_kinds(section.html)
    if len(kinds) != len(items):
        kinds = ["ul"] * len(items)
    blocks: list[Block] = []
    heading_i = item_i = 0
    for paragraph in section.paragraphs:
        pieces: list[str | Line] = []
        pos = paragraph.start
        for sentence in paragraph.sentences:
            if sentence.start > pos:
                pieces.append(section.text[pos : sentence.start])
            found = tuple(
                Link(a - sentence.start, b - sentence.start, term_id, f"ref-{term_id}")
                for a, b, term_id in links.get(sentence.start, [])
            )
            pieces.append(Line(ids.next(), sentence.text, found))
            pos = sentence.end
        if paragraph.end > pos:
            pieces.append(section.text[pos : paragraph.end])
        if paragraph.kind == "heading":
            level = max(1, min(6, levels[heading_i] + shift))
            heading_i += 1
            blocks.append(Block(f"h{level}", tuple(pieces)))
        elif paragraph.kind == "item":
            blocks.append(Block("li", tuple(pieces), list_tag=kinds[item_i]))
            item_i += 1
        else:
            blocks.append(Block("p", tuple(pieces)))
    return blocks


def _note(text: str, ids: _Ids) -> Block:
    return Block("p", _lines_of(text, ids), css_class="app-note")


def _summary_note(document: Document, section: Section | None, *, overview: bool) -> str:
    author = document.short_title or document.title
    what = (
        "Det här är en lättläst sammanfattning av hela programmet."
        if overview
        else "Det här är en lättläst sammanfattning."
    )
    text = f"{what} Den är skriven för appen {APP_NAME} och inte av {author}."
    if section is not None:
        text += f" {author}s egen text finns i avsnittet ”{section.title}”."
    return text


def _summary_chapter(
    key: str, summary: Section, document: Document, glossary: Glossary | None, original: Section | None
) -> Chapter:
    ids = _Ids()
    blocks = section_blocks(summary, ids, glossary)
    note = _note(_summary_note(document, original, overview=key == OVERVIEW_KEY), _Ids("n"))
    first_heading = 1 if blocks and blocks[0].tag.startswith("h") else 0
    blocks.insert(first_heading, note)
    if key == OVERVIEW_KEY:
        return Chapter(key, "overview", "lattlast-i-korthet.xhtml", f"{summary.title} (lättläst)", blocks)
    return Chapter(
        f"lattlast-{key}",
        "summary",
        f"lattlast-{key}.xhtml",
        f"{summary.title} – lättläst",
        blocks,
        parent=key if original is not None else "",
        section=summary,
    )


def _title_chapter(document: Document, narrator: str) -> Chapter:
    ids = _Ids()
    title = document.title or document.short_title or APP_NAME
    blocks = [Block("h1", (Line(ids.next(), title),))]
    if document.subtitle:
        blocks.append(Block("p", _lines_of(document.subtitle, ids), css_class="subtitle"))
    blocks.append(Block("h2", (Line(ids.next(), "Om talboken"),)))
    if document.source:
        blocks.append(Block("p", _lines_of(document.source, ids)))
    about = (
        f"Talboken är gjord med appen {APP_NAME}. Texten och ljudet följs åt mening för mening. "
        f"Rösten är {narrator}."
    )
    blocks.append(Block("p", _lines_of(about, ids)))
    return Chapter("titel", "title", TITLE_FILE, title, blocks)


def _glossary_chapter(glossary: Glossary, document: Document, chapters: list[Chapter]) -> Chapter:
    ids = _Ids()
    author = document.short_title or document.title
    blocks = [
        Block("h1", (Line(ids.next(), "Ordlista"),)),
        _note(
            "Här förklaras svåra ord i texten på lättläst svenska. "
            f"Förklaringarna är skrivna för appen {APP_NAME} och inte av {author}.",
            ids,
        ),
    ]
    entries: list[GlossaryEntry] = []
    for term in glossary.sorted_terms():
        entry = GlossaryEntry(
            term.id,
            Line(ids.next(), term.term),
            Block("p", _lines_of(term.explanation, ids)),
        )
        for chapter in chapters:
            for block in chapter.blocks:
                for line in block.lines:
                    for link in line.links:
                        if link.term_id == term.id:
                            entry.back_links.append(BackLink(chapter.file, link.ref_id, chapter.title))
        entries.append(entry)
    return Chapter("ordlista", "glossary", GLOSSARY_FILE, "Ordlista", blocks, entries=entries)


def build_book(
    pack: Pack,
    *,
    summaries: str = SUMMARIES_NONE,
    section_ids: list[str] | None = None,
    narrator: str = "syntetiskt tal",
) -> Book:
    """Lay out the book: the title page, the sections (and/or summaries), the glossary.

    ``section_ids`` limits the book to some sections (a small book for a quick check).
    Raises :class:`BookError` when nothing would be in it.
    """
    if summaries not in SUMMARY_CHOICES:
        raise BookError(f"Okänt val för sammanfattningar: {summaries}")
    document = pack.result.document
    glossary = pack.glossary if pack.glossary.terms else None
    sections = list(document.sections)
    if section_ids is not None:
        sections = [s for s in sections if s.id in section_ids]
    chapters: list[Chapter] = [_title_chapter(document, narrator)]
    if summaries != SUMMARIES_NONE and pack.summaries.overview is not None and section_ids is None:
        chapters.append(_summary_chapter(OVERVIEW_KEY, pack.summaries.overview, document, glossary, None))
    content = 0
    for section in sections:
        if summaries != SUMMARIES_ONLY:
            chapters.append(
                Chapter(
                    section.id,
                    "section",
                    f"avsnitt-{section.id}.xhtml",
                    section.title,
                    section_blocks(section, _Ids(), glossary),
                    section=section,
                )
            )
            content += 1
        summary = pack.summaries.for_section(section.id) if summaries != SUMMARIES_NONE else None
        if summary is not None:
            original = section if summaries == SUMMARIES_INCLUDED else None
            chapters.append(_summary_chapter(section.id, summary, document, glossary, original))
            content += 1
    if not content:
        raise BookError(
            "Det finns inga lättlästa sammanfattningar att lägga i talboken."
            if summaries == SUMMARIES_ONLY
            else "Det finns ingen text att lägga i talboken."
        )
    if glossary is not None:
        chapters.append(_glossary_chapter(glossary, document, chapters))
    seed = "|".join([document.title, summaries, *(c.key for c in chapters)])
    return Book(document, chapters, summaries, seed)
