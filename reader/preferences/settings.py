"""User preferences: one table of defaults, validated on read, stored by QSettings.

Only values that differ from the default are stored. A corrupt or out-of-range
stored value falls back to its default with a log line, never a crash. In
public-computer mode the store is memory only, so nothing reaches the disk.
Every feature registers its keys in ``DEFAULTS`` (with a validator) here, so
there is one place that says what can be remembered.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# Where the reader was and what they have seen (reader/preferences/session_state.py) is kept
# in the same store under this group; resetting the preferences leaves it.
SESSION_GROUP = "session"


# A stored text longer than this is not a preference but damage (the longest real one,
# the window geometry, is a few hundred characters).
MAX_TEXT_CHARS = 10_000
# Numbers written with more characters than this are refused before they are parsed.
MAX_NUMBER_CHARS = 40


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr`` for a message, cut short; safe for huge or deeply nested values."""
    if isinstance(value, list | tuple | dict | set):
        return f"<{type(value).__name__}>"
    try:
        text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "<ett mycket stort tal>"
    except Exception:  # a value whose repr fails
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finite_number(value: Any) -> float:
    """``value`` (a number, or text holding one) as a finite float, or raise ValueError.

    Infinity, NaN, numbers too large for a float (1e400, a 5,000-digit integer),
    booleans and anything that is not a number are refused: a NaN would pass every
    range check (every comparison with it is false) and an infinity ends in an
    OverflowError wherever it is turned into a whole number.
    """
    if isinstance(value, bool):
        raise ValueError(f"inte ett tal: {short_repr(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > MAX_NUMBER_CHARS:
            raise ValueError(f"inte ett tal: {short_repr(value)}")
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"inte ett tal: {short_repr(value)}") from None
    elif isinstance(value, int):
        if abs(value) > 2**53:
            raise ValueError("talet är för stort")
        number = float(value)
    elif isinstance(value, float):
        number = value
    else:
        raise ValueError(f"inte ett tal: {short_repr(value)}")
    if not math.isfinite(number):
        raise ValueError(f"inte ett ändligt tal: {short_repr(value)}")
    return number


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
                raise ValueError(f"inte sant eller falskt: {short_repr(value)}")
        elif self.kind in (int, float):
            result = finite_number(value)
            if self.kind is int:
                if result != int(result):
                    raise ValueError(f"inte ett heltal: {short_repr(value)}")
                result = int(result)
        else:
            if not isinstance(value, str):
                raise ValueError(f"inte text: {short_repr(value)}")
            if len(value) > MAX_TEXT_CHARS:
                raise ValueError(f"för lång text ({len(value)} tecken, högst {MAX_TEXT_CHARS})")
            result = value
        if self.minimum is not None and result < self.minimum:
            raise ValueError(f"{result!r} är mindre än {self.minimum:g}")
        if self.maximum is not None and result > self.maximum:
            raise ValueError(f"{result!r} är större än {self.maximum:g}")
        if self.choices is not None and result not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise ValueError(f"{short_repr(result)} är inte ett av värdena {allowed}")
        return result


# The one table of what the app remembers. Features add their keys here.
DEFAULTS: dict[str, Setting] = {
    "text/size_pt": Setting(18, int, 12, 96),
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
    "view/controls_follow_text": Setting(True, bool),  # larger text makes the buttons larger too
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
    "speech/clearer": Setting(False, bool),  # Tydligare: slower, longer pauses
    "speech/other_voices": Setting(False, bool),  # list voices for other languages than Swedish
    # Plain language: which text is shown, glossary marks.
    "view/reading_mode": Setting("full", str, choices=("full", "summary", "both")),
    "glossary/marks": Setting("first", str, choices=("first", "all", "off")),
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


def _regular_or_absent(path: Path) -> bool:
    """True when nothing is at ``path`` or it is (a link to) a regular file."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return not os.path.islink(path)  # a dangling link: Qt would create its target
    except OSError:
        return False


class Settings(QObject):
    """Typed access to preferences; emits ``changed(key, value)`` on every change."""

    changed = Signal(str, object)

    def __init__(self, store: QSettings | MemoryStore | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store if store is not None else MemoryStore()
        self.bad_values: list[str] = []  # keys whose stored value was refused at start
        self.unreadable_file = False  # the settings file was not a regular file: memory only
        self._check_schema()
        self._drop_bad_values()

    @classmethod
    def persistent(cls, parent: QObject | None = None) -> Settings:
        """Settings kept in the platform's standard place (QSettings, user scope)."""
        from reader import APP_NAME, ORGANIZATION

        # Qt opens the file by name and would wait forever on a FIFO (or read a device) put
        # there: anything but a regular file means this session keeps its settings in memory.
        probe = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, f"{APP_NAME}-probe"
        )
        path = Path(probe.fileName()).with_name(f"{APP_NAME}.ini")
        del probe
        if not _regular_or_absent(path) or not _regular_or_absent(path.with_name(path.name + ".lock")):
            log.warning("settings: %s is not a regular file; settings are kept in memory only", path)
            settings = cls(MemoryStore(), parent)
            settings.unreadable_file = True
            return settings
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
            version = int(stored) if isinstance(stored, (int, float, str)) else -1
        except (TypeError, ValueError, OverflowError):
            version = -1
        if version != SCHEMA_VERSION:
            log.warning("settings: schema %r is not %d; starting from defaults", stored, SCHEMA_VERSION)
            self.reset()

    def _drop_bad_values(self) -> None:
        """Forget stored values that are not valid (inf, NaN, 1e400, wrong type), once, at start.

        Each is logged and removed, so the next start is clean; ``bad_values`` lets the
        window tell the reader that some choices were reset.
        """
        for key, spec in DEFAULTS.items():
            try:
                if not self.store.contains(key):
                    continue
                raw = self.store.value(key, None)
            except Exception:
                continue
            try:
                spec.coerce(raw)
            except (TypeError, ValueError, OverflowError, RecursionError) as exc:
                self.bad_values.append(key)
                self._warn("settings: bad value for %s (%s); using default", key, exc)
                with contextlib.suppress(Exception):
                    self.store.remove(key)

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
        except (TypeError, ValueError, OverflowError, RecursionError) as exc:
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
        """Every preference back to its default ("Återställ alla inställningar", "Ny besökare").

        The session state (last section, window size, overview seen) is not a preference: it stays.
        """
        old = {key: self.get(key) for key in DEFAULTS}
        try:
            session = {
                key: self.store.value(key)
                for key in self.store.allKeys()
                if key.startswith(f"{SESSION_GROUP}/")
            }
            self.store.remove("")
            self.store.setValue("schema", SCHEMA_VERSION)
            for key, value in session.items():
                self.store.setValue(key, value)
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
