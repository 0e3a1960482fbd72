"""The compiled pack: the same as parsing, used only when it matches, never fatal."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.content import compiled
from reader.content.errors import ContentPackError


@pytest.fixture
def pack_copy(content_root: Path, tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_root, root)
    return root


def test_compiled_pack_is_the_parsed_pack(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    fresh = compiled.parse_pack(pack_copy)
    stored = compiled.read_compiled(pack_copy, target)
    assert stored is not None
    assert stored.result.document == fresh.result.document
    assert stored.result.errors == fresh.result.errors
    assert stored.summaries == fresh.summaries
    assert stored.glossary.terms == fresh.glossary.terms
    # the glossary still finds its words in the text
    text = fresh.result.document.sections[0].text
    assert stored.glossary.find(text) == fresh.glossary.find(text)


def test_a_moved_pack_gets_its_own_root(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    moved = tmp_path / "elsewhere"
    shutil.copytree(pack_copy, moved)
    stored = compiled.read_compiled(moved, target)
    assert stored is not None
    assert stored.result.document.root == str(moved)


def test_an_edited_pack_is_parsed_again(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    section = pack_copy / "sections" / "01-inledning.md"
    section.write_text(section.read_text("utf-8").replace("Treklövern", "Fyrklövern", 1), "utf-8")
    assert compiled.read_compiled(pack_copy, target) is None
    loaded = compiled.load(pack_copy)
    assert "Fyrklövern" in loaded.result.document.sections[0].text


def test_changed_parsing_code_is_not_trusted(pack_copy: Path, tmp_path: Path, monkeypatch) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    monkeypatch.setattr(compiled, "parsing_code", lambda: {"loader.py": b"another version of the parser"})
    assert compiled.read_compiled(pack_copy, target) is None


@pytest.mark.parametrize("data", [b"", b"not a pickle at all", b"\x80\x05\x95garbage"])
def test_a_broken_compiled_file_is_ignored(pack_copy: Path, tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "c.pickle"
    target.write_bytes(data)
    assert compiled.read_compiled(pack_copy, target) is None


def test_a_missing_pack_is_still_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentPackError):
        compiled.load(tmp_path / "no such folder")


def test_a_broken_pack_at_set_up_leaves_no_stale_copy(pack_copy: Path, tmp_path: Path, monkeypatch) -> None:
    from reader.platform import build_assets

    target = tmp_path / "compiled" / "content.pickle"
    monkeypatch.setattr(compiled, "compiled_file", lambda: target)
    assert build_assets.compile_content(pack_copy) == target
    (pack_copy / "manifest.toml").write_text("title = [broken", "utf-8")
    assert build_assets.compile_content(pack_copy) is None
    assert not target.exists()


def test_the_compiled_pack_needs_neither_markdown_nor_toml(pack_copy: Path, tmp_path: Path) -> None:
    """What makes it worth having: the start skips importing the parsers."""
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.content import compiled\n"
        f"pack = compiled.read_compiled(Path({str(pack_copy)!r}), Path({str(target)!r}))\n"
        "assert pack is not None\n"
        "print(len(pack.result.document.sections), 'markdown' in sys.modules, 'tomllib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    assert out == ["6", "False", "False"]


def test_the_glossary_marks_come_compiled_and_match_a_fresh_search(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    stored = compiled.read_compiled(pack_copy, target)
    fresh = compiled.parse_pack(pack_copy)
    texts = [s.text for s in fresh.result.document.sections] + [fresh.summaries.overview.text]
    for text in texts:
        assert stored.glossary.find(text) == fresh.glossary.find(text)
    assert not stored.glossary.pattern_built  # answered without building the pattern
    # a text it was not compiled for is still searched
    assert [o.term_id for o in stored.glossary.find("Om budgeten och budgeten")] == [
        o.term_id for o in fresh.glossary.find("Om budgeten och budgeten")
    ]
    assert stored.glossary.find("Om budgeten och budgeten")


def test_set_up_goes_on_when_the_compiled_copy_cannot_be_stored(pack_copy: Path, tmp_path: Path, monkeypatch):
    from reader.platform import build_assets

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", "utf-8")
    monkeypatch.setattr(compiled, "compiled_file", lambda: blocker / "content.pickle")
    assert build_assets.compile_content(pack_copy) is None  # said, not raised
    assert compiled.load(pack_copy).result.document.sections  # the app parses instead


def test_an_added_or_removed_file_is_another_pack(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    (pack_copy / "sections" / "notes.txt").write_text("x", "utf-8")
    assert compiled.read_compiled(pack_copy, target) is None
    (pack_copy / "sections" / "notes.txt").unlink()
    assert compiled.read_compiled(pack_copy, target) is not None
    (pack_copy / "help" / "en.md").unlink()
    assert compiled.read_compiled(pack_copy, target) is None


def test_a_file_grown_or_cut_by_one_byte_is_another_pack(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    section = pack_copy / "sections" / "01-inledning.md"
    original = section.read_bytes()
    section.write_bytes(original + b"\n")
    assert compiled.read_compiled(pack_copy, target) is None
    section.write_bytes(original[:-1])
    assert compiled.read_compiled(pack_copy, target) is None
    section.write_bytes(original)
    assert compiled.read_compiled(pack_copy, target) is not None


def test_a_pack_holding_a_link_is_parsed_not_compiled(pack_copy: Path, tmp_path: Path) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    outside = tmp_path / "outside.md"
    outside.write_text("# Utanför\n\nText utanför paketet.\n", "utf-8")
    (pack_copy / "sections" / "extra.md").symlink_to(outside)
    assert compiled.read_compiled(pack_copy, target) is None  # the loader says what is wrong with it
    with pytest.raises(OSError):
        compiled.write_compiled(pack_copy, tmp_path / "other.pickle")
    assert not (tmp_path / "other.pickle").exists()
    assert compiled.load(pack_copy).result.document.sections  # parsed instead


def test_a_compiled_file_of_another_format_is_ignored(pack_copy: Path, tmp_path: Path, monkeypatch) -> None:
    target = compiled.write_compiled(pack_copy, tmp_path / "c.pickle")
    monkeypatch.setattr(compiled, "FORMAT", compiled.FORMAT + 1)
    assert compiled.read_compiled(pack_copy, target) is None
