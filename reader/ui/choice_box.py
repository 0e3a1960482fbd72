"""A drop-down list (QComboBox) whose arrow can be seen (reader/ui/big_arrows.py).

The application's style draws it so already (``reader.app.application``); the box brings
the style with it, so that it is drawn so wherever the box is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from reader.ui.big_arrows import ArrowStyle


def choice_box(parent: QWidget | None = None) -> QComboBox:
    """A QComboBox with a large arrow; its style lives as long as the box."""
    box = QComboBox(parent)
    style = ArrowStyle()
    style.setParent(box)
    box.setStyle(style)
    return box
