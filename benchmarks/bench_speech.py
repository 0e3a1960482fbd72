"""Reading aloud: time to first audio, pause/stop, highlight lag, GUI blocking, export.

The measurements run in a child process with the real engine (eSpeak NG),
the real controller and Qt Multimedia output. Where PulseAudio is installed
the child plays into a private null sink (started and ended here), so the
figures include a real audio device; otherwise a fake output stands in and
the note says so.

    python benchmarks/bench_speech.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median, private_audio_server, report, row, run_child, standalone

RUNS = 5
FIRST_AUDIO_MS = 150
STOP_MS = 100
HIGHLIGHT_MS = 100
GUI_BLOCK_MS = 50
EXPORT_S = 10.0


# --- child side ---------------------------------------------------------------------------------


def _child() -> None:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from reader.content.loader import load_pack
    from reader.exports.audio import export_audio, texts_of
    from reader.platform.paths import content_dir
    from reader.speech.controller import ReadingController, State
    from reader.speech.engine import SpeechParams, Ticket
    from reader.speech.player import FakeAudioOut, QtAudioOut
    from reader.speech.service import create_engine

    use_device = os.environ.get("BENCH_DEVICE") == "1"
    doc = load_pack(content_dir()).document
    engine = create_engine(content_dir())
    engine.check().result()
    output = QtAudioOut() if use_device else FakeAudioOut()
    ctl = ReadingController(engine, output)
    writes: list[float] = []
    original_write = output.write

    def timed_write(data: bytes) -> int:
        n = original_write(data)
        if n:
            writes.append(time.perf_counter())
        return n

    output.write = timed_write  # type: ignore[method-assign]

    def spin(ms: float, until=None) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            if isinstance(output, FakeAudioOut):
                output.advance(5)
            if until is not None and until():
                return
            time.sleep(0.002)

    def clear_cache() -> None:
        with engine._cache_lock:
            engine._cache.clear()

    # 1. play to first audio frame handed to the output, per section (median of RUNS)
    first_audio: dict[str, float] = {}
    worst_sentence: list[float] = []
    for section in doc.sections:
        figures = []
        for _ in range(RUNS):
            ctl.stop()
            clear_cache()
            ctl.set_section(section)
            writes.clear()
            t0 = time.perf_counter()
            ctl.play()
            spin(2000, until=lambda: bool(writes))
            figures.append((writes[0] - t0) * 1000 if writes else 9999.0)
            spin(150)
        first_audio[section.id] = median(figures)
        # also from the longest sentence of the section (the slowest case)
        longest = max(range(len(section.sentences)), key=lambda i: len(section.sentences[i].text))
        ctl.stop()
        clear_cache()
        writes.clear()
        t0 = time.perf_counter()
        ctl.play(from_sentence=longest)
        spin(2000, until=lambda: bool(writes))
        worst_sentence.append((writes[0] - t0) * 1000 if writes else 9999.0)
    ctl.stop()

    # 2. pause and stop: time until no more frames are written
    pause_ms, stop_ms = [], []
    section = doc.sections[2]
    for i in range(RUNS):
        ctl.set_section(section)
        ctl.play(from_sentence=3 + i)
        spin(700)
        t0 = time.perf_counter()
        if i % 2 == 0:
            ctl.pause()
            call = (time.perf_counter() - t0) * 1000
            spin(300)
            later = [w for w in writes if w > t0]
            pause_ms.append(max([call] + [(w - t0) * 1000 for w in later]))
            ctl.stop()
        else:
            ctl.stop()
            call = (time.perf_counter() - t0) * 1000
            spin(300)
            later = [w for w in writes if w > t0]
            stop_ms.append(max([call] + [(w - t0) * 1000 for w in later]))

    # 3. highlight lag: at each new word mark, how long that word's audio has been playing
    lags: list[float] = []

    marks: list[float] = []

    def on_highlight(s0: int, s1: int, w0: int, w1: int) -> None:
        marks.append(time.perf_counter())
        if w0 < 0 or ctl.state is not State.READING:
            return
        clock = output.played_bytes()
        for seg in ctl._segments:
            if seg.base <= clock < seg.end:
                ms = (clock - seg.base) * 1000 / (2 * seg.synthesis.sample_rate)
                sentence = ctl.sentences[seg.index]
                for w in seg.synthesis.words:
                    if sentence.start + w.start == w0:
                        lags.append(ms - w.ms)
                        return

    ctl.highlight.connect(on_highlight)
    # 4. the GUI thread's longest gap while reading and exporting at the same time
    gaps: list[float] = []
    timer = QElapsedTimer()
    timer.start()
    last = [timer.elapsed()]

    def beat() -> None:
        now = timer.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    ctl.set_section(doc.sections[1])
    ctl.play(from_sentence=1)
    heart.start()
    spin(3000)

    # 5. export of the whole programme while reading goes on (GUI gaps still measured)
    clear_cache()
    export_result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        import threading

        def work() -> None:
            t = time.perf_counter()
            export_audio(
                engine,
                texts_of(doc.sections),
                Path(tmp) / "all.wav",
                SpeechParams("sv", 150),
                ticket=Ticket(),
            )
            export_result["s"] = time.perf_counter() - t

        thread = threading.Thread(target=work)
        thread.start()
        while thread.is_alive():
            spin(50)
        thread.join()
    heart.stop()
    ctl.highlight.disconnect(on_highlight)
    ctl.stop()
    spin(100)
    ctl.shutdown()
    engine.shutdown()
    lags.sort()
    report(
        {
            "device": use_device,
            "first_audio_ms": first_audio,
            "first_audio_longest_sentence_ms": worst_sentence,
            "pause_ms": pause_ms,
            "stop_ms": stop_ms,
            "highlight_lag_ms": {
                "max": lags[-1] if lags else None,
                "p95": lags[int(0.95 * (len(lags) - 1))] if lags else None,
                "n": len(lags),
            },
            "gui_gap_ms": max(gaps) if gaps else None,
            "marks": len(marks),
            "state": str(ctl.state),
            "export_s": export_result.get("s"),
        }
    )
    QCoreApplication.quit()
    os._exit(0)


# --- parent side: a private PulseAudio null sink ---------------------------------------------------


def run() -> list[dict]:
    with private_audio_server() as audio_env:
        extra = dict(audio_env)
        extra["BENCH_DEVICE"] = "1" if audio_env else "0"
        where = "PulseAudio null sink" if audio_env else "fake output (PulseAudio not available)"
        try:
            data = run_child([__file__, "--child"], timeout=300, env_extra=extra)
        except RuntimeError as exc:
            names = [
                ("Reading aloud: play to first audio", f"≤ {FIRST_AUDIO_MS} ms", "ms"),
                ("Reading aloud: stop", f"≤ {STOP_MS} ms", "ms"),
                ("Reading aloud: highlight lag", f"≤ {HIGHLIGHT_MS} ms", "ms"),
                ("Reading aloud: longest GUI block", f"≤ {GUI_BLOCK_MS} ms", "ms"),
                ("Save as audio (whole document)", f"≤ {EXPORT_S:.0f} s", "s"),
            ]
            return [row(n, t, None, u, False, f"benchmark failed: {exc}") for n, t, u in names]
    first = data["first_audio_ms"]
    worst_first = max(first.values())
    longest = max(data["first_audio_longest_sentence_ms"])
    halt = max(data["pause_ms"] + data["stop_ms"])
    lag = data["highlight_lag_ms"]
    gap = data["gui_gap_ms"]
    export_s = data["export_s"]
    per_section = ", ".join(f"{k} {v:.0f}" for k, v in first.items())
    return [
        row(
            "Reading aloud: play to first audio",
            f"≤ {FIRST_AUDIO_MS} ms every section (median of {RUNS})",
            round(worst_first, 1),
            "ms",
            worst_first <= FIRST_AUDIO_MS,
            f"{where}; per section: {per_section}; from the longest sentence: {longest:.0f} ms",
            per_section_ms=first,
            longest_sentence_ms=data["first_audio_longest_sentence_ms"],
        ),
        row(
            "Reading aloud: stop",
            f"pause and stop ≤ {STOP_MS} ms",
            round(halt, 1),
            "ms",
            halt <= STOP_MS,
            f"{where}; until the last frame written; pause {data['pause_ms']}, stop {data['stop_ms']}",
        ),
        row(
            "Reading aloud: highlight lag",
            f"≤ {HIGHLIGHT_MS} ms",
            None if lag["max"] is None else round(lag["max"], 1),
            "ms",
            None if lag["max"] is None else lag["max"] <= HIGHLIGHT_MS,
            f"max over {lag['n']} words (95th percentile {lag['p95']}), from the audio clock",
        ),
        row(
            "Reading aloud: longest GUI block",
            f"≤ {GUI_BLOCK_MS} ms while reading and exporting",
            gap,
            "ms",
            None if gap is None else gap <= GUI_BLOCK_MS,
            "longest gap between 5 ms timer beats",
        ),
        row(
            "Save as audio (whole document)",
            f"≤ {EXPORT_S:.0f} s",
            None if export_s is None else round(export_s, 2),
            "s",
            None if export_s is None else export_s <= EXPORT_S,
            "WAV, all six sections, while reading aloud",
        ),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        _child()
    else:
        sys.exit(standalone(run))
