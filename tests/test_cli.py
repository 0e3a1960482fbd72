"""The command line, run as a user or staff member would run it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from reader import __version__
from reader.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )


def test_list_sections():
    result = run("--list-sections")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 6
    assert lines[0] == "inledning\tInledning"
    assert all(re.fullmatch(r"[a-z0-9-]+\t.+", line) for line in lines)


def test_export_text_reproduces_source(source_text):
    result = run("--export-text")
    assert result.returncode == 0
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    assert norm(result.stdout) == norm(source_text.replace("**", ""))


def test_export_one_section_to_file(tmp_path, capsys):
    out = tmp_path / "avsnitt.txt"
    assert main(["--export-text", "--section", "trygghet", "--out", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text.startswith("Ett tryggt Helsingborg\n\n")
    assert "\n\n" in text.strip()


def test_version(capsys):
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_unknown_section_is_a_usage_error():
    result = run("--section", "finns-inte", "--export-text")
    assert result.returncode == 2
    assert "finns-inte" in result.stderr


def test_bad_option_is_a_usage_error():
    assert run("--no-such-option").returncode == 2


def test_broken_pack_exits_3_naming_the_file(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "content", pack)
    (pack / "sections" / "03-trygghet.md").write_bytes(b"# Trygg\n\n\xc3\x28\n")
    result = run("--content", str(pack), "--list-sections")
    assert result.returncode == 3
    assert "03-trygghet.md" in result.stderr
    assert len(result.stdout.splitlines()) == 5  # the valid sections are still listed


def test_missing_pack_exits_3(tmp_path):
    result = run("--content", str(tmp_path / "none"), "--list-sections")
    assert result.returncode == 3
    assert result.stderr.strip()


def test_other_pack(tmp_path):
    pack = tmp_path / "annat"
    (pack / "sections").mkdir(parents=True)
    (pack / "manifest.toml").write_text(
        'title = "Annat"\nlanguage = "sv"\n[[sections]]\nid = "ett"\nfile = "sections/ett.md"\n', "utf-8"
    )
    (pack / "sections" / "ett.md").write_text("# Första\n\nHej. Då.\n", "utf-8")
    result = run("--content", str(pack), "--list-sections")
    assert result.returncode == 0
    assert result.stdout == "ett\tFörsta\n"


def test_export_the_overview_alone():
    result = run("--export-text", "--summary", "--section", "overview")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Programmet i korthet")
    assert "Ett tryggt Helsingborg" not in result.stdout  # only the overview, not every summary
    assert run("--export-text", "--section", "overview").returncode == 2  # not a section of the full text
