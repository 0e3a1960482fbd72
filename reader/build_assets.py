"""Build-time assets: compile the Qt Linguist translations (.ts → .qm).

Run ``python -m reader.build_assets`` after changing a ``.ts`` file; ``run.py``
and ``build.spec`` run it before starting, testing or packaging the app. The
``.qm`` files are build products and are not kept in version control.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.i18n import translations_dir


def lrelease_command() -> list[str]:
    """PySide6's lrelease, run through this Python so it works in any virtual environment."""
    return [
        sys.executable,
        "-c",
        "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
    ]


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every ``reader_*.ts`` in ``folder`` to ``.qm``; return the files written."""
    folder = folder or translations_dir()
    written = []
    for ts in sorted(folder.glob("reader_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            written.append(qm)
            continue
        result = subprocess.run(
            [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if result.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip()}")
        written.append(qm)
    return written


def main() -> int:
    try:
        files = compile_translations()
    except (OSError, RuntimeError) as exc:
        print(f"build_assets: {exc}", file=sys.stderr)
        return 1
    print(f"build_assets: {len(files)} translation file(s) ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
