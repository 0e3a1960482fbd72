"""Start-up time and memory of the app against a bare PySide6 window.

The baseline is the least any Qt reader can do: a QApplication and one
QTextBrowser showing the same first section's HTML. Both are started as fresh
processes, alternating, and timed from just before the process is spawned
until the first section's text has been painted (a wrapped
``QTextBrowser.paintEvent`` notes the moment). Each child then idles for a
second and reports its peak memory (``ru_maxrss``).

    python benchmarks/bench_startup.py            # the table
    python benchmarks/bench_startup.py --runs 9   # more runs per side
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    current_rss_kb,
    median,
    not_built,
    peak_rss_kb,
    report,
    row,
    run_child,
    standalone,
)

RUNS = 7
IDLE_MS = 1000
START_RATIO = 1.3
MEMORY_RATIO = 1.6
SPEAKING_LIMIT_MB = 150
SPEAK_SECONDS = 4.0


# --- child side -------------------------------------------------------------------------------


def _child(kind: str) -> None:
    t0 = float(os.environ["BENCH_T0"])
    expect = os.environ["BENCH_EXPECT"]
    idle_ms = int(os.environ.get("BENCH_IDLE_MS", IDLE_MS))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    state: dict[str, float] = {}
    original = QTextBrowser.paintEvent

    def finish() -> None:
        report({"startup_s": state["painted"], "peak_rss_kb": peak_rss_kb(), "rss_kb": current_rss_kb()})
        os._exit(0)

    def after_paint() -> None:
        if kind == "speak":
            from speaking import start_speaking  # benchmarks/speaking.py

            start_speaking()
            QTimer.singleShot(int(SPEAK_SECONDS * 1000), finish)
        else:
            QTimer.singleShot(idle_ms, finish)

    def paint(self, event) -> None:
        original(self, event)
        if "painted" in state or not self.toPlainText().startswith(expect):
            return
        state["painted"] = time.monotonic() - t0
        after_paint()

    QTextBrowser.paintEvent = paint  # type: ignore[method-assign]

    if kind in ("app", "speak"):
        from reader.cli import main

        sys.exit(main([]))
    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    browser.setHtml(Path(os.environ["BENCH_HTML"]).read_text("utf-8"))
    browser.resize(1200, 800)
    browser.show()
    sys.exit(app.exec())


# --- parent side ------------------------------------------------------------------------------


def _first_section() -> tuple[str, str]:
    from reader.content.loader import load_pack
    from reader.paths import content_dir

    section = load_pack(content_dir()).document.sections[0]
    return section.html, section.text[:40]


def _start(kind: str, html_file: Path, expect: str) -> dict:
    env = {"BENCH_HTML": str(html_file), "BENCH_EXPECT": expect, "BENCH_T0": str(time.monotonic())}
    return run_child([__file__, "--child", kind], timeout=120, env_extra=env)


def speech_available() -> str | None:
    """None when reading aloud can be measured, else what is missing."""
    here = Path(__file__).resolve().parent
    if not (here / "speaking.py").exists():
        return "reading aloud (no benchmarks/speaking.py hook)"
    sys.path.insert(0, str(here))
    try:
        from speaking import missing  # type: ignore[import-not-found]
    except ImportError as exc:
        return f"reading aloud ({exc})"
    return missing()


def run(runs: int = RUNS) -> list[dict]:
    html, expect = _first_section()
    samples: dict[str, list[dict]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        html_file = Path(tmp) / "section.html"
        html_file.write_text(html, "utf-8")
        _start("app", html_file, expect)  # warm the file cache; not counted
        _start("bare", html_file, expect)
        for i in range(runs):
            order = ("app", "bare") if i % 2 == 0 else ("bare", "app")
            for kind in order:
                samples[kind].append(_start(kind, html_file, expect))
        speaking_missing = speech_available()
        speaking = None if speaking_missing else _start("speak", html_file, expect)

    app_s = median([s["startup_s"] for s in samples["app"]])
    bare_s = median([s["startup_s"] for s in samples["bare"]])
    app_mb = median([s["peak_rss_kb"] for s in samples["app"]]) / 1024
    bare_mb = median([s["peak_rss_kb"] for s in samples["bare"]]) / 1024
    start_ratio = app_s / bare_s
    memory_ratio = app_mb / bare_mb
    rows = [
        row(
            "Start to first text painted (app ÷ bare window)",
            f"≤ {START_RATIO}",
            round(start_ratio, 2),
            "×",
            start_ratio <= START_RATIO,
            f"app {app_s:.3f} s, bare QTextBrowser {bare_s:.3f} s; median of {runs} alternating fresh processes",
            app_s=app_s,
            bare_s=bare_s,
            samples={k: [s["startup_s"] for s in v] for k, v in samples.items()},
        ),
        row(
            "Peak memory idle after start (app ÷ bare window)",
            f"≤ {MEMORY_RATIO}",
            round(memory_ratio, 2),
            "×",
            memory_ratio <= MEMORY_RATIO,
            f"app {app_mb:.1f} MB, bare {bare_mb:.1f} MB (ru_maxrss after {IDLE_MS} ms idle)",
            app_mb=app_mb,
            bare_mb=bare_mb,
        ),
    ]
    if speaking is None:
        rows.append(
            not_built(
                "Peak memory while reading aloud", f"≤ {SPEAKING_LIMIT_MB} MB", "MB", speaking_missing or ""
            )
        )
    else:
        mb = speaking["peak_rss_kb"] / 1024
        rows.append(
            row(
                "Peak memory while reading aloud",
                f"≤ {SPEAKING_LIMIT_MB} MB",
                round(mb, 1),
                "MB",
                mb <= SPEAKING_LIMIT_MB,
                f"ru_maxrss after {SPEAK_SECONDS:.0f} s of reading the first section aloud",
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["app", "bare", "speak"], help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per side (at least 5)")
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    return standalone(lambda: run(max(5, args.runs)))


if __name__ == "__main__":
    sys.exit(main())
