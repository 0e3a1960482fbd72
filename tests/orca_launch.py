"""Start Debian's Orca for a test, touching no other Orca on the machine.

Run with the system Python (Orca and pyatspi live there):
``/usr/bin/python3 tests/orca_launch.py LOG PREFS_DIR``.

Debian's ``/usr/bin/orca`` looks for every process named "orca" of the same
user and refuses to start while one runs (``--replace`` would kill them all,
other people's sessions included), and renames its own process to "orca". Here
its code runs with that look-up and the renaming turned off, so this Orca
neither sees nor ends anything it did not start. Its debug log is opened line
by line at the INFO level: every SPEECH OUTPUT line is in the file as soon as
it is spoken, without the heavy trace.
"""

from __future__ import annotations

import sys
from pathlib import Path

ORCA_SCRIPT = Path("/usr/bin/orca")


def main(argv: list[str]) -> int:
    log_path, prefs_dir = argv[1], argv[2]
    namespace: dict = {"__name__": "orca_launch_script", "__file__": str(ORCA_SCRIPT)}
    exec(compile(ORCA_SCRIPT.read_text("utf-8"), str(ORCA_SCRIPT), "exec"), namespace)
    namespace["otherOrcas"] = lambda: []
    namespace["setProcessName"] = lambda name: False
    debug = namespace["debug"]
    debug.debugFile = open(log_path, "w", buffering=1, encoding="utf-8")  # noqa: SIM115 (Orca keeps it open)
    debug.debugLevel = debug.LEVEL_INFO
    sys.argv = [str(ORCA_SCRIPT), "-u", prefs_dir]
    return namespace["main"]()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
