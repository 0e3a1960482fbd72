"""Ending a server a test started: politely, then for good."""

from __future__ import annotations

import subprocess


def end_process(process: subprocess.Popen, seconds: float) -> None:
    """Terminate ``process`` if it still runs; kill it if it has not ended within ``seconds``."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(seconds)
