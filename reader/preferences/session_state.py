"""Where the reader was and what they have seen, apart from their preferences.

Preferences (text size, colours, voice …) are what the reader chose; the
session state is what the app noticed: the section open last, the window's
place and size, whether the overview has been shown. "Återställ alla
inställningar" resets the preferences and keeps this; a new visitor on a public
computer forgets both. The state lives in the same store as the settings (the
settings file, or memory only on a public computer) under its own group, so a
reset of the preferences does not touch it and no other file is written.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from reader.preferences.settings import SESSION_GROUP, MemoryStore, Setting

log = logging.getLogger(__name__)

LAST_SECTION = f"{SESSION_GROUP}/last_section"
WINDOW_GEOMETRY = f"{SESSION_GROUP}/window_geometry"  # Qt's saveGeometry, base64
OVERVIEW_SEEN = f"{SESSION_GROUP}/overview_seen"  # "Programmet i korthet" has greeted this reader

STATE: dict[str, Setting] = {
    LAST_SECTION: Setting("", str),
    WINDOW_GEOMETRY: Setting("", str),
    OVERVIEW_SEEN: Setting(False, bool),
}
# Where earlier versions kept these among the preferences: moved once, quietly, at start.
OLD_KEYS = {
    "reading/last_section": LAST_SECTION,
    "window/geometry": WINDOW_GEOMETRY,
    "plain/overview_seen": OVERVIEW_SEEN,
}


class SessionState(QObject):
    """Typed access to the session state; emits ``changed(key, value)`` on every change."""

    changed = Signal(str, object)

    def __init__(self, store: QSettings | MemoryStore | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store if store is not None else MemoryStore()
        self._move_old_keys()

    def _move_old_keys(self) -> None:
        """A settings file from before: its position and size are used once more, from their new place."""
        for old, new in OLD_KEYS.items():
            try:
                if not self.store.contains(old):
                    continue
                raw = self.store.value(old, None)
                self.store.remove(old)
                if raw is not None and not self.store.contains(new):
                    self.store.setValue(new, STATE[new].coerce(raw))
            except Exception as exc:  # a bad old value is dropped, as a bad setting would be
                log.warning("session state: %s not moved (%s)", old, exc)

    def get(self, key: str) -> Any:
        spec = STATE[key]
        try:
            raw = self.store.value(key, None)
            return spec.default if raw is None else spec.coerce(raw)
        except Exception as exc:
            log.warning("session state: bad value for %s (%s); using default", key, exc)
            return spec.default

    def set(self, key: str, value: Any) -> None:
        spec = STATE[key]
        value = spec.coerce(value)
        old = self.get(key)
        try:
            if value == spec.default:
                self.store.remove(key)
            else:
                self.store.setValue(key, value)
        except Exception:
            log.warning("session state: could not store %s", key)
        if value != old:
            self.changed.emit(key, value)

    def forget(self) -> None:
        """A new visitor: no last section, no window size, the overview greets them again."""
        for key in STATE:
            old = self.get(key)
            with contextlib.suppress(Exception):
                self.store.remove(key)
            if old != STATE[key].default:
                self.changed.emit(key, STATE[key].default)
