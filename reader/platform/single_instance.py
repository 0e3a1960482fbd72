"""One public-computer window per user: a second start brings the first forward and ends.

On a library computer a visitor who double-clicks the shortcut again would otherwise
get a second full-screen window that cannot be closed. The first app holds a lock
file and listens on a local socket (both in the user's runtime folder, or the
temporary folder, named from the user, the mode and the content pack); a second
start finds the lock taken, asks the first over the socket to show its window, and
ends with exit code 0. A lock left by a crashed app is stale (its process is gone)
and taken over, with its socket file; a first app that does not answer never keeps
a start from opening. No widgets here: the window is raised by whoever connects
``show_requested``.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
SHOWN = b"shown\n"
SOCKET_PATH_MAX = 100  # a Unix socket's path must fit in 108 bytes
ASK_FOR_S = 10.0  # how long a second start waits for a first one that is still starting


def _user() -> str:
    try:
        return f"{os.getuid()}:{getpass.getuser()}"  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, KeyError, OSError):
        return os.environ.get("USERNAME", "") or os.environ.get("USER", "")


def _folder() -> Path:
    """The user's own runtime folder where there is one (Linux), else the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK):
        return Path(runtime)
    return Path(tempfile.gettempdir())


def instance_key(mode: str, content: Path | str) -> str:
    """A short name for this user's app in ``mode`` on this content pack."""
    try:
        where = str(Path(content).resolve())
    except OSError:
        where = str(content)
    digest = hashlib.sha256("\0".join((_user(), mode, where)).encode()).hexdigest()[:16]
    return f"lasaren-{mode}-{digest}"


class SingleInstance(QObject):
    """The first app's side: the lock and the socket a second start talks to."""

    show_requested = Signal()

    def __init__(self, key: str, folder: Path | None = None) -> None:
        super().__init__()
        folder = folder or _folder()
        self.lock = QLockFile(str(folder / f"{key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        # Unix: a socket file beside the lock (if its path fits in a socket address, else in Qt's
        # temporary folder); Windows: a named pipe of that name
        socket_path = str(folder / f"{key}.socket")
        fits = len(os.fsencode(socket_path)) < SOCKET_PATH_MAX
        self.name = socket_path if sys.platform != "win32" and fits else key
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first app (it now listens); False when another one is running."""
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("single-instance lock not usable (%s); starting anyway", self.lock.error())
            return True
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket not available: %s", server.errorString())
            return True
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            log.info("another start asked for this window: showing it")
            socket.write(SHOWN)
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Remove the socket and the lock (at quit); a crash leaves them stale, not blocking."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def ask_first_to_show(self, patience_s: float = ASK_FOR_S) -> bool:
        """A second start: ask the first app to show its window; True when it said it did."""
        deadline = time.monotonic() + patience_s
        socket = QLocalSocket()
        while True:  # the first app may still be starting: its socket comes soon
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                break
            socket.abort()
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        socket.write(SHOW)
        socket.flush()
        answer = b""
        answer_by = max(deadline, time.monotonic() + 2.0)  # its window may still be being built
        while SHOWN not in answer:
            left_ms = int((answer_by - time.monotonic()) * 1000)
            if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
                break
            answer += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return SHOWN in answer
