"""Command line: ``reader --export-epub --out FILE.epub`` (no window needed).

Exit codes are reader.cli_common's: 0 saved, 1 the file could not be written, 2 usage,
3 content, 4 this computer cannot speak.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.cli_common import EXIT_CONTENT, EXIT_USAGE, EXIT_WRITE, load_all, report_errors
from reader.speech.cli_audio import check_rate, open_engine, pick_voice
from reader.speech.rates import DEFAULT_WPM


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--export-epub",
        action="store_true",
        help="spara som talbok, EPUB 3 med text och ljud som följs åt (--out FIL.epub)",
    )
    parser.add_argument(
        "--summary-only",
        action="store_true",
        help="med --export-epub: bara de lättlästa sammanfattningarna (--summary: med dem)",
    )
    parser.add_argument(
        "--embed-fonts",
        action="store_true",
        help="med --export-epub: lägg typsnittet Atkinson Hyperlegible i boken",
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "export_epub", False))


def run(args: argparse.Namespace, parser: argparse.ArgumentParser, content_root: Path) -> int:
    """Handle ``--export-epub``; returns the exit code."""
    from reader.exports.epub.book import SUMMARIES_INCLUDED, SUMMARIES_NONE, SUMMARIES_ONLY, BookError
    from reader.exports.epub.export import EpubOptions, export_epub, narrator_name
    from reader.speech.engine import SpeechParams

    if not args.out:
        parser.error("--export-epub behöver --out FIL.epub")
    out = Path(args.out)
    if out.suffix.lower() != ".epub":
        print("reader: --out ska sluta på .epub", file=sys.stderr)
        return EXIT_USAGE
    check_rate(args, parser)
    pack = load_all(args)
    if pack is None:
        return EXIT_CONTENT
    document = pack.result.document
    if args.section and document.section(args.section) is None:
        ids = ", ".join(s.id for s in document.sections)
        print(f"reader: okänt avsnitt ”{args.section}”. Avsnitt som finns: {ids}", file=sys.stderr)
        return EXIT_USAGE
    summaries = (
        SUMMARIES_ONLY if args.summary_only else SUMMARIES_INCLUDED if args.summary else SUMMARIES_NONE
    )
    opened = open_engine(content_root)
    if isinstance(opened, int):
        return opened
    engine, voices = opened
    voice = pick_voice(voices, args.voice)
    if isinstance(voice, int):
        return voice
    options = EpubOptions(
        summaries=summaries,
        section_ids=(args.section,) if args.section else None,
        fonts=bool(args.embed_fonts),
    )
    started = time.monotonic()
    try:
        done = export_epub(
            pack,
            engine,
            SpeechParams(voice.id, args.rate or DEFAULT_WPM),
            out,
            options,
            narrator=narrator_name(voice),
        )
    except BookError as exc:
        print(f"reader: {exc.message_sv}", file=sys.stderr)
        return EXIT_CONTENT
    except OSError as exc:
        print(f"reader: kunde inte skriva {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_WRITE
    finally:
        engine.shutdown()
    seconds = time.monotonic() - started
    print(
        f"reader: sparade {out} ({done.size_bytes / 1_000_000:.1f} MB, "
        f"{done.duration_ms / 60000:.1f} minuter ljud, {done.documents} dokument, "
        f"{done.sentences} meningar, {seconds:.1f} s)",
        file=sys.stderr,
    )
    if pack.result.errors:
        report_errors(pack.result.errors)
        return EXIT_CONTENT
    return 0
