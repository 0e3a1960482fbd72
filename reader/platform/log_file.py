"""The log file itself: rotated with one backup, opened only as a regular file, never a link.

Imported when the first record is written (``reader/platform/logging_setup.py``), so a
session that logs nothing never loads ``logging.handlers`` or the network module it brings.
"""

from __future__ import annotations

import logging.handlers
import os
import stat
import sys


class SafeLogFile(logging.handlers.RotatingFileHandler):
    """Appending cannot go through a temporary file and a rename as saving does
    (reader/platform/safe_write.py), so the log is opened with ``O_NOFOLLOW``: a link planted
    under its name, a FIFO or a device is not written to (the log is then dropped).
    """

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
