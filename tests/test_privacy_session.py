"""What a real session writes, compared with the README: a fresh home before and after.

The app runs on a real display (Xvfb) with the real audio output (a private
PulseAudio server), reads aloud, and in one run saves a PDF through Qt's file
dialog. The environment is that of a fresh account: no session bus and no audio
cookie named. Afterwards the home folder may hold only the settings file (and a
log if something went wrong); in public-computer mode nothing at all; and no
process the session started (a D-Bus daemon) may outlive it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pulse_server import running_or_skipped
from x_display import display_or_skipped

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ".config/Treklovern-lasaren/Läsaren.ini"
LOG = ".local/share/Treklovern-lasaren/Läsaren/lasaren.log"

SESSION = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    from reader import cli
    from reader.app import application

    mode = sys.argv[1]
    app = application()

    def drive():
        win = next(w for w in app.topLevelWidgets() if hasattr(w, "features"))
        win.next_section()
        win.features.speech.toggle()  # read aloud through the real audio output
        QTimer.singleShot(2500, lambda: finish(win))

    def finish(win):
        print("STATE", win.features.speech.controller.state.value, flush=True)
        if mode == "dialog":
            from reader.ui.kiosk_saving import save_path
            from reader.exports.printing import make_job, write_pdf
            from reader.preferences.typography import TextStyle

            def choose():
                for w in app.topLevelWidgets():
                    if isinstance(w, QFileDialog) and w.isVisible():
                        w.selectFile(os.environ["OUT_FILE"])
                        w.accept()
            QTimer.singleShot(800, choose)
            chosen = save_path(win, "avsnitt.pdf", "Spara som PDF", "PDF (*.pdf)")
            print("CHOSEN", chosen, flush=True)
            write_pdf(make_job(win.document, [win.current_section()], TextStyle()), chosen)
        win.features.speech.toggle()
        win.features.kiosk.lock_quit = False
        QTimer.singleShot(300, app.quit)

    QTimer.singleShot(1500, drive)
    sys.exit(cli.main(["--kiosk"] if mode == "kiosk" else []))
    """
)


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """A display and a sound server of the test's own."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    folder = tmp_path_factory.mktemp("desktop")
    with running_or_skipped(folder) as pulse, display_or_skipped(range(23, 30)) as display:
        yield display, pulse


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def _processes_with_home(home: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"HOME={home}".encode() in environ:
            found.append(int(entry.name))
    return found


def _session(desktop, tmp_path: Path, mode: str) -> tuple[set[str], set[str], str]:
    display, pulse = desktop
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    out = tmp_path / "out"
    for folder in (home, temp, out):
        folder.mkdir()
    before = _files(home) | _files(temp)
    env = {
        key: value
        for key, value in pulse.env.items()
        if not key.startswith(("XDG_", "DBUS_", "QT_")) and key not in ("HOME", "TMPDIR", "PULSE_COOKIE")
    }
    env.update(
        HOME=str(home),
        TMPDIR=str(temp),
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PULSE_SERVER=pulse.env["PULSE_SERVER"],
        OUT_FILE=str(out / "avsnitt.pdf"),
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.run(
        [sys.executable, "-c", SESSION, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "STATE reading" in proc.stdout, (proc.stdout, proc.stderr[-1000:])
    time.sleep(0.5)
    left = _processes_with_home(home)
    assert left == [], f"processes outlived the session: {left}"
    assert _files(temp) == set()
    return _files(home) - before, _files(out), proc.stdout


def test_a_normal_session_writes_only_its_settings(desktop, tmp_path):
    written, saved, _ = _session(desktop, tmp_path, "normal")
    assert SETTINGS in written
    assert written <= {SETTINGS, LOG}, written
    assert saved == set()


def test_a_session_that_saved_through_the_dialog_writes_only_its_settings_and_the_file(desktop, tmp_path):
    written, saved, stdout = _session(desktop, tmp_path, "dialog")
    assert "CHOSEN" in stdout
    assert written <= {SETTINGS, LOG}, written  # no QtProject.conf (the dialog's folder history)
    assert saved == {"avsnitt.pdf"}
    assert (tmp_path / "out" / "avsnitt.pdf").read_bytes().startswith(b"%PDF")


def test_a_public_computer_session_writes_nothing(desktop, tmp_path):
    written, saved, _ = _session(desktop, tmp_path, "kiosk")
    assert written == set()
    assert saved == set()


def test_the_client_libraries_are_kept_quiet_only_where_nothing_is_set():
    from reader.platform.privacy import COOKIE_SOURCE, NO_BUS, quiet_client_libraries

    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    fresh = {"HOME": "/nowhere-home"}
    quiet_client_libraries(fresh)
    assert fresh["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS and fresh["PULSE_COOKIE"] == COOKIE_SOURCE
    desktop_env = {
        "HOME": "/nowhere-home",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus",
        "PULSE_COOKIE": "/c",
    }
    quiet_client_libraries(desktop_env)
    assert (
        desktop_env["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/bus"
        and desktop_env["PULSE_COOKIE"] == "/c"
    )
    os_home = Path(os.environ["HOME"])
    (os_home / ".config" / "pulse").mkdir(parents=True, exist_ok=True)
    (os_home / ".config" / "pulse" / "cookie").write_bytes(b"\0" * 256)
    own = {"HOME": str(os_home), "XDG_CONFIG_HOME": str(os_home / ".config")}
    quiet_client_libraries(own)
    assert "PULSE_COOKIE" not in own, "an existing cookie is still used"
