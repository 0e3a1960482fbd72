"""Time to switch to the longest section, and to re-lay it out at a new text size.

The app's own main window is driven in a child process (offscreen unless
QT_QPA_PLATFORM says otherwise). Each timing covers the action, the complete
text layout (``QTextDocument.size()`` forces it) and a synchronous repaint of
the reading pane, then pending events. Median of many repetitions.

    python benchmarks/bench_layout.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, open_main_window, report, row, run_child, standalone

REPEATS = 21
LIMIT_MS = 50.0
SIZES = (18, 24)


def _child(repeats: int) -> None:
    app, document, window = open_main_window()
    pane = window.active_pane()
    lengths = [len(s.text) for s in document.sections]
    longest = lengths.index(max(lengths))
    other = lengths.index(min(lengths))

    def settle() -> None:
        pane.document().size()  # forces the whole layout
        pane.viewport().repaint()
        app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        settle()
        return (time.perf_counter() - start) * 1000

    switch: list[float] = []
    for _ in range(repeats + 2):
        window.go_to_section(other)
        settle()
        switch.append(timed(lambda: window.go_to_section(longest)))
    size: list[float] = []
    for i in range(repeats + 2):
        wanted = SIZES[i % 2]
        size.append(timed(lambda wanted=wanted: window.apply_text_size(wanted)))
    report(
        {
            "switch_ms": switch[2:],
            "size_ms": size[2:],
            "longest": document.sections[longest].id,
            "chars": max(lengths),
        }
    )


def run(repeats: int = REPEATS) -> list[dict]:
    data = run_child([__file__, "--child", str(repeats)], timeout=300)
    rows = []
    for key, label in (
        ("switch_ms", "Switch to the longest section"),
        ("size_ms", "Change text size (re-layout of the longest section)"),
    ):
        values = sorted(data[key])
        mid = median(values)
        worst = values[-1]
        rows.append(
            row(
                label,
                f"≤ {LIMIT_MS:.0f} ms",
                round(mid, 1),
                "ms",
                mid <= LIMIT_MS,
                f"median of {len(values)}, slowest {worst:.1f} ms; section “{data['longest']}”, "
                f"{data['chars']} characters; sizes {SIZES[0]}↔{SIZES[1]} pt",
                samples=values,
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    return standalone(run)


if __name__ == "__main__":
    sys.exit(main())
