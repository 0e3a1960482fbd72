"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

With PySide6 6.12.0 on CPython 3.11, every call of a Qt method that returns
nothing (``setEnabled``, ``setValue``, ``setHtml`` …) drops one reference to
``None`` it never took, and every signal ``emit`` or ``connect`` drops one to
``True``. After a few thousand such calls, a normal reading session, CPython
aborts with "deallocating None" (or "True or False"). Python 3.12 made these
objects immortal (PEP 683), which hides the bug there. On 3.11 we give them the
same protection: one very large addition to their reference counts, done once
when the package is imported, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # far more calls than any session can make
_protected = False


def needed() -> bool:
    """True on CPython before 3.12 in a release build (where the count is the first field)."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")  # debug builds lay objects out differently
    )


def protect() -> bool:
    """Add the reserve once; return True when it was added by this call."""
    global _protected
    if _protected or not needed():
        return False
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        counter = ctypes.c_ssize_t.from_address(id(obj))
        counter.value += RESERVE
        if abs(sys.getrefcount(obj) - before - RESERVE) > 1000:  # not the layout we expect: undo
            counter.value -= RESERVE
            return False
    _protected = True
    return True
