"""Where the app finds its bundled data, both from a checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``content/`` and ``resources/``.

    A PyInstaller bundle unpacks data beside the executable (``sys._MEIPASS``);
    a checkout or an installed package keeps them at the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]  # reader/platform/ → the repository root


def content_dir() -> Path:
    return base_dir() / "content"


def resources_dir() -> Path:
    return base_dir() / "resources"
