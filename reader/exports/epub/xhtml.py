"""The book's XHTML documents, navigation document and style sheet, as text.

Swedish everywhere (``xml:lang`` and ``lang``), real headings, one element id per
sentence for the Media Overlay, and the EPUB 3 note semantics for hard words
(``noteref`` links to ``footnote`` asides inside the glossary's ``glossdef``), so
reading systems can show an explanation as a pop-up and come back.
"""

from __future__ import annotations

import re
from itertools import groupby
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from reader.exports.epub.book import GLOSSARY_FILE, NAV_FILE, Block, Book, Chapter, Line

ACTIVE_CLASS = "-epub-media-overlay-active"
STYLE_FILE = "bok.css"
SECTION_ID = "text"  # the element holding a document's text (the Media Overlay points at it)

# Only structure and spacing: the reading system's own fonts, sizes and colours rule.
# The highlight of the sentence being read is black on yellow (contrast 19.6:1).
STYLE = f"""\
body {{ line-height: 1.5; margin: 0 1em; }}
h1, h2, h3 {{ line-height: 1.25; }}
p, li, dd {{ margin-top: 0; margin-bottom: 0.8em; }}
.subtitle {{ font-size: 1.3em; }}
.app-note {{ border-left: 0.3em solid currentColor; padding-left: 0.6em; font-style: italic; }}
.lattlast {{ border-top: 0.15em solid currentColor; }}
a.hard-word {{ color: inherit; text-decoration: underline dotted; }}
dt {{ font-weight: bold; margin-top: 1em; }}
dd {{ margin-left: 0; }}
.back {{ font-size: 0.9em; }}
.{ACTIVE_CLASS} {{ background-color: #ffeb3b; color: #000000; }}
"""

# Characters XML 1.0 cannot carry at all (control characters, lone surrogates): a pack that
# holds one still gives a well-formed book, without that invisible character.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """``text`` as XML character data: markup characters escaped, impossible characters dropped."""
    return _escape(_NOT_XML.sub("", text))


_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
xml:lang="sv" lang="sv">
<head>
<meta charset="UTF-8"/>
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="{style}"/>
</head>
"""


def _head(title: str) -> str:
    return _HEAD.format(title=escape(title), style=STYLE_FILE)


def _line_inner(line: Line) -> str:
    """The sentence's text, its hard words linked to the glossary."""
    out: list[str] = []
    pos = 0
    for link in line.links:
        out.append(escape(line.text[pos : link.start]))
        word = escape(line.text[link.start : link.end])
        out.append(
            f'<a id="{link.ref_id}" class="hard-word" href="{GLOSSARY_FILE}#ord-{link.term_id}" '
            f'epub:type="noteref" role="doc-noteref">{word}</a>'
        )
        pos = link.end
    out.append(escape(line.text[pos:]))
    return "".join(out)


def _block(block: Block) -> str:
    attrs = f" class={quoteattr(block.css_class)}" if block.css_class else ""
    lines = block.lines
    if block.tag.startswith("h") and len(block.pieces) == 1 and len(lines) == 1:
        return f'<{block.tag} id="{lines[0].id}"{attrs}>{_line_inner(lines[0])}</{block.tag}>'
    inner = "".join(
        escape(p) if isinstance(p, str) else f'<span id="{p.id}">{_line_inner(p)}</span>'
        for p in block.pieces
    )
    return f"<{block.tag}{attrs}>{inner}</{block.tag}>"


def _blocks(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for list_tag, group in groupby(blocks, key=lambda b: b.list_tag if b.tag == "li" else ""):
        rendered = [_block(b) for b in group]
        if list_tag:
            out.append(f"<{list_tag}>" + "".join(rendered) + f"</{list_tag}>")
        else:
            out += rendered
    return out


def chapter_xhtml(chapter: Chapter) -> str:
    """One document: the title page, a section, a summary or the glossary."""
    body: list[str] = []
    if chapter.kind == "title":
        body.append(f'<section id="{SECTION_ID}" epub:type="titlepage" class="titlepage">')
    elif chapter.kind == "glossary":
        body.append(f'<section id="{SECTION_ID}" epub:type="glossary" role="doc-glossary">')
    elif chapter.kind in ("summary", "overview"):
        body.append(f'<section id="{SECTION_ID}" class="lattlast" aria-label="Lättläst sammanfattning">')
    else:
        body.append(f'<section id="{SECTION_ID}" epub:type="chapter" role="doc-chapter">')
    body += _blocks(chapter.blocks)
    if chapter.entries:
        body.append("<dl>")
        for entry in chapter.entries:
            body.append(
                f'<dt epub:type="glossterm"><dfn id="{entry.term.id}">{escape(entry.term.text)}</dfn></dt>'
            )
            body.append('<dd epub:type="glossdef">')
            body.append(
                f'<aside id="ord-{entry.term_id}" epub:type="footnote" role="doc-footnote">'
                f"{_block(entry.explanation)}</aside>"
            )
            if entry.back_links:
                links = ", ".join(
                    f'<a href="{b.file}#{b.ref_id}" role="doc-backlink">{escape(b.label)}</a>'
                    for b in entry.back_links
                )
                body.append(f'<p class="back">Tillbaka till texten: {links}</p>')
            body.append("</dd>")
        body.append("</dl>")
    body.append("</section>")
    return _head(chapter.title) + "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"


def nav_xhtml(book: Book) -> str:
    """The table of contents (every document, summaries under their section) and landmarks."""
    children: dict[str, list[Chapter]] = {}
    for chapter in book.chapters:
        if chapter.parent:
            children.setdefault(chapter.parent, []).append(chapter)

    def item(chapter: Chapter) -> str:
        nested = children.get(chapter.key, [])
        sub = ""
        if nested:
            sub = "<ol>" + "".join(item(c) for c in nested) + "</ol>"
        return f'<li><a href="{chapter.file}">{escape(chapter.title)}</a>{sub}</li>'

    toc = "".join(item(c) for c in book.chapters if not c.parent)
    first = next((c for c in book.chapters if c.kind != "title"), book.chapters[0])
    landmarks = [
        f'<li><a epub:type="toc" href="{NAV_FILE}#toc">Innehåll</a></li>',
        f'<li><a epub:type="bodymatter" href="{first.file}">{escape(first.title)}</a></li>',
    ]
    glossary = book.glossary
    if glossary is not None:
        landmarks.append(f'<li><a epub:type="glossary" href="{glossary.file}">Ordlista</a></li>')
    return (
        _head("Innehåll")
        + "<body>\n"
        + '<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-rubrik">'
        + f'<h1 id="toc-rubrik">Innehåll</h1><ol>{toc}</ol></nav>\n'
        + '<nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="Riktmärken">'
        + f"<ol>{''.join(landmarks)}</ol></nav>\n"
        + "</body>\n</html>\n"
    )
