"""Speed that means what it says: from "N words a minute" to the rate eSpeak NG is given.

eSpeak NG's rate is not words a minute of Swedish text: at its rate 150 the
programme is read at about 120 words a minute, and the gap changes along the
scale (its fastest rate, 450, gives about 340; it goes no faster). What stays
nearly constant between texts is syllables a minute of speech, so the pace is
planned in syllables, with the pauses counted apart: eSpeak's own pause after
each sentence, and the app's after paragraphs. A text of long compound words,
or a lättläst summary of short sentences, is then read at the words a minute
its label says.

``RATE_TO_SYLLABLES`` is measured, not guessed: ``scripts/calibrate_pace.py``
synthesises the whole programme at each eSpeak rate and prints the table.
Rates below 80 are eSpeak's slowest rate with a pause between words (see
``espeak_driver``).

A listener who needs it can choose *Tydligare* (clearer): the same speed
steps at 80 % of the pace, with longer pauses after sentences and paragraphs.
Its pace is planned the same way, the pauses counted in, so its label is
right too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.content.model import Section

DEFAULT_WPM = 150  # the pace of "normal fart"
CLEARER_SHARE = 0.8  # Tydligare: the pace of each speed step, times this
PARAGRAPH_PAUSE_MS = 350  # silence after a paragraph (export; between paragraphs)
CLEARER_SENTENCE_PAUSE_MS = 400  # Tydligare: extra silence after every sentence
CLEARER_PARAGRAPH_PAUSE_MS = 1000  # Tydligare: silence after a paragraph, instead of 350 ms

# eSpeak NG rate → syllables a minute of speech, and eSpeak's pause after a sentence (ms),
# measured on the programme with scripts/calibrate_pace.py (the bundled Swedish voice).
RATE_TO_SYLLABLES: tuple[tuple[int, float, float], ...] = (
    (50, 104.0, 1196),
    (60, 115.9, 1072),
    (70, 130.8, 948),
    (80, 145.0, 886),
    (90, 154.5, 818),
    (100, 171.3, 710),
    (115, 195.8, 584),
    (130, 221.7, 483),
    (150, 253.9, 390),
    (175, 295.7, 302),
    (200, 336.3, 236),
    (240, 401.4, 160),
    (280, 461.5, 104),
    (330, 534.5, 56),
    (390, 631.6, 27),
    (450, 720.9, 44),
)

_WORD = re.compile(r"\S*\w\S*")
_VOWELS = re.compile(r"[aeiouyåäöéèüAEIOUYÅÄÖÉÈÜ]+")
_DIGIT = re.compile(r"\d")
DIGIT_SYLLABLES = 1.25  # "2023" is read "tjugohundratjugotre": about five syllables


def count_words(text: str) -> int:
    """Words as a reader counts them: runs between spaces with a letter or digit in them."""
    return len(_WORD.findall(text))


def count_syllables(text: str) -> float:
    """About how many syllables ``text`` has: its vowel groups, and digits read as numbers."""
    return len(_VOWELS.findall(text)) + DIGIT_SYLLABLES * len(_DIGIT.findall(text))


@dataclass(frozen=True)
class TextShape:
    """What decides how long a text takes at a given syllable rate, per word."""

    syllables_per_word: float = 2.0
    sentences_per_word: float = 1 / 18
    paragraphs_per_word: float = 1 / 70


PROGRAMME_SHAPE = TextShape()  # about the programme's own figures, for texts not measured


def shape_of(texts: Sequence[tuple[str, bool]]) -> TextShape:
    """The shape of sentences to read (each with "a paragraph ends after it").

    Counted on the shown text, as the calibration counts it (the lexicon changes
    only a few words, and is not loaded while the window opens).
    """
    words = sum(count_words(t) for t, _ in texts)
    if words <= 0:
        return PROGRAMME_SHAPE
    syllables = sum(count_syllables(t) for t, _ in texts)
    paragraphs = sum(1 for _, end in texts if end)
    return TextShape(
        round(max(0.5, syllables / words), 3),
        round(len(texts) / words, 4),
        round(paragraphs / words, 4),
    )


def section_pacing(section: Section) -> tuple[TextShape, frozenset[int]]:
    """A section's shape, and which of its sentences (by index) end a paragraph."""
    texts = [
        (s.text, i == len(p.sentences) - 1) for p in section.paragraphs for i, s in enumerate(p.sentences)
    ]
    return shape_of(texts), frozenset(i for i, (_, end) in enumerate(texts) if end)


def sentence_pause_ms(clearer: bool) -> int:
    """Extra silence after every sentence (eSpeak's own end-of-sentence pause comes first)."""
    return CLEARER_SENTENCE_PAUSE_MS if clearer else 0


def paragraph_pause_ms(clearer: bool) -> int:
    return CLEARER_PARAGRAPH_PAUSE_MS if clearer else PARAGRAPH_PAUSE_MS


def target_wpm(multiplier: float, clearer: bool = False) -> int:
    """The pace a speed step stands for, in words a minute (what its label says)."""
    return round(DEFAULT_WPM * multiplier * (CLEARER_SHARE if clearer else 1.0))


def _row(rate: float) -> tuple[float, float]:
    """Syllables a minute of speech and eSpeak's pause after a sentence (ms) at ``rate``,
    linear between the measured rows and clamped to the table's ends."""
    table = RATE_TO_SYLLABLES
    rates = [r for r, _, _ in table]
    rate = max(rates[0], min(rates[-1], rate))
    i = bisect.bisect_left(rates, rate)
    if rates[i] == rate:
        return table[i][1], table[i][2]
    (r0, s0, p0), (r1, s1, p1) = table[i - 1], table[i]
    f = (rate - r0) / (r1 - r0)
    return s0 + (s1 - s0) * f, p0 + (p1 - p0) * f


def syllables_per_minute(rate: int) -> float:
    """The measured syllable rate of speech at eSpeak rate ``rate``."""
    return _row(rate)[0]


def predicted_wpm(rate: float, shape: TextShape = PROGRAMME_SHAPE, clearer: bool = False) -> float:
    """Words a minute of a text of ``shape`` read at eSpeak rate ``rate``, every pause included.

    Per word: its syllables at the syllable rate, eSpeak's own pause after each
    sentence, and the pauses the app adds (after paragraphs; with Tydligare, also
    after every sentence). A text of short sentences has more pauses per word.
    """
    spm, end_pause_ms = _row(rate)
    pause_ms = shape.sentences_per_word * (end_pause_ms + sentence_pause_ms(clearer))
    pause_ms += shape.paragraphs_per_word * paragraph_pause_ms(clearer)
    return 1 / (shape.syllables_per_word / spm + pause_ms / 60000)


def espeak_rate(wpm: float, shape: TextShape = PROGRAMME_SHAPE, clearer: bool = False) -> int:
    """The eSpeak rate that reads a text of ``shape`` at ``wpm`` words a minute, pauses included
    (the measured table inverted; the table's ends when out of reach)."""
    low, high = float(RATE_TO_SYLLABLES[0][0]), float(RATE_TO_SYLLABLES[-1][0])
    wpm = float(wpm) if wpm == wpm else DEFAULT_WPM  # NaN: normal pace
    if predicted_wpm(low, shape, clearer) >= wpm:
        return int(low)
    if predicted_wpm(high, shape, clearer) <= wpm:
        return int(high)
    for _ in range(40):  # the pace rises with the rate: halve the interval
        middle = (low + high) / 2
        if predicted_wpm(middle, shape, clearer) < wpm:
            low = middle
        else:
            high = middle
    return round((low + high) / 2)


def fastest_wpm(shape: TextShape = PROGRAMME_SHAPE, clearer: bool = False) -> float:
    """The fastest pace eSpeak reaches for a text of ``shape`` (its top rate)."""
    return predicted_wpm(RATE_TO_SYLLABLES[-1][0], shape, clearer)


def measured_wpm(texts: Iterable[tuple[str, bool]], duration_ms: int) -> float:
    """Words a minute of audio that lasts ``duration_ms`` (pauses included)."""
    words = sum(count_words(t) for t, _ in texts)
    return words / (duration_ms / 60000) if duration_ms > 0 else 0.0
