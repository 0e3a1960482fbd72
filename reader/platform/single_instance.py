"""One public-computer window per user: a second start brings the first forward and ends.

On a library computer a visitor who double-clicks the shortcut again would otherwise
get a second full-screen window that cannot be closed. The first app holds a lock
file and watches a private folder of requests (both in the user's runtime folder, or
the temporary folder, named from the user, the mode and the content pack); a second
start finds the lock taken, leaves a request there, and ends with exit code 0 once
the first has taken it (and shown its window). A lock left by a crashed app is stale
(its process is gone) and taken over, with its folder; a first app that does not
answer never keeps a start from opening. Only QtCore (no network module, which the
packaged app leaves out). No widgets here: the window is raised by whoever connects
``show_requested``.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

log = logging.getLogger(__name__)

REQUEST_SUFFIX = ".show"
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


def _private_folder(path: Path) -> bool:
    """``path`` is a real folder of this user's, not a link another user planted."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    getuid = getattr(os, "getuid", None)  # not on Windows, where the runtime folder is the user's own
    return getuid is None or info.st_uid == getuid()


class SingleInstance(QObject):
    """The first app's side: the lock and the folder of requests a second start writes to."""

    show_requested = Signal()

    def __init__(self, key: str, folder: Path | None = None) -> None:
        super().__init__()
        folder = folder or _folder()
        self.lock = QLockFile(str(folder / f"{key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.requests = folder / f"{key}.requests"
        self.watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the first app (it now listens); False when another one is running."""
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("single-instance lock not usable (%s); starting anyway", self.lock.error())
            return True
        try:
            if self.requests.is_symlink() or (self.requests.exists() and not _private_folder(self.requests)):
                log.warning("single-instance folder %s is not this user's; starting anyway", self.requests)
                return True
            self.requests.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            log.warning("single-instance folder not available: %s", exc)
            return True
        watcher = QFileSystemWatcher([str(self.requests)], self)
        watcher.directoryChanged.connect(self._on_request)
        self.watcher = watcher
        self._on_request()  # a request left while this app was starting
        return True

    def _on_request(self, _path: str = "") -> None:
        try:
            found = [p for p in self.requests.iterdir() if p.name.endswith(REQUEST_SUFFIX)]
        except OSError:
            return
        for request in found:
            request.unlink(missing_ok=True)  # taking it is the answer the second start waits for
        if found:
            log.info("another start asked for this window: showing it")
            self.show_requested.emit()

    def release(self) -> None:
        """Remove the folder and the lock (at quit); a crash leaves them stale, not blocking."""
        if self.watcher is not None:
            self.watcher.removePaths(self.watcher.directories())
            self.watcher = None
            shutil.rmtree(self.requests, ignore_errors=True)
        if self.lock.isLocked():
            self.lock.unlock()

    def ask_first_to_show(self, patience_s: float = ASK_FOR_S) -> bool:
        """A second start: ask the first app to show its window; True when it took the request."""
        deadline = time.monotonic() + patience_s
        request = self.requests / f"{os.getpid()}{REQUEST_SUFFIX}"
        while True:  # the first app may still be starting: its folder comes soon
            if _private_folder(self.requests):
                try:
                    os.close(os.open(request, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                    break
                except FileExistsError:
                    break
                except OSError:
                    pass
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        answer_by = max(deadline, time.monotonic() + 2.0)  # its window may still be being built
        while time.monotonic() < answer_by:
            if not request.exists():
                return True
            time.sleep(0.05)
        request.unlink(missing_ok=True)
        return False
