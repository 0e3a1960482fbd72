"""Optional log file in the platform's standard place; none at all in kiosk mode.

A log helps a maintainer find out what went wrong on a reader's computer, but on
a shared public computer nothing may stay behind, so kiosk mode logs to the
console only. The file is created lazily: a session without warnings writes no
log file at all.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

LOG_NAME = "lasaren.log"
MAX_BYTES = 512 * 1024
_HANDLER_FLAG = "_reader_handler"


class SafeLogFile(logging.FileHandler):
    """The log file, opened never through a symbolic link and only as a regular file.

    Appending cannot go through a temporary file and a rename as saving does
    (reader/platform/safe_write.py), so the log is opened with ``O_NOFOLLOW``: a link planted
    under its name, a FIFO or a device is not written to (the log is then dropped).

    It is opened at the first record written, and kept small as ``logging.handlers``'
    ``RotatingFileHandler`` keeps it with one backup (that module is not imported at
    every start for it, nor the network module it brings): a record that would take the
    file to ``max_bytes`` first renames it to ``<name>.1``, replacing the one before.
    """

    def __init__(self, filename: Path | str, max_bytes: int, encoding: str = "utf-8"):
        super().__init__(filename, mode="a", encoding=encoding, delay=True)
        self.max_bytes = max_bytes

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never roll over anything but a regular file
        if self.stream is None:
            self.stream = self._open()
        message = f"{self.format(record)}\n"
        self.stream.seek(0, 2)
        return self.stream.tell() + len(message) >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None  # opened again at the next record
        backup = self.baseFilename + ".1"
        if os.path.exists(backup):
            os.remove(backup)
        if os.path.exists(self.baseFilename):
            os.rename(self.baseFilename, backup)

    def _open(self):
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.baseFilename, flags, 0o600)
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise OSError(f"{self.baseFilename} is not a regular file")
        except OSError as exc:
            if sys.stderr is not None:
                print(f"lasaren: no log file ({exc})", file=sys.stderr)
            return open(os.devnull, "a", encoding=self.encoding)
        os.set_blocking(fd, True)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def log_dir() -> Path:
    """The per-user folder for the log (e.g. ``~/.local/share/<org>/<app>`` on Linux)."""
    from reader import APP_NAME, ORGANIZATION

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _remove_own_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_FLAG, False):
            root.removeHandler(handler)
            handler.close()


def install_logging(kiosk: bool, to_file: bool = True, level: int = logging.WARNING) -> Path | None:
    """Route the app's log records; return the log file's path, or None when there is none.

    Safe to call more than once (earlier handlers installed here are replaced).
    If the folder cannot be created the app still runs, logging to the console.
    """
    root = logging.getLogger()
    _remove_own_handlers(root)
    root.setLevel(level)

    console = logging.StreamHandler()
    console.setLevel(level)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    setattr(console, _HANDLER_FLAG, True)
    root.addHandler(console)

    if kiosk or not to_file:
        return None
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = SafeLogFile(path, MAX_BYTES)
    except OSError as exc:
        logging.getLogger(__name__).warning("log file unavailable (%s); logging to the console only", exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _HANDLER_FLAG, True)
    root.addHandler(handler)
    return path


def remove_logging() -> None:
    """Take away the handlers installed here (tests, or switching to kiosk mode)."""
    _remove_own_handlers(logging.getLogger())
