#!/usr/bin/env python3
"""Retake the README's pictures of the window on a virtual X display (Xvfb).

    .venv/bin/python scripts/readme_pictures.py                    # every picture into docs/
    .venv/bin/python scripts/readme_pictures.py english-ui --out /somewhere

Each picture is a fresh start of the app (``reader.cli.main``, the same entry as
``python -m reader``) in an empty home folder, on an Xvfb screen exactly the
picture's size, with the xcb platform as on a desktop (the translations are
compiled first, as ``run.py`` does). Once the window has
been painted, the scene's state is set (text size, section, the idle warning),
and the picture is read back from the X server (the root window), so it shows
what a reader's screen would show. Needs Xvfb (``apt-get install xvfb``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scene:
    """One README picture: the screen it is taken on, the app's arguments, what is done before."""

    name: str
    size: tuple[int, int]
    args: list[str] = field(default_factory=list)
    text_size: int | None = None  # points; None keeps the start size
    idle_warning: bool = False  # public-computer mode's "Är du kvar?", one second into the countdown
    panel: str = ""  # a panel opened as its button does: "alla-val", "search" or "glossary"


SCENES = {
    scene.name: scene
    for scene in (
        # A 1366 × 768 laptop at 100 %: the first screen, and with Alla val open beside the text.
        Scene("window-normal", (1366, 768)),
        # The first screen at 28 pt: the buttons, list, menus and scroll bars grown with the text.
        Scene("first-screen-28pt", (1366, 768), text_size=28),
        Scene("alla-val", (1366, 768), panel="alla-val"),
        # The glossary at 28 pt: its title, close button and explanation grow with the text.
        Scene("glossary-28pt", (1366, 768), text_size=28, panel="glossary"),
        # A 1366 × 768 laptop at 200 %: the room of a 683 × 384 screen.
        Scene("window-small-screen", (683, 384)),
        Scene("window-largest", (1000, 800), text_size=96),
        Scene("english-ui", (1280, 860), ["--lang", "en", "--section", "ansvar"]),
        Scene("kiosk-idle-warning", (1280, 860), ["--kiosk"], idle_warning=True),
    )
}


# --- inside the app's process -----------------------------------------------------------------


def _take(scene: Scene, out: Path) -> None:
    """Start the app; once its window is shown, set the scene, wait for it to settle, grab the screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def main_window():
        return next(
            (w for w in QApplication.topLevelWidgets() if hasattr(w, "features") and w.isVisible()), None
        )

    def arrange(tries: int = 0) -> None:
        window = main_window()
        if window is None:
            if tries > 600:
                sys.exit("the main window did not appear within a minute")
            QTimer.singleShot(100, lambda: arrange(tries + 1))
            return
        window.move(0, 0)
        window.resize(*scene.size)
        window.activateWindow()  # as the window a reader works in (there is no window manager to do it)
        if scene.text_size is not None:
            window.apply_text_size(scene.text_size, announce=False)
        if scene.panel:
            QTimer.singleShot(300, lambda: open_panel(window))  # then the picture, once it has its place
        elif scene.idle_warning:
            idle = window.features.kiosk.idle
            idle.idle_ms = 200  # the administrator's minutes, shortened for the picture
            idle.restart()
            QTimer.singleShot(1500, grab)  # the warning, then one tick of its countdown
        else:
            QTimer.singleShot(1500, grab)  # buttons that fold re-lay the rows once more

    def open_panel(window) -> None:
        features = window.features
        if scene.panel == "alla-val":
            features.all_choices.open()
        elif scene.panel == "search":
            features.search.open_bar()
        elif scene.panel == "glossary":
            features.glossary.toggle_list()
        else:
            sys.exit(f"no such panel: {scene.panel}")
        QTimer.singleShot(1500, grab)

    def grab() -> None:
        screen = QApplication.primaryScreen()
        picture = screen.grabWindow(0)  # the root window: what the X server shows
        if not picture.save(str(out)):
            sys.exit(f"could not write {out}")
        QApplication.instance().exit(0)

    QTimer.singleShot(0, arrange)
    from reader.cli import main

    main(scene.args)


# --- the parent: one Xvfb per picture ---------------------------------------------------------


def take(scene: Scene, out: Path, display: str | None = None) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _common import private_x_display

    with (
        private_x_display(scene.size, display) as display,
        tempfile.TemporaryDirectory(prefix="readme-pictures-") as home,
    ):
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, PYTHONPATH=str(ROOT))
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[var] = str(Path(home) / var.lower())
        env["XDG_RUNTIME_DIR"] = str(Path(home) / "run")  # its own single-instance lock
        Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
        env.pop("QT_SCALE_FACTOR", None)
        subprocess.run(
            [sys.executable, __file__, "--scene", scene.name, "--out", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"pictures to take (default: all): {', '.join(SCENES)}")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (or, with --scene, file)")
    parser.add_argument("--display", help="the X display number to use, e.g. :99 (default: a free one)")
    parser.add_argument("--scene", choices=list(SCENES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scene:
        _take(SCENES[args.scene], args.out)
        return 0
    if shutil.which("Xvfb") is None:
        print("Xvfb is needed (apt-get install xvfb)", file=sys.stderr)
        return 1
    unknown = [name for name in args.names if name not in SCENES]
    if unknown:
        parser.error(f"no such picture: {', '.join(unknown)} (there are: {', '.join(SCENES)})")
    args.out.mkdir(parents=True, exist_ok=True)
    # the compiled translations and fonts, as run.py makes them before a start
    subprocess.run([sys.executable, "-m", "reader.platform.build_assets"], cwd=ROOT, check=True)
    for name in args.names or SCENES:
        path = args.out / f"{name}.png"
        take(SCENES[name], path, args.display)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
