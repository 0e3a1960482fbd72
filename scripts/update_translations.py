#!/usr/bin/env python3
"""Refresh the translation sources from the code and report what is left to translate.

    .venv/bin/python scripts/update_translations.py          update both .ts files, list unfinished
    .venv/bin/python scripts/update_translations.py --check  change nothing; exit 1 if anything is unfinished

Runs PySide6's lupdate over ``reader/`` into ``resources/translations/reader_sv.ts``
and ``reader_en.ts``. Swedish is the source language, so in ``reader_sv.ts`` every
message is its own translation (filled in here). English translations are written by
a person in Qt Linguist (``pyside6-linguist resources/translations/reader_en.ts``) or
directly in the XML; this script lists the English messages still unfinished.
Then ``python -m reader.build_assets`` compiles them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("sv", "en")


def run_lupdate(ts_files: list[Path]) -> None:
    code = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
    for ts in ts_files:
        lang = "sv_SE" if ts.stem.endswith("_sv") else "en_GB"
        cmd = [
            sys.executable, "-c", code, "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
            "-source-language", "sv_SE", "-target-language", lang, str(ROOT / "reader"), "-ts", str(ts),
        ]  # fmt: skip
        subprocess.run(cmd, check=True, cwd=ROOT)


def fill_source_language(ts: Path) -> None:
    """In the Swedish file each message translates to itself (finished)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            continue
        node.text = message.findtext("source") or ""
        node.attrib.pop("type", None)
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    result = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            forms = node.findall("numerusform") if node is not None else []
            if node is not None and forms and node.get("type") != "unfinished":
                if all((f.text or "").strip() for f in forms):
                    continue
            elif node is not None and node.get("type") != "unfinished" and (node.text or "").strip():
                continue
            result.append((name, message.findtext("source") or ""))
    return result


def update(target_dir: Path) -> dict[str, list[tuple[str, str]]]:
    files = [target_dir / f"reader_{lang}.ts" for lang in LANGS]
    run_lupdate(files)
    fill_source_language(target_dir / "reader_sv.ts")
    return {ts.stem.split("_")[-1]: unfinished(ts) for ts in files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if anything is unfinished"
    )
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGS:
                shutil.copy(TS_DIR / f"reader_{lang}.ts", Path(tmp) / f"reader_{lang}.ts")
            report = update(Path(tmp))
    else:
        report = update(TS_DIR)
    missing = 0
    for lang, items in report.items():
        for context, source in items:
            print(f"{lang}: unfinished [{context}] {source!r}")
        missing += len(items)
    print(f"{missing} unfinished message(s)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
