"""User preferences: one table of defaults, validated on read, stored by QSettings.

Only values that differ from the default are stored. A corrupt or out-of-range
stored value falls back to its default with a log line, never a crash. In
public-computer mode the store is memory only, so nothing reaches the disk.
Every feature registers its keys in ``DEFAULTS`` (with a validator) here, so
there is one place that says what can be remembered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting:
    default: Any
    kind: type
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None

    def coerce(self, value: Any) -> Any:
        """Return ``value`` as this setting's type, or raise ValueError."""
        if self.kind is bool:
            if isinstance(value, bool):
                result: Any = value
            elif isinstance(value, str) and value.lower() in ("true", "1", "yes"):
                result = True
            elif isinstance(value, str) and value.lower() in ("false", "0", "no"):
                result = False
            elif isinstance(value, int) and value in (0, 1):
                result = bool(value)
            else:
                raise ValueError(f"not a boolean: {value!r}")
        elif self.kind in (int, float):
            if isinstance(value, bool):
                raise ValueError(f"not a number: {value!r}")
            result = self.kind(float(value)) if self.kind is int else float(value)
            if self.kind is int and float(value) != int(float(value)):
                raise ValueError(f"not a whole number: {value!r}")
        else:
            if not isinstance(value, str):
                raise ValueError(f"not text: {value!r}")
            result = value
        if self.minimum is not None and result < self.minimum:
            raise ValueError(f"{result!r} below {self.minimum}")
        if self.maximum is not None and result > self.maximum:
            raise ValueError(f"{result!r} above {self.maximum}")
        if self.choices is not None and result not in self.choices:
            raise ValueError(f"{result!r} not one of {self.choices}")
        return result


# The one table of what the app remembers. Features add their keys here.
DEFAULTS: dict[str, Setting] = {
    "text/size_pt": Setting(18, int, 12, 96),
    "reading/last_section": Setting("", str),
    # Reading comfort: font, spacing, theme, interface scale, ruler, search.
    "text/family": Setting("system", str, choices=("system", "atkinson", "opendyslexic")),
    "text/bold": Setting(False, bool),
    "text/line_height": Setting(1.5, float, 1.0, 2.5),
    "text/paragraph_spacing": Setting(1.0, float, 0.0, 3.0),
    "text/letter_spacing": Setting(0.0, float, 0.0, 0.25),
    "text/word_spacing": Setting(0.0, float, 0.0, 0.5),
    "text/max_chars": Setting(65, int, 40, 100),
    "view/theme": Setting("system", str, choices=("system", "light", "dark", "high_contrast", "sepia")),
    "view/ui_scale": Setting(100, int, 100, 200),
    "ruler/enabled": Setting(False, bool),
    "ruler/lines": Setting(3, int, choices=(1, 3)),
    "ruler/follow": Setting("caret", str, choices=("caret", "mouse", "speech")),
    "ruler/shade": Setting(55, int, 20, 90),
    "search/scope": Setting("section", str, choices=("section", "document")),
    "ui/language": Setting("sv", str, choices=("sv", "en")),
    # Reading aloud: speed as a share of about 150 words a minute, volume in per cent.
    "speech/rate": Setting(1.0, float, 0.5, 3.0),
    "speech/volume": Setting(100, int, 0, 100),
    "speech/voice": Setting("", str),
    "speech/highlight": Setting(True, bool),
    "speech/continue": Setting(True, bool),
    "speech/more_controls": Setting(False, bool),
    # Plain language: which text is shown, glossary marks, the overview shown once to a new reader.
    "view/reading_mode": Setting("full", str, choices=("full", "summary", "both")),
    "glossary/marks": Setting("first", str, choices=("first", "all", "off")),
    "plain/overview_seen": Setting(False, bool),
    # Where the window was, and how large (Qt's saveGeometry, base64); a public computer forgets it.
    "window/geometry": Setting("", str),
}


class MemoryStore:
    """A dict-backed stand-in for QSettings (public computers, tests)."""

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 (QSettings API)
        self._data[key] = value

    def remove(self, key: str) -> None:
        if key == "":
            self._data.clear()
        else:
            self._data.pop(key, None)

    def contains(self, key: str) -> bool:
        return key in self._data

    def allKeys(self) -> list[str]:  # noqa: N802 (QSettings API)
        return list(self._data)

    def sync(self) -> None:
        pass


class Settings(QObject):
    """Typed access to preferences; emits ``changed(key, value)`` on every change."""

    changed = Signal(str, object)

    def __init__(self, store: QSettings | MemoryStore | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store if store is not None else MemoryStore()
        self._check_schema()

    @classmethod
    def persistent(cls, parent: QObject | None = None) -> Settings:
        """Settings kept in the platform's standard place (QSettings, user scope)."""
        from reader import APP_NAME, ORGANIZATION

        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME), parent
        )

    def _check_schema(self) -> None:
        try:
            stored = self.store.value("schema", None)
        except Exception:  # a broken backend must not stop the app
            log.warning("settings: could not read schema version; using defaults")
            stored = None
        if stored is None:
            return
        try:
            version = int(stored)
        except (TypeError, ValueError):
            version = -1
        if version != SCHEMA_VERSION:
            log.warning("settings: schema %r is not %d; starting from defaults", stored, SCHEMA_VERSION)
            self.reset()

    def default(self, key: str) -> Any:
        """The value ``key`` has when nothing is stored (an administrator may change it)."""
        return DEFAULTS[key].default

    def is_locked(self, key: str) -> bool:
        """True when ``key`` may not be changed (an administrator may lock it)."""
        return False

    def _warn(self, message: str, *args: Any) -> None:
        log.warning(message, *args)

    def get(self, key: str) -> Any:
        spec = DEFAULTS[key]
        if self.is_locked(key):
            return self.default(key)
        try:
            raw = self.store.value(key, None)
        except Exception:
            self._warn("settings: could not read %s; using default", key)
            return self.default(key)
        if raw is None:
            return self.default(key)
        try:
            return spec.coerce(raw)
        except (TypeError, ValueError) as exc:
            self._warn("settings: bad value for %s (%s); using default", key, exc)
            return self.default(key)

    def set(self, key: str, value: Any) -> None:
        value = DEFAULTS[key].coerce(value)
        if self.is_locked(key):
            return
        old = self.get(key)
        try:
            if value == self.default(key):
                self.store.remove(key)
            else:
                self.store.setValue(key, value)
            self.store.setValue("schema", SCHEMA_VERSION)
        except Exception:
            self._warn("settings: could not store %s", key)
        if value != old:
            self.changed.emit(key, value)

    def reset(self) -> None:
        """Back to every default ("Återställ alla inställningar", "Ny besökare")."""
        old = {key: self.get(key) for key in DEFAULTS}
        try:
            self.store.remove("")
            self.store.setValue("schema", SCHEMA_VERSION)
        except Exception:
            self._warn("settings: could not clear stored settings")
        for key in DEFAULTS:
            new = self.get(key)
            if old[key] != new:
                self.changed.emit(key, new)

    def sync(self) -> None:
        try:
            self.store.sync()
        except Exception:
            log.warning("settings: could not write settings")
