"""Hostile content packs: how long until a clear result (the list, or a refusal naming the limit).

    python benchmarks/bench_content.py

Runs ``reader --content DIR --list-sections`` as a fresh process (start-up
included) on a pack of 10,000 sections, one with a 50 MB section and one with a
list nested 1,500 levels deep; median of 3 each. Before the loader was bounded
these took 29 s, 18 s and over a minute.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import ROOT, child_env, row, standalone

from tests.hostile_packs import big_section, make_pack, nested_list

LIMIT_S = 2.0
CASES = [
    ("10,000 sections", lambda root: make_pack(root, count=10_000)),
    ("a 50 MB section", lambda root: make_pack(root, body=lambda i: big_section(50))),
    ("a list nested 1,500 levels", lambda root: make_pack(root, body=lambda i: nested_list(1500))),
]


def clear_result_seconds(root: Path, home: Path) -> tuple[float, str]:
    """Wall time of one listing, and the first line of its message (for the note)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--content", str(root), "--list-sections"],
        cwd=ROOT,
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    took = time.perf_counter() - started
    if "Traceback" in proc.stderr or proc.returncode not in (0, 3):
        raise RuntimeError(f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}")
    return took, (proc.stderr.strip().splitlines() or ["(listed)"])[0]


def run() -> list[dict]:
    rows = []
    for label, build in CASES:
        with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
            root = build(Path(tmp) / "pack")
            home = Path(tmp) / "home"
            home.mkdir()
            times = []
            message = ""
            for _ in range(3):
                took, message = clear_result_seconds(root, home)
                times.append(took)
            figure = statistics.median(times)
            rows.append(
                row(
                    f"Content pack with {label}: clear result (process, median of 3)",
                    f"≤ {LIMIT_S:g} s",
                    round(figure, 2),
                    "s",
                    figure <= LIMIT_S,
                    message[:90],
                )
            )
    return rows


if __name__ == "__main__":
    sys.exit(standalone(run))
