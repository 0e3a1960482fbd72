"""Markdown → safe HTML plus the plain-text blocks the reading pane will show.

Offline means offline: raw HTML in the Markdown is shown as text (never
interpreted), images are replaced by their description (never fetched) and
links become plain text followed by their address (never followed). The same
pass yields the text of each block, joined by newlines exactly as
``QTextDocument.toPlainText()`` would give it, so model offsets are cursor
positions in the pane.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

BLOCK_TAGS = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "p": "paragraph",
    "li": "item",
    "pre": "paragraph",
    "dt": "item",
    "dd": "item",
}
CONTAINER_TAGS = {"div", "ul", "ol", "blockquote", "dl"}
SAFE_SCHEMES_NOTE = "länk"


@dataclass(frozen=True)
class Block:
    kind: str
    text: str


_STASHED = re.compile("\x02wzxhzdk:(\\d{1,9})\x03")  # bounded: int() of 5,000 digits raises


def _plain(element: ElementTree.Element, stash: list[str]) -> str:
    text = "".join(element.itertext()).replace(AMP_SUBSTITUTE, "&")
    text = _STASHED.sub(lambda m: stash[int(m.group(1))] if int(m.group(1)) < len(stash) else "", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


class _Neutralise(Treeprocessor):
    """Replace images and links by inert text; collect block texts."""

    def __init__(self, md: markdown.Markdown, sink: list[Block]):
        super().__init__(md)
        self.sink = sink

    def run(self, root: ElementTree.Element) -> None:
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "img":
                    alt = child.get("alt") or ""
                    span = ElementTree.Element("span")
                    span.text = f"[Bild: {alt}]" if alt else "[Bild]"
                    span.tail = child.tail
                    parent[list(parent).index(child)] = span
                elif child.tag == "a":
                    href = (child.get("href") or "").strip()
                    child.tag = "span"
                    child.attrib.clear()
                    label = "".join(child.itertext()).strip()
                    if href and href != label:
                        # Show the address as text; nothing is ever opened.
                        extra = ElementTree.SubElement(child, "span")
                        extra.text = f" ({href})"
        self.sink.clear()
        self._collect(root)

    def _collect(self, element: ElementTree.Element) -> None:
        for child in element:
            kind = BLOCK_TAGS.get(child.tag)
            if child.tag == "li" and any(c.tag in BLOCK_TAGS or c.tag in CONTAINER_TAGS for c in child):
                self._collect(child)
            elif kind:
                text = _plain(child, [str(b) for b in self.md.htmlStash.rawHtmlBlocks])
                if text:
                    self.sink.append(Block(kind, text))
            elif child.tag in CONTAINER_TAGS:
                self._collect(child)


class _SafeExtension(Extension):
    def __init__(self, sink: list[Block]):
        super().__init__()
        self.sink = sink

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (library API)
        # Raw HTML is escaped (shown as text), never passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_Neutralise(md, self.sink), "neutralise", -10)


# Building a Markdown converter costs ~10 ms (extension set-up), converting a section
# about as much again; start-up renders some 20 texts, so one converter per thread is kept
# and reset between texts.
_local = threading.local()


def _converter() -> tuple[markdown.Markdown, list[Block]]:
    if not hasattr(_local, "md"):
        sink: list[Block] = []
        # The extension object, not its name: a name makes Markdown scan every installed
        # package's metadata for entry points, which costs more than the conversion.
        _local.md = markdown.Markdown(
            extensions=[_SafeExtension(sink), SaneListExtension()], output_format="html"
        )
        _local.sink = sink
    return _local.md, _local.sink


def render_markdown(text: str) -> tuple[str, list[Block]]:
    """Return ``(html, blocks)`` for Markdown ``text``; safe to show offline."""
    md, sink = _converter()
    md.reset()
    sink.clear()
    body = md.convert(text)
    return body, list(sink)
