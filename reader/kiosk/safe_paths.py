"""Where a public computer may save a file: only new files in the administrator's folder.

A visitor cannot choose a folder (a file dialog would show the whole disk), so a file they
ask for gets a safe name of its own in the administrator's export folder, never over another.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def safe_file_name(name: str) -> str:
    """A file name without folders or characters that some systems refuse."""
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "-", name).strip(" .-")
    return name or "lasaren"


def unique_path(folder: Path, name: str) -> Path:
    """A name in ``folder`` that nothing has yet (a dangling link planted there counts as taken)."""
    path = folder / safe_file_name(name)
    stem, suffix = path.stem, path.suffix
    number = 2
    while os.path.lexists(path):
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


def usable_folder(folder: Path | None) -> bool:
    """Whether files can be saved into the administrator's ``folder`` now (it can vanish)."""
    return folder is not None and folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def kiosk_save_path(folder: Path | None, suggested_name: str) -> Path | None:
    """The new file for ``suggested_name`` in ``folder``, or None when saving is off."""
    if folder is None or not usable_folder(folder):
        return None
    return unique_path(folder, suggested_name)


def no_saving_message() -> str:
    """What a visitor is told when a file cannot be saved on a public computer (they cannot pick a folder)."""
    return QCoreApplication.translate(
        "Kiosk", "På den här datorn går det inte att spara filer. Fråga personalen om du behöver hjälp."
    )
