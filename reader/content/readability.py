"""How easy a text is to read: LIX and word counts, as the Swedish standard defines them.

LIX (Björnsson) = O / M + 100 × L / O, where O is the number of words, M the
number of sentences and L the number of long words (more than six letters).
A word is a run of letters (digits and punctuation are not words). A sentence
ends at ``.``, ``!``, ``?`` or ``:`` and at the end of a paragraph, list item or
heading, so each line of a section's plain text ends a sentence. The summaries
are held to LIX ≤ 30 ("very easy") with this exact implementation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?:]+")
LONG_WORD = 6  # a long word has MORE than this many letters


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        """The LIX value; 0.0 for a text without words."""
        if not self.words or not self.sentences:
            return 0.0
        return self.words / self.sentences + 100.0 * self.long_words / self.words


def words(text: str) -> list[str]:
    """The words of ``text``: runs of letters, in order."""
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def sentence_count(text: str) -> int:
    """Sentences: pieces between end marks or line ends that hold at least one word."""
    count = 0
    for line in text.splitlines():
        for piece in SENTENCE_END.split(line):
            if WORD.search(piece):
                count += 1
    return count


def measure(text: str) -> Readability:
    """Count words, sentences and long words of plain ``text`` (blocks on separate lines)."""
    found = words(text)
    return Readability(
        words=len(found),
        sentences=sentence_count(text),
        long_words=sum(1 for w in found if len(w) > LONG_WORD),
    )


def lix(text: str) -> float:
    """LIX of plain ``text``; blocks (paragraphs, headings, list items) on separate lines."""
    return measure(text).lix


def band(value: float) -> str:
    """The Swedish reading band of a LIX value, in plain words."""
    if value < 30:
        return "mycket lätt"
    if value < 40:
        return "lätt"
    if value < 50:
        return "medelsvår"
    if value < 60:
        return "svår"
    return "mycket svår"
