"""The talking book: the whole programme with its summaries as an EPUB 3 with speech, timed.

Each run is a fresh ``reader --export-epub --summary`` process (start, the pack, speech
for every document, MP3, the zip), so the figure is what a user or a script waits.
The machine's load average is noted beside it: the figure grows with what else runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import ROOT, child_env, median, row, standalone  # noqa: E402

TARGET_S = 30.0
RUNS = 3


def _book_seconds(path: Path) -> float:
    """The book's total media:duration, in seconds."""
    import re

    with zipfile.ZipFile(path) as z:
        opf = z.read("EPUB/package.opf").decode("utf-8")
    found = re.search(r'<meta property="media:duration">(\d+):(\d+):(\d+\.\d+)</meta>', opf)
    assert found is not None
    h, m, s = found.groups()
    return int(h) * 3600 + int(m) * 60 + float(s)


def run() -> list[dict]:
    times: list[float] = []
    loads: list[float] = []
    size_mb = audio_min = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        out = Path(tmp) / "Treklovern.epub"
        for _ in range(RUNS):
            loads.append(os.getloadavg()[0])
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "reader", "--export-epub", "--summary", "--out", str(out)],
                cwd=ROOT,
                env=child_env(home),
                capture_output=True,
                text=True,
                timeout=600,
            )
            elapsed = time.monotonic() - started
            if done.returncode != 0:
                return [
                    row(
                        "Save as talking book (EPUB 3, whole programme)",
                        f"≤ {TARGET_S:.0f} s",
                        None,
                        "s",
                        False,
                        f"export failed: {done.stderr.strip()[-300:]}",
                    )
                ]
            times.append(elapsed)
        size_mb = out.stat().st_size / 1_000_000
        audio_min = _book_seconds(out) / 60
    figure = median(times)
    return [
        row(
            "Save as talking book (EPUB 3, whole programme)",
            f"≤ {TARGET_S:.0f} s",
            round(figure, 2),
            "s",
            figure <= TARGET_S,
            f"median of {RUNS} fresh processes (slowest {max(times):.1f} s), with summaries and glossary: "
            f"{audio_min:.0f} min of speech, {size_mb:.1f} MB; load average {min(loads):.1f}–{max(loads):.1f} "
            f"on {os.cpu_count()} cores",
            runs_s=[round(t, 2) for t in times],
            size_mb=round(size_mb, 1),
            audio_min=round(audio_min, 1),
            load_average=loads,
        )
    ]


if __name__ == "__main__":
    sys.exit(standalone(run))
