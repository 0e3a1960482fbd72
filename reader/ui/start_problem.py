"""A start that cannot show the programme says why in a window when there is no terminal.

Someone who double-clicked the app (or a shortcut with a typo) has no terminal to
read standard error in: without a window the app would seem to do nothing at all.
The command line calls :func:`tell` for every start that ends before the window
opens; with a terminal the message stays on standard error only.
"""

from __future__ import annotations

import os
import sys

MAX_LINES = 12


def has_terminal() -> bool:
    """True when the app was started from a terminal (a person can read standard error)."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            if stream is not None and stream.isatty():
                return True
        except (ValueError, OSError):  # a closed stream
            continue
    return False


def can_show_window() -> bool:
    """True where a window can be seen: a screen, not Qt's offscreen or minimal platform.

    A script or a scheduled job without a screen must never wait on a window nobody sees.
    """
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return False
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return False
    return True


def message_text(problems: list[str]) -> str:
    """The window's text: what happened in plain words, then the details (at most MAX_LINES)."""
    lines = [str(p) for p in problems[:MAX_LINES]]
    if len(problems) > MAX_LINES:
        lines.append(f"… och {len(problems) - MAX_LINES} fel till.")
    return "\n".join(lines)


def tell(problems: list[str], title: str = "") -> bool:
    """Show ``problems`` in a window if there is no terminal but a screen; True if one was shown."""
    if has_terminal() or not can_show_window():
        return False
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        from reader.app import application

        app = application()
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setObjectName("StartProblem")
        box.setWindowTitle(title or QCoreApplication.translate("StartProblem", "Läsaren kan inte starta"))
        box.setText(QCoreApplication.translate("StartProblem", "Läsaren kan inte visa programmet."))
        box.setInformativeText(
            message_text(problems)
            + "\n\n"
            + QCoreApplication.translate(
                "StartProblem", "Be den som installerade läsaren om hjälp och visa det här meddelandet."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(
            QCoreApplication.translate("StartProblem", "Stäng")
        )
        box.setAccessibleName(QCoreApplication.translate("StartProblem", "Läsaren kan inte starta"))
        box.setAccessibleDescription(message_text(problems))
        box.setStyleSheet("QLabel { font-size: 15pt; } QPushButton { font-size: 15pt; min-height: 44px; }")
        box.exec()
        del app
        QApplication.processEvents()
    except Exception:  # no display at all: standard error is all there is
        return False
    return True
