"""One private desktop with the real Orca screen reader, for tests and by hand.

Xvfb, openbox, a private D-Bus session with the accessibility bus, a private
PulseAudio with a null sink (speech-dispatcher needs somewhere to play), Debian's
Orca with a debug log (``tests/orca_launch.py``), and the app with a fresh home
in Swedish. Keys are pressed with xdotool; what Orca said is read from the
``SPEECH OUTPUT`` lines of its log. Every process is started here and ended
here by its own id; nothing else on the machine is touched.

By hand: ``.venv/bin/python tests/orca_session.py`` starts it all and prints
what Orca says for each key typed on stdin (xdotool key names).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pulse_server import PrivatePulse
from x_display import PrivateXvfb, start_window_manager

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = Path("/usr/bin/python3")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
DISPLAYS = range(41, 50)
START = 30  # seconds for each server to start on a loaded machine
TOOLS = (
    "Xvfb",
    "openbox",
    "xdotool",
    "xprop",
    "dbus-daemon",
    "dbus-send",
    "pulseaudio",
    "pactl",
    "speech-dispatcher",
    "orca",
)
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?:\{[^\n]*\})?$", re.MULTILINE)
PREFS = {
    "general": {
        "enableSpeech": True,
        "speechServerFactory": "speechdispatcherfactory",
        "enableKeyEcho": True,
        "enableTutorialMessages": False,
        "enableSound": False,
        "onlySpeakDisplayedText": False,
    },
    "pronunciations": {},
    "keybindings": {},
    "profiles": {
        "default": {"profile": ["Default", "default"], "pronunciations": {}, "keybindings": {}},
    },
}


def missing() -> str | None:
    """What is missing to run Orca here, in words, or None."""
    if not sys.platform.startswith("linux"):
        return "Orca runs on Linux only"
    for tool in TOOLS:
        if shutil.which(tool) is None:
            return f"{tool} is not installed (see .ci/run)"
    if not LAUNCHER.exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi, orca.debug"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi or orca is not importable by the system python"
    locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    if "sv_se.utf8" not in locales:
        return "the sv_SE.UTF-8 locale is not generated (see .ci/run)"
    return None


class OrcaSession:
    """The desktop, Orca and the app; ``press`` keys and read what was said."""

    def __init__(self, workdir: Path | None = None, app_args: list[str] | None = None):
        self._own_tmp = workdir is None
        self.dir = Path(tempfile.mkdtemp(prefix="orca-")) if workdir is None else Path(workdir)
        self.log = self.dir / "orca.log"
        self.app_log = self.dir / "app.log"
        self.app_args = app_args or []
        self._procs: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        self.env: dict[str, str] = {}
        self.pulse: PrivatePulse | None = None
        self.xvfb: PrivateXvfb | None = None

    # -- start and stop -------------------------------------------------------
    def _spawn(self, args: list[str], log_name: str, **kw) -> subprocess.Popen:
        out = open(self.dir / log_name, "ab")  # noqa: SIM115 (kept open by the child)
        proc = subprocess.Popen(args, env=kw.pop("env", self.env), stdout=out, stderr=subprocess.STDOUT, **kw)
        self._procs.append(proc)
        return proc

    def start(self) -> None:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> None:
        d = self.dir
        run = d / "run"
        run.mkdir(mode=0o700, exist_ok=True)
        home = d / "home"
        (home / ".config").mkdir(parents=True, exist_ok=True)
        (d / "xdg-config-dirs").mkdir(exist_ok=True)
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "PULSE_", "XDG_", "LC_"))
        }
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_CONFIG_DIRS=str(d / "xdg-config-dirs"),
            XDG_DATA_DIRS="/usr/local/share:/usr/share",
            LANG="sv_SE.UTF-8",
            LANGUAGE="sv",
            NO_AT_BRIDGE="0",
            GTK_MODULES="",
        )
        # A null sink for speech-dispatcher to play into; the session's clients are pointed at it.
        self.pulse = PrivatePulse(d, env)
        self.pulse.start(START)
        env.update({k: v for k, v in self.pulse.env.items() if k.startswith("PULSE_")})
        env["XDG_RUNTIME_DIR"] = str(run)
        self.env = env

        forced = int(os.environ.get("ORCA_TEST_DISPLAY", "0"))
        self.xvfb = PrivateXvfb([forced] if forced else DISPLAYS, "1366x768x24", log=d / "xvfb.log")
        self.xvfb.start(START)
        env["DISPLAY"] = self.xvfb.display

        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._procs.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()

        self._procs.append(start_window_manager(env, d / "openbox.log", START))
        self._spawn([str(LAUNCHER), "--launch-immediately"], "atspi.log")
        self._wait(self._atspi_ready, START * 2, "the accessibility bus")

        prefs = d / "orca-prefs"
        prefs.mkdir(exist_ok=True)
        (prefs / "user-settings.conf").write_text(json.dumps(PREFS, indent=1), "utf-8")
        self._spawn(
            [str(SYSTEM_PYTHON), str(ROOT / "tests" / "orca_launch.py"), str(self.log), str(prefs)],
            "orca.out",
        )
        self._wait(
            lambda: "About to launch Orca" in self._log_text() and "SPEECH OUTPUT" in self._log_text(),
            START * 4,
            "Orca",
        )

        self.start_app()

    def start_app(self) -> None:
        env = dict(
            self.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb"
        )
        env["PYTHONPATH"] = str(ROOT)
        mark = self.mark()
        self.app = self._spawn([sys.executable, "-m", "reader", *self.app_args], "app.log", env=env, cwd=ROOT)
        self.wait_for(r"Lista med", since=mark, timeout=START * 4)  # focus lands in the section list

    def _atspi_ready(self) -> bool:
        probe = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=self.env,
            capture_output=True,
        )
        return probe.returncode == 0

    def stop(self) -> None:
        # Orca's speech-dispatcher daemonises itself: end it by the id it wrote down.
        for pidfile in (
            (self.dir / "run" / "speech-dispatcher" / "pid").glob("*.pid")
            if (self.dir / "run").exists()
            else []
        ):
            with contextlib.suppress(ValueError, OSError):
                os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self._procs):
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self._procs.clear()
        for server in (self.pulse, self.xvfb):
            if server is not None:
                server.stop()

    # -- reading what was said ---------------------------------------------------
    def _log_text(self) -> str:
        try:
            return self.log.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def mark(self) -> int:
        """A point in the log: what is said after it belongs to the next key."""
        return len(self._log_text())

    def spoken(self, since: int = 0) -> list[str]:
        """Every utterance after ``since`` (a :meth:`mark`), in order."""
        return SPEECH.findall(self._log_text()[since:])

    def wait_for(self, pattern: str, since: int, timeout: float = 15, settle: float = 0.0) -> list[str]:
        """Wait until an utterance after ``since`` matches ``pattern``; return all after ``since``.

        ``settle``: after the match, wait until Orca has said nothing new for this long (to catch
        a repetition, however late a busy machine makes it).
        """
        wanted = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            said = self.spoken(since)
            if any(wanted.search(s) for s in said):
                if settle:
                    said = self.quiet(since, settle, timeout=max(10.0, deadline - time.monotonic()))
                return said
            if self.app is not None and self.app.poll() is not None:
                raise AssertionError(f"the app ended: {self.app_log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        raise AssertionError(
            f"Orca did not say /{pattern}/ within {timeout} s; it said {self.spoken(since)!r}"
        )

    def wait_log(self, pattern: str, since: int, timeout: float = 30) -> str:
        """Wait until a line of Orca's log after ``since`` matches ``pattern``; return it."""
        wanted = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self._log_text()[since:].splitlines():
                if wanted.search(line):
                    return line
            time.sleep(0.2)
        raise AssertionError(f"no /{pattern}/ in Orca's log within {timeout} s")

    def quiet(self, since: int, seconds: float = 1.0, timeout: float = 10) -> list[str]:
        """Wait until Orca has said nothing new for ``seconds``; return what it said after ``since``.

        Only what it says counts: the rest of its log grows all the time while the app reads aloud."""
        deadline = time.monotonic() + timeout
        last, stable_since = None, time.monotonic()
        while time.monotonic() < deadline:
            size = len(self.spoken())
            if size != last:
                last, stable_since = size, time.monotonic()
            elif time.monotonic() - stable_since >= seconds:
                break
            time.sleep(0.1)
        return self.spoken(since)

    # -- keys ------------------------------------------------------------------
    def key(self, *keys: str) -> int:
        """Press keys (xdotool names, e.g. "ctrl+f"); return the mark before them.

        All in one xdotool run, 0.15 s apart: on a busy machine starting a program for each
        key could stretch a double press (Insert+KP_Enter twice) or typing past the time in
        which it counts as one."""
        mark = self.mark()
        args: list[str] = []
        for key in keys:
            parts = key.split("+") if key not in ("plus", "KP_Add") else [key]
            mods, main = parts[:-1], parts[-1]
            for mod in mods:
                args += ["keydown", mod, "sleep", "0.05"]
            args += ["key", main]
            for mod in reversed(mods):
                args += ["sleep", "0.05", "keyup", mod]
            args += ["sleep", "0.15"]
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=120)
        return mark

    @staticmethod
    def _wait(check, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.2)
        raise RuntimeError(f"{what} did not start within {timeout} s")


if __name__ == "__main__":
    session = OrcaSession()
    session.start()
    print(f"session in {session.dir}; type xdotool key names, one a line (empty line: quit)", flush=True)
    try:
        for line in sys.stdin:
            keys = line.split()
            if not keys:
                break
            mark = session.key(*keys)
            for text in session.quiet(mark, 1.5):
                print("  ", text, flush=True)
    finally:
        session.stop()
