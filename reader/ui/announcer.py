"""Announcements a screen reader speaks exactly once, old or new.

Every change the app tells the user about (section, view, text size, theme,
reading state, search results, a new visitor, the idle warning) goes through
:meth:`Announcer.announce`. It always sends Qt's announcement event
(AT-SPI ``object:announcement``; on Windows a UI Automation notification, which
NVDA and Narrator speak). Screen readers from before that event existed, such as
Orca 43 in Debian 12, do not listen for it; they do speak a change of the
focused object's accessible description. So, on Linux, the announcer asks the
accessibility registry which events the running screen readers listen for: when
none listens for announcements, it also puts the text into the focused widget's
description for as long as that widget keeps the focus, and puts the widget's own
description back once the focus moves on. Each announcement is thus spoken once:
by the new event where it is heard, by the description where it is not.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time

from PySide6.QtCore import QObject, QProcess, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

log = logging.getLogger(__name__)

REGISTRY = (
    "org.a11y.atspi.Registry",
    "/org/a11y/atspi/registry",
    "org.a11y.atspi.Registry.GetRegisteredEvents",
)
# A screen reader reads a newly focused widget's description as part of it: an announcement
# waits this long after a focus change, so that it is heard after the widget, not inside it too.
AFTER_FOCUS_MS = 1000
# How long the registry's answer is trusted: a screen reader started later is noticed at
# the next announcement after this.
REFRESH_MS = 5000


def listens_for_announcements(registered: str) -> bool:
    """Whether ``dbus-send``'s print of GetRegisteredEvents has a listener for announcements.

    Listeners name events as "Object:Announcement:" or, for every object event,
    "Object:" / "Object::"; an empty string means every event.
    """
    lines = [line.strip() for line in registered.splitlines()]
    events = [line.removeprefix("string").strip().strip('"') for line in lines if line.startswith("string ")]
    events = [e for e in events if not e.startswith(":")]  # the listeners' bus names, e.g. ":1.5"
    for event in events:
        name = event.lower().rstrip(":")
        if name in ("", "object", "object:announcement"):
            return True
    return False


def _now_ms() -> int:
    return int(time.monotonic() * 1000)


class Announcer(QObject):
    """Says a text through the accessibility layer; see the module's docstring."""

    def __init__(self, source: QWidget):
        super().__init__(source)
        self.source = source
        # None: not known (not asked yet, or no registry): then the description is used as well,
        # since a double announcement is better than none.
        self.reader_hears_announcements: bool | None = None
        self._asked_ms = -REFRESH_MS
        self._process: QProcess | None = None
        self._overridden: dict[int, tuple[QWidget, str, str]] = {}  # id → (widget, own, said)
        self._focus_moved_ms = -AFTER_FOCUS_MS
        self._can_ask = sys.platform.startswith("linux") and shutil.which("dbus-send") is not None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.refresh()

    # -- the one way to announce ------------------------------------------------------
    def announce(self, text: str, assertive: bool = False) -> None:
        if not text:
            return
        event = QAccessibleAnnouncementEvent(self.source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self.refresh()
        if self.reader_hears_announcements:
            return
        # After the focus changes this key press may still bring (e.g. a bar that opens and
        # takes the focus): the text goes to the widget the reader is on by then.
        QTimer.singleShot(0, lambda: self._describe_later(text))

    def _describe_later(self, text: str) -> None:
        wait = self._focus_moved_ms + AFTER_FOCUS_MS - _now_ms()
        if wait > 0:
            QTimer.singleShot(wait, lambda: self._describe_focus(text))
        else:
            self._describe_focus(text)

    # -- older screen readers: the focused widget's description ------------------------
    def _describe_focus(self, text: str) -> None:
        widget = QApplication.focusWidget()
        if widget is None or not QAccessible.isActive():
            return
        key = id(widget)
        own = self._overridden[key][1] if key in self._overridden else widget.accessibleDescription()
        said = text
        if said == widget.accessibleDescription():
            said = text + " "  # the same words again: still a change, so it is spoken again
        self._overridden[key] = (widget, own, said)
        widget.setAccessibleDescription(said)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        self._focus_moved_ms = _now_ms()
        if old is None or id(old) not in self._overridden:
            return
        # After Qt has told the screen reader about the new focus, so the old widget's
        # own description comes back without being read out.
        QTimer.singleShot(0, lambda w=old: self._restore(w))

    def _restore(self, widget: QWidget) -> None:
        entry = self._overridden.get(id(widget))
        if entry is None or entry[0] is not widget or QApplication.focusWidget() is widget:
            return
        del self._overridden[id(widget)]
        _, own, said = entry
        try:
            if widget.accessibleDescription() == said:  # the app has not set a new one meanwhile
                widget.setAccessibleDescription(own)
        except RuntimeError:  # the widget is gone
            pass

    def own_description(self, widget: QWidget) -> str:
        """The widget's description without an announcement in it."""
        entry = self._overridden.get(id(widget))
        return entry[1] if entry is not None and entry[0] is widget else widget.accessibleDescription()

    # -- which events the screen readers listen for -----------------------------------
    def refresh(self) -> None:
        """Ask the registry again (in the background) when the last answer is old."""
        if not self._can_ask or self._process is not None or not QAccessible.isActive():
            return
        now = _now_ms()
        if now - self._asked_ms < REFRESH_MS:
            return
        self._asked_ms = now
        self._ask_bus_address()

    def _run(self, args: list[str], done) -> None:
        process = QProcess(self)
        self._process = process

        def finished(*_args) -> None:
            self._process = None
            output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
            ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
            process.deleteLater()
            done(output if ok else None)

        process.finished.connect(finished)
        process.errorOccurred.connect(
            lambda error: finished() if error == QProcess.ProcessError.FailedToStart else None
        )
        process.start("dbus-send", args)

    def _ask_bus_address(self) -> None:
        direct = os.environ.get("AT_SPI_BUS_ADDRESS", "")
        if direct:
            self._ask_registry(direct)
            return
        session = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not session or session.startswith("disabled:"):
            # No session bus named: dbus-send would start one of its own (see reader/platform/privacy.py).
            # Not knowing, the description is used as well.
            self._process = None
            return
        self._run(
            [
                "--session",
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            self._ask_registry,
        )

    def _ask_registry(self, address: str | None) -> None:
        address = (address or "").strip()
        if not address:
            return
        dest, path, method = REGISTRY
        self._run([f"--bus={address}", "--print-reply", f"--dest={dest}", path, method], self._answer)

    def _answer(self, output: str | None) -> None:
        if output is None:
            return
        hears = listens_for_announcements(output)
        if hears != self.reader_hears_announcements:
            log.info("screen readers listen for announcements: %s", hears)
        self.reader_hears_announcements = hears


def focus_field(field: QLineEdit) -> None:
    """Put the focus in a text field with its text selected, so that screen readers say so.

    Focused by a shortcut, a QLineEdit selects its text inside the focus change and
    Qt reports the caret there before the focus; Orca 43 then takes the field as
    already focused and says nothing. Focused plainly, and selected just after,
    the focus is reported first and spoken.
    """
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    QTimer.singleShot(0, field.selectAll)
