"""Load pyttsx3's own eSpeak NG bindings, preferring the eSpeak NG bundled with the app.

``pyttsx3.drivers._espeak`` opens libespeak-ng at import time and only looks in
system places. The ``espeakng-loader`` wheel ships libespeak-ng and its voice
data (Swedish included), so the app speaks on a computer with no speech
software. We point pyttsx3's import at that library (and eSpeak at its data);
when the wheel is missing we let pyttsx3 find a system eSpeak NG instead.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import threading
from dataclasses import dataclass
from types import ModuleType

log = logging.getLogger(__name__)

_lock = threading.Lock()
_loaded: LoadedEspeak | None = None
_failure: str | None = None


@dataclass(frozen=True)
class LoadedEspeak:
    module: ModuleType  # pyttsx3.drivers._espeak
    library_path: str  # "" when the system library was used
    data_path: str | None
    bundled: bool


def _bundled_paths() -> tuple[str, str] | None:
    try:
        import espeakng_loader
    except ImportError:
        return None
    try:
        lib = espeakng_loader.get_library_path()
        data = espeakng_loader.get_data_path()
    except Exception as exc:  # a broken wheel: fall back to the system library
        log.warning("bundled eSpeak NG unusable: %s", exc)
        return None
    if not os.path.exists(lib):
        return None
    return lib, data


def _import_bindings(library: str | None) -> ModuleType:
    """Import ``pyttsx3.drivers._espeak`` with its loader redirected to ``library``."""
    sys.modules.pop("pyttsx3.drivers._espeak", None)
    if library is None:
        import pyttsx3.drivers._espeak as bindings

        return bindings
    original = ctypes.cdll.LoadLibrary
    handle = original(library)
    ctypes.cdll.LoadLibrary = lambda _name: handle  # type: ignore[method-assign,assignment]
    try:
        import pyttsx3.drivers._espeak as bindings
    finally:
        del ctypes.cdll.LoadLibrary  # back to the class's own method
    return bindings


def load() -> LoadedEspeak:
    """Return pyttsx3's eSpeak bindings, loading them once; raise RuntimeError if impossible."""
    global _loaded, _failure
    with _lock:
        if _loaded is not None:
            return _loaded
        if _failure is not None:
            raise RuntimeError(_failure)
        bundled = None if os.environ.get("READER_SYSTEM_ESPEAK") else _bundled_paths()
        attempts: list[tuple[str | None, str | None]] = []
        if bundled:
            attempts.append(bundled)
        attempts.append((None, None))
        errors = []
        for library, data in attempts:
            try:
                module = _import_bindings(library)
            except Exception as exc:
                errors.append(f"{library or 'system'}: {exc}")
                continue
            _loaded = LoadedEspeak(module, library or "", data, library is not None)
            log.info("eSpeak NG loaded from %s", library or "the system")
            return _loaded
        _failure = "; ".join(errors) or "eSpeak NG not found"
        raise RuntimeError(_failure)
