"""Command line: ``--list-voices`` and ``--export-audio`` without a window."""

from __future__ import annotations

import wave

import pytest

from reader import cli


def test_list_voices_gives_id_language_name_with_swedish_first(capsys):
    assert cli.main(["--list-voices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 10
    first = lines[0].split("\t")
    assert len(first) == 3 and first[1] == "sv"
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_export_one_section_to_wav(tmp_path, capsys):
    out = tmp_path / "inledning.wav"
    assert cli.main(["--export-audio", "--section", "inledning", "--out", str(out), "--rate", "300"]) == 0
    with wave.open(str(out)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
    # about 480 words at 300 words a minute
    assert 60 < seconds < 200
    assert "sparade" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["inledning.wav"]


def test_export_summary_or_a_clear_message(tmp_path, content_root, capsys):
    out = tmp_path / "s.wav"
    code = cli.main(["--export-audio", "--summary", "--section", "ansvar", "--out", str(out)])
    if (content_root / "summaries" / "ansvar.md").exists():
        assert code == 0 and out.stat().st_size > 1000
    else:
        assert code == 3 and "sammanfattning" in capsys.readouterr().err


def test_export_summary_missing_in_a_pack(tmp_path, content_root, capsys):
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    shutil.rmtree(pack / "summaries", ignore_errors=True)
    out = tmp_path / "s.wav"
    code = cli.main(["--content", str(pack), "--export-audio", "--summary", "--out", str(out)])
    assert code == 3
    assert "ingen sammanfattning" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--export-audio"],
        ["--export-audio", "--out", "x.ogg"],
        ["--export-audio", "--out", "x.wav", "--rate", "20"],
        ["--export-audio", "--out", "x.wav", "--voice", "finns-inte"],
        ["--export-audio", "--out", "x.wav", "--section", "finns-inte"],
    ],
)
def test_usage_errors_exit_2(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        code = cli.main(argv)
        raise SystemExit(code)
    assert exc.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_exits_1(tmp_path, capsys):
    out = tmp_path / "finns-inte" / "x.wav"
    assert cli.main(["--export-audio", "--section", "inledning", "--out", str(out)]) == 1
    assert "kunde inte skriva" in capsys.readouterr().err


def test_clearer_export_is_read_at_the_clearer_pace(tmp_path):
    """--clearer: 80 % of the pace asked, pauses included (a summary: quick to make)."""
    from reader.content import compiled
    from reader.platform.paths import content_dir
    from reader.speech import pace

    summary = compiled.load(content_dir()).summaries.for_section("arbete")
    if summary is None:
        pytest.skip("no summary of arbete in this pack")
    words = pace.count_words(summary.text)
    lengths = {}
    for extra in ([], ["--clearer"]):
        out = tmp_path / f"a{len(extra)}.wav"
        argv = ["--export-audio", "--summary", "--section", "arbete", "--rate", "150", "--out", str(out)]
        assert cli.main(argv + extra) == 0
        with wave.open(str(out)) as w:
            lengths[bool(extra)] = w.getnframes() / w.getframerate() / 60
    assert abs(words / lengths[False] / 150 - 1) <= 0.10
    assert abs(words / lengths[True] / 120 - 1) <= 0.10


def test_export_the_overview_as_audio(tmp_path, capsys):
    out = tmp_path / "oversikt.wav"
    code = cli.main(
        ["--export-audio", "--summary", "--section", "overview", "--out", str(out), "--rate", "300"]
    )
    assert code == 0, capsys.readouterr().err
    with wave.open(str(out)) as w:
        assert w.getnframes() / w.getframerate() > 5


def test_the_command_line_parts_share_a_module_instead_of_importing_each_other():
    """reader.cli imports the speech and talking-book command lines; they never import it back."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for part in ("reader/speech/cli_audio.py", "reader/exports/epub/cli.py", "reader/cli_common.py"):
        tree = ast.parse((root / part).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        assert "reader.cli" not in imported, part
        assert not any(
            isinstance(n, ast.ImportFrom) and n.module == "reader" and any(a.name == "cli" for a in n.names)
            for n in ast.walk(tree)
        ), part
