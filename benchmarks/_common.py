"""Shared helpers for the benchmark scripts: result rows, child processes, the table.

Every measurement that starts Qt runs in a child process with its own empty
home folder, so runs do not disturb each other or the maintainer's settings.
A child prints one line ``BENCH {json}``; the parent reads it.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _child import MARK, current_rss_kb, peak_rss_kb, report  # noqa: F401 (the children's side, shared)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def row(
    name: str,
    target: str,
    figure: float | None,
    unit: str,
    passed: bool | None,
    note: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """One line of the results table. ``passed`` None means "not measurable yet" (say why in ``note``)."""
    result = {"name": name, "target": target, "figure": figure, "unit": unit, "passed": passed, "note": note}
    result.update(extra)
    return result


def not_built(name: str, target: str, unit: str, what: str) -> dict[str, Any]:
    return row(name, target, None, unit, None, f"not built yet: {what}")


def child_env(home: Path) -> dict[str, str]:
    """Environment for a child: offscreen Qt (unless a display is asked for), an empty home."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measured with bytecode, as users run it (see compile_package)
    if env.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # on a desktop-sized screen (not 800 × 800)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('desktop_screen.json')}"
    env["HOME"] = str(home)
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def run_child(
    args: list[str], timeout: float = 120, env_extra: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``python ARGS`` in a fresh home; return the JSON it reported, or raise RuntimeError."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as tmp:
        env = child_env(Path(tmp))
        env.update(env_extra or {})
        try:
            proc = subprocess.run(
                [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"child hung (no answer within {timeout:.0f} s)") from exc
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(MARK):
            return json.loads(line[len(MARK) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    raise RuntimeError(f"child exited with code {proc.returncode}: {' | '.join(tail)}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_mb = int(line.split()[1]) // 1024
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = None
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_mb": ram_mb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": qt,
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def format_figure(r: dict[str, Any]) -> str:
    if r.get("figure") is None:
        return "–"
    figure = r["figure"]
    text = f"{figure:.3g}" if isinstance(figure, float) else str(figure)
    return f"{text} {r.get('unit', '')}".strip()


def verdict(r: dict[str, Any]) -> str:
    return {True: "PASS", False: "FAIL", None: "n/a"}[r.get("passed")]


def print_table(rows: list[dict[str, Any]], out=None) -> None:
    out = out or sys.stdout
    headers = ("benchmark", "target", "figure", "result")
    lines = [(r["name"], r["target"], format_figure(r), verdict(r)) for r in rows]
    widths = [
        max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(headers)
    ]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    print(fmt.format(*headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r, line in zip(rows, lines, strict=True):
        print(fmt.format(*line), file=out)
        if r.get("note"):
            print(f"    {r['note']}", file=out)


def standalone(run: Callable[[], list[dict[str, Any]]]) -> int:
    """``python benchmarks/bench_x.py``: run, print the table; exit 1 if a row failed."""
    rows = run()
    print_table(rows)
    return 1 if any(r.get("passed") is False for r in rows) else 0


@contextlib.contextmanager
def private_audio_server() -> Iterator[dict[str, str]]:
    """A private PulseAudio server whose one sink plays into nothing (a null sink).

    Yields the environment a child needs to use it, or an empty dict where
    PulseAudio is not installed or does not start (the caller then says so).
    """
    exe = shutil.which("pulseaudio")
    if exe is None or shutil.which("pactl") is None:
        yield {}
        return
    with tempfile.TemporaryDirectory(prefix="bench-pulse-") as tmp:
        runtime = Path(tmp) / "run"
        runtime.mkdir(mode=0o700)
        socket = runtime / "native"
        env = {
            "XDG_RUNTIME_DIR": str(runtime),
            "PULSE_RUNTIME_PATH": str(runtime),
            "PULSE_STATE_PATH": str(Path(tmp) / "state"),
            "PULSE_SERVER": f"unix:{socket}",
        }
        server = subprocess.Popen(
            [
                exe, "--daemonize=no", "--exit-idle-time=-1", "-n",
                f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
                "--load=module-null-sink sink_name=bench",
            ],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            ready = False
            deadline = time.time() + 10
            while not ready and time.time() < deadline and server.poll() is None:
                info = subprocess.run(["pactl", "info"], env={**os.environ, **env}, capture_output=True)
                ready = info.returncode == 0
                if not ready:
                    time.sleep(0.1)
            yield env if ready else {}
        finally:
            end_process(server)


def end_process(process: subprocess.Popen) -> None:
    """End a server the benchmark started: politely, then for good after 5 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def private_x_display(size: tuple[int, int] = (1920, 1080), display: str | None = None) -> Iterator[str]:
    """A private Xvfb screen of ``size``; yields its display name (":N").

    Xvfb itself picks a free display number and writes it once it takes clients
    (``-displayfd``), so nothing races another program for a number; ``display``
    asks for a given one instead. Raises RuntimeError when Xvfb is missing or does not start.
    """
    exe = shutil.which("Xvfb")
    if exe is None:
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [exe, *([display] if display else []), "-displayfd", str(write_end),
         "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()  # empty when the server ended without starting
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start{' on ' + display if display else ''}")
        yield f":{number}"
    finally:
        end_process(server)


def open_main_window():
    """Child side: the app's main window on the bundled programme, 1200 × 800, shown.

    Returns (the QApplication, the document, the window).
    """
    from reader.app import application
    from reader.content.loader import load_pack
    from reader.platform.paths import content_dir
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    app = application()
    document = load_pack(content_dir()).document
    window = MainWindow(services_for(document, Settings()))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return app, document, window
