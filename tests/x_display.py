"""A private X server (Xvfb) for the tests that need a real display.

Each test names the display numbers it may use (a range of its own, so that tests
running at the same time do not reach for the same one). The first free number is
taken, the server is started on it and waited for until it answers an X client's
greeting (its socket file appears before it listens, and a client that comes in
between is refused), and it is ended by its own process id afterwards; no other X
server is touched.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from processes import end_process


class DisplayUnavailableError(RuntimeError):
    """Xvfb is not installed or no display number is free (the test is skipped with this reason)."""


def _socket(number: int) -> Path:
    return Path(f"/tmp/.X11-unix/X{number}")


# An X client's first words: byte order (little-endian), protocol 11.0, no authorisation.
GREETING = b"l\0" + (11).to_bytes(2, "little") + (0).to_bytes(2, "little") + bytes(6)


def answers(path: Path, timeout: float = 2.0) -> bool:
    """True when the X server at socket ``path`` accepts a client: it answers the greeting with success (1)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout)
            client.connect(str(path))
            client.sendall(GREETING)
            return client.recv(1) == b"\x01"
    except OSError:
        return False


def _free(number: int) -> bool:
    return not Path(f"/tmp/.X{number}-lock").exists() and not _socket(number).exists()


class PrivateXvfb:
    """One private X server: ``start`` it, then ``display`` (":N") names it to clients; ``stop`` ends it."""

    def __init__(self, numbers: Iterable[int], screen: str = "1280x900x24", log: Path | None = None) -> None:
        if shutil.which("Xvfb") is None:
            raise DisplayUnavailableError("Xvfb is not installed (apt-get install xvfb)")
        self.numbers = list(numbers)
        self.screen = screen
        self.log = log
        self.number = 0
        self.process: subprocess.Popen | None = None

    @property
    def display(self) -> str:
        return f":{self.number}"

    def start(self, timeout: float = 30.0) -> None:
        """Start on the first free number and wait until the server takes connections.

        A number another server takes between the look and the start is passed over for
        the next free one.
        """
        for number in self.numbers:
            if not _free(number):
                continue
            self.number = number
            if self._start_on(number, timeout):
                return
        first, last = self.numbers[0], self.numbers[-1]
        raise DisplayUnavailableError(f"no free X display between :{first} and :{last}")

    def _start_on(self, number: int, timeout: float) -> bool:
        with contextlib.ExitStack() as stack:
            log = stack.enter_context(self.log.open("ab")) if self.log else subprocess.DEVNULL
            self.process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", self.screen, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while not (_socket(number).exists() and answers(_socket(number))):
            if self.process.poll() is not None:
                self.process = None
                if _free(number):  # it failed on a number nobody else holds: it cannot run here
                    raise RuntimeError(f"Xvfb :{number} ended at start{self._log_tail()}")
                return False  # another server took the number first
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Xvfb :{number} did not start within {timeout:.0f} s{self._log_tail()}")
            time.sleep(0.05)
        return True

    def _log_tail(self) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return ": " + self.log.read_text(errors="replace")[-1000:]

    def stop(self) -> None:
        if self.process is None:
            return
        end_process(self.process, 10)
        self.process = None


def window_manager_running(env: dict[str, str]) -> bool:
    """True once a window manager has put up its sign on the root window of ``env``'s display (EWMH)."""
    probe = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True, timeout=30
    )
    return probe.returncode == 0 and "window id" in probe.stdout


def start_window_manager(
    env: dict[str, str], log: Path, timeout: float = 30.0, tries: int = 3
) -> subprocess.Popen:
    """Openbox on ``env``'s display, running (waited for, and started again if it ends early).

    Without a window manager no window is made active, and a screen reader, which follows the
    active window, says nothing; a test's keys go nowhere."""
    for _ in range(tries):
        with log.open("ab") as out:
            manager = subprocess.Popen(["openbox"], env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while manager.poll() is None and time.monotonic() < deadline:
            if window_manager_running(env):
                return manager
            time.sleep(0.1)
        end_process(manager, 10)
    raise RuntimeError(f"the window manager did not start: {log.read_text(errors='replace')[-1000:]}")


@contextlib.contextmanager
def display_or_skipped(numbers: Iterable[int], screen: str = "1280x900x24") -> Iterator[str]:
    """A private X server for one test, stopped afterwards: yields its display (":N"). The test
    is skipped (saying why) where Xvfb is missing or none of ``numbers`` is free."""
    import pytest

    try:
        server = PrivateXvfb(numbers, screen)
        server.start()
    except DisplayUnavailableError as exc:
        pytest.skip(str(exc))
    try:
        yield server.display
    finally:
        server.stop()
