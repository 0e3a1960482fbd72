"""Windows of their own (help, appearance) sized to fit the screen they open on.

A 1366 × 768 laptop at 200 % has a screen of 683 × 384 logical pixels: a help
window asked to be 1000 × 760 would open with its buttons below the screen's
edge, out of reach for a mouse user and invisible to a magnifier user.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE_PX = 48  # the title bar and frame the window manager adds


def fit_on_screen(widget: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less if the screen is smaller."""
    screen = (near or widget).screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(
        max(1, min(width, room.width() - FRAME_ALLOWANCE_PX // 2)),
        max(1, min(height, room.height() - FRAME_ALLOWANCE_PX)),
    )
