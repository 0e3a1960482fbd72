"""Work around a reference-count bug in PySide6's ``Signal.emit`` on Python 3.11.

With PySide6 6.12 on Python 3.11, every ``emit()`` made from Python returns
``True`` without taking a reference to it, so each emit takes one reference
away from ``True``. After a few hundred emits Python aborts ("bool_dealloc:
deallocating True or False"), at exit or in the middle of reading aloud.
Python 3.12 and later make ``True`` immortal, so nothing happens there.

``apply()`` measures whether this PySide6 has the bug and, only then, gives
``True`` a very large number of extra references so it can never reach zero.
Import this module once, early (the reader's package does it).
"""

from __future__ import annotations

import ctypes
import sys

_applied = False
_EXTRA = 1 << 48  # far more emits than any session can make


def leaks_true() -> bool:
    """Does emitting a Python-defined signal take a reference from ``True``?"""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    after = sys.getrefcount(True)
    return after < before


def apply() -> bool:
    """Neutralise the bug if present; return True when the work-around is in place."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leaks_true():
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _EXTRA
    _applied = True
    return True


apply()
