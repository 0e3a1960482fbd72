"""Size of the packaged app (the one-folder bundle ``python3 run.py build`` makes in dist/lasaren/).

    python benchmarks/bench_bundle.py

Measures what is there; it does not build (a build takes minutes). The row
says "not built yet" until a bundle exists, and notes how old the bundle is
compared with the newest source file, so a stale figure is visible.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, not_built, row, standalone

LIMIT_MB = 110
BUNDLE = ROOT / "dist" / "lasaren"
NAME = "Packaged bundle size (one folder)"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run() -> list[dict]:
    if not BUNDLE.is_dir():
        return [not_built(NAME, f"≤ {LIMIT_MB} MB", "MB", "no dist/lasaren/ (python3 run.py build makes it)")]
    mb = folder_size(BUNDLE) / 1024 / 1024
    built = max((p.stat().st_mtime for p in BUNDLE.rglob("*") if p.is_file()), default=0)
    newest_source = max(p.stat().st_mtime for p in (ROOT / "reader").rglob("*.py"))
    stale = (
        " (older than the newest source file: rebuild for a current figure)" if built < newest_source else ""
    )
    return [row(NAME, f"≤ {LIMIT_MB} MB", round(mb, 1), "MB", mb <= LIMIT_MB, f"dist/lasaren/{stale}")]


if __name__ == "__main__":
    sys.exit(standalone(run))
