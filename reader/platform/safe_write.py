"""The one way the app writes a file: a new temporary file, then an atomic rename.

Every file the app saves (text, PDF and audio exports, from the window or the
command line, and the compiled content pack) goes through :func:`atomic_write`:

- the target is checked first: an empty name, a folder, a missing folder, or an
  existing thing that is not a regular file (``/dev/null``, a FIFO, a symbolic
  link, a folder) is refused with a plain-Swedish :class:`WriteRefusedError`;
- the data goes into a new file with a random name in the target's folder,
  created exclusively and never through a symbolic link (``O_CREAT | O_EXCL |
  O_NOFOLLOW``), so a link planted under a temporary name is never followed;
- only a complete file is renamed onto the target (``os.replace``, atomic on one
  file system), or, with ``replace=False``, linked to it only if the name is
  still free;
- a failure, a cancellation or SIGTERM/SIGINT removes the temporary file, so
  nothing is left behind (see :func:`install_signal_cleanup`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".part"

_pending: set[str] = set()  # temporary files being written, removed on a signal
_pending_lock = threading.Lock()


class WriteRefusedError(OSError):
    """A file the app will not write there; ``str()`` is a plain-Swedish reason."""


def check_target(path: Path | str) -> Path:
    """``path`` as a Path if a regular file may be written there; else WriteRefusedError.

    An existing regular file may be replaced; anything else existing under that
    name is refused, and so is a name whose folder is missing or not a folder.
    """
    text = os.fspath(path)
    if not text or not text.strip():
        raise WriteRefusedError("Inget filnamn angavs.")
    if "\x00" in text:
        raise WriteRefusedError("Filnamnet innehåller ett ogiltigt tecken.")
    if text.endswith(("/", os.sep)) or Path(text).name in ("", ".", ".."):
        raise WriteRefusedError(f"”{text}” är en mapp, inte ett filnamn. Skriv ett filnamn, t.ex. text.txt.")
    target = Path(text)
    folder = target.parent
    try:
        folder_info = os.stat(folder)
    except FileNotFoundError:
        raise WriteRefusedError(f"Mappen ”{folder}” finns inte.") from None
    except OSError as exc:
        raise WriteRefusedError(f"Mappen ”{folder}” kan inte användas ({exc.strerror}).") from None
    if not stat.S_ISDIR(folder_info.st_mode):
        raise WriteRefusedError(f"”{folder}” är inte en mapp.")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise WriteRefusedError(f"”{target}” kan inte användas ({exc.strerror}).") from None
    if stat.S_ISLNK(info.st_mode):
        raise WriteRefusedError(f"”{target}” är en symbolisk länk. Läsaren skriver inte genom länkar.")
    if stat.S_ISDIR(info.st_mode):
        raise WriteRefusedError(f"”{target}” är en mapp, inte ett filnamn.")
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefusedError(
            f"”{target}” är inte en vanlig fil (utan t.ex. en enhet). Välj ett annat namn."
        )
    return target


def _random_part() -> str:
    """Twelve random hexadecimal digits for a temporary name (what ``secrets.token_hex(6)`` gives)."""
    return os.urandom(6).hex()


def _new_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty file beside the target: created exclusively, never through a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = folder / f".{name[:80]}.{_random_part()}{TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            continue  # something already has that name (perhaps planted): never touch it
        with _pending_lock:
            _pending.add(os.fspath(tmp))
        return fd, tmp
    raise WriteRefusedError(f"Ingen tillfällig fil kunde skapas i ”{folder}”.")


def _forget(tmp: Path, remove: bool) -> None:
    with _pending_lock:
        _pending.discard(os.fspath(tmp))
    if remove:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _final_mode(target: Path) -> int:
    """The rights a new file gets (umask), or those of the file it replaces."""
    try:
        info = os.lstat(target)
        if stat.S_ISREG(info.st_mode):
            return stat.S_IMODE(info.st_mode)
    except OSError:
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(path: Path | str, replace: bool = True) -> Iterator[BinaryIO]:
    """Write ``path`` through a file object; it appears only when the block ends without error.

    With ``replace=False`` an existing file under that name is never replaced
    (WriteRefusedError instead), even one made while the data was written.
    """
    target = check_target(path)
    fd, tmp = _new_temporary(target.parent, target.name)
    done = False
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            with contextlib.suppress(OSError):
                os.fsync(stream.fileno())
            with contextlib.suppress(OSError):
                os.fchmod(stream.fileno(), _final_mode(target))
        check_target(target)  # still nothing but a regular file (or nothing) there
        if replace:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if the name was taken meanwhile
            except FileExistsError:
                raise WriteRefusedError(f"Det finns redan en fil som heter ”{target.name}”.") from None
            os.unlink(tmp)
        done = True
    finally:
        _forget(tmp, remove=not done)


def write_bytes(path: Path | str, data: bytes, replace: bool = True) -> Path:
    """Write ``data`` to ``path`` safely (see :func:`atomic_write`); return the path."""
    with atomic_write(path, replace) as stream:
        stream.write(data)
    return Path(path)


def pending_files() -> list[str]:
    """Temporary files being written right now (tests)."""
    with _pending_lock:
        return sorted(_pending)


def remove_pending() -> None:
    """Remove every temporary file being written (from a signal handler: no locks taken)."""
    for name in list(_pending):
        with contextlib.suppress(OSError):
            os.unlink(name)


_watched: dict[int, int] = {}  # signal number -> what ends the process (see _watch)


def _on_signal(number: int, frame) -> None:
    import signal

    remove_pending()
    if number == signal.SIGINT:
        signal.default_int_handler(number, frame)  # KeyboardInterrupt, as without this handler
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)  # end as the signal would have (status and all)


def _watch(reader) -> None:
    """Act on SIGTERM and SIGHUP at once, even while the main thread waits inside C code.

    Python runs a signal handler only between bytecodes of the main thread; a main
    thread blocked in Qt (a dialog, an open()) would never run it, and the process
    would no longer end on SIGTERM. The C-level handler writes the signal's number
    to a socket this thread waits on: it removes the temporary files and ends the
    process by that signal (see :func:`_end_by`).
    """
    while True:
        try:
            data = reader.recv(16)
        except OSError:
            return
        if not data:
            return
        for number in data:
            if number in _watched:
                remove_pending()
                _end_by(number)


def _end_by(number: int) -> None:
    """End the process by signal ``number`` as if no handler were installed (exit status and all).

    Python's ``signal.signal`` works only on the main thread, which may be blocked; the C
    library's ``signal`` puts the default action back from this thread.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.signal.restype = ctypes.c_void_p
        libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.signal(number, None)  # SIG_DFL
        os.kill(os.getpid(), number)
        threading.Event().wait(2)
    except Exception:  # no C library to call (not POSIX): the shell's status for the signal
        pass
    os._exit(128 + number)


def install_signal_cleanup() -> None:
    """On SIGTERM, SIGINT or SIGHUP, remove half-written temporary files, then end as usual.

    Only handlers left at the default are replaced (a test runner's own stay). SIGTERM
    and SIGHUP also end the process while the main thread is blocked (see :func:`_watch`).
    """
    import signal  # not at import: the window installs this only once its first screen is painted

    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:
            continue
        current = signal.getsignal(number)
        if current in (signal.SIG_DFL, signal.default_int_handler):
            signal.signal(number, _on_signal)
            if name != "SIGINT":
                _watched[number] = number
    if not _watched:
        return
    import socket

    try:
        reader, writer = socket.socketpair()
        writer.setblocking(False)
        previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError):
        return
    if previous != -1:  # someone else listens already: leave theirs in place
        signal.set_wakeup_fd(previous)
        reader.close()
        writer.close()
        return
    _sockets.extend((reader, writer))
    threading.Thread(target=_watch, args=(reader,), name="signal-cleanup", daemon=True).start()


_sockets: list = []  # kept open for the life of the process
