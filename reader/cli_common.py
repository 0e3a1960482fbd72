"""What every part of the command line shares: exit codes, the pack to use, its errors.

``reader.cli`` (the app's start and the text exports), ``reader.speech.cli_audio``
(voices and audio files) and ``reader.exports.epub.cli`` (the talking book) all
import this; none of them imports another, so there is no import cycle.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.content import compiled
from reader.content.errors import ContentError, ContentPackError
from reader.platform.paths import content_dir

EXIT_OK = 0
EXIT_WRITE = 1  # the file could not be written
EXIT_USAGE = 2
EXIT_CONTENT = 3
EXIT_SPEECH = 4  # this computer cannot speak


def report_errors(errors: Sequence[ContentError]) -> None:
    for error in errors:
        print(f"reader: {error}", file=sys.stderr)


def content_root(args: argparse.Namespace) -> Path:
    """The pack to use: ``--content DIR``, or the programme that comes with the app."""
    return Path(args.content) if args.content else content_dir()


def load_all(args: argparse.Namespace, problems: list[str] | None = None) -> compiled.Pack | None:
    """The pack with its summaries and glossary (compiled at set-up when it matches).

    None when nothing can be shown: the errors go to standard error (and into ``problems``).
    """
    try:
        return compiled.load(content_root(args))
    except ContentPackError as exc:
        report_errors(exc.errors)
        if problems is not None:
            problems += [str(e) for e in exc.errors]
        return None
