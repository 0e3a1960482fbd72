#!/usr/bin/env python3
"""Regenerate docs/screenshots/: every colour theme at normal and at the largest text size.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs without a display (Qt's offscreen platform) and with settings kept in memory,
so it never touches the user's own settings.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, seconds: float = 0.3) -> None:
    """Let the window finish laying out (buttons that fold re-lay the rows once more)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    from reader.app import application
    from reader.content.loader import load_pack
    from reader.platform.paths import content_dir
    from reader.preferences import themes
    from reader.preferences.settings import Settings
    from reader.preferences.typography import MAX_SIZE_PT
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    app = application()
    result = load_pack(content_dir())
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for key in themes.THEME_CHOICES:
        for label, size in (("normal", 18), ("largest", MAX_SIZE_PT)):
            settings = Settings()
            settings.set("view/theme", key)
            window = MainWindow(services_for(result.document, settings, result.errors))
            window.resize(1280, 860)
            window.show()
            window.apply_text_size(size, announce=False)
            window.go_to_section(2)
            window.features.appearance.flush()
            settle(app)
            path = args.out / f"{key}-{label}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()

    # The appearance panel, the reading ruler and search, in the light theme.
    settings = Settings()
    settings.set("view/theme", themes.LIGHT)
    settings.set("ruler/enabled", True)
    window = MainWindow(services_for(result.document, settings, result.errors))
    window.resize(1280, 860)
    window.show()
    window.features.search.open_bar()
    window.features.search.field.setText("trygg")
    window.features.search.run()
    settle(app)
    path = args.out / "ruler-and-search.png"
    window.grab().save(str(path))
    written.append(path)
    window.features.appearance.action_appearance.trigger()
    settle(app)
    path = args.out / "appearance-panel.png"
    window.features.appearance.panel.grab().save(str(path))
    written.append(path)
    # Easier reading (OpenDyslexic, more space) in a narrow window.
    window.features.appearance.action_easier.trigger()
    window.features.appearance.panel.close()
    window.features.search.close_bar()
    window.resize(360, 860)
    window.features.appearance.flush()
    settle(app)
    path = args.out / "easier-reading-narrow.png"
    window.grab().save(str(path))
    written.append(path)
    for p in written:
        print(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
