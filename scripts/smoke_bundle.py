#!/usr/bin/env python3
"""Smoke-test the frozen bundle (dist/lasaren) without a screen.

    python3 scripts/smoke_bundle.py [dist/lasaren]

Runs the built executable (not the source) with every per-user folder pointed at a
fresh empty one and checks: ``--version``, ``--list-sections``, ``--export-text`` of
one section, ``--export-audio`` of one section (a valid WAV with speech in it),
``--export-epub`` of one section (a talking book with its SMIL and MP3),
``--export-pdf``, Qt's Swedish translations in the bundle, and starting the window on a
display of its own (Xvfb) until the main window is mapped, then quitting it with Ctrl+Q
as a person would (xdotool). The app has no test hook: the window is seen from outside.
Any import error or traceback in the output fails the test. Exit code 0 means every check
passed; the result of each is printed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD_WORDS = (
    "Traceback",
    "ModuleNotFoundError",
    "ImportError",
    "No module named",
    "cannot open shared object",
)


def executable(bundle: Path) -> Path:
    name = "lasaren.exe" if os.name == "nt" else "lasaren"
    return bundle / name


def run(exe: Path, args: list[str], env: dict, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout)


def free_display() -> str | None:
    """A display number nobody uses (the lock file and the socket both absent)."""
    for number in range(80, 100):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    return None


def run_window(
    exe: Path, args: list[str], env: dict, timeout: float = 120
) -> tuple[str, str, int | None, str]:
    """Start the window on a display of its own; once it is mapped, press Ctrl+Q.

    Returns (what happened, output, exit code, detail); what happened is "quit" (the window
    was seen and Ctrl+Q ended the app), "no-window", "no-quit", or "skip" (no Xvfb or xdotool).
    """
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        return "skip", "", None, "Xvfb and xdotool are needed (apt-get install xvfb xdotool)"
    display = free_display()
    if display is None:
        return "skip", "", None, "no free X display"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    out_path = Path(tempfile.mkstemp(prefix="smoke-window-")[1])
    app = None
    try:
        deadline = time.monotonic() + 15
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        x_env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        with out_path.open("w") as out:
            app = subprocess.Popen([str(exe), *args], stdout=out, stderr=subprocess.STDOUT, env=x_env)
        window = ""
        deadline = time.monotonic() + timeout
        while not window and app.poll() is None and time.monotonic() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)],
                capture_output=True,
                text=True,
                env=x_env,
            )
            window = found.stdout.split()[0] if found.stdout.split() else ""
            time.sleep(0.3)
        if not window:
            return "no-window", out_path.read_text(errors="replace"), app.poll(), "no window was mapped"
        time.sleep(1)  # the window is up; let it settle before the key
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=x_env, capture_output=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=x_env, capture_output=True)
        try:
            code = app.wait(30)
        except subprocess.TimeoutExpired:
            return "no-quit", out_path.read_text(errors="replace"), None, "Ctrl+Q did not end the app"
        return "quit", out_path.read_text(errors="replace"), code, f"(window {window})"
    finally:
        for process in (app, xvfb):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        out_path.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "lasaren"
    exe = executable(bundle)
    if not exe.exists():
        print(f"smoke: {exe} does not exist; build it first (pyinstaller build.spec)")
        return 1
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            (tmp / var.lower()).mkdir()
            env[var] = str(tmp / var.lower())
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["LASAREN_ADMIN_CONFIG"] = str(tmp / "no-admin-file.toml")
        env.pop("PYTHONPATH", None)

        def check(name: str, ok: bool, result: subprocess.CompletedProcess | None, detail: str = "") -> None:
            output = (result.stdout + result.stderr) if result is not None else ""
            bad = [w for w in BAD_WORDS if w in output]
            passed = ok and not bad
            print(f"smoke: {'ok  ' if passed else 'FAIL'} {name} {detail}".rstrip())
            if not passed:
                failures.append(name)
                print("  " + output[-2000:].replace("\n", "\n  "))

        patterns = sorted(p.name for p in bundle.rglob("hyph_*.dic"))
        check("hyphenation", patterns == ["hyph_sv.dic"], None, f"({', '.join(patterns) or 'none'})")

        result = run(exe, ["--version"], env)
        check("--version", result.returncode == 0 and any(c.isdigit() for c in result.stdout), result,
              result.stdout.strip())  # fmt: skip

        result = run(exe, ["--list-sections"], env)
        lines = result.stdout.strip().splitlines()
        check(
            "--list-sections", result.returncode == 0 and len(lines) == 6, result, f"({len(lines)} sections)"
        )

        text_out = tmp / "ansvar.txt"
        result = run(exe, ["--export-text", "--section", "ansvar", "--out", str(text_out)], env)
        text = text_out.read_text("utf-8") if text_out.exists() else ""
        check(
            "--export-text", result.returncode == 0 and len(text) > 1000, result, f"({len(text)} characters)"
        )

        help_result = run(exe, ["--help"], env)
        if "--export-audio" in help_result.stdout:
            wav = tmp / "inledning.wav"
            result = run(
                exe, ["--export-audio", "--section", "inledning", "--out", str(wav)], env, timeout=300
            )
            seconds = 0.0
            loud = False
            if wav.exists():
                try:
                    with wave.open(str(wav)) as w:
                        frames = w.readframes(w.getnframes())
                        seconds = w.getnframes() / w.getframerate()
                        width = w.getsampwidth()
                    samples = [
                        int.from_bytes(frames[i : i + width], "little", signed=True)
                        for i in range(0, min(len(frames), 4_000_000), width * 50)
                    ]
                    loud = max((abs(s) for s in samples), default=0) > 1000
                except (wave.Error, EOFError, ZeroDivisionError):
                    seconds = 0.0
            check("--export-audio", result.returncode == 0 and seconds > 10 and loud, result,
                  f"({seconds:.0f} s of speech)")  # fmt: skip
        else:
            print("smoke: skip --export-audio (this build has no --export-audio option)")

        if "--export-epub" in help_result.stdout:  # the talking book: a small one, one section
            book = tmp / "inledning.epub"
            result = run(
                exe, ["--export-epub", "--section", "inledning", "--out", str(book)], env, timeout=300
            )
            detail = ""
            ok = False
            if book.exists():
                import zipfile

                with zipfile.ZipFile(book) as z:
                    names = z.namelist()
                    ok = (
                        names[0] == "mimetype"
                        and "EPUB/avsnitt-inledning.xhtml" in names
                        and "EPUB/avsnitt-inledning.smil" in names
                        and len(z.read("EPUB/audio/avsnitt-inledning.mp3")) > 10_000
                    )
                detail = f"({book.stat().st_size // 1000} kB, {len(names)} files)"
            check("--export-epub", result.returncode == 0 and ok, result, detail)
        else:
            print("smoke: skip --export-epub (this build has no --export-epub option)")

        pdf = tmp / "ansvar.pdf"
        result = run(exe, ["--export-pdf", "--section", "ansvar", "--out", str(pdf)], env)
        ok = pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
        check("--export-pdf", result.returncode == 0 and ok, result)

        # Qt's own dialog buttons (Avbryt, Spara) come from its translations, bundled beside Qt.
        qt_sv = sorted(p.name for p in bundle.rglob("qtbase_sv.qm"))
        check("Qt's dialogs in Swedish", bool(qt_sv), None, f"({', '.join(qt_sv) or 'qtbase_sv.qm missing'})")

        def window(name: str, args: list[str]) -> None:
            happened, output, code, detail = run_window(exe, args, env)
            if happened == "skip":
                print(f"smoke: skip {name}: {detail}")
                return
            shown = subprocess.CompletedProcess(args, code if code is not None else -1, output, "")
            check(name, happened == "quit" and code == 0, shown, detail)

        window("window (Xvfb, --kiosk, Ctrl+Q)", ["--kiosk"])
        written = [
            str(p.relative_to(tmp))
            for p in tmp.rglob("*")
            if p.is_file() and p.relative_to(tmp).parts[0].startswith(("home", "xdg"))
        ]
        check("kiosk wrote nothing", not written, None, ", ".join(written))  # fmt: skip
        window("--lang en (Xvfb, Ctrl+Q)", ["--lang", "en"])

    print(f"smoke: {'all checks passed' if not failures else 'FAILED: ' + ', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
