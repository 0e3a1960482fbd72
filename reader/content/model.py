"""The document model: document → sections → paragraphs → sentences.

Every paragraph and sentence carries character offsets into its section's
``text``. ``text`` is the section's blocks joined by a single newline, which is
exactly ``QTextDocument.toPlainText()`` of the rendered section, so an offset
here is a cursor position in the reading pane (highlighting and speech use it).

The classes behave as ``@dataclass`` classes would (``frozen=True`` for all but
``Document``): the same constructor, ``repr``, equality, hash and refusal of a
change. They are written out because the app loads them at every start, and
``@dataclass`` compiles those methods from source text each time (about a
hundredth of a second for these four).
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError


class Sentence:
    __match_args__ = ("start", "end", "text")

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end, self.text) == (other.start, other.end, other.text)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Paragraph:
    __match_args__ = ("index", "kind", "start", "end", "text", "sentences")

    index: int
    kind: str  # "heading", "paragraph" or "item"
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]

    def __init__(
        self, index: int, kind: str, start: int, end: int, text: str, sentences: tuple[Sentence, ...]
    ) -> None:
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "sentences", sentences)

    def _fields(self) -> tuple:
        return (self.index, self.kind, self.start, self.end, self.text, self.sentences)

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(index={self.index!r}, kind={self.kind!r}, start={self.start!r}, "
            f"end={self.end!r}, text={self.text!r}, sentences={self.sentences!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Section:
    __match_args__ = ("id", "title", "file", "markdown", "html", "text", "paragraphs")

    id: str
    title: str
    file: str
    markdown: str
    html: str
    text: str
    paragraphs: tuple[Paragraph, ...]

    def __init__(
        self,
        id: str,
        title: str,
        file: str,
        markdown: str,
        html: str,
        text: str,
        paragraphs: tuple[Paragraph, ...],
    ) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "markdown", markdown)
        object.__setattr__(self, "html", html)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "paragraphs", paragraphs)

    def _fields(self) -> tuple:
        return (self.id, self.title, self.file, self.markdown, self.html, self.text, self.paragraphs)

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(id={self.id!r}, title={self.title!r}, file={self.file!r}, "
            f"markdown={self.markdown!r}, html={self.html!r}, text={self.text!r}, "
            f"paragraphs={self.paragraphs!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

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


class Document:
    __match_args__ = ("title", "subtitle", "short_title", "language", "period", "source", "root", "sections")
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    title: str
    subtitle: str
    short_title: str
    language: str
    period: str
    source: str
    root: str
    sections: list[Section]

    def __init__(
        self,
        title: str,
        subtitle: str,
        short_title: str,
        language: str,
        period: str,
        source: str,
        root: str,
        sections: list[Section] | None = None,
    ) -> None:
        self.title = title
        self.subtitle = subtitle
        self.short_title = short_title
        self.language = language
        self.period = period
        self.source = source
        self.root = root
        self.sections = [] if sections is None else sections

    def _fields(self) -> tuple:
        return (
            self.title,
            self.subtitle,
            self.short_title,
            self.language,
            self.period,
            self.source,
            self.root,
            self.sections,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(title={self.title!r}, subtitle={self.subtitle!r}, "
            f"short_title={self.short_title!r}, language={self.language!r}, period={self.period!r}, "
            f"source={self.source!r}, root={self.root!r}, sections={self.sections!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

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
