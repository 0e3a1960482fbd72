"""What every feature of the window is handed: built once, before the window, by ``reader/app.py``.

A feature never loads content or builds an engine itself; it gets these.
The dataclass is frozen: a feature cannot swap a service for the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.content.compiled import Pack, pack_of
from reader.kiosk.session import VisitorSession
from reader.preferences.session_state import SessionState
from reader.preferences.settings import Settings

if TYPE_CHECKING:
    from reader.content.errors import ContentError
    from reader.content.model import Document
    from reader.speech.reading_aloud import ReadingAloud


@dataclass(frozen=True)
class Services:
    """The compiled pack (document, summaries, glossary), the preferences, the session state,
    the visitor session and reading aloud."""

    pack: Pack
    settings: Settings
    session: SessionState  # where the reader was and what they have seen (not a preference)
    # One visitor after another on a public computer: every feature that keeps visitor state
    # connects its own forget() to visitor.new_visitor (reader/kiosk/session.py).
    visitor: VisitorSession
    # Reading aloud (engine, voices, audio files) is built at its first use: the speech stack is
    # not imported before the first screen is painted. Started by the speech feature.
    make_reading_aloud: Callable[[], ReadingAloud] = field(repr=False)

    @property
    def document(self) -> Document:
        return self.pack.document

    @cached_property
    def reading_aloud(self) -> ReadingAloud:
        """The one reading-aloud service (made once, when first asked for)."""
        return self.make_reading_aloud()


def build_services(pack: Pack, settings: Settings) -> Services:
    """The one place the services are built (the app and the tests' windows alike)."""
    root = Path(pack.document.root) if pack.document.root else None

    def make_reading_aloud() -> ReadingAloud:
        from reader.speech.reading_aloud import ReadingAloud

        return ReadingAloud(root, lambda: str(settings.get("speech/voice") or ""))

    visitor = VisitorSession.for_settings(settings)
    # The session state shares the settings' store: a file, or memory only on a public computer.
    session = SessionState(settings.store)
    return Services(
        pack=pack, settings=settings, session=session, visitor=visitor, make_reading_aloud=make_reading_aloud
    )


def services_for(
    document: Document, settings: Settings | None = None, errors: list[ContentError] | None = None
) -> Services:
    """Services for a document parsed on its own (tests, tools): the rest of its pack read from its folder."""
    return build_services(pack_of(document, errors), settings if settings is not None else Settings())
