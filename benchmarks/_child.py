"""The child side of the start-up benchmarks: one fresh process, the app or a window to compare.

Both the app and the bare window pay for whatever this module loads before their first
paint, which would make them look closer than they are; so it loads nothing but PySide6
and what Python itself starts with until the text is painted (``json``, ``resource`` and
the rest come after). ``bench_startup.py`` and ``bench_visible.py`` start it as

    python benchmarks/_child.py paint|visible app|bare|least|shell|text|speak

and read the line it reports (``MARK`` and JSON) from its standard output.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

MARK = "BENCH "
IDLE_MS = 1000  # after the paint, before the memory is read
SPEAK_SECONDS = 4.0  # how long the "speak" child reads aloud


def read_text(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def report(data: dict[str, Any]) -> None:
    """Child side: hand the result to the parent."""
    import json

    sys.stdout.write(MARK + json.dumps(data) + "\n")
    sys.stdout.flush()


def current_rss_kb() -> int:
    """Resident memory now (not the peak), from /proc; 0 where unavailable."""
    try:
        pages = int(read_text("/proc/self/statm").split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def peak_rss_kb() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def watch_text_views(make_filter: Callable[[], Any]) -> None:
    """Install one event filter on the viewport of every text view a child makes.

    The app's reading panes are QTextEdits and the bare window's browser a QTextBrowser;
    the filter is made with the first view, once the application exists.
    """
    from PySide6.QtWidgets import QTextBrowser, QTextEdit

    made: list[Any] = []

    def watching(init):
        def init_and_watch(self, *args, **kwargs) -> None:
            init(self, *args, **kwargs)
            if not made:
                made.append(make_filter())
            self.viewport().installEventFilter(made[0])

        return init_and_watch

    for cls in (QTextEdit, QTextBrowser):
        cls.__init__ = watching(cls.__init__)  # type: ignore[method-assign]


def before_the_rest(callback: Callable[[], None]) -> None:
    """Child side, the app only: call ``callback`` as the app starts building the rest of its window.

    The app builds what is not on its first screen right after the first paint, from a
    zero-time timer its own paint watcher queues; a benchmark's timer queued during the
    same paint runs only after that work. The paint and its flush are done when the rest
    begins, so that is the moment the text was on screen.
    """
    from reader.platform.qt_loading import load_qt_plainly

    load_qt_plainly()  # as the app's start does before it imports the window (counted all the same)
    from reader.ui.main_window import MainWindow

    finish = MainWindow.finish

    def noted_finish(self):
        callback()
        return finish(self)

    MainWindow.finish = noted_finish  # type: ignore[method-assign]


def run_bare_window(html_file: str) -> None:
    """The baseline every start-up figure is compared with: one QTextBrowser showing ``html_file``."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    browser.setHtml(read_text(html_file))
    browser.resize(1200, 800)
    browser.show()
    sys.exit(app.exec())


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


def paint_child(kind: str) -> None:
    """Time the start to the first painted text, then idle and report memory (``bench_startup.py``)."""
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
        window = text_first_window()
        window.show()
        sys.exit(QApplication.instance().exec())
    if kind == "least":
        shell_application()
        window = least_window(os.environ["BENCH_HTML"])
        window.show()
        sys.exit(QApplication.instance().exec())
    if kind == "shell":
        shell_application()
        window = shell_window(os.environ["BENCH_HTML"], os.environ["BENCH_OVERVIEW_HTML"])
        window.show()
        sys.exit(QApplication.instance().exec())
    run_bare_window(os.environ["BENCH_HTML"])


def visible_child(kind: str) -> None:
    """Note when the window is exposed and its text painted on an X server (``bench_visible.py``)."""
    t0 = float(os.environ["BENCH_T0"])
    expect = os.environ["BENCH_EXPECT"]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QGuiApplication, QWindow
    from PySide6.QtWidgets import QTextEdit, QWidget

    state: dict[str, float] = {}

    def text_visible() -> None:
        if "visible" in state or "painting" not in state:  # the rest can also come without a paint
            return
        QGuiApplication.sync()  # the flushed picture has reached the X server
        state["visible"] = time.monotonic() - t0
        report({"exposed_s": state["mapped"], "visible_s": state["visible"]})
        os._exit(0)

    class Watch(QObject):
        """Notes the first expose of the window a text view is shown in, then that view's first paint.

        Filters sit only on the text views' viewports and on their top-level window, as in
        ``bench_startup.py``: an application-wide filter in Python would slow every event of
        the app, which has many more than the bare window, and (installed while a widget is
        made) it held up the event loop by tens of milliseconds in both.
        """

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            kind_ = event.type()
            if kind_ == QEvent.Type.Expose:
                if "mapped" not in state and isinstance(watched, QWindow) and watched.isExposed():
                    state["mapped"] = time.monotonic() - t0
            elif kind_ == QEvent.Type.Show and isinstance(watched, QWidget):
                handle = watched.window().windowHandle()  # made by now; mapped after its children show
                if handle is not None and all(handle is not w for w in windows):
                    windows.append(handle)
                    handle.installEventFilter(self)
            elif kind_ == QEvent.Type.Paint and "mapped" in state and "painting" not in state:
                view = watched.parent() if isinstance(watched, QWidget) else None
                if isinstance(view, QTextEdit) and view.toPlainText().startswith(expect):
                    state["painting"] = 1.0
                    QTimer.singleShot(0, text_visible)  # right after this paint and its flush
            return False

    windows: list[QWindow] = []
    watch_text_views(Watch)  # the app's panes, and the bare window's browser

    if kind == "app":
        from reader.cli import main

        before_the_rest(text_visible)  # the rest is built right after the paint, before our timer runs

        sys.exit(main([]))
    run_bare_window(os.environ["BENCH_HTML"])


def text_first_window():
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


def shell_application():
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


LEAST_BUTTONS = (
    "Föregående avsnitt",
    "Nästa avsnitt",
    "Läs upp",
    "Mindre text",
    "Större text",
    "Visa: Hela texten",
    "Alla val",
)


def least_window(section_html: str):
    """The smallest first screen the start-up issue allows, from plain Qt widgets.

    Its labelled buttons in one row above the text, and nothing else: no menu bar (whose
    shortcuts make PySide6 build all of Qt's namespace enums), no section list column, no
    overview. The distance from this to the bare window is what any first screen pays;
    what is left of the target is the budget for the app's own work before its first paint.
    """
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextEdit, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    row = QHBoxLayout()
    for label in LEAST_BUTTONS:
        row.addWidget(QPushButton(label))
    layout.addLayout(row)
    text = QTextEdit()
    text.setReadOnly(True)
    text.setHtml(read_text(section_html))
    layout.addWidget(text, 1)
    window.resize(1200, 800)
    return window


def shell_window(section_html: str, overview_html: str):
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
        browser.setHtml(read_text(source))
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


def profile_child() -> None:
    """Run the child under cProfile; write the top entries to $BENCH_PROFILE before reporting."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    original_report = report

    def report_with_profile(data: dict) -> None:
        profiler.disable()
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        stats.print_stats(r"reader|markdown|PySide6/__init__|importlib", 40)
        with open(os.environ["BENCH_PROFILE"], "w", encoding="utf-8") as out:
            out.write(text.getvalue())
        original_report(data)

    globals()["report"] = report_with_profile
    profiler.enable()


def main(argv: list[str]) -> int:
    watch, kind = argv
    if os.environ.get("BENCH_PROFILE"):
        profile_child()
    (paint_child if watch == "paint" else visible_child)(kind)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
