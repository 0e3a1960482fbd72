"""Optional log file in the platform's standard place; none at all in kiosk mode.

A log helps a maintainer find out what went wrong on a reader's computer, but on
a shared public computer nothing may stay behind, so kiosk mode logs to the
console only. The file is created lazily: a session without warnings writes no
log file at all.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

LOG_NAME = "lasaren.log"
MAX_BYTES = 512 * 1024
_HANDLER_FLAG = "_reader_handler"


class LogFileOnDemand(logging.Handler):
    """The log file, made at the first record written: a session without one writes no file.

    Only then is the rotating file handler made, and ``logging.handlers`` imported for it
    (with the network module it brings), so a start that logs nothing never loads them.
    """

    def __init__(self, filename: Path | str, max_bytes: int):
        super().__init__()
        self.filename = str(filename)
        self.max_bytes = max_bytes
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from reader.platform.log_file import SafeLogFile

            self._file = SafeLogFile(
                self.filename, maxBytes=self.max_bytes, backupCount=1, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


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
        handler = LogFileOnDemand(path, MAX_BYTES)
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
