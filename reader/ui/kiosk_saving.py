"""Where to save a file the visitor asked for: the usual dialog, or on a public computer none.

In public-computer mode there is no dialog (it would show the whole disk): the file goes
into the administrator's folder under a new name (:mod:`reader.kiosk.safe_paths`), and
without that folder saving is off and the visitor is told so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from reader.kiosk.safe_paths import kiosk_save_path, no_saving_message, safe_file_name
from reader.kiosk.session import VisitorSession
from reader.ui.kiosk_mode import kiosk_mode_of


def visitor_session_of(widget: QWidget | None) -> VisitorSession | None:
    """The visitor session of ``widget``'s main window; for a window of its own, any public one."""
    kiosk = kiosk_mode_of(widget)
    if kiosk is not None:
        return kiosk.visitor
    for window in QApplication.topLevelWidgets():  # a dialog without a parent: fail safe
        found = kiosk_mode_of(window)
        if found is not None and found.visitor.kiosk:
            return found.visitor
    return None


def kiosk_enabled(widget: QWidget | None) -> bool:
    """True when ``widget``'s main window is in public-computer mode."""
    kiosk = kiosk_mode_of(widget)
    return kiosk is not None and kiosk.visitor.kiosk


def saving_is_off(widget: QWidget | None) -> bool:
    """True on a public computer whose administrator gave no folder to save in."""
    kiosk = kiosk_mode_of(widget)
    return kiosk is not None and kiosk.visitor.kiosk and kiosk.visitor.export_folder is None


def save_path(parent: QWidget, suggested_name: str, title: str = "", file_filter: str = "") -> Path | None:
    """Where to save a file the visitor asked for, or None (cancelled, or saving is off)."""
    visitor = visitor_session_of(parent)
    if visitor is None or not visitor.kiosk:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title or QCoreApplication.translate("Kiosk", "Spara"),
            str(Path.home() / safe_file_name(suggested_name)),
            file_filter,
        )
        return Path(chosen) if chosen else None
    path = kiosk_save_path(visitor.export_folder, suggested_name)
    if path is None:
        QMessageBox.information(
            parent, QCoreApplication.translate("Kiosk", "Det går inte att spara"), no_saving_message()
        )
    return path
