"""The content pack loader: the real pack, and every kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.content.errors import ContentPackError
from reader.content.loader import load_pack

EXPECTED_IDS = ["inledning", "ansvar", "trygghet", "arbete", "valfard", "livskvalitet"]


@pytest.fixture
def pack(tmp_path: Path, content_root: Path) -> Path:
    """A writable copy of the real pack to break."""
    target = tmp_path / "pack"
    shutil.copytree(content_root, target)
    return target


def test_real_pack_has_six_sections_in_order(content_root):
    result = load_pack(content_root)
    assert result.errors == []
    assert [s.id for s in result.document.sections] == EXPECTED_IDS
    assert result.document.sections[0].title == "Inledning"
    assert result.document.language == "sv"
    assert "2023-2026" in result.document.window_title


def test_offsets_point_into_the_section_text(content_root):
    for section in load_pack(content_root).document.sections:
        assert section.paragraphs[0].kind == "heading"
        for paragraph in section.paragraphs:
            assert section.text[paragraph.start : paragraph.end] == paragraph.text
            for sentence in paragraph.sentences:
                assert section.text[sentence.start : sentence.end] == sentence.text
                assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        # Sentences cover every word of each paragraph, in order, without overlap.
        for paragraph in section.body_paragraphs:
            joined = " ".join(s.text for s in paragraph.sentences)
            assert joined.split() == paragraph.text.split()


def test_sentence_at_finds_the_sentence_for_an_offset(content_root):
    section = load_pack(content_root).document.sections[1]
    third = section.sentences[3]
    assert section.sentence_at(third.start + 2) == 3


def write_manifest(pack: Path, text: str) -> None:
    (pack / "manifest.toml").write_text(text, encoding="utf-8")


def test_missing_manifest_is_a_located_error(pack):
    (pack / "manifest.toml").unlink()
    with pytest.raises(ContentPackError) as info:
        load_pack(pack)
    assert info.value.errors[0].file == "manifest.toml"
    assert "saknas" in info.value.errors[0].message


def test_missing_folder(tmp_path):
    with pytest.raises(ContentPackError):
        load_pack(tmp_path / "nowhere")


def test_broken_toml_names_the_line(pack):
    write_manifest(pack, 'title = "X"\nlanguage = "sv"\nsections = [\n  {id = "a", file = \n')
    with pytest.raises(ContentPackError) as info:
        load_pack(pack)
    error = info.value.errors[0]
    assert error.file == "manifest.toml"
    assert error.line is not None and error.line >= 4


def test_wrong_type_names_key_and_line(pack):
    text = (pack / "manifest.toml").read_text("utf-8").replace('language = "sv"', "language = 7")
    write_manifest(pack, text)
    result = load_pack(pack)
    errors = [e for e in result.errors if "language" in e.message]
    assert errors and errors[0].file == "manifest.toml"
    line = text.splitlines()[errors[0].line - 1]
    assert line.startswith("language")
    assert len(result.document.sections) == 6  # the rest still opens


def test_duplicate_and_invalid_ids_are_reported_and_valid_sections_open(pack):
    text = (pack / "manifest.toml").read_text("utf-8")
    text = text.replace('id = "ansvar"', 'id = "inledning"').replace('id = "arbete"', 'id = "Arbete!"')
    write_manifest(pack, text)
    result = load_pack(pack)
    messages = " ".join(e.message for e in result.errors)
    assert "finns redan" in messages
    assert "Arbete!" in messages
    assert [s.id for s in result.document.sections] == ["inledning", "trygghet", "valfard", "livskvalitet"]
    duplicate = next(e for e in result.errors if "finns redan" in e.message)
    assert 'id = "inledning"' in text.splitlines()[duplicate.line - 1]


def test_listed_but_missing_file(pack):
    (pack / "sections" / "03-trygghet.md").unlink()
    result = load_pack(pack)
    error = next(e for e in result.errors if e.file == "sections/03-trygghet.md")
    assert "saknas" in error.message
    assert len(result.document.sections) == 5


def test_empty_file(pack):
    (pack / "sections" / "02-ansvar.md").write_text("  \n\n", encoding="utf-8")
    result = load_pack(pack)
    assert any(e.file == "sections/02-ansvar.md" and "tom" in e.message for e in result.errors)


def test_bad_utf8_names_the_line(pack):
    path = pack / "sections" / "04-arbete.md"
    path.write_bytes(b"# Rubrik\n\nRad tv\xe5\n")
    result = load_pack(pack)
    error = next(e for e in result.errors if e.file == "sections/04-arbete.md")
    assert error.line == 3
    assert "UTF-8" in error.message


def test_section_without_heading(pack):
    (pack / "sections" / "05-valfard.md").write_text("Bara text.\n", encoding="utf-8")
    result = load_pack(pack)
    assert any(e.file == "sections/05-valfard.md" and e.line == 1 for e in result.errors)


def test_unlisted_file_is_reported(pack):
    (pack / "sections" / "07-extra.md").write_text("# Extra\n\nText.\n", encoding="utf-8")
    result = load_pack(pack)
    assert any(e.file == "sections/07-extra.md" for e in result.errors)


def test_file_outside_the_pack_is_refused(pack):
    text = (
        (pack / "manifest.toml")
        .read_text("utf-8")
        .replace('file = "sections/01-inledning.md"', 'file = "../outside.md"')
    )
    (pack.parent / "outside.md").write_text("# Utanför\n\nText.\n", encoding="utf-8")
    write_manifest(pack, text)
    result = load_pack(pack)
    assert "inledning" not in [s.id for s in result.document.sections]
    assert any("utanför" in e.message for e in result.errors)


def test_no_usable_section_raises(pack):
    for path in (pack / "sections").glob("*.md"):
        path.unlink()
    with pytest.raises(ContentPackError) as info:
        load_pack(pack)
    assert len(info.value.errors) == 6
