"""How the reading text looks: size steps and the text style, with no widgets.

The reading pane turns a :class:`TextStyle` into document formatting. Keeping
the numbers here lets tests check limits without a window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

MIN_SIZE_PT = 12
MAX_SIZE_PT = 96
DEFAULT_SIZE_PT = 18
# Steps a reader moves through with Ctrl+Plus / Ctrl+Minus: fine at small
# sizes, bigger jumps where a magnifier user needs them.
SIZE_STEPS: tuple[int, ...] = (12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 44, 48, 56, 64, 72, 80, 88, 96)


# Controls grow with the text: above the normal size, the buttons, list, menus and status bar
# are at least CONTROL_SHARE of the text's size, up to MAX_CONTROL_SCALE times their own.
CONTROL_BASE_PT = 12.0  # the interface font at 100 % (reader/ui/appearance.py)
CONTROL_SHARE = 0.7
MAX_CONTROL_SCALE = 2.0


# The window's room per 100 % of interface scale that controls grown with the text may take:
# every first-screen control fits in 320 × 350 px per 100 % (tests/test_room.py); the extra
# height keeps the large text most of the window (tests/test_resize_sweep.py).
ROOM_PER_SCALE_PX = (320, 440)


def room_scale(width: float, height: float) -> float:
    """The largest interface scale a ``width`` × ``height`` window holds (at least 1.0).

    In steps of 5 %, so that resizing the window restyles it at a few sizes, not at every pixel.
    """
    if not math.isfinite(width) or not math.isfinite(height):
        return 1.0
    fits = min(width / ROOM_PER_SCALE_PX[0], height / ROOM_PER_SCALE_PX[1])
    return max(1.0, math.floor(fits * 20) / 20)


def controls_scale(
    ui_scale_percent: float, text_pt: float, follow_text: bool, room: tuple[float, float] | None = None
) -> float:
    """How much larger than normal the interface is drawn (1.0 … 2.0).

    The reader's own *Storlek på knappar och menyer* is the least; with ``follow_text``
    a text larger than normal brings the controls to 70 % of its size, so someone who
    needs 28 pt text does not have to read 12 pt buttons. They grow only as far as the
    window's ``room`` (width, height) holds them: in a small window the large text keeps
    the room, and the controls come back to their own size instead of being cut off.
    """
    if not math.isfinite(ui_scale_percent) or not math.isfinite(text_pt):
        return 1.0
    chosen = min(MAX_CONTROL_SCALE, max(1.0, ui_scale_percent / 100))
    if not follow_text or text_pt <= DEFAULT_SIZE_PT:
        return chosen
    grown = min(MAX_CONTROL_SCALE, CONTROL_SHARE * text_pt / CONTROL_BASE_PT)
    if room is not None:
        grown = min(grown, room_scale(*room))
    return max(chosen, grown)


def controls_scale_of(settings, room: tuple[float, float] | None = None) -> float:
    """:func:`controls_scale` for the reader's settings (anything with ``get(key)``) and a window's room."""
    return controls_scale(
        settings.get("view/ui_scale"),
        settings.get("text/size_pt"),
        settings.get("view/controls_follow_text"),
        room,
    )


def clamp_size(size: int) -> int:
    return max(MIN_SIZE_PT, min(MAX_SIZE_PT, int(size)))


def larger_size(size: int) -> int:
    """The next step up (or the same at the top)."""
    for step in SIZE_STEPS:
        if step > size:
            return step
    return MAX_SIZE_PT


def smaller_size(size: int) -> int:
    """The next step down (or the same at the bottom)."""
    for step in reversed(SIZE_STEPS):
        if step < size:
            return step
    return MIN_SIZE_PT


@dataclass(frozen=True)
class TextStyle:
    """Everything about the reading text a reader can change."""

    family: str = ""  # empty: the system's default font
    size_pt: int = DEFAULT_SIZE_PT
    bold: bool = False
    line_height: float = 1.5  # times the font's line spacing
    paragraph_spacing: float = 1.0  # extra space after a paragraph, in em
    letter_spacing: float = 0.0  # em
    word_spacing: float = 0.0  # em
    max_chars: int = 65  # longest line, in average characters

    def with_size(self, size: int) -> TextStyle:
        return replace(self, size_pt=clamp_size(size))


# -- limits and helpers for the appearance settings ---------------------------

LINE_HEIGHT_RANGE = (1.0, 2.5)
PARAGRAPH_SPACING_RANGE = (0.0, 3.0)  # em after a paragraph
LETTER_SPACING_RANGE = (0.0, 0.25)  # em
WORD_SPACING_RANGE = (0.0, 0.5)  # em
MAX_CHARS_RANGE = (40, 100)
DEFAULT_MAX_CHARS = 65


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


def clamped(style: TextStyle) -> TextStyle:
    """``style`` with every number inside its allowed range."""
    return replace(
        style,
        size_pt=clamp_size(style.size_pt),
        line_height=_clamp(style.line_height, LINE_HEIGHT_RANGE),
        paragraph_spacing=_clamp(style.paragraph_spacing, PARAGRAPH_SPACING_RANGE),
        letter_spacing=_clamp(style.letter_spacing, LETTER_SPACING_RANGE),
        word_spacing=_clamp(style.word_spacing, WORD_SPACING_RANGE),
        max_chars=int(_clamp(style.max_chars, MAX_CHARS_RANGE)),
    )


def wcag_text_spacing(style: TextStyle) -> TextStyle:
    """The WCAG 1.4.12 test spacing: line 1.5, paragraph 2, letter 0.12, word 0.16 (em).

    Paragraph spacing here is the gap after a paragraph, which with line height
    1.5 must reach 2 × the font size.
    """
    return replace(style, line_height=1.5, paragraph_spacing=2.0, letter_spacing=0.12, word_spacing=0.16)


# "Lättare att läsa": a dyslexia-friendly font, more air, shorter lines (as settings, so the
# preset is one write of each and "off" puts each back to its default).
EASIER_READING: dict[str, object] = {
    "text/family": "opendyslexic",
    "text/line_height": 1.8,
    "text/paragraph_spacing": 1.5,
    "text/letter_spacing": 0.05,
    "text/word_spacing": 0.16,
    "text/max_chars": 60,
}

# Extra size of headings: a share of the body size, capped so that at very large sizes a
# heading is not a few letters a screen (on screen and in print alike).
HEADING_EXTRA = {1: (0.4, 12.0), 2: (0.25, 8.0), 3: (0.1, 4.0)}
LARGE_BODY_PT = 48


def heading_size(body_pt: float, level: int) -> float:
    """A heading's size for body text of ``body_pt``; from LARGE_BODY_PT on, bold alone marks it."""
    share, cap = HEADING_EXTRA.get(level, (0.0, 0.0))
    if body_pt >= LARGE_BODY_PT:
        return body_pt
    return body_pt + min(body_pt * share, cap)


def style_from_settings(settings, family_name: str | None) -> TextStyle:
    """The text style the settings describe; ``family_name`` is the loaded font (None: system)."""
    return clamped(
        TextStyle(
            family=family_name or "",
            size_pt=settings.get("text/size_pt"),
            bold=settings.get("text/bold"),
            line_height=settings.get("text/line_height"),
            paragraph_spacing=settings.get("text/paragraph_spacing"),
            letter_spacing=settings.get("text/letter_spacing"),
            word_spacing=settings.get("text/word_spacing"),
            max_chars=settings.get("text/max_chars"),
        )
    )
