"""The benchmark runner: every bench_*.py is run, a crash is a failed row, results are saved."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_runner_under_test", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "bench_good.py").write_text(
        "def run():\n"
        "    return [{'name': 'Good', 'target': '≤ 1', 'figure': 0.5, 'unit': 's', 'passed': True, 'note': ''},\n"
        "            {'name': 'Later', 'target': '≤ 2', 'figure': None, 'unit': 's', 'passed': None,\n"
        "             'note': 'not built yet: x'}]\n",
        "utf-8",
    )
    (tmp_path / "bench_broken.py").write_text("def run():\n    raise RuntimeError('trasig')\n", "utf-8")
    monkeypatch.setattr(module, "HERE", tmp_path)
    monkeypatch.setattr(module, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(module, "EXPECTED", {"speech": [("Speech row", "≤ 150 ms", "ms")]})
    return module


def test_runner_prints_every_row_and_saves_json(runner, tmp_path, capsys):
    code = runner.main([])
    out = capsys.readouterr().out
    assert code == 1  # the broken benchmark is a failure
    for name in ("Good", "Later", "bench_broken", "Speech row"):
        assert name in out
    assert "PASS" in out and "FAIL" in out and "n/a" in out
    assert "not built yet: benchmarks/bench_speech.py" in out
    latest = json.loads((tmp_path / "results" / "latest.json").read_text("utf-8"))
    assert {r["name"] for r in latest["rows"]} == {"Good", "Later", "bench_broken", "Speech row"}
    assert latest["machine"]["nproc"] >= 1
    stamped = [p for p in (tmp_path / "results").iterdir() if p.name != "latest.json"]
    assert len(stamped) == 1 and stamped[0].read_text("utf-8") == (
        tmp_path / "results" / "latest.json"
    ).read_text("utf-8")


def test_runner_runs_only_what_is_asked_and_compares(runner, tmp_path, capsys):
    runner.main(["good"])
    first = tmp_path / "results" / "latest.json"
    saved = tmp_path / "earlier.json"
    saved.write_text(first.read_text("utf-8"), "utf-8")
    code = runner.main(["good", "--compare", str(saved), "--no-save"])
    out = capsys.readouterr().out
    assert code == 0
    assert "bench_broken" not in out
    assert "Good: 0.5 → 0.5 s" in out


def test_every_benchmark_script_has_run_and_runs_alone():
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        text = script.read_text("utf-8")
        assert "def run(" in text, script.name
        assert '__name__ == "__main__"' in text, script.name


def test_startup_comparison_windows_show_the_same_first_section(qtbot, tmp_path, window):
    """The floor and text-first rows time windows that really show the app's first section."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import _child
    import bench_startup

    html_file, expect = bench_startup._write_pages(tmp_path)
    assert expect.startswith("Inledning")
    text_first = _child.text_first_window()
    qtbot.addWidget(text_first)
    assert text_first.centralWidget().toPlainText().startswith(expect)
    from PySide6.QtWidgets import QPushButton, QTextBrowser

    shell = _child.shell_window(str(html_file), str(html_file.with_name("overview.html")))
    qtbot.addWidget(shell)
    texts = sorted(b.toPlainText() for b in shell.findChildren(QTextBrowser))
    assert len(texts) == 2  # the section, and the overview beside it
    assert texts[0].startswith(expect) and texts[1].startswith("Programmet i korthet")
    shown = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.text()]
    assert len(shell.findChildren(QPushButton)) == len(shown)  # as many buttons as the app's first screen
    from PySide6.QtWidgets import QMenuBar, QTextEdit

    least = _child.least_window(str(html_file))
    qtbot.addWidget(least)
    views = least.findChildren(QTextEdit)
    assert len(views) == 1 and views[0].toPlainText().startswith(expect)  # the section, nothing beside it
    assert len(least.findChildren(QPushButton)) == len(shown)  # the same number of buttons
    assert not least.findChildren(QMenuBar)


def test_visible_window_benchmark_times_both_windows_on_an_x_server():
    """bench_visible.py end to end on its own Xvfb: one run a side, mapped as seen by xev."""
    import shutil

    if shutil.which("Xvfb") is None:
        reason = "Xvfb is not installed (apt-get install xvfb; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_visible

    mapped, visible = bench_visible.run(runs=1)
    for r in (mapped, visible):
        assert r["figure"] is not None and r["figure"] > 0, r
        assert 0 < r["bare_s"] < 60 and 0 < r["app_s"] < 60, r
    # in both windows the text is painted after the window is exposed
    exposed = mapped["exposed"]
    assert (
        visible["samples"]["app"][0] >= exposed["app"][0]
        and visible["samples"]["bare"][0] >= exposed["bare"][0]
    )
    # with xev, the X server saw each window mapped, before (or as) Qt handled the expose
    if shutil.which("xev") and shutil.which("xprop"):
        assert mapped["observed"] is True
        for kind in ("app", "bare"):
            assert 0 < mapped["samples"][kind][0] <= exposed[kind][0] + 0.05, (kind, mapped)


def test_visible_window_benchmark_says_why_it_skips_without_xvfb(monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_visible

    monkeypatch.setattr(bench_visible.shutil, "which", lambda name: None)
    rows = bench_visible.run(runs=1)
    assert len(rows) == 2
    for r in rows:
        assert r["passed"] is None and r["figure"] is None
        assert "Xvfb is not installed" in r["note"]
