"""Arrows and ticks as large as the place they are drawn in: drop-down lists, scroll bars, menus.

Qt's Fusion style draws an arrow at most about 8 px, whatever the size of the control,
so with large controls (28 pt text, 200 %) a drop-down list hardly showed that it opens,
and a scroll bar's buttons were specks. Here an arrow is a filled triangle in the
control's text colour, a share of its area: a drop-down list's in the theme's drop-down
area (``QComboBox::drop-down``), a scroll bar's in its buttons, which the theme makes as
large as the bar is wide (``QScrollBar::add-line`` in reader/preferences/themes.py).
It is the application's style (``reader.app.application``): every list and bar of every
window is drawn so, with no style of its own to give each. The tick of a menu's on/off
choice (*Markera det som läses*, *Svenska*) is drawn the same way: Fusion draws it about
6 px at any size, in the corner of the place the theme gives it (``QMenu::indicator``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QProxyStyle, QScrollBar, QStyle, QStyleOption, QWidget

BOX_ARROW_SHARE = 0.32  # a drop-down list's arrow, of the box's height (14 px in a 44 px box)
BAR_ARROW_SHARE = 0.55  # a scroll bar's arrow, of the bar's thickness (10 px in an 18 px bar)

_PE = QStyle.PrimitiveElement
# Which way each of Qt's arrows points, as (x, y) of its tip from the centre.
DIRECTIONS = {
    _PE.PE_IndicatorArrowDown: (0, 1),
    _PE.PE_IndicatorArrowUp: (0, -1),
    _PE.PE_IndicatorArrowLeft: (-1, 0),
    _PE.PE_IndicatorArrowRight: (1, 0),
}


def draw_arrow(
    painter: QPainter, rect: QRect, color: QColor, side: float, direction: tuple[int, int] = (0, 1)
) -> None:
    """A filled triangle ``side`` wide pointing ``direction`` ((0, 1) is down), centred in ``rect``."""
    centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
    half, quarter = side / 2, side / 4
    dx, dy = direction
    # The down-pointing triangle, turned: its base across the direction, its tip along it.
    base = QPointF(-dy * half, dx * half)  # half of the base
    tip = QPointF(dx * quarter, dy * quarter)
    triangle = QPolygonF([centre - tip + base, centre - tip - base, centre + tip])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(triangle)
    painter.restore()


def draw_tick(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A tick (✓) filling most of ``rect``, its stroke an eighth of its width."""
    side = min(rect.width(), rect.height()) * 0.8
    centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
    left, bottom, right = QPointF(-0.4, 0.0), QPointF(-0.1, 0.3), QPointF(0.45, -0.35)
    pen = QPen(color, max(2.0, side / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([centre + point * side for point in (left, bottom, right)]))
    painter.restore()


class ArrowStyle(QProxyStyle):
    """The application's style, with the arrows of drop-down lists and scroll bars and the ticks
    of menus drawn large."""

    def drawPrimitive(  # noqa: N802 (Qt API)
        self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == _PE.PE_IndicatorMenuCheckMark:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
            draw_tick(painter, option.rect, option.palette.color(group, role))
            return
        direction = DIRECTIONS.get(element)
        if direction is not None and isinstance(widget, (QComboBox, QScrollBar)):
            ink = option.palette.color(QPalette.ColorRole.ButtonText)
            if isinstance(widget, QComboBox):
                if element == _PE.PE_IndicatorArrowDown:
                    # Qt's arrow area is a few pixels; the box's height says how large the controls are.
                    draw_arrow(painter, option.rect, ink, widget.height() * BOX_ARROW_SHARE)
                    return
            else:
                # Qt's arrow area is the button less a margin; the bar's thickness is the button's.
                side = min(widget.width(), widget.height()) * BAR_ARROW_SHARE
                draw_arrow(painter, option.rect, ink, side, direction)
                return
        super().drawPrimitive(element, option, painter, widget)
