"""The visitor session of a public computer: who is "the visitor", and starting afresh.

Widget-free. Every feature that keeps something of a visitor (speech, search, panels,
dialogs) connects its own ``forget()`` to :attr:`VisitorSession.new_visitor`; the
session does not know the features. It exists in every mode (``kiosk`` False: no idle
reset, and nothing else differs), so features connect unconditionally.

A new visitor starts in three steps, each on its own so one failure cannot leave the next
visitor the last one's traces: ``leaving`` (the window closes the warning, dialogs and
other windows), ``new_visitor`` (every feature forgets) with the settings back at the
administrator's values, then ``started`` (the window shows the start: first section,
no selections, full screen if locked).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.kiosk.idle import WARNING_SECONDS, IdleWatcher
from reader.preferences.admin_config import (
    AdminConfig,
    AdministeredSettings,
    load_admin_config,
    make_settings,
)
from reader.preferences.settings import Settings

log = logging.getLogger(__name__)


def admin_of(settings: Settings) -> AdminConfig:
    """The administrator's configuration the settings carry (none: the defaults, kiosk off)."""
    return settings.admin if isinstance(settings, AdministeredSettings) else AdminConfig()


def session_settings(kiosk: bool = False, admin_path: Path | str | None = None) -> Settings:
    """The settings for this run: the administrator's file decides, ``--kiosk`` switches kiosk on.

    The returned settings carry the administrator's configuration (``settings.admin``),
    which :meth:`VisitorSession.for_settings` reads; in public-computer mode they live in
    memory only.
    """
    admin = load_admin_config(admin_path)
    if kiosk:
        admin.kiosk = True
    return make_settings(admin, admin.kiosk)


def warning_spoken_text() -> str:
    """What the idle warning says aloud and to screen readers."""
    return QCoreApplication.translate(
        "Kiosk", "Är du kvar? Tryck på en tangent eller klicka för att fortsätta läsa."
    )


class VisitorSession(QObject):
    """One visitor after another on a public computer (or, with ``kiosk`` False, just the reader)."""

    new_visitor = Signal()  # every feature forgets what the last visitor did
    leaving = Signal()  # before that: the window closes what the visitor opened
    started = Signal()  # after: the window shows the start for the next visitor
    warning_started = Signal()  # "Är du kvar?": show it
    speak_requested = Signal(str)  # read this notice aloud (the speech feature connects)
    resumed = Signal()  # the visitor answered the warning

    def __init__(
        self,
        settings: Settings,
        admin: AdminConfig | None = None,
        kiosk: bool | None = None,
        warning_ms: int = WARNING_SECONDS * 1000,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.admin = admin if admin is not None else admin_of(settings)
        self.kiosk = self.admin.kiosk if kiosk is None else kiosk
        self.lock_quit = self.kiosk and self.admin.lock_quit
        # Public-computer full screen is locked: no key, menu or window manager leaves it.
        self.lock_full_screen = self.kiosk and self.admin.full_screen
        self.export_folder = self.admin.export_folder if self.kiosk else None
        self.resets = 0
        idle_ms = int(self.admin.idle_seconds * 1000) if self.kiosk else 0
        self.idle = IdleWatcher(idle_ms, warning_ms, self)
        self.idle.warn.connect(self._warn)
        self.idle.resumed.connect(self.resumed)
        self.idle.expired.connect(self.start_new_visitor)

    @classmethod
    def for_settings(cls, settings: Settings, parent: QObject | None = None) -> VisitorSession:
        """The session the administrator's configuration in ``settings`` asks for."""
        return cls(settings, parent=parent)

    def activity(self) -> None:
        """The visitor did something the idle watcher cannot see itself (a button meaning "I am here").

        Never call it for what the app does (speech, highlights, timers): the idle time counts
        the visitor alone, so reading aloud does not keep a forgotten session alive.
        """
        self.idle.activity()

    def stop(self) -> None:
        """The window is gone for good: no idle warning or reset any more, whatever input comes."""
        self.idle.stop()

    def start_new_visitor(self) -> None:
        """Everything back to the start. It always completes: a step that fails is logged."""
        steps: list[Callable[[], None]] = [
            self.leaving.emit,
            self.new_visitor.emit,
            lambda: self.settings.reset(),
            self.started.emit,
        ]
        for step in steps:
            try:
                step()
            except Exception:  # one feature's failure must not leave the next visitor its traces
                log.exception("a step of the reset failed; the others go on")
        self.resets += 1
        self.idle.restart()

    def warning_text(self) -> str:
        """The countdown of the idle warning, in whole seconds."""
        seconds = (self.idle.remaining_ms() + 999) // 1000
        return QCoreApplication.translate(
            "Kiosk", "Om {0} sekunder börjar läsaren om för nästa besökare."
        ).format(seconds)

    def _warn(self) -> None:
        self.warning_started.emit()
        self.speak_requested.emit(warning_spoken_text())
