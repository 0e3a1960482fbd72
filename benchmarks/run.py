"""Run every benchmark, print one table (target, figure, pass/fail), save the figures as JSON.

    .venv/bin/python benchmarks/run.py                 # everything
    .venv/bin/python benchmarks/run.py startup layout  # only bench_startup.py and bench_layout.py
    .venv/bin/python benchmarks/run.py --compare benchmarks/results/2026-01-01T120000Z.json

Each ``benchmarks/bench_*.py`` has ``run() -> list[dict]`` (keys: name, target,
figure, unit, passed, note); ``passed`` None means "cannot be measured yet".
Results go to ``benchmarks/results/<UTC time>.json`` and ``latest.json``
(the folder is not in version control). Exit code 1 when any row failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import ROOT, machine, not_built, print_table, row  # noqa: E402

RESULTS = HERE / "results"

# Benchmarks other features will add; until their script exists the table says so.
EXPECTED = {
    "speech": [
        ("Reading aloud: play to first audio", "see the speech issue", "ms"),
        ("Reading aloud: stop", "see the speech issue", "ms"),
        ("Reading aloud: highlight lag", "see the speech issue", "ms"),
        ("Reading aloud: longest GUI block", "see the speech issue", "ms"),
        ("Save as audio (whole document)", "see the speech issue", "s"),
    ],
    "bundle": [("Packaged bundle size (one folder)", "≤ 110 MB", "MB")],
}


def discover(only: list[str]) -> list[Path]:
    scripts = sorted(HERE.glob("bench_*.py"))
    if only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in only]
    return scripts


def run_script(path: Path) -> list[dict]:
    """Import ``path`` and call its ``run()``; a crash becomes a failed row, not a lost table."""
    started = time.monotonic()
    try:
        spec = importlib.util.spec_from_file_location(f"benchmarks_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows = list(module.run())
    except Exception as exc:
        traceback.print_exc()
        rows = [row(path.stem, "runs without error", None, "", False, f"benchmark crashed: {exc}")]
    for r in rows:
        r.setdefault("script", path.name)
        r.setdefault("seconds", round(time.monotonic() - started, 1))
    return rows


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def compare(rows: list[dict], previous_file: Path) -> None:
    """Print the figure of each row beside the same row of an earlier run."""
    previous = {r["name"]: r for r in json.loads(previous_file.read_text("utf-8"))["rows"]}
    print(f"\nCompared with {previous_file.name}:")
    for r in rows:
        old = previous.get(r["name"])
        if old and old.get("figure") is not None and r.get("figure") is not None:
            print(f"  {r['name']}: {old['figure']} → {r['figure']} {r.get('unit', '')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and print a table.")
    parser.add_argument("only", nargs="*", help="names of benchmarks to run (e.g. startup layout soak)")
    parser.add_argument("--compare", type=Path, help="an earlier results JSON file to compare with")
    parser.add_argument("--no-save", action="store_true", help="do not write results JSON")
    args = parser.parse_args(argv)

    rows: list[dict] = []
    for script in discover(args.only):
        print(f"running {script.name} …", file=sys.stderr, flush=True)
        rows += run_script(script)
    present = {p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py")}
    for name, expected in EXPECTED.items():
        if name not in present and (not args.only or name in args.only):
            rows += [
                not_built(label, target, unit, f"benchmarks/bench_{name}.py")
                for label, target, unit in expected
            ]

    print()
    print_table(rows)
    now = datetime.now(UTC)
    data = {
        "time": now.isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": machine(),
        "rows": rows,
    }
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        stamp = now.strftime("%Y-%m-%dT%H%M%SZ")
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        (RESULTS / f"{stamp}.json").write_text(text, "utf-8")
        (RESULTS / "latest.json").write_text(text, "utf-8")
        where = RESULTS / f"{stamp}.json"
        shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
        print(f"\nSaved {shown} (and latest.json)")
    if args.compare:
        compare(rows, args.compare)
    m = data["machine"]
    print(
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_mb']} MB RAM, Python {m['python']}, PySide6 {m['pyside6']}"
    )
    return 1 if any(r.get("passed") is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
