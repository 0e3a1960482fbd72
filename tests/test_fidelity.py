"""The full text reproduces the published programme word for word.

Check (as the project's definition of verbatim says): drop Markdown markup,
collapse white space; the result equals the source with its ``**`` dropped.
The source is a copy kept in tests/data.
"""

from __future__ import annotations

import re

from reader.content.loader import load_pack
from reader.exports.plain_text import document_plain_text


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_export_equals_the_source(content_root, source_text):
    document = load_pack(content_root).document
    assert normalise(document_plain_text(document)) == normalise(source_text.replace("**", ""))


def test_markdown_files_hold_the_source_words(content_root, source_text):
    """Independent of the renderer: the raw Markdown, headings' # removed, is the source body."""
    files = sorted((content_root / "sections").glob("*.md"))
    body = " ".join(re.sub(r"^#+ ", "", f.read_text("utf-8"), flags=re.M) for f in files)
    source_body = source_text.split("2023-2026**", 1)[1]
    assert normalise(body) == normalise(source_body)


def test_page_break_splits_are_joined(content_root):
    document = load_pack(content_root).document
    paragraphs = [p.text for s in document.sections for p in s.body_paragraphs]
    for cut in ("i dessa", "verksamheter ska", "När samhällets insatser, små", "men vi ser nu ett"):
        assert not any(p.endswith(cut) for p in paragraphs), cut
        assert any(cut + " " in p for p in paragraphs), cut
    # Every paragraph ends a sentence.
    assert all(p.rstrip()[-1] in ".!?" for p in paragraphs)


def test_published_spelling_is_kept(content_root):
    text = document_plain_text(load_pack(content_root).document)
    for word in ("skattecronan", "skattekrönor", "Parallelsamhället", "Väst kustbanan"):
        assert word in text, word
