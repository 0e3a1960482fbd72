"""The EPUB container: package document (metadata, manifest, spine), Media Overlays, the zip.

The accessibility metadata says only what is true of this book: text and speech
for every document, synchronised sentence by sentence; headings, a table of
contents and a glossary; no hazards. The conformance claim names who checked it.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from reader import __version__
from reader.exports.epub.book import APP_NAME, NAV_FILE, SUMMARIES_ONLY, Book, Chapter
from reader.exports.epub.narration import ChapterAudio
from reader.exports.epub.xhtml import (
    ACTIVE_CLASS,
    SECTION_ID,
    STYLE,
    STYLE_FILE,
    chapter_xhtml,
    escape,
    nav_xhtml,
)

ROOT = "EPUB"
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
CERTIFIED_BY = f"{APP_NAME}s utvecklare (egen granskning med EPUBCheck och Ace by DAISY)"

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


@dataclass(frozen=True)
class Font:
    """A font file to carry in the book (only as an option, under its own licence)."""

    file: str  # the name inside the book, e.g. "fonts/AtkinsonHyperlegible-Regular.ttf"
    data: bytes
    family: str
    weight: str = "normal"

    @property
    def media_type(self) -> str:
        if self.file.lower().endswith(".txt"):
            return "text/plain"  # the font's licence, carried beside it
        return "font/otf" if self.file.lower().endswith(".otf") else "font/ttf"


def clock(ms: int) -> str:
    """A SMIL full clock value, h:mm:ss.fff."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def timecount(ms: int) -> str:
    """A SMIL timecount value in seconds with milliseconds, e.g. 12.345s."""
    return f"{ms // 1000}.{ms % 1000:03d}s"


def audio_file(chapter: Chapter) -> str:
    return f"audio/{chapter.stem}.mp3"


def smil_file(chapter: Chapter) -> str:
    return f"{chapter.stem}.smil"


def smil(chapter: Chapter, audio: ChapterAudio) -> str:
    """The Media Overlay of one document: a <par> per sentence, in reading order."""
    pars = "\n".join(
        f'<par id="p{i}"><text src="{chapter.file}#{clip.line_id}"/>'
        f'<audio src="{audio_file(chapter)}" clipBegin="{timecount(clip.begin_ms)}" '
        f'clipEnd="{timecount(clip.end_ms)}"/></par>'
        for i, clip in enumerate(audio.clips, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
        f'<body epub:textref="{chapter.file}#{SECTION_ID}">\n{pars}\n</body>\n</smil>\n'
    )


def _item_id(name: str) -> str:
    return "x-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in name)


def accessibility_summary(book: Book) -> str:
    parts = [
        "Talbok med text och syntetiskt tal som följs åt mening för mening (EPUB 3 Media Overlays): "
        "all text i boken går att läsa och att lyssna på.",
        "Varje avsnitt har en egen rubrik, och innehållsförteckningen leder till alla avsnitt"
        + (" och lättlästa sammanfattningar." if book.summaries != "none" else "."),
        "Svåra ord är länkade till en ordlista med förklaringar på lättläst svenska, och tillbaka.",
        "Boken har inga bilder och inget som blinkar. Läsprogrammets egna typsnitt, storlekar och färger kan användas.",
    ]
    return " ".join(parts)


def package_opf(
    book: Book,
    audio: dict[str, ChapterAudio],
    *,
    modified: datetime,
    narrator: str,
    fonts: Iterable[Font] = (),
) -> str:
    """The package document: metadata (accessibility and durations included), manifest and spine."""
    identifier = uuid.uuid5(uuid.NAMESPACE_URL, f"lasaren-epub:{book.identifier_seed}")
    title = book.title + (" – lättläst" if book.summaries == SUMMARIES_ONLY else "")
    document = book.document
    total = sum(a.duration_ms for a in audio.values())
    meta = [
        f'<dc:identifier id="bookid">urn:uuid:{identifier}</dc:identifier>',
        f"<dc:title>{escape(title)}</dc:title>",
        "<dc:language>sv</dc:language>",
        f"<dc:creator>{escape(document.short_title or document.title)}</dc:creator>",
        f"<dc:contributor>{escape(narrator)}</dc:contributor>",
        f"<dc:publisher>{APP_NAME} {escape(__version__)}</dc:publisher>",
        f'<meta property="dcterms:modified">{modified.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>',
    ]
    if document.source:
        meta.append(f"<dc:source>{escape(document.source)}</dc:source>")
    meta += [
        '<meta property="schema:accessMode">textual</meta>',
        '<meta property="schema:accessMode">auditory</meta>',
        '<meta property="schema:accessModeSufficient">textual</meta>',
        '<meta property="schema:accessModeSufficient">auditory</meta>',
        '<meta property="schema:accessModeSufficient">textual,auditory</meta>',
    ]
    for feature in (
        "synchronizedAudioText",
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    ):
        meta.append(f'<meta property="schema:accessibilityFeature">{feature}</meta>')
    meta += [
        '<meta property="schema:accessibilityHazard">none</meta>',
        f'<meta property="schema:accessibilitySummary">{escape(accessibility_summary(book))}</meta>',
        f'<meta property="dcterms:conformsTo">{CONFORMS_TO}</meta>',
        f'<meta property="a11y:certifiedBy">{escape(CERTIFIED_BY)}</meta>',
        f'<meta property="media:duration">{clock(total)}</meta>',
    ]
    for chapter in book.chapters:
        if chapter.key in audio:
            meta.append(
                f'<meta property="media:duration" refines="#{_item_id(smil_file(chapter))}">'
                f"{clock(audio[chapter.key].duration_ms)}</meta>"
            )
    meta += [
        f'<meta property="media:narrator">{escape(narrator)}</meta>',
        f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>',
    ]
    items = [
        f'<item id="{_item_id(NAV_FILE)}" href="{NAV_FILE}" media-type="application/xhtml+xml" properties="nav"/>',
        f'<item id="{_item_id(STYLE_FILE)}" href="{STYLE_FILE}" media-type="text/css"/>',
    ]
    for font in fonts:
        items.append(f'<item id="{_item_id(font.file)}" href="{font.file}" media-type="{font.media_type}"/>')
    spine = []
    for chapter in book.chapters:
        overlay = ""
        if chapter.key in audio:
            overlay = f' media-overlay="{_item_id(smil_file(chapter))}"'
            items.append(
                f'<item id="{_item_id(smil_file(chapter))}" href="{smil_file(chapter)}" '
                'media-type="application/smil+xml"/>'
            )
            items.append(
                f'<item id="{_item_id(audio_file(chapter))}" href="{audio_file(chapter)}" media-type="audio/mpeg"/>'
            )
        items.append(
            f'<item id="{_item_id(chapter.file)}" href="{chapter.file}" '
            f'media-type="application/xhtml+xml"{overlay}/>'
        )
        spine.append(f'<itemref idref="{_item_id(chapter.file)}"/>')
        if chapter.kind == "title":  # the table of contents comes right after the title page
            spine.append(f'<itemref idref="{_item_id(NAV_FILE)}"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" '
        'xml:lang="sv" dir="ltr">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        + "\n".join(meta)
        + "\n</metadata>\n<manifest>\n"
        + "\n".join(items)
        + "\n</manifest>\n<spine>\n"
        + "\n".join(spine)
        + "\n</spine>\n</package>\n"
    )


def font_css(fonts: Iterable[Font]) -> str:
    fonts = [f for f in fonts if f.family]  # not the licence
    rules = [
        f'@font-face {{ font-family: "{f.family}"; font-weight: {f.weight}; src: url("{f.file}"); }}'
        for f in fonts
    ]
    families = {f.family for f in fonts}
    if families:
        rules.append(f'body {{ font-family: "{sorted(families)[0]}", sans-serif; }}')
    return "\n".join(rules) + ("\n" if rules else "")


def write_epub(
    target,
    book: Book,
    audio: dict[str, ChapterAudio],
    *,
    modified: datetime | None = None,
    narrator: str,
    fonts: list[Font] | None = None,
) -> None:
    """Write the whole book into ``target`` (a path or a binary file object)."""
    fonts = fonts or []
    modified = modified or datetime.now(UTC)
    with zipfile.ZipFile(target, "w") as z:
        # mimetype first and stored, as EPUB readers look for it at a fixed place
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)

        def put(name: str, data: str | bytes, stored: bool = False) -> None:
            info = zipfile.ZipInfo(name, date_time=modified.timetuple()[:6])
            info.external_attr = 0o644 << 16  # readable by all when unpacked
            kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compress_type=kind)

        put("META-INF/container.xml", CONTAINER)
        put(
            f"{ROOT}/package.opf", package_opf(book, audio, modified=modified, narrator=narrator, fonts=fonts)
        )
        put(f"{ROOT}/{NAV_FILE}", nav_xhtml(book))
        put(f"{ROOT}/{STYLE_FILE}", '@charset "UTF-8";\n' + font_css(fonts) + STYLE)
        for font in fonts:
            put(f"{ROOT}/{font.file}", font.data)
        for chapter in book.chapters:
            put(f"{ROOT}/{chapter.file}", chapter_xhtml(chapter))
            if chapter.key in audio:
                put(f"{ROOT}/{smil_file(chapter)}", smil(chapter, audio[chapter.key]))
                put(f"{ROOT}/{audio_file(chapter)}", audio[chapter.key].mp3, stored=True)
