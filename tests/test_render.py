"""Rendering is safe offline, and the model's text is exactly what the pane shows."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from reader.content.loader import build_section, load_pack
from reader.content.markdown_render import render_markdown

SAMPLE = """# Rubrik

Text med *betoning* och **fetstil**, A & B, &amp; en [länk](http://example.invalid/x).

- ett
- två med `kod`

## Underrubrik

1. första
2. andra

> Citat här.

![Karta](http://example.invalid/karta.png)
"""


def test_raw_html_is_shown_as_text_never_interpreted():
    html, blocks = render_markdown(
        'Före <script>alert(1)</script> <img src="http://x.invalid/a.png"> efter\n'
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "<script>alert(1)</script>" in blocks[0].text


def test_images_and_links_are_neutralised():
    html, blocks = render_markdown("![Karta](http://x.invalid/k.png) och [sidan](https://x.invalid/s)\n")
    assert "<img" not in html and "href" not in html and "src=" not in html
    assert blocks[0].text == "[Bild: Karta] och sidan (https://x.invalid/s)"


def test_plain_text_matches_qt_for_sample(qapp):
    section = build_section("prov", "prov.md", SAMPLE)
    doc = QTextDocument()
    doc.setHtml(section.html)
    assert doc.toPlainText() == section.text


def test_plain_text_matches_qt_for_every_section(qapp, content_root):
    for section in load_pack(content_root).document.sections:
        doc = QTextDocument()
        doc.setHtml(section.html)
        assert doc.toPlainText() == section.text, section.id


def test_plain_text_export_marks_list_items():
    from reader.exports.plain_text import section_plain_text

    section = build_section("prov", "prov.md", "# Rubrik\n\nInledning.\n\n- ett\n- två\n\nSlut.\n")
    assert section_plain_text(section) == "Rubrik\n\nInledning.\n\n- ett\n- två\n\nSlut.\n"
