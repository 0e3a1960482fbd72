"""Command-line speech: ``--list-voices`` and ``--export-audio`` (no window needed).

Exit codes are reader.cli_common's (0 ok, 2 usage, 3 content); 1 when the file
cannot be written, 4 when this computer cannot speak. ``open_engine``,
``pick_voice`` and ``check_rate`` are shared with the talking book's command line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli_common import (
    EXIT_CONTENT,
    EXIT_OK,
    EXIT_SPEECH,
    EXIT_USAGE,
    EXIT_WRITE,
    load_all,
    report_errors,
)
from reader.speech.rates import DEFAULT_WPM, MAX_WPM, MIN_WPM

if TYPE_CHECKING:  # the speech code is imported when a voice is listed or audio saved, not at every start
    from reader.speech.driver import VoiceInfo
    from reader.speech.engine import SpeechEngine


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list-voices", action="store_true", help="skriv rösterna: ID<TAB>språk<TAB>namn")
    parser.add_argument(
        "--export-audio",
        action="store_true",
        help="spara uppläsningen som ljudfil (--out FIL.wav eller .mp3)",
    )
    if "--summary" not in parser._option_string_actions:
        parser.add_argument(
            "--summary", action="store_true", help="sammanfattningen i stället för hela texten"
        )
    parser.add_argument(
        "--rate", type=int, metavar="WPM", help=f"talhastighet i ord per minut ({DEFAULT_WPM})"
    )
    parser.add_argument(
        "--clearer",
        action="store_true",
        help="tydligare uppläsning: lite långsammare, längre pauser (farten är 80 %% av --rate)",
    )
    parser.add_argument("--voice", metavar="ID", help="röst (se --list-voices); svensk röst väljs annars")


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "list_voices", False) or getattr(args, "export_audio", False))


def check_rate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """A ``--rate`` outside what the engine can read is a usage error."""
    if args.rate is not None and not MIN_WPM <= args.rate <= MAX_WPM:
        parser.error(f"--rate ska vara mellan {MIN_WPM} och {MAX_WPM} ord per minut")


def open_engine(content_root: Path) -> tuple[SpeechEngine, list[VoiceInfo]] | int:
    """The engine (working in the caller's thread) and its voices, or EXIT_SPEECH with the
    plain-Swedish reason on standard error."""
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.service import create_engine

    engine = create_engine(content_root, inline=True)
    try:
        engine.check().result()
        voices = engine.voices().result()
    except SpeechUnavailableError as exc:
        print(f"reader: {exc.message_sv}", file=sys.stderr)
        return EXIT_SPEECH
    return engine, voices


def pick_voice(voices: list[VoiceInfo], wanted: str | None) -> VoiceInfo | int:
    """``--voice`` if it exists, else a Swedish voice; or the exit code, with the reason."""
    from reader.speech.driver import choose_voice

    voice = choose_voice(voices, wanted or "")
    if wanted and (voice is None or voice.id != wanted):
        print(f"reader: rösten ”{wanted}” finns inte (se --list-voices)", file=sys.stderr)
        return EXIT_USAGE
    if voice is None:
        print("reader: det finns ingen svensk röst på den här datorn", file=sys.stderr)
        return EXIT_SPEECH
    return voice


def run(args: argparse.Namespace, parser: argparse.ArgumentParser, content_root: Path) -> int:
    """Handle the speech options; returns the exit code."""
    if args.export_audio and not args.out:
        parser.error("--export-audio behöver --out FIL.wav")
    if args.list_voices and args.out is not None and not args.export_audio:
        parser.error("--out hör ihop med en export, t.ex. --export-audio")
    check_rate(args, parser)
    opened = open_engine(content_root)
    if isinstance(opened, int):
        return opened
    engine, voices = opened
    if args.list_voices:
        from reader.speech.engine import voices_sorted

        for v in voices_sorted(voices):
            sys.stdout.write(f"{v.id}\t{v.language}\t{v.name}\n")
        sys.stdout.flush()
        if not args.export_audio:
            return EXIT_OK
    voice = pick_voice(voices, args.voice)
    if isinstance(voice, int):
        return voice
    return _export(args, engine, voice.id)


def _export(args: argparse.Namespace, engine: SpeechEngine, voice: str) -> int:
    from reader.content.model import Section
    from reader.exports.audio import export_audio, mp3_available, texts_of
    from reader.speech.engine import SpeechParams

    out = Path(args.out)
    if out.suffix.lower() not in (".wav", ".mp3"):
        print("reader: --out ska sluta på .wav eller .mp3", file=sys.stderr)
        return EXIT_USAGE
    if out.suffix.lower() == ".mp3" and not mp3_available():
        print("reader: MP3 kan inte sparas på den här datorn (kodaren saknas); välj .wav", file=sys.stderr)
        return EXIT_USAGE
    pack = load_all(args)
    if pack is None:
        return EXIT_CONTENT
    result = pack.result
    document = result.document
    from reader.content.summaries import OVERVIEW_ID

    overview = getattr(args, "summary", False) and args.section == OVERVIEW_ID  # "Programmet i korthet"
    if args.section and document.section(args.section) is None and not overview:
        ids = ", ".join(s.id for s in document.sections)
        print(f"reader: okänt avsnitt ”{args.section}”. Avsnitt som finns: {ids}", file=sys.stderr)
        return EXIT_USAGE
    chosen = document.section(args.section) if args.section and not overview else None
    sections: list[Section] = [chosen] if chosen is not None else list(document.sections)
    if overview:
        if pack.summaries.overview is None:
            print("reader: det finns ingen översikt (Programmet i korthet)", file=sys.stderr)
            return EXIT_CONTENT
        sections = [pack.summaries.overview]
    elif getattr(args, "summary", False):
        summaries = []
        for s in sections:
            summary = pack.summaries.for_section(s.id)
            if summary is None:
                print(f"reader: det finns ingen sammanfattning av avsnittet ”{s.id}”", file=sys.stderr)
                return EXIT_CONTENT
            summaries.append(summary)
        sections = summaries
    from reader.speech import pace

    clearer = bool(getattr(args, "clearer", False))
    wpm = round((args.rate or DEFAULT_WPM) * (pace.CLEARER_SHARE if clearer else 1.0))
    params = SpeechParams(voice, wpm, clearer)
    try:
        done = export_audio(engine, texts_of(sections), out, params)
    except OSError as exc:
        print(f"reader: kunde inte skriva {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_WRITE
    minutes = done.duration_ms / 60000
    print(f"reader: sparade {out} ({minutes:.1f} minuter, {done.sentences} meningar)", file=sys.stderr)
    if result.errors:
        report_errors(result.errors)
        return EXIT_CONTENT
    return EXIT_OK
