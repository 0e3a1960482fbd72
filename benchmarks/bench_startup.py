"""Start-up time and memory of the app against a bare PySide6 window.

The baseline is the least any Qt reader can do: a QApplication and one
QTextBrowser showing the same first section's HTML. Both are started as fresh
processes, alternating, and timed from just before the process is spawned
until the first section's text has been painted (a wrapped
``QTextEdit.paintEvent`` notes the moment). Each child then idles for a
second and reports its peak memory (``ru_maxrss``). The app's package runs from
bytecode, as a user's Python writes it and the packaged build ships it: the
uncounted warm-up start writes any that is missing (``run.py`` compiles it too).

    python benchmarks/bench_startup.py            # the table
    python benchmarks/bench_startup.py --runs 9   # more runs per side
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _child import IDLE_MS, SPEAK_SECONDS
from _common import (
    median,
    private_audio_server,
    row,
    run_child,
    standalone,
)

CHILD = str(Path(__file__).with_name("_child.py"))  # the child side of every start (lean)
RUNS = 11  # this machine is noisy: fresh processes vary by ±30 %
START_RATIO = 1.3
MEMORY_RATIO = 1.5
SPEAKING_LIMIT_MB = 150
FIRST_PLAY_MS = 150  # the speech target for play to first audio
SPEAK_RUNS = 5  # fresh processes that read aloud: the median first audio, the largest memory


# --- parent side ------------------------------------------------------------------------------


def _first_section() -> tuple[str, str, str]:
    """The first section's HTML and opening words, and the overview a new reader sees beside it."""
    from reader.content.loader import load_pack
    from reader.content.summaries import load_summaries
    from reader.platform.paths import content_dir

    document = load_pack(content_dir()).document
    overview = load_summaries(content_dir(), document).overview
    section = document.sections[0]
    return section.html, section.text[:40], overview.html if overview is not None else ""


def _start(kind: str, html_file: Path, expect: str, extra: dict | None = None) -> dict:
    env = dict(extra or {})
    env.update(
        {
            "BENCH_HTML": str(html_file),
            "BENCH_OVERVIEW_HTML": str(html_file.with_name("overview.html")),
            "BENCH_EXPECT": expect,
            "BENCH_T0": str(time.monotonic()),
        }
    )
    return run_child([CHILD, "paint", kind], timeout=120, env_extra=env)


def _write_pages(folder: Path) -> tuple[Path, str]:
    html, expect, overview = _first_section()
    html_file = folder / "section.html"
    html_file.write_text(html, "utf-8")
    (folder / "overview.html").write_text(overview, "utf-8")
    return html_file, expect


def run(runs: int = RUNS) -> list[dict]:
    samples: dict[str, list[dict]] = {"app": [], "bare": [], "least": [], "shell": [], "text": []}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        html_file, expect = _write_pages(Path(tmp))
        for kind in samples:  # warm the file cache; not counted
            _start(kind, html_file, expect)
        for i in range(runs):
            order = ("app", "bare", "least", "shell", "text")
            order = order if i % 2 == 0 else order[::-1]
            for kind in order:
                samples[kind].append(_start(kind, html_file, expect))
        with private_audio_server() as audio_env:
            speaking_runs = [_start("speak", html_file, expect, audio_env) for _ in range(SPEAK_RUNS)]

    app_s = median([s["startup_s"] for s in samples["app"]])
    app_enums = median([s["qt_enums"] for s in samples["app"]])
    bare_enums = median([s["qt_enums"] for s in samples["bare"]])
    app_cpu = median([s["cpu_s"] for s in samples["app"]])
    bare_cpu = median([s["cpu_s"] for s in samples["bare"]])
    bare_s = median([s["startup_s"] for s in samples["bare"]])
    app_mb = median([s["peak_rss_kb"] for s in samples["app"]]) / 1024
    bare_mb = median([s["peak_rss_kb"] for s in samples["bare"]]) / 1024
    least_s = median([s["startup_s"] for s in samples["least"]])
    shell_s = median([s["startup_s"] for s in samples["shell"]])
    text_s = median([s["startup_s"] for s in samples["text"]])
    start_ratio = app_s / bare_s
    memory_ratio = app_mb / bare_mb
    rows = [
        row(
            "Start to first text painted (app ÷ bare window)",
            f"≤ {START_RATIO}",
            round(start_ratio, 2),
            "×",
            start_ratio <= START_RATIO,
            f"app {app_s:.3f} s, bare QTextBrowser {bare_s:.3f} s; median of {runs} alternating fresh processes; "
            f"CPU time app {app_cpu:.2f} s ÷ bare {bare_cpu:.2f} s = {app_cpu / bare_cpu:.2f} ×; "
            f"Qt enums PySide6 made into Python enums before the paint: app {app_enums:.0f}, bare {bare_enums:.0f}",
            app_s=app_s,
            cpu_ratio=app_cpu / bare_cpu,
            bare_s=bare_s,
            app_enums=app_enums,
            bare_enums=bare_enums,
            samples={k: [s["startup_s"] for s in v] for k, v in samples.items()},
        ),
        row(
            "Floor: the least first screen allowed, plain Qt widgets (÷ bare)",
            "–",
            round(least_s / bare_s, 2),
            "×",
            None,
            f"seven labelled buttons above the text, no menu bar, list or overview; {least_s:.3f} s. "
            f"What is left of the target, {START_RATIO * bare_s - least_s:.3f} s, is the most the app's own "
            "work before its first paint may take.",
            least_s=least_s,
        ),
        row(
            "Floor: the same first screen from plain Qt widgets (÷ bare)",
            "–",
            round(shell_s / bare_s, 2),
            "×",
            None,
            f"no app code at all: the menus, the first screen's buttons, section list, text and overview; {shell_s:.3f} s. "
            "What any implementation of this window pays before its first paint.",
            shell_s=shell_s,
        ),
        row(
            "Text first: only the app's content and reading pane (÷ bare)",
            "–",
            round(text_s / bare_s, 2),
            "×",
            None,
            f"the app's content pack and reading pane alone, no buttons, list or menus; {text_s:.3f} s. "
            "What painting the text first, and the rest a moment later, would pay.",
            text_s=text_s,
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
    mb = max(s["peak_rss_kb"] for s in speaking_runs) / 1024  # the worst of the runs
    reading = all(s.get("reading") for s in speaking_runs)
    through = "a private PulseAudio null sink" if audio_env else "a silent stand-in output (no PulseAudio)"
    firsts = [s.get("first_audio_s") for s in speaking_runs]
    first = median(firsts) if None not in firsts else None
    rows.append(
        row(
            "Reading aloud: the first Läs upp after start",
            f"≤ {FIRST_PLAY_MS} ms",
            round(first * 1000, 1) if first is not None else None,
            "ms",
            first is not None and first * 1000 <= FIRST_PLAY_MS,
            "from the press to the first audio handed to the device, through "
            f"{through}; median of {SPEAK_RUNS} fresh processes; the app's start has its audio process "
            "waiting (started 0.5 s after the window is shown, no sound device open): the press opens the device",
        )
    )
    rows.append(
        row(
            "Peak memory while reading aloud",
            f"≤ {SPEAKING_LIMIT_MB} MB",
            round(mb, 1),
            "MB",
            mb <= SPEAKING_LIMIT_MB and reading,
            f"ru_maxrss after {SPEAK_SECONDS:.0f} s of reading the first section aloud through {through}; "
            f"the largest of {SPEAK_RUNS} fresh processes"
            + ("" if reading else "; reading aloud did NOT start"),
        )
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per side (at least 5)")
    parser.add_argument(
        "--profile", action="store_true", help="where the app's start-up time goes (cProfile)"
    )
    args = parser.parse_args()
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
            html_file, expect = _write_pages(Path(tmp))
            _start("app", html_file, expect)  # compiled files in place first
            data = _start("app", html_file, expect, {"BENCH_PROFILE": str(Path(tmp) / "profile.txt")})
            print(f"start to first text painted: {data['startup_s']:.3f} s (under the profiler)\n")
            print((Path(tmp) / "profile.txt").read_text("utf-8"))
        return 0
    return standalone(lambda: run(max(5, args.runs)))


if __name__ == "__main__":
    sys.exit(main())
