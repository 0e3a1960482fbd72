"""Content problems, located by file and line, worded for people."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError:
    """One problem in a content pack. ``message`` is plain Swedish."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, rad {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class ContentPackError(Exception):
    """Raised when a pack cannot be used at all (no usable section)."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
