"""A private PulseAudio server with a null sink, for the tests that need real audio.

Its runtime and state folders are temporary and its socket is its own, so the tests
never touch a user's sound server; the server can be stopped (killed, as when a sound
server crashes) and started again on the same socket while the app runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from processes import end_process

RATE = 16000


class PulseUnavailableError(RuntimeError):
    """PulseAudio is not installed or cannot run here (the test is skipped with this reason)."""


class PrivatePulse:
    """One private server: ``env`` points clients at it; ``start``, ``kill`` and ``stop`` control it."""

    def __init__(self, folder: Path, env: Mapping[str, str] | None = None) -> None:
        """``env``: the environment the server and its clients start from (this process's by default)."""
        self.exe = shutil.which("pulseaudio")
        if self.exe is None or shutil.which("parec") is None or shutil.which("pactl") is None:
            raise PulseUnavailableError(
                "PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)"
            )
        self.runtime = folder / "pulse-runtime"
        self.runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.socket = self.runtime / "native"
        self.env = dict(os.environ if env is None else env)
        self.env.update(
            XDG_RUNTIME_DIR=str(self.runtime),
            PULSE_RUNTIME_PATH=str(self.runtime),
            PULSE_STATE_PATH=str(folder / "pulse-state"),
            PULSE_SERVER=f"unix:{self.socket}",
        )
        self.env.pop("PULSE_COOKIE", None)
        self.server: subprocess.Popen | None = None

    def start(self, timeout: float = 10.0) -> None:
        self.server = subprocess.Popen(
            [
                self.exe,
                "--daemonize=no",
                "--exit-idle-time=-1",
                "-n",
                f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                f"--load=module-null-sink sink_name=rec rate={RATE} channels=1",
                "--load=module-always-sink",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.server.poll() is not None:
                reason = self.server.stderr.read().decode(errors="replace")[-300:]
                raise PulseUnavailableError(f"PulseAudio cannot run here: {reason.strip()}")
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            self.stop()
            raise PulseUnavailableError(f"PulseAudio did not start within {timeout:.0f} s")
        subprocess.run(["pactl", "set-default-sink", "rec"], env=self.env, check=False, capture_output=True)

    def client_pids(self) -> set[int]:
        """The process ids of the programs connected to this server now."""
        listing = subprocess.run(["pactl", "list", "clients"], env=self.env, capture_output=True, text=True)
        pids = set()
        for line in listing.stdout.splitlines():
            key, _, value = line.strip().partition(" = ")
            if key == "application.process.id":
                pids.add(int(value.strip('"')))
        return pids

    def streams(self) -> int:
        """How many playback streams the server has now (open sound devices of its clients)."""
        listing = subprocess.run(
            ["pactl", "list", "short", "sink-inputs"], env=self.env, capture_output=True, text=True
        )
        return len(listing.stdout.splitlines())

    def kill(self) -> None:
        """Gone at once, as when the sound server crashes."""
        if self.server is not None and self.server.poll() is None:
            self.server.send_signal(signal.SIGKILL)
            self.server.wait(5)
        self.server = None

    def stop(self) -> None:
        if self.server is None:
            return
        end_process(self.server, 5)
        self.server = None


def running_or_skipped(folder: Path) -> contextlib.AbstractContextManager[PrivatePulse]:
    """A private PulseAudio for one test, stopped afterwards; the test is skipped (saying why)
    where no server can be started."""
    return _for_one_test(folder, start=True)


def not_started_or_skipped(folder: Path) -> contextlib.AbstractContextManager[PrivatePulse]:
    """A private PulseAudio for one test that is not started yet (its socket does not exist: no
    sound server at all) until the test starts it; stopped afterwards. Skipped, saying why, where
    PulseAudio is not installed."""
    return _for_one_test(folder, start=False)


@contextlib.contextmanager
def _for_one_test(folder: Path, start: bool) -> Iterator[PrivatePulse]:
    import pytest

    try:
        server = PrivatePulse(folder)
        if start:
            server.start()
    except PulseUnavailableError as exc:
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
