"""Save the talking book: lay it out, speak it, write the EPUB under a temporary name, rename.

As with the other saves, nothing appears under the chosen name until the book is
whole: a cancelled or failed save removes its temporary file and leaves an older
file of that name untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.content.compiled import Pack
from reader.exports.audio import ExportCancelledError
from reader.exports.epub.book import SUMMARIES_NONE, build_book
from reader.exports.epub.narration import narrate
from reader.exports.epub.package import Font, write_epub
from reader.platform.paths import resources_dir
from reader.platform.safe_write import atomic_write
from reader.speech.driver import VoiceInfo
from reader.speech.engine import SpeechEngine, SpeechParams, Ticket

__all__ = ["EpubOptions", "EpubResult", "ExportCancelledError", "export_epub", "narrator_name"]

FONT_FILES = (
    ("AtkinsonHyperlegible-Regular.ttf", "normal"),
    ("AtkinsonHyperlegible-Bold.ttf", "bold"),
)


@dataclass(frozen=True)
class EpubOptions:
    summaries: str = SUMMARIES_NONE  # "none", "included" or "only"
    section_ids: tuple[str, ...] | None = None  # only these sections (a small book)
    fonts: bool = False  # carry Atkinson Hyperlegible (SIL OFL) in the book


@dataclass(frozen=True)
class EpubResult:
    path: Path
    size_bytes: int
    duration_ms: int
    documents: int
    sentences: int


def narrator_name(voice: VoiceInfo | None) -> str:
    """How the book names its voice, e.g. "syntetiskt tal (eSpeak NG, Swedish)"."""
    if voice is None:
        return "syntetiskt tal"
    engine = "eSpeak NG" if voice.engine == "espeak" else voice.engine
    name = voice.name or voice.id
    return f"syntetiskt tal ({engine}, rösten {name})"


FONT_LICENCE = "AtkinsonHyperlegible-OFL.txt"


def book_fonts() -> list[Font]:
    """The font files, and their licence (the SIL OFL asks that it goes with every copy)."""
    folder = resources_dir() / "fonts"
    fonts = [
        Font(f"fonts/{name}", (folder / name).read_bytes(), "Atkinson Hyperlegible", weight)
        for name, weight in FONT_FILES
    ]
    fonts.append(Font(f"fonts/{FONT_LICENCE}", (folder / FONT_LICENCE).read_bytes(), "", "licence"))
    return fonts


def export_epub(
    pack: Pack,
    engine: SpeechEngine,
    params: SpeechParams,
    out: Path,
    options: EpubOptions = EpubOptions(),
    *,
    narrator: str = "syntetiskt tal",
    progress: Callable[[int, int], None] | None = None,
    ticket: Ticket | None = None,
    modified: datetime | None = None,
) -> EpubResult:
    """Make the book and save it as ``out``. Raises BookError, ExportCancelledError, OSError."""
    out = Path(out)
    book = build_book(
        pack,
        summaries=options.summaries,
        section_ids=list(options.section_ids) if options.section_ids is not None else None,
        narrator=narrator,
    )
    fonts = book_fonts() if options.fonts else []
    # A new temporary file beside ``out`` first (never through a link), so a folder that cannot
    # be written is known at once, not after the speech; renamed only when the book is whole,
    # removed on an error, on Avbryt and on SIGTERM (reader/platform/safe_write.py).
    with atomic_write(out) as stream:
        audio = narrate(engine, book.chapters, params, progress=progress, ticket=ticket)
        if ticket is not None and ticket.cancelled:
            raise ExportCancelledError()
        write_epub(stream, book, {a.key: a for a in audio}, modified=modified, narrator=narrator, fonts=fonts)
        size = stream.tell()
        if ticket is not None and ticket.cancelled:
            raise ExportCancelledError()
    return EpubResult(
        out,
        size,
        sum(a.duration_ms for a in audio),
        len(book.chapters),
        sum(len(a.clips) for a in audio),
    )
