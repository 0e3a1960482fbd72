#!/usr/bin/env python3
"""Refresh the translation sources from the code and report what is left to translate.

    .venv/bin/python scripts/update_translations.py          update both .ts files, list unfinished
    .venv/bin/python scripts/update_translations.py --check  change nothing; exit 1 if anything is unfinished

Runs PySide6's lupdate over ``reader/`` into ``resources/translations/reader_sv.ts``
and ``reader_en.ts``. Swedish is the source language, so in ``reader_sv.ts`` every
message is its own translation (filled in here). English translations are written by
a person in Qt Linguist (``pyside6-linguist resources/translations/reader_en.ts``) or
directly in the XML; this script lists the English messages still unfinished.
Then ``python -m reader.platform.build_assets`` compiles them.
"""

from __future__ import annotations

import argparse
import ast
import copy
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


def wrapper_messages(folder: Path) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of strings passed to small helpers lupdate cannot see.

    A module-level helper such as ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
    hides its context from lupdate; this finds every ``_tr("literal")`` call of such a helper.
    """
    found: list[tuple[str, str, bool]] = []
    for path in sorted(folder.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text("utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        helpers: dict[str, str] = {}
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            param = node.args.args[0].arg
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "translate"
                    and len(sub.args) >= 2
                    and isinstance(sub.args[0], ast.Constant)
                    and isinstance(sub.args[0].value, str)
                    and isinstance(sub.args[1], ast.Name)
                    and sub.args[1].id == param
                ):
                    helpers[node.name] = sub.args[0].value
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((helpers[node.func.id], node.args[0].value, len(node.args) > 1))
    return found


def snapshot(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation, by (context, source)."""
    kept: dict[tuple[str, str], ET.Element] = {}
    if not ts.exists():
        return kept
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete"):
                kept[(name, message.findtext("source") or "")] = copy.deepcopy(node)
    return kept


def add_wrapper_messages(ts: Path, messages: list[tuple[str, str, bool]], kept: dict) -> None:
    """Put helper-call strings into ``ts``, with the translations they had before."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, source, plural in messages:
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        if any((m.findtext("source") or "") == source for m in context.iter("message")):
            continue
        message = ET.SubElement(context, "message")
        if plural:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        previous = kept.get((name, source))
        if previous is not None:
            message.append(copy.deepcopy(previous))
        else:
            ET.SubElement(message, "translation", {"type": "unfinished"})
    write_ts(tree, ts)


def fill_source_language(ts: Path) -> None:
    """In the Swedish file each message translates to itself (finished)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        source = message.findtext("source") or ""
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(node):
                node.remove(child)
            node.text = None
            for _ in range(2):  # Swedish has two forms: singular and plural
                ET.SubElement(node, "numerusform").text = source
            continue
        node.text = source
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
    kept = {ts: snapshot(ts) for ts in files}
    run_lupdate(files)
    extra = wrapper_messages(ROOT / "reader")
    for ts in files:
        add_wrapper_messages(ts, extra, kept[ts])
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
