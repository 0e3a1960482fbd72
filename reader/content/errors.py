"""Content problems, located by file and line, worded for people."""

from __future__ import annotations

from dataclasses import FrozenInstanceError


class ContentError:
    """One problem in a content pack. ``message`` is plain Swedish.

    It behaves as a ``@dataclass(frozen=True)`` would (constructor, ``repr``, equality,
    hash, no change allowed); written out, as the content model's classes are
    (reader/content/model.py), so loading it at every start compiles nothing.
    """

    __match_args__ = ("file", "line", "message")

    file: str
    line: int | None
    message: str

    def __init__(self, file: str, line: int | None, message: str) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "message", message)

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(file={self.file!r}, line={self.line!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.file, self.line, self.message) == (other.file, other.line, other.message)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.file, self.line, self.message))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __str__(self) -> str:
        where = f"{self.file}, rad {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class ContentPackError(Exception):
    """Raised when a pack cannot be used at all (no usable section)."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
