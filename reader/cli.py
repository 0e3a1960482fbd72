"""Command line: start the app, or list and export content without a window.

Exit codes: 0 success, 2 usage error, 3 content error (message on stderr).
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from reader import __version__
from reader.cli_common import EXIT_CONTENT, EXIT_OK, EXIT_USAGE, content_root, load_all, report_errors


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error of a start without a terminal is also shown in a window."""

    def error(self, message: str) -> NoReturn:
        from reader.ui.start_problem import tell

        tell([f"{self.prog}: {message}"])
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="reader",
        allow_abbrev=False,  # --kio is not --kiosk: a shortcut's typo must not pick an option
        description="Läsaren: Treklöverns program för Helsingborg 2023–2026, lätt att läsa och lyssna på.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--section", metavar="ID", help="börja vid (eller exportera) avsnittet ID")
    parser.add_argument("--list-sections", action="store_true", help="skriv avsnitten: ID<TAB>rubrik")
    parser.add_argument("--export-text", action="store_true", help="skriv texten som vanlig text")
    parser.add_argument("--out", metavar="FILE", help="skriv till FILE i stället för till skärmen")
    parser.add_argument(
        "--summary", action="store_true", help="med --export-text: de lättlästa sammanfattningarna"
    )
    parser.add_argument(
        "--glossary", action="store_true", help="med --export-text: ordlistan, ett ord per rad"
    )
    parser.add_argument("--content", metavar="DIR", help="använd ett annat innehållspaket")
    parser.add_argument(
        "--export-pdf",
        action="store_true",
        help="spara i stor stil som PDF (--out FIL, --section, --summary)",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="publik dator: spara ingenting, börja om efter varje besökare"
    )
    parser.add_argument(
        "--lang", choices=("sv", "en"), help="språk för knappar och menyer (texten är alltid svensk)"
    )
    from reader.exports.epub import cli as epub_cli  # not imported by a start with nothing to parse
    from reader.speech import cli_audio as speech_cli

    speech_cli.add_arguments(parser)  # --list-voices, --export-audio, --rate, --voice
    epub_cli.add_arguments(parser)  # --export-epub, --summary-only, --embed-fonts
    return parser


def defaults() -> argparse.Namespace:
    """What the parser gives for an empty command line, without building it.

    A start with nothing on the command line (a double-click, the menu entry) opens the
    window; building the parser, and argparse's look-ups of its own translations, would
    cost every such start for nothing. ``tests/test_cli.py`` checks this stays what
    :func:`build_parser` gives.
    """
    return argparse.Namespace(
        section=None,
        list_sections=False,
        export_text=False,
        out=None,
        summary=False,
        glossary=False,
        content=None,
        export_pdf=False,
        kiosk=False,
        lang=None,
        list_voices=False,
        export_audio=False,
        rate=None,
        clearer=False,
        voice=None,
        export_epub=False,
        summary_only=False,
        embed_fonts=False,
    )


def write_output(text: str, out: str | None) -> None:
    """The text to ``out`` (reader/platform/safe_write.py: never through a link, whole or not at all), or to the screen."""
    if out is not None:
        from reader.platform.safe_write import write_bytes

        write_bytes(out, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def opens_window(args: argparse.Namespace) -> bool:
    """Whether this start shows the window (rather than listing or exporting something)."""
    from reader.exports.epub import cli as epub_cli
    from reader.speech import cli_audio as speech_cli

    exports = (args.list_sections, args.export_text, args.export_pdf)
    return not any(exports) and not speech_cli.wanted(args) and not epub_cli.wanted(args)


def utf8_output() -> None:
    """Standard output in UTF-8, whatever the terminal's settings (the text is Swedish)."""
    if sys.stdout and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    from reader.platform.privacy import quiet_client_libraries

    quiet_client_libraries()  # before Qt loads its audio and D-Bus clients (reader/platform/privacy.py)
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # nothing to parse: the window, every option at its default
        utf8_output()
        return show(defaults(), headless=False)
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    unknown = [a for a in qt_args if a.startswith("--")]
    if unknown:
        parser.error(f"okänt argument: {' '.join(unknown)}")
    utf8_output()
    from reader.exports.epub import cli as epub_cli
    from reader.speech import cli_audio as speech_cli

    if not opens_window(args):  # the window installs it itself, once its first screen is shown
        from reader.platform.safe_write import install_signal_cleanup

        install_signal_cleanup()  # SIGTERM mid-export leaves no temporary file behind
    if epub_cli.wanted(args):  # the talking book (reader/exports/epub/)
        return epub_cli.run(args, parser, content_root(args))
    speech_only = args.rate is not None or args.voice is not None or getattr(args, "clearer", False)
    if speech_only and not args.export_audio:  # silently ignored before
        parser.error("--rate, --voice och --clearer hör ihop med --export-audio (eller en talbok)")
    if speech_cli.wanted(args):
        return speech_cli.run(args, parser, content_root(args))
    if args.export_pdf:
        from reader.exports.printing import export_pdf_cli

        return export_pdf_cli(args, content_root(args))
    headless = args.list_sections or args.export_text
    if args.out is not None and not headless:
        parser.error("--out hör ihop med en export, t.ex. --export-text")
    if (args.summary or args.glossary) and not args.export_text:
        parser.error("--summary och --glossary hör ihop med --export-text")
    return show(args, headless)


def show(args: argparse.Namespace, headless: bool) -> int:
    """Load the pack and list or export its text (``headless``), or open the window."""
    problems: list[str] = []
    pack = load_all(args, problems)
    if pack is None:
        if not headless:  # a double-click: say it in a window, not only on a terminal nobody sees
            from reader.ui.start_problem import tell

            tell([f"Innehållet i {content_root(args)}:", *problems])
        return EXIT_CONTENT
    from reader.content.summaries import OVERVIEW_ID  # loaded with the pack

    result = pack.result
    document = result.document
    overview = getattr(args, "summary", False) and args.section == OVERVIEW_ID  # "Programmet i korthet"
    if args.section and document.section(args.section) is None and not overview:
        ids = ", ".join(s.id for s in document.sections)
        message = f"okänt avsnitt ”{args.section}”. Avsnitt som finns: {ids}"
        print(f"reader: {message}", file=sys.stderr)
        if not headless:
            from reader.ui.start_problem import tell

            tell([message])
        return EXIT_USAGE

    if headless:
        from reader.exports.plain_text import document_plain_text, section_plain_text

        if args.list_sections:
            text = "".join(f"{s.id}\t{s.title}\n" for s in document.sections)
        elif args.summary or args.glossary:
            from reader.exports.plain_language_text import plain_language_text  # lättläst and glossary

            made, missing = plain_language_text(
                document,
                pack.summaries if args.summary else None,
                pack.glossary if args.glossary else None,
                args.section,
            )
            if made is None:
                report_errors(missing)
                return EXIT_CONTENT
            text = made
            result.errors += missing
        elif args.section:
            text = section_plain_text(document.section(args.section))  # type: ignore[arg-type]
        else:
            text = document_plain_text(document)
        try:
            write_output(text, args.out)
        except OSError as exc:
            print(f"reader: kunde inte skriva {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        if result.errors:
            report_errors(result.errors)
            return EXIT_CONTENT
        return EXIT_OK

    from reader.platform.qt_loading import load_qt_plainly

    load_qt_plainly()  # before the window's modules are imported (reader/platform/qt_loading.py)
    from reader.app import run_gui

    return run_gui(content_root(args), args.section, kiosk=args.kiosk, lang=args.lang, loaded=pack)
