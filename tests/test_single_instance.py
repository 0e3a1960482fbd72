"""One public-computer window per user: a second start brings the first window forward.

Two real app processes in public-computer mode on a virtual display with a window
manager (Xvfb, openbox): the second ends with exit code 0 at once, and the first
window becomes the active one again (asked of the X server with xdotool). A lock
and request folder left by an app that was killed do not stop the next start.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from x_display import display_or_skipped, start_window_manager

ROOT = Path(__file__).resolve().parent.parent

OTHER_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Ett annat program")
label.setWindowTitle("Annat fönster")
label.resize(400, 200)
label.show()
label.activateWindow()
app.exec()
"""


@pytest.fixture
def desktop(tmp_path):
    """A virtual display with a window manager, and a fresh home and runtime folder."""
    for tool in ("Xvfb", "openbox", "xdotool", "xprop"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install xvfb openbox xdotool x11-utils)")
    with display_or_skipped(range(90, 100)) as display:
        home = tmp_path / "home"
        home.mkdir()
        # a short path, as the runtime folder of a real session is: the same folder a real session uses
        runtime = Path(tempfile.mkdtemp(prefix="lasaren-run-"))
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "QT_", "PULSE_")) and key not in ("HOME", "DISPLAY")
        }
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            PULSE_SERVER="unix:" + str(tmp_path / "no-sound-server"),
            PYTHONPATH=str(ROOT),
        )
        wm = start_window_manager(env, tmp_path / "openbox.log")
        started: list[subprocess.Popen] = []
        try:
            yield env, runtime, started
        finally:
            for process in started:
                if process.poll() is None:
                    process.kill()
                    process.wait(10)
            wm.terminate()
            wm.wait(10)
            shutil.rmtree(runtime, ignore_errors=True)


def _xdotool(env, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)
    return done.stdout.strip() if done.returncode == 0 else ""


def _active_pid(env) -> int:
    found = _xdotool(env, "getactivewindow", "getwindowpid")
    return int(found) if found.isdigit() else 0


def _wait_for_window(env, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert process.poll() is None, f"the app ended ({process.returncode})"
        if _xdotool(env, "search", "--onlyvisible", "--pid", str(process.pid)):
            time.sleep(1.0)  # let it finish painting and take the focus
            return
        time.sleep(0.2)
    raise AssertionError("the app showed no window")


def _start(env, started, *args: str, output: int | None = subprocess.DEVNULL) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=output,
        text=True,
    )
    started.append(process)
    return process


def _cover_with_another_window(env, started) -> subprocess.Popen:
    other = subprocess.Popen([sys.executable, "-c", OTHER_WINDOW], env=env)
    started.append(other)
    _wait_for_window(env, other)
    window = _xdotool(env, "search", "--onlyvisible", "--pid", str(other.pid)).split()[0]
    _xdotool(env, "windowactivate", "--sync", window)
    deadline = time.time() + 10
    while _active_pid(env) != other.pid and time.time() < deadline:
        time.sleep(0.2)
    assert _active_pid(env) == other.pid, "the other window did not become active"
    return other


def test_a_second_public_computer_start_brings_the_first_window_forward(desktop):
    env, _, started = desktop
    first = _start(env, started, "--kiosk")
    _wait_for_window(env, first)
    _cover_with_another_window(env, started)
    began = time.time()
    second = _start(env, started, "--kiosk", output=subprocess.PIPE)
    try:
        _, err = second.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        second.kill()
        raise AssertionError("the second start did not end: " + second.communicate()[1][-2000:]) from None
    took = time.time() - began
    assert second.returncode == 0, err[-2000:]
    assert "redan öppen" in err
    assert took < 30, f"the second start took {took:.1f} s"  # no window of its own was built
    deadline = time.time() + 15
    while _active_pid(env) != first.pid and time.time() < deadline:
        time.sleep(0.2)
    assert _active_pid(env) == first.pid, "the first window was not brought forward"
    assert first.poll() is None
    # only one window of the app: the second start left none behind
    assert not _xdotool(env, "search", "--onlyvisible", "--pid", str(second.pid))


def test_a_lock_left_by_a_killed_app_does_not_stop_the_next_start(desktop):
    env, runtime, started = desktop
    first = _start(env, started, "--kiosk")
    _wait_for_window(env, first)
    assert any(p.name.endswith(".lock") for p in runtime.iterdir())
    first.send_signal(signal.SIGKILL)  # a crash: the lock and the request folder stay behind
    first.wait(10)
    left = sorted(p.name for p in runtime.iterdir() if p.name.startswith("lasaren-kiosk-"))
    assert any(name.endswith(".lock") for name in left) and any(name.endswith(".requests") for name in left)
    second = _start(env, started, "--kiosk")
    _wait_for_window(env, second)  # it opened its own window instead of asking a dead one
    assert second.poll() is None
    window = _xdotool(env, "search", "--onlyvisible", "--pid", str(second.pid)).split()[0]
    _xdotool(env, "windowactivate", "--sync", window, "key", "--clearmodifiers", "ctrl+q")  # Avsluta
    assert second.wait(30) == 0
    # a clean end removes the lock and the request folder
    assert not [p for p in runtime.iterdir() if p.name.startswith("lasaren-kiosk-")]


def test_normal_mode_is_not_limited(desktop):
    """Outside public-computer mode windows can be closed, so two may be open (the test suite
    and CI start several app processes at once)."""
    env, _, started = desktop
    first = _start(env, started)
    _wait_for_window(env, first)
    second = _start(env, started)
    _wait_for_window(env, second)
    assert first.poll() is None and second.poll() is None


def test_the_name_is_per_mode_and_per_content_pack(tmp_path):
    from reader.platform.single_instance import instance_key

    pack = ROOT / "content"
    assert instance_key("kiosk", pack) == instance_key("kiosk", pack / ".." / "content")
    assert instance_key("kiosk", pack) != instance_key("normal", pack)
    assert instance_key("kiosk", pack) != instance_key("kiosk", tmp_path)
