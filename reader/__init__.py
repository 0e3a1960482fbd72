"""An accessible, offline reader for one public document (Treklövern's programme)."""

__version__ = "0.1.0"
APP_NAME = "Läsaren"
ORGANIZATION = "Treklovern-lasaren"

# PySide6 6.12 on Python 3.11 drops references to None, True and False (see refcount_guard).
from reader import refcount_guard as _refcount_guard  # noqa: E402

_refcount_guard.protect()
