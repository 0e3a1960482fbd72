"""Start-up as time to a visible window on an X server (Xvfb), the app against a bare PySide6 window.

``bench_startup.py`` times the first paint on Qt's offscreen platform; this one
starts both on a private Xvfb screen with the xcb platform, as on a desktop
(no window manager, so neither waits for one). The bare window is the same as
there: one QTextBrowser showing the first section's HTML. Both are fresh
processes with an empty home folder, alternating, timed from just before the
process is spawned until

- *mapped*: the X server maps the window (it is viewable, though not yet
  painted), as an outside X client sees it: ``xev`` (x11-utils) watching the
  root window gets the MapNotify, and the parent notes when it reads it, on
  the same monotonic clock as the start. Without xev, the child's own first
  expose event with ``isExposed()`` stands in (the note says so). The two are
  compared in every run: the bare window handles its expose within about a
  millisecond of the server's MapNotify, the app some milliseconds later (it
  finishes the work queued at ``show()`` first), so the server's view is the
  one counted;
- *text visible*: then the first paint of a text view showing the first
  section, flushed to the X server: ``QGuiApplication.sync()`` after the paint
  is a round trip that returns once the server has the picture. Both children
  note this the same way, with filters on the text views and their window only.

The app's package runs from bytecode, as in ``bench_startup.py``.

    python benchmarks/bench_visible.py                     # the table
    python benchmarks/bench_visible.py --runs 15 --display :99
    BENCH_DISPLAY=:99 python benchmarks/run.py visible     # the same display through the runner

Without a display named, Xvfb picks a free one itself (``-displayfd``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    median,
    private_x_display,
    row,
    run_child,
    standalone,
)

RUNS = 11  # per side; fresh processes on this machine vary by a third
START_RATIO = 1.3
CHILD = str(Path(__file__).with_name("_child.py"))  # the child side of every start (lean)
SCREEN = (1920, 1080)
MAPPED = "Start to window mapped under Xvfb (app ÷ bare window)"
VISIBLE = "Start to text visible under Xvfb (app ÷ bare window)"


# --- parent side ------------------------------------------------------------------------------


LINE_BUFFERED = ["stdbuf", "-oL"] if shutil.which("stdbuf") else []


XEV_TRIES = 3
XEV_WAIT_S = 5.0


class MapWatcher:
    """An outside X client (xev on the root window) that notes when a top-level window is mapped."""

    def __init__(self, display: str):
        self.display = display
        self.mapped_at: float | None = None
        self._ready = threading.Event()
        # Now and then (about one start in twenty here) an xev just started on a new Xvfb never
        # reports the root's changes; one started again does. So up to three, a few seconds each.
        for _ in range(XEV_TRIES):
            self._start_xev()
            if self._ping_until_seen(time.monotonic() + XEV_WAIT_S):
                return
            self.close()
        raise RuntimeError("xev did not start")

    def _start_xev(self) -> None:
        self._proc = subprocess.Popen(
            # xev writes through stdio: into a pipe it holds lines back in blocks, which would
            # delay what is seen (and when); stdbuf makes it give each line at once.
            [
                *LINE_BUFFERED,
                "xev",
                "-display",
                self.display,
                "-root",
                "-event",
                "substructure",
                "-event",
                "property",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._thread = threading.Thread(target=self._read, args=(self._proc,), daemon=True)
        self._thread.start()

    def _ping_until_seen(self, deadline: float) -> bool:
        """Change a property of the root window until xev tells of it (it watches the root then)."""
        ping = [
            "xprop",
            "-display",
            self.display,
            "-root",
            "-f",
            "_BENCH_PING",
            "8s",
            "-set",
            "_BENCH_PING",
            "1",
        ]
        while not self._ready.is_set() and time.monotonic() < deadline:
            subprocess.run(ping, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self._ready.wait(0.2)
        return self._ready.is_set()

    def _read(self, proc: subprocess.Popen) -> None:
        """xev writes an event's name on one line and, for a MapNotify, "override YES/NO" on the next."""
        assert proc.stdout is not None
        map_seen: float | None = None
        for line in proc.stdout:
            now = time.monotonic()
            if line.startswith("PropertyNotify"):
                self._ready.set()
            elif line.startswith("MapNotify"):
                map_seen = now
            elif map_seen is not None and "override" in line:
                if "override NO" in line and self.mapped_at is None:  # not a menu or tooltip
                    self.mapped_at = map_seen
                map_seen = None

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait(5)


def _start(kind: str, display: str, html_file: Path, expect: str, observe: bool) -> dict:
    """One fresh child; with ``observe``, an outside X client notes when its window is mapped."""
    watcher = MapWatcher(display) if observe else None
    try:
        t0 = time.monotonic()
        env = {
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "BENCH_HTML": str(html_file),
            "BENCH_EXPECT": expect,
            "BENCH_T0": str(t0),
        }
        data = run_child([CHILD, "visible", kind], timeout=120, env_extra=env)
        if watcher is not None:
            deadline = time.monotonic() + 2  # the observer's pipe may lag a moment behind the child
            while watcher.mapped_at is None and time.monotonic() < deadline:
                time.sleep(0.01)
            data["observed_s"] = None if watcher.mapped_at is None else watcher.mapped_at - t0
        return data
    finally:
        if watcher is not None:
            watcher.close()


def _skipped(reason: str) -> list[dict]:
    return [
        row(MAPPED, f"≤ {START_RATIO}", None, "×", None, f"skipped: {reason}"),
        row(VISIBLE, f"≤ {START_RATIO}", None, "×", None, f"skipped: {reason}"),
    ]


def run(runs: int = RUNS, display: str | None = None) -> list[dict]:
    if shutil.which("Xvfb") is None:
        return _skipped("Xvfb is not installed (apt-get install xvfb)")
    from bench_startup import _write_pages

    samples: dict[str, list[dict]] = {"app": [], "bare": []}
    observe = bool(shutil.which("xev") and shutil.which("xprop"))
    display = display or os.environ.get("BENCH_DISPLAY") or None
    with tempfile.TemporaryDirectory(prefix="bench-visible-") as tmp, private_x_display(SCREEN, display) as x:
        html_file, expect = _write_pages(Path(tmp))
        for kind in samples:  # warm the file cache and the bytecode; not counted
            _start(kind, x, html_file, expect, observe)
        for i in range(runs):
            for kind in ("app", "bare") if i % 2 == 0 else ("bare", "app"):
                samples[kind].append(_start(kind, x, html_file, expect, observe))
    observed = observe and all(s.get("observed_s") is not None for v in samples.values() for s in v)
    mapped_key = "observed_s" if observed else "exposed_s"

    def mid(kind: str, key: str) -> float:
        return median([s[key] for s in samples[kind]])

    def late_ms(kind: str) -> float:
        return median([(s["exposed_s"] - s["observed_s"]) * 1000 for s in samples[kind]])

    app_map, bare_map = mid("app", mapped_key), mid("bare", mapped_key)
    app_text, bare_text = mid("app", "visible_s"), mid("bare", "visible_s")
    how = (
        f"median of {runs} alternating fresh processes each, from just before the spawn; a private Xvfb "
        f"{SCREEN[0]} × {SCREEN[1]}, Qt's xcb platform, no window manager"
    )
    if observed:
        mapped_how = (
            "the X server's MapNotify for the window, seen by an outside X client (xev on the root window); "
            f"each process handled its own first expose {late_ms('app'):.1f} ms (app) and "
            f"{late_ms('bare'):.1f} ms (bare) after that (median)"
        )
    else:
        why = (
            "xev or xprop (x11-utils) is not installed"
            if not observe
            else "the outside X client missed a window"
        )
        mapped_how = f"the window's first expose event with isExposed(), seen in the process ({why})"
    return [
        row(
            MAPPED,
            f"≤ {START_RATIO}",
            round(app_map / bare_map, 2),
            "×",
            app_map / bare_map <= START_RATIO,
            f"app {app_map:.3f} s, bare QTextBrowser {bare_map:.3f} s: {mapped_how}; {how}",
            app_s=app_map,
            bare_s=bare_map,
            observed=observed,
            samples={k: [s[mapped_key] for s in v] for k, v in samples.items()},
            exposed={k: [s["exposed_s"] for s in v] for k, v in samples.items()},
        ),
        row(
            VISIBLE,
            f"≤ {START_RATIO}",
            round(app_text / bare_text, 2),
            "×",
            app_text / bare_text <= START_RATIO,
            f"app {app_text:.3f} s, bare {bare_text:.3f} s: exposed, then the first section's text painted "
            "and flushed to the X server (QGuiApplication.sync() after the paint returns once the server "
            f"has the picture); {how}",
            app_s=app_text,
            bare_s=bare_text,
            samples={k: [s["visible_s"] for s in v] for k, v in samples.items()},
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per side (at least 5)")
    parser.add_argument("--display", help="the X display for Xvfb, e.g. :99 (default: a free one)")
    args = parser.parse_args()
    return standalone(lambda: run(max(5, args.runs), display=args.display))


if __name__ == "__main__":
    sys.exit(main())
