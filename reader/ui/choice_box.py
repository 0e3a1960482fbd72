"""A drop-down list (QComboBox) whose arrow can be seen.

Qt's Fusion style draws a combo box's arrow a few pixels wide, whatever the size of the box,
so with large controls (28 pt text, 200 %) the box hardly showed that it opens a list. Here
the arrow is a filled triangle in the box's text colour, as large as the theme's drop-down
area holds (``QComboBox::drop-down`` in reader/preferences/themes.py), in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QComboBox, QProxyStyle, QStyle, QStyleOption, QWidget

ARROW_SHARE = 0.32  # the arrow's width, of the box's height (14 px in a 44 px box)


def draw_arrow(painter: QPainter, rect: QRect, color: QColor, side: float) -> None:
    """A filled triangle ``side`` wide pointing down, centred in ``rect``."""
    centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
    half, quarter = side / 2, side / 4
    triangle = QPolygonF(
        [
            centre + QPointF(-half, -quarter),
            centre + QPointF(half, -quarter),
            centre + QPointF(0, quarter),
        ]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(triangle)
    painter.restore()


class ArrowStyle(QProxyStyle):
    """The application's style, with a combo box's arrow drawn as large as its area."""

    def drawPrimitive(  # noqa: N802 (Qt API)
        self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorArrowDown and isinstance(widget, QComboBox):
            ink = option.palette.color(QPalette.ColorRole.ButtonText)
            # Qt's arrow area is a few pixels; the box's height says how large the controls are.
            draw_arrow(painter, option.rect, ink, widget.height() * ARROW_SHARE)
            return
        super().drawPrimitive(element, option, painter, widget)


def choice_box(parent: QWidget | None = None) -> QComboBox:
    """A QComboBox with the arrow above; its style lives as long as the box."""
    box = QComboBox(parent)
    style = ArrowStyle()
    style.setParent(box)
    box.setStyle(style)
    return box
