"""Reading the files the app does not control: bounded in size, type and nesting.

Content packs and the administrator's file come from outside the app. Every one
of them is read here, so none can hang the app (a FIFO or a device), fill its
memory (a huge file), crash it (a value nested thousands of levels deep, a
5,000-digit number, NUL bytes) or lead it outside its folder (a symbolic link).
Each refusal is an :class:`UnsafeFileError` whose message is plain Swedish and
names the limit, so the caller can show it with the file's name.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# The whole programme is about 40 kB of Markdown; a section of a real document is never
# near this. A larger file is refused before it is read (a 50 MB file would take the
# window's memory and many seconds to lay out; 1 MB takes about a second to parse).
MAX_CONTENT_BYTES = 1024 * 1024
MAX_CONFIG_BYTES = 256 * 1024  # the administrator's file: a few lines
# TOML tables and lists inside each other: the deepest real one (the glossary) has 4 levels.
MAX_TOML_DEPTH = 16


class UnsafeFileError(OSError):
    """A file that is not read; ``message`` says why in plain Swedish, ``line`` where (or None)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def size_text(limit: int) -> str:
    """A byte count as people say it: "2 MB", "256 kB"."""
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    return f"{limit / 1024:.1f}".removesuffix(".0") + " kB"


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path``, with every symbolic link followed, lies inside ``root``."""
    try:
        real = path.resolve()
        base = root.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    return real == base or base in real.parents


def read_bytes(
    path: Path | str, limit: int = MAX_CONTENT_BYTES, root: Path | None = None, follow_links: bool = True
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raise UnsafeFileError or OSError.

    A FIFO, a device, a socket or a folder is refused without waiting for it (the
    file is opened non-blocking and checked before anything is read). With ``root``,
    a file whose real place (symbolic links followed) is outside ``root`` is refused.
    With ``follow_links`` False, a symbolic link itself is refused (OSError), at no cost.
    """
    path = Path(path)
    if root is not None and not is_inside(path, root):
        raise UnsafeFileError("Filen ligger utanför innehållsmappen (en symbolisk länk ut ur mappen).")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError("Det är inte en vanlig fil (utan en mapp, en enhet eller en kanal).")
        if info.st_size > limit:
            raise UnsafeFileError(f"Filen är för stor: {size_text(info.st_size)}, högst {size_text(limit)}.")
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise UnsafeFileError(f"Filen är för stor: högst {size_text(limit)}.")
        return b"".join(chunks)
    finally:
        os.close(fd)


def nul_line(text: str) -> int | None:
    """The line of the first NUL character in ``text``, or None."""
    where = text.find("\x00")
    return None if where < 0 else text.count("\n", 0, where) + 1


def toml_depth(value: Any, limit: int = MAX_TOML_DEPTH) -> int:
    """How many tables and lists lie inside each other in ``value`` (stops counting past ``limit``)."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML text; every failure is an UnsafeFileError with a line where one is known.

    tomllib raises RecursionError for lists nested some hundred levels deep and
    ValueError for an integer of more than 4,300 digits; both are refused here with
    words instead of ending the app. Values nested deeper than ``MAX_TOML_DEPTH``
    are refused too, so later code never walks an unbounded structure.
    """
    import tomllib

    line = nul_line(text)
    if line is not None:
        raise UnsafeFileError("Filen innehåller ett NUL-tecken (tecken 0), som inte hör hemma i text.", line)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        found = int(match.group(1)) if match else None
        if found is None and "end of document" in str(exc):
            found = max(1, len(text.splitlines()))  # the file stops mid-statement: its last line
        raise UnsafeFileError("Filen har fel format (TOML) och kan inte läsas.", found) from None
    except RecursionError:
        raise UnsafeFileError(
            f"Filen har värden inuti varandra i för många nivåer (högst {MAX_TOML_DEPTH})."
        ) from None
    except (ValueError, OverflowError, MemoryError):
        raise UnsafeFileError("Filen har ett tal med för många siffror.") from None
    if toml_depth(data) > MAX_TOML_DEPTH:
        raise UnsafeFileError(f"Filen har värden inuti varandra i för många nivåer (högst {MAX_TOML_DEPTH}).")
    return data
