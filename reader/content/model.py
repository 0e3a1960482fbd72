"""The document model: document → sections → paragraphs → sentences.

Every paragraph and sentence carries character offsets into its section's
``text``. ``text`` is the section's blocks joined by a single newline, which is
exactly ``QTextDocument.toPlainText()`` of the rendered section, so an offset
here is a cursor position in the reading pane (highlighting and speech use it).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    kind: str  # "heading", "paragraph" or "item"
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    file: str
    markdown: str
    html: str
    text: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def sentence_at(self, offset: int) -> int | None:
        """Index (in ``sentences``) of the sentence containing ``offset``, or the next one."""
        for i, s in enumerate(self.sentences):
            if offset < s.end or (s.start <= offset <= s.end):
                return i
        return None

    @property
    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind != "heading")


@dataclass
class Document:
    title: str
    subtitle: str
    short_title: str
    language: str
    period: str
    source: str
    root: str
    sections: list[Section] = field(default_factory=list)

    @property
    def window_title(self) -> str:
        return f"{self.short_title} – {self.subtitle}"

    def section(self, section_id: str) -> Section | None:
        for s in self.sections:
            if s.id == section_id:
                return s
        return None

    def index_of(self, section_id: str) -> int:
        for i, s in enumerate(self.sections):
            if s.id == section_id:
                return i
        return -1
