"""Hostile content packs: deep nesting, huge files, FIFOs, links out of the pack, NUL bytes, 10,000 sections.

Each is refused (or limited) with a plain-Swedish message naming the file and, where
there is one, the line; nothing crashes or hangs. How fast the refusals come is a
benchmark (benchmarks/bench_content.py); here generous bounds only catch a hang or
a quadratic slide (seconds to minutes before these fixes).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from reader.content.errors import ContentPackError
from reader.content.glossary import load_glossary
from reader.content.loader import MAX_NESTING, MAX_SECTIONS, LineFinder, load_pack
from reader.content.summaries import load_summaries
from reader.platform.safe_read import MAX_CONTENT_BYTES, size_text
from reader.speech import lexicon
from tests.hostile_packs import big_section, make_pack, nested_list

ROOT = Path(__file__).resolve().parent.parent


def load_within(root: Path, seconds: float = 20.0):
    """load_pack in a thread; fails (instead of hanging the suite) if it does not return in time."""
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = load_pack(root)
        except ContentPackError as exc:
            outcome["errors"] = exc.errors
        except BaseException as exc:  # reported below
            outcome["crash"] = exc

    thread = threading.Thread(target=work, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"loading did not finish in {seconds} s"
    assert "crash" not in outcome, repr(outcome.get("crash"))
    errors = outcome["result"].errors if "result" in outcome else outcome["errors"]
    return outcome.get("result"), errors, time.monotonic() - started


@pytest.mark.parametrize("levels", [400, 1500, 3000])
def test_deeply_nested_lists_are_refused_with_file_and_line(tmp_path, levels):
    make_pack(tmp_path, body=lambda i: nested_list(levels))
    result, errors, _ = load_within(tmp_path)
    assert result is None
    (error,) = errors
    assert error.file == "sections/s0.md"
    # 400 levels are refused for their nesting (with the line); deeper ones are too big to read at all.
    if len(nested_list(levels).encode()) <= MAX_CONTENT_BYTES:
        assert error.line == 3 + 2 * MAX_NESTING  # the first line nested deeper than the limit
        assert f"högst {MAX_NESTING}" in error.message
    else:
        assert size_text(MAX_CONTENT_BYTES) in error.message


@pytest.mark.parametrize(
    "body",
    [
        "# H\n\n" + ">" * 3000 + " citat\n",
        "# H\n\n" + "* " * 20000 + "x\n",
        "# H\n\n" + "[" * 20000 + "\n",
        "# H\n\n" + "[a](" * 5000 + "\n",
        "# H\n\n" + "\t" * 2000 + "- x\n",
    ],
)
def test_markup_that_would_crash_or_stall_the_parser_is_refused_at_once(tmp_path, body):
    make_pack(tmp_path, body=lambda i: body)
    result, errors, took = load_within(tmp_path)
    assert result is None
    assert errors[0].file == "sections/s0.md"
    assert errors[0].line is not None
    assert took < 10, f"{took:.1f} s"


def test_20000_stars_are_a_rule_and_load_at_once(tmp_path):
    make_pack(tmp_path, body=lambda i: "# H\n\n" + "*" * 20000 + "\n\nText.\n")
    result, errors, took = load_within(tmp_path)
    assert errors == [] and result.document.sections[0].text == "H\nText."
    assert took < 10


def test_a_50_mb_section_is_refused_naming_the_limit(tmp_path):
    make_pack(tmp_path, body=lambda i: big_section(50))
    result, errors, took = load_within(tmp_path)
    assert result is None
    assert "för stor" in errors[0].message and size_text(MAX_CONTENT_BYTES) in errors[0].message
    assert took < 10


def test_10000_sections_give_the_first_ones_and_name_the_limit(tmp_path):
    make_pack(tmp_path, count=10_000)
    result, errors, took = load_within(tmp_path, 60)
    assert result is not None
    assert len(result.document.sections) == MAX_SECTIONS
    (error,) = errors
    assert error.file == "manifest.toml" and str(MAX_SECTIONS) in error.message and "10000" in error.message
    assert error.line is not None
    assert took < 30, f"{took:.1f} s (29 s before the line lookup was made linear; about 0.3 s now)"


def test_line_numbers_of_many_sections_are_found_in_one_pass():
    raw = "\n".join(f'[[sections]]\nid = "s{i}"\nfile = "f{i}.md"' for i in range(20_000))
    finder = LineFinder(raw)
    assert finder.line_of("id", 0) == 2
    assert finder.line_of("file", 19_999) == 3 * 19_999 + 3
    assert finder.line_of("id", 20_000) is None
    started = time.monotonic()
    for i in range(20_000):
        finder.line_of("id", i)
    assert time.monotonic() - started < 10  # quadratic: minutes


def test_a_fifo_as_a_section_is_refused_without_hanging(tmp_path):
    make_pack(tmp_path, count=2)
    fifo = tmp_path / "sections" / "s1.md"
    fifo.unlink()
    os.mkfifo(fifo)
    result, errors, _ = load_within(tmp_path)
    assert [s.id for s in result.document.sections] == ["s0"]
    assert errors[0].file == "sections/s1.md" and "inte en vanlig fil" in errors[0].message


def test_nul_bytes_are_refused_with_their_line(tmp_path):
    make_pack(tmp_path, count=2, body=lambda i: "# H\n\nEtt\n\nTvå\x00tre\n" if i else "# H\n\nText.\n")
    result, errors, _ = load_within(tmp_path)
    assert [s.id for s in result.document.sections] == ["s0"]
    assert (errors[0].file, errors[0].line) == ("sections/s1.md", 5)
    assert "NUL" in errors[0].message


def test_a_deeply_nested_manifest_value_is_refused(tmp_path):
    make_pack(tmp_path)
    manifest = tmp_path / "manifest.toml"
    manifest.write_text("subtitle = " + "[" * 3000 + "]" * 3000 + "\n" + manifest.read_text("utf-8"))
    _, errors, _ = load_within(tmp_path)
    assert errors[0].file == "manifest.toml" and "nivåer" in errors[0].message


def test_a_huge_number_in_the_manifest_is_refused(tmp_path):
    make_pack(tmp_path)
    manifest = tmp_path / "manifest.toml"
    manifest.write_text("format = 1" + "0" * 5000 + "\n" + manifest.read_text("utf-8"))
    _, errors, _ = load_within(tmp_path)
    assert errors[0].file == "manifest.toml" and "siffror" in errors[0].message


@pytest.fixture
def outside(tmp_path) -> Path:
    secret = tmp_path / "utanfor"
    secret.mkdir()
    (secret / "hemlig.md").write_text("# Hemligt\n\nSka inte visas.\n", "utf-8")
    (secret / "hemlig.toml").write_text('[[term]]\nterm = "hemligt"\nexplanation = "Syns inte."\n', "utf-8")
    return secret


def test_a_summary_linked_from_outside_the_pack_is_refused(tmp_path, outside):
    root = make_pack(tmp_path / "pack")
    (root / "summaries").mkdir()
    (root / "summaries" / "s0.md").symlink_to(outside / "hemlig.md")
    (root / "summaries" / "notes.toml").symlink_to(outside / "hemlig.toml")
    document = load_pack(root).document
    summaries = load_summaries(root, document)
    assert summaries.for_section("s0") is None
    files = {e.file for e in summaries.errors if "utanför" in e.message}
    assert files == {"summaries/s0.md", "summaries/notes.toml"}


def test_a_glossary_linked_from_outside_the_pack_is_refused(tmp_path, outside):
    root = make_pack(tmp_path / "pack")
    (root / "glossary.toml").symlink_to(outside / "hemlig.toml")
    glossary = load_glossary(root)
    assert glossary.terms == []
    assert glossary.errors[0].file == "glossary.toml" and "utanför" in glossary.errors[0].message


def test_a_lexicon_linked_from_outside_or_a_fifo_is_not_used(tmp_path, outside):
    root = make_pack(tmp_path / "pack")
    (outside / "lexicon.toml").write_text('[[entry]]\nwritten = "x"\nspoken = "y"\n', "utf-8")
    (root / "lexicon.toml").symlink_to(outside / "lexicon.toml")
    assert len(lexicon.load(root / "lexicon.toml")) == 0
    (root / "lexicon.toml").unlink()
    os.mkfifo(root / "lexicon.toml")
    assert len(lexicon.load(root / "lexicon.toml")) == 0


def test_a_fifo_glossary_and_summary_do_not_hang(tmp_path):
    root = make_pack(tmp_path / "pack")
    (root / "summaries").mkdir()
    os.mkfifo(root / "summaries" / "s0.md")
    os.mkfifo(root / "glossary.toml")
    document = load_pack(root).document
    done: dict = {}
    thread = threading.Thread(
        target=lambda: done.update(s=load_summaries(root, document), g=load_glossary(root)), daemon=True
    )
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    assert "inte en vanlig fil" in done["s"].errors[0].message
    assert "inte en vanlig fil" in done["g"].errors[0].message


def test_cli_names_the_file_and_line_of_a_nested_section(tmp_path):
    import subprocess
    import sys

    make_pack(tmp_path, count=2, body=lambda i: nested_list(400) if i else "# H\n\nText.\n")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--content", str(tmp_path), "--list-sections"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8"),
    )
    assert result.returncode == 3
    assert result.stdout == "s0\tH\n"
    assert "sections/s1.md, rad" in result.stderr and "Traceback" not in result.stderr


def test_a_huge_paragraph_number_in_the_notes_is_refused_not_printed(tmp_path):
    root = make_pack(tmp_path)
    (root / "summaries").mkdir()
    (root / "summaries" / "s0.md").write_text("# Kort\n\nEn mening.\n", "utf-8")
    (root / "summaries" / "notes.toml").write_text(
        '[[s0]]\ntext = "En mening."\nfrom = [1' + "0" * 4200 + "]\n", "utf-8"
    )
    summaries = load_summaries(root, load_pack(root).document)
    assert summaries.for_section("s0") is not None
    error = next(e for e in summaries.errors if e.line == 1)
    assert error.file == "summaries/notes.toml" and "styckenummer" in error.message
