"""Soak: 1,000 cycles of section change, text size change, play and stop in one process.

Passes when every cycle completes (no crash, no hang: a watchdog ends a stuck
child and prints where it was) and resident memory grows by less than 10 MB
between the end of the warm-up and the last cycle. Play and stop use the main
window's reading-aloud actions once they exist.

    python benchmarks/bench_soak.py               # 1,000 cycles
    python benchmarks/bench_soak.py --cycles 200
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import current_rss_kb, open_main_window, report, row, run_child, standalone

CYCLES = 1000
WARMUP = 100
GROWTH_LIMIT_MB = 10.0
HANG_SECONDS = 900
SIZES = (16, 22, 30)
PLAY_NAMES = ("play", "speech_play", "read_aloud", "play_pause", "speak")
STOP_NAMES = ("stop", "speech_stop", "stop_reading")


def speech_actions(window) -> tuple[object | None, object | None]:
    """The window's play and stop actions, found by object name (None until speech is built)."""
    from PySide6.QtGui import QAction

    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    play = next((actions[n] for n in PLAY_NAMES if n in actions), None)
    stop = next((actions[n] for n in STOP_NAMES if n in actions), None)
    return play, stop


def soak_cycle(window, i: int, play=None, stop=None, process_events=None) -> None:
    """One cycle: next section (wrapping), another text size, play, stop."""
    count = len(window.document.sections)
    window.go_to_section((i + 1) % count)
    window.apply_text_size(SIZES[i % len(SIZES)], announce=False)
    if play is not None and stop is not None:
        play.trigger()
        if process_events:
            process_events()
        stop.trigger()
    if process_events:
        process_events()


def _child(cycles: int) -> None:
    import faulthandler

    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    from reader.speech import reading_aloud
    from reader.speech.player import FakeAudioOut

    # The real speech engine; its sound goes to a silent stand-in, so no sound card is needed.
    reading_aloud.output_factory = FakeAudioOut
    reading_aloud.device_probe = lambda: True
    app, _document, window = open_main_window()
    play, stop = speech_actions(window)
    speech = window.features.speech
    reading_started = []
    if speech is not None:
        for _ in range(1000):  # the engine starts in the background
            if speech.available:
                break
            app.processEvents()
            app.thread().msleep(10)
        speech.controller.state_changed.connect(
            lambda state: reading_started.append(1) if state.name == "READING" else None
        )
    warm_rss = 0
    for i in range(cycles):
        soak_cycle(window, i, play, stop, app.processEvents)
        if i + 1 == min(WARMUP, cycles // 2):
            gc.collect()
            warm_rss = current_rss_kb()
    gc.collect()
    app.processEvents()
    report(
        {
            "cycles": cycles,
            "warm_rss_kb": warm_rss,
            "end_rss_kb": current_rss_kb(),
            "speech": play is not None and stop is not None,
            "reading_started": len(reading_started),
        }
    )


def run(cycles: int = CYCLES) -> list[dict]:
    name = f"Soak: {cycles:,} cycles of section, size, play, stop"
    try:
        data = run_child([__file__, "--child", str(cycles)], timeout=HANG_SECONDS + 60)
    except RuntimeError as exc:
        return [
            row(name, "no crash, no hang", 0, "cycles", False, str(exc)),
            row("Soak: memory growth", f"< {GROWTH_LIMIT_MB:.0f} MB", None, "MB", False, "did not finish"),
        ]
    growth = (data["end_rss_kb"] - data["warm_rss_kb"]) / 1024
    note = (
        f"reading aloud started in {data['reading_started']} cycles (real speech engine, silent output)"
        if data["speech"]
        else "play/stop not built yet: cycles change section and size only"
    )
    return [
        row(name, "no crash, no hang", data["cycles"], "cycles", True, note),
        row(
            "Soak: memory growth after warm-up",
            f"< {GROWTH_LIMIT_MB:.0f} MB",
            round(growth, 2),
            "MB",
            growth < GROWTH_LIMIT_MB,
            f"resident memory {data['warm_rss_kb'] / 1024:.1f} MB after {WARMUP} cycles, "
            f"{data['end_rss_kb'] / 1024:.1f} MB at the end",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cycles", type=int, default=CYCLES)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0
    return standalone(lambda: run(args.cycles))


if __name__ == "__main__":
    sys.exit(main())
