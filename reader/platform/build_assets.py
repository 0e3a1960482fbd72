"""Build-time assets: the Qt Linguist translations (.ts → .qm) and the compiled content pack.

Run ``python -m reader.platform.build_assets`` after changing a ``.ts`` file or the
content; ``run.py`` and ``build.spec`` run it before starting, testing or
packaging the app. Both are build products and are not kept in version control.
The compiled pack (reader/content/compiled.py) only makes the start faster: the
app parses the pack itself whenever the compiled copy does not match it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.platform.i18n import translations_dir


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


def compile_content(root: Path | None = None) -> Path | None:
    """Store the parsed pack for a fast start; None (and no stale copy left) if it cannot be parsed."""
    from reader.content import compiled
    from reader.content.errors import ContentPackError
    from reader.platform.paths import content_dir

    root = root or content_dir()
    target = compiled.compiled_file()
    if compiled.read_compiled(root, target) is not None:
        return target  # already up to date
    try:
        return compiled.write_compiled(root, target)
    except ContentPackError as exc:
        target.unlink(missing_ok=True)
        print(f"build_assets: the content pack has errors; the app will show them: {exc}", file=sys.stderr)
    except OSError as exc:  # e.g. a read-only copy: the app parses the pack at start instead
        print(
            f"build_assets: compiled content not stored ({exc}); the app will parse the pack", file=sys.stderr
        )
    return None


def main() -> int:
    try:
        files = compile_translations()
        pack = compile_content()
    except (OSError, RuntimeError) as exc:
        print(f"build_assets: {exc}", file=sys.stderr)
        return 1
    print(
        f"build_assets: {len(files)} translation file(s) ready; compiled content {'ready' if pack else 'not made'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
