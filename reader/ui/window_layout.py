"""Where the section list stands: beside the text when the window is wide, above it when narrow.

Pure rules on the window's size and interface scale, and the splitter that holds the two.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter

NARROW_WIDTH_PX = 720
# Lower than this (a small laptop screen at 150-200 %), the buttons fold as in a narrow
# window and the section list above the text takes less room: the text gets the height.
LOW_HEIGHT_PX = 600
# Narrower than NARROW_WIDTH_PX the list would sit above the text and take height as well.
STACKED_LOW_HEIGHT_PX = 800
LOW_NARROW_WIDTH_PX = 560
# The section list beside the text: wide enough for two-line titles, the rest for the text.
SECTION_LIST_PX = 230


class StackingSplitter(QSplitter):
    """The list beside the text; the window stacks them in a narrow window (see arrange_list).

    Side by side, Qt would add the two minimum widths and refuse to shrink the
    window below that sum, so a window made 320 px wide would stop short of it
    until the stacking had happened. The minimum is the stacked one instead.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            widths = [w.minimumSizeHint().width() for i in range(self.count()) if (w := self.widget(i))]
            hint.setWidth(max([0, *widths]))
        return hint


def is_low(height: int, width: int, scale: float) -> bool:
    """Too little height for every button and the text: the features fold to their main ones."""
    would_stack = width < NARROW_WIDTH_PX * scale
    return height < LOW_HEIGHT_PX * scale or (would_stack and height < STACKED_LOW_HEIGHT_PX * scale)


def arrange_list(splitter: QSplitter, width: int, height: int, scale: float, low: bool, force: bool) -> None:
    """Turn ``splitter`` (list, text) to the room: stacked when narrow, and size its parts."""
    # Stacked, the list would take height a low window does not have: it stays beside
    # the text down to a narrower width there.
    narrow = width < (LOW_NARROW_WIDTH_PX if low else NARROW_WIDTH_PX) * scale
    wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
    turned = splitter.orientation() != wanted
    if turned:
        splitter.setOrientation(wanted)
    if turned or force:
        if narrow:  # a few titles above the text (the list scrolls), the rest for the text
            top = round((100 if low else 160) * scale)
            splitter.setSizes([top, max(200, height - top)])
        else:
            base = 220 if low else SECTION_LIST_PX
            # Larger controls widen the list, but never past a quarter of a wide window.
            side = min(round(base * scale), max(width // 4, min(base, width * 2 // 5)))
            splitter.setSizes([side, max(300, width - side)])
