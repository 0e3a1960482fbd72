#!/usr/bin/env python3
"""Set up and run the reader with nothing but Python ≥ 3.11 installed.

    python3 run.py            start the app (creates .venv on first use)
    python3 run.py test       run the whole test suite headless
    python3 run.py build      build the packaged app in dist/lasaren/ and smoke-test it
    python3 run.py ARGS...    pass ARGS to the app, e.g. --list-sections

The environment lives in ``.venv/`` beside this file. It is (re)installed when
``pyproject.toml`` changes, so a fresh clone needs no other step.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment(extras: str) -> Path:
    """Create .venv and install the project (with ``extras``) when needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 (run.py is started by whatever Python the user has)
        sys.exit("Läsaren behöver Python 3.11 eller senare.")
    python = venv_python()
    if not python.exists():
        print("Skapar miljön i .venv (första gången tar det några minuter) …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() else []
    if wanted not in have:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True)
        STAMP.write_text(" ".join([*have, wanted]))
    compile_package(python)
    return python


def compile_package(python: Path) -> None:
    """Bytecode for reader/, as a user's Python and the packaged build have it: a start need not
    compile the package from source (only changed files are compiled again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([python, "-m", "compileall", "-q", "reader"], cwd=ROOT, env=env, check=False)


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        python = ensure_environment("test,dev")
        prepare = [python, "-m", "reader.platform.build_assets"]
        if (ROOT / "reader" / "platform" / "build_assets.py").exists():
            subprocess.run(prepare, cwd=ROOT, check=True)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.run([python, "-m", "pytest", *argv[1:]], cwd=ROOT, env=env).returncode
    if argv[:1] == ["build"]:  # the packaged app: dist/lasaren/, then its smoke test
        python = ensure_environment("dev")
        built = subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "build.spec"], cwd=ROOT)
        if built.returncode:
            return built.returncode
        return subprocess.run([python, "scripts/smoke_bundle.py"], cwd=ROOT).returncode
    python = ensure_environment("")
    if (ROOT / "reader" / "platform" / "build_assets.py").exists():
        subprocess.run([python, "-m", "reader.platform.build_assets"], cwd=ROOT, check=True)
    return subprocess.run([python, "-m", "reader", *argv], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
