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


def _start_without_terminal(*args: str) -> subprocess.CompletedProcess:
    """Start as a double-click does: no terminal on standard input, output or error."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "tests" / "quit_when_shown.py"), *args],  # says what it shows
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_a_pack_without_a_valid_section_started_without_a_terminal_shows_a_window(tmp_path):
    (tmp_path / "manifest.toml").write_text('title = "x"\nlanguage = "sv"\nsections = []\n', "utf-8")
    result = _start_without_terminal("--content", str(tmp_path))
    assert result.returncode == 3
    assert "SMOKE-START-PROBLEM-SHOWN" in result.stdout
    assert "manifest.toml" in result.stderr


def test_a_usage_error_started_without_a_terminal_shows_a_window():
    result = _start_without_terminal("--kio")
    assert result.returncode == 2
    assert "SMOKE-START-PROBLEM-SHOWN" in result.stdout


def test_the_window_text_names_the_problem(monkeypatch, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader.ui import start_problem

    monkeypatch.setattr(start_problem, "has_terminal", lambda: False)
    monkeypatch.setattr(start_problem, "can_show_window", lambda: True)
    seen = []

    def read_and_close():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        seen.extend(b.text() + "\n" + b.informativeText() for b in boxes)
        for box in boxes:
            box.accept()

    QTimer.singleShot(200, read_and_close)
    assert start_problem.tell(["manifest.toml: Innehållet har inga avsnitt."]) is True
    assert seen and "Läsaren kan inte visa programmet." in seen[0]
    assert "manifest.toml: Innehållet har inga avsnitt." in seen[0]


def test_with_a_terminal_or_without_a_screen_no_window_is_shown(monkeypatch):
    from reader.ui import start_problem

    monkeypatch.setattr(start_problem, "has_terminal", lambda: True)
    assert start_problem.tell(["x"]) is False
    monkeypatch.setattr(start_problem, "has_terminal", lambda: False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert start_problem.tell(["x"]) is False  # a script or job without a screen never waits


def test_cli_slips_are_usage_errors(tmp_path, capsys):
    for argv in (
        ["--kio"],
        ["--export-text", "--rate", "200"],
        ["--list-sections", "--voice", "x"],
        ["--export-pdf", "--clearer", "--out", str(tmp_path / "x.pdf")],
        ["--export-pdf", "--out", str(tmp_path / "x.txt")],
    ):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
        assert code == 2, argv
    assert not list(tmp_path.iterdir())


def test_empty_out_is_refused_not_written_to_the_screen(capsys):
    assert main(["--export-text", "--section", "inledning", "--out", ""]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Inget filnamn" in captured.err


def test_summary_overview_exports_as_pdf_and_text(tmp_path, capsys):
    out = tmp_path / "oversikt.pdf"
    assert main(["--export-pdf", "--summary", "--section", "overview", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--export-text", "--summary", "--section", "overview"]) == 0


def test_the_defaults_of_a_plain_start_are_the_parsers():
    """A start with nothing to parse builds no parser; it must get what the parser would give."""
    from reader import cli

    assert cli.defaults() == cli.build_parser().parse_known_args([])[0]


def test_a_plain_start_opens_the_window_without_building_the_parser(monkeypatch):
    import reader.app
    from reader import cli

    def no_parser():
        raise AssertionError("the parser was built")

    opened = {}

    def run_gui(content, section, **options):
        opened.update(content=content, section=section, **options)
        return 0

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(reader.app, "run_gui", run_gui)
    assert cli.main([]) == 0
    assert opened["section"] is None and opened["kiosk"] is False and opened["lang"] is None
    assert opened["loaded"].document.sections
    monkeypatch.setattr(sys, "argv", ["reader"])
    opened.clear()
    assert cli.main() == 0  # the process's own (empty) command line
    assert opened["loaded"].document.sections
