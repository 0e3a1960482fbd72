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
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    before_the_rest,
    current_rss_kb,
    median,
    peak_rss_kb,
    private_audio_server,
    report,
    row,
    run_bare_window,
    run_child,
    standalone,
    watch_text_views,
)

RUNS = 11  # this machine is noisy: fresh processes vary by ±30 %
IDLE_MS = 1000
START_RATIO = 1.3
MEMORY_RATIO = 1.5
SPEAKING_LIMIT_MB = 150
SPEAK_SECONDS = 4.0
FIRST_PLAY_MS = 150  # the speech target for play to first audio
SPEAK_RUNS = 5  # fresh processes that read aloud: the median first audio, the largest memory


# --- child side -------------------------------------------------------------------------------


def qt_enums_built() -> int:
    """How many of Qt's enums PySide6 has made into Python enums so far.

    PySide6 builds a class's Python enums the first time the class is used, all at once
    (Qt's namespace alone has about ninety), with Python's enum module: each costs about
    a million instructions, the largest single difference between the app's start and
    the bare window's (see the README's start-up section).
    """
    import enum
    import gc

    return sum(
        1 for o in gc.get_objects() if isinstance(o, enum.EnumType) and o.__module__.startswith("PySide6")
    )


def _child(kind: str) -> None:
    t0 = float(os.environ["BENCH_T0"])
    expect = os.environ["BENCH_EXPECT"]
    idle_ms = int(os.environ.get("BENCH_IDLE_MS", IDLE_MS))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

    state: dict[str, float] = {}

    def finish() -> None:
        report(
            {
                "startup_s": state["painted"],
                "cpu_s": state["cpu"],
                "qt_enums": state["qt_enums"],
                "peak_rss_kb": peak_rss_kb(),
                "rss_kb": current_rss_kb(),
                "reading": state.get("reading"),
                "first_audio_s": state.get("first_audio"),
            }
        )
        os._exit(0)

    def start_speaking(tries: int = 0) -> None:
        window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "features")), None)
        if window is None or (not window.features.speech.available and tries < 500):
            QTimer.singleShot(20, lambda: start_speaking(tries + 1))  # the engine starts in the background
            return
        output = window.features.speech.reading_aloud.output
        original_write = output.write

        def timed_write(data: bytes) -> int:
            n = original_write(data)
            if n and "first_audio" not in state:
                state["first_audio"] = time.perf_counter() - state["pressed"]
            return n

        output.write = timed_write
        QTimer.singleShot(1000, press)  # as a reader would: a moment after the window opens

    def press() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "features"))
        state["pressed"] = time.perf_counter()
        window.features.speech.toggle()

        def done() -> None:
            state["reading"] = window.features.speech.controller.state.name == "READING"
            finish()

        QTimer.singleShot(int(SPEAK_SECONDS * 1000), done)

    def after_paint() -> None:
        if kind == "speak":
            start_speaking()
        else:
            QTimer.singleShot(idle_ms, finish)

    def painted() -> None:
        if "painted" in state or "painting" not in state:  # the rest can also come without a paint
            return
        state["painted"] = time.monotonic() - t0
        times = os.times()
        state["cpu"] = times.user + times.system  # less disturbed by other work on the machine
        state["qt_enums"] = qt_enums_built()
        QTimer.singleShot(0, after_paint)  # not inside the app's own work, which may be under way

    class PaintWatch(QObject):
        """Notes the first paint of a text view (QTextEdit: the app's reading pane is one, the
        bare window's QTextBrowser inherits it) that shows the first section.

        An event filter sees the paint event before it is handled; the zero-time timer notes
        the moment right after it. (Replacing ``QTextEdit.paintEvent`` on the class no longer
        reaches the instances in PySide6 6.11.)
        """

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and "painted" not in state:
                view = watched.parent() if isinstance(watched, QWidget) else None
                if isinstance(view, QTextEdit) and view.toPlainText().startswith(expect):
                    state["painting"] = 1.0
                    QTimer.singleShot(0, painted)  # right after this paint and its flush
            return False

    watch_text_views(PaintWatch)  # the app's panes, and the bare window's browser

    if kind == "speak" and not os.environ.get("PULSE_SERVER"):
        from reader.speech import reading_aloud
        from reader.speech.player import FakeAudioOut

        reading_aloud.output_factory = FakeAudioOut  # no audio server: a silent stand-in
        reading_aloud.device_probe = lambda: True
    if kind in ("app", "speak"):
        from reader.cli import main

        before_the_rest(painted)  # the rest is built right after the paint, before our timer runs

        sys.exit(main([]))
    if kind == "text":
        window = _text_first_window()
        window.show()
        sys.exit(QApplication.instance().exec())
    if kind == "shell":
        _shell_application()
        window = _shell_window(Path(os.environ["BENCH_HTML"]), Path(os.environ["BENCH_OVERVIEW_HTML"]))
        window.show()
        sys.exit(QApplication.instance().exec())
    run_bare_window(Path(os.environ["BENCH_HTML"]))


def _text_first_window():
    """Only the text: the app's own content pack and reading pane, with none of its other features.

    What a window that paints the text first, and adds its buttons, list and
    panels a moment later, would pay before that first paint.
    """
    from PySide6.QtWidgets import QMainWindow

    from reader.app import application
    from reader.content import compiled
    from reader.platform.paths import content_dir
    from reader.ui.reading_pane import ReadingPane

    application()
    pack = compiled.load(content_dir())
    window = QMainWindow()
    pane = ReadingPane()
    window.setCentralWidget(pane)
    pane.show_section(pack.result.document.sections[0])
    window.resize(1200, 800)
    return window


def _shell_application():
    """The QApplication of the plain-widgets window: the Fusion style and a style sheet, as the app has."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setStyleSheet(
        "QPushButton { min-height: 44px; min-width: 44px; padding: 6px 14px; font-size: 13pt; }"
        "QPushButton:focus, QListWidget:focus, QTextBrowser:focus { outline: none; border: 3px solid #1a4fa0; }"
        "QListWidget { font-size: 13pt; } QListWidget::item { min-height: 44px; padding: 4px; }"
    )
    return app


def _shell_window(section_html: Path, overview_html: Path):
    """The app's first screen for a new reader, from plain Qt widgets with none of the app's code.

    What any implementation of this window pays at least: the same menus, the
    same labelled buttons of the first screen, the section list, the text beside the overview,
    the Fusion style and a style sheet. It shows how much of the app's start-up
    is the window itself rather than the app's own work.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QSplitter,
        QTextBrowser,
        QVBoxLayout,
        QWidget,
    )

    window = QMainWindow()
    window.setWindowTitle("Treklövern")
    for name in ("&Dokument", "&Text", "&Visa", "&Hjälp", "&Uppläsning"):
        menu = window.menuBar().addMenu(name)
        action = QAction(name.strip("&"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+F12"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(action)

    def row(labels: list[str]) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        for label in labels:
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(button)
        layout.addStretch(1)
        return box

    central = QWidget()
    layout = QVBoxLayout(central)
    first_screen = ["Föregående avsnitt", "Nästa avsnitt", "Läs upp", "Mindre text", "Större text"]
    layout.addWidget(row([*first_screen, "Visa: Hela texten", "Alla val"]))
    sections = QListWidget()
    sections.addItems([f"{n}. Avsnitt {n}" for n in range(1, 7)])
    right = QWidget()
    right_layout = QVBoxLayout(right)
    panes = QSplitter(Qt.Orientation.Horizontal)
    for title, source in (("Hela texten", section_html), ("Programmet i korthet", overview_html)):
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(QLabel(title))
        browser = QTextBrowser()
        browser.setHtml(source.read_text("utf-8"))
        box_layout.addWidget(browser)
        panes.addWidget(box)
    right_layout.addWidget(panes, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(sections)
    splitter.addWidget(right)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar().addPermanentWidget(QLabel("Avsnitt 1 av 6"))
    window.resize(1200, 800)
    return window


def _profiled_child(kind: str) -> None:
    """Run the child under cProfile; write the top entries to $BENCH_PROFILE before reporting."""
    import cProfile
    import io
    import pstats

    import _common

    profiler = cProfile.Profile()
    original_report = _common.report

    def report_with_profile(data: dict) -> None:
        profiler.disable()
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        stats.print_stats(r"reader|markdown|PySide6/__init__|importlib", 40)
        Path(os.environ["BENCH_PROFILE"]).write_text(text.getvalue(), "utf-8")
        original_report(data)

    globals()["report"] = report_with_profile
    profiler.enable()


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
    return run_child([__file__, "--child", kind], timeout=120, env_extra=env)


def _write_pages(folder: Path) -> tuple[Path, str]:
    html, expect, overview = _first_section()
    html_file = folder / "section.html"
    html_file.write_text(html, "utf-8")
    (folder / "overview.html").write_text(overview, "utf-8")
    return html_file, expect


def run(runs: int = RUNS) -> list[dict]:
    samples: dict[str, list[dict]] = {"app": [], "bare": [], "shell": [], "text": []}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        html_file, expect = _write_pages(Path(tmp))
        for kind in samples:  # warm the file cache; not counted
            _start(kind, html_file, expect)
        for i in range(runs):
            order = ("app", "bare", "shell", "text") if i % 2 == 0 else ("text", "shell", "bare", "app")
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
    parser.add_argument("--child", choices=["app", "bare", "shell", "text", "speak"], help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per side (at least 5)")
    parser.add_argument(
        "--profile", action="store_true", help="where the app's start-up time goes (cProfile)"
    )
    args = parser.parse_args()
    if args.child:
        if os.environ.get("BENCH_PROFILE"):
            _profiled_child(args.child)
        _child(args.child)
        return 0
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
