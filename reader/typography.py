"""How the reading text looks: size steps and the text style, with no widgets.

The reading pane turns a :class:`TextStyle` into document formatting. Keeping
the numbers here lets tests check limits without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MIN_SIZE_PT = 12
MAX_SIZE_PT = 96
DEFAULT_SIZE_PT = 18
# Steps a reader moves through with Ctrl+Plus / Ctrl+Minus: fine at small
# sizes, bigger jumps where a magnifier user needs them.
SIZE_STEPS: tuple[int, ...] = (12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 44, 48, 56, 64, 72, 80, 88, 96)


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
