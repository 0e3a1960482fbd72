"""Speed that means what it says: from "N words a minute" to the rate eSpeak NG is given.

eSpeak NG's rate is not words a minute of Swedish text: at its rate 150 the
programme is read at about 120 words a minute, and the gap widens towards its
fastest rate (450, about 340 words a minute; it goes no faster). What stays
nearly constant between texts is syllables a minute, so the pace is planned
in syllables: a text of long compound words is read at the same syllable rate
as one of short words, and its words a minute come out right too.

``RATE_TO_SYLLABLES`` is measured, not guessed: ``scripts/calibrate_pace.py``
synthesises the whole programme at each eSpeak rate (sentence pauses
included) and prints the table. Rates below 80 are eSpeak's slowest rate with
a pause between words (see ``espeak_driver``).

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

DEFAULT_WPM = 150  # the pace of "normal fart"
CLEARER_SHARE = 0.8  # Tydligare: the pace of each speed step, times this
PARAGRAPH_PAUSE_MS = 350  # silence after a paragraph (export; between paragraphs)
CLEARER_SENTENCE_PAUSE_MS = 400  # Tydligare: extra silence after every sentence
CLEARER_PARAGRAPH_PAUSE_MS = 1000  # Tydligare: silence after a paragraph, instead of 350 ms

# eSpeak NG rate → syllables a minute of the programme read aloud (sentence pauses included).
# Measured with scripts/calibrate_pace.py (eSpeak NG 1.52, the bundled Swedish voice).
RATE_TO_SYLLABLES: tuple[tuple[int, float], ...] = (
    (50, 98.3),
    (60, 109.6),
    (70, 123.5),
    (80, 136.7),
    (90, 145.7),
    (100, 161.9),
    (115, 185.8),
    (130, 211.1),
    (150, 242.7),
    (175, 283.6),
    (200, 324.4),
    (240, 389.4),
    (280, 451.2),
    (330, 526.4),
    (390, 625.7),
    (450, 709.8),
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


def sentence_pause_ms(clearer: bool) -> int:
    """Extra silence after every sentence (eSpeak's own end-of-sentence pause comes first)."""
    return CLEARER_SENTENCE_PAUSE_MS if clearer else 0


def paragraph_pause_ms(clearer: bool) -> int:
    return CLEARER_PARAGRAPH_PAUSE_MS if clearer else PARAGRAPH_PAUSE_MS


def target_wpm(multiplier: float, clearer: bool = False) -> int:
    """The pace a speed step stands for, in words a minute (what its label says)."""
    return round(DEFAULT_WPM * multiplier * (CLEARER_SHARE if clearer else 1.0))


def _rate_for_syllables(spm: float) -> int:
    """Invert the measured table (linear between rows, clamped to its ends)."""
    table = RATE_TO_SYLLABLES
    values = [s for _, s in table]
    if spm <= values[0]:
        return table[0][0]
    if spm >= values[-1]:
        return table[-1][0]
    i = bisect.bisect_left(values, spm)
    (r0, s0), (r1, s1) = table[i - 1], table[i]
    return round(r0 + (r1 - r0) * (spm - s0) / (s1 - s0))


def syllables_per_minute(rate: int) -> float:
    """The measured syllable rate at eSpeak rate ``rate`` (linear between rows)."""
    table = RATE_TO_SYLLABLES
    rates = [r for r, _ in table]
    rate = max(rates[0], min(rates[-1], rate))
    i = bisect.bisect_left(rates, rate)
    if rates[i] == rate:
        return table[i][1]
    (r0, s0), (r1, s1) = table[i - 1], table[i]
    return s0 + (s1 - s0) * (rate - r0) / (r1 - r0)


def espeak_rate(wpm: float, shape: TextShape = PROGRAMME_SHAPE, clearer: bool = False) -> int:
    """The eSpeak rate that reads a text of ``shape`` at ``wpm`` words a minute, pauses included.

    Per word the time is its syllables at the syllable rate, plus the pauses the
    export adds beyond eSpeak's own (paragraph pauses; with Tydligare, longer ones
    and a pause after every sentence).
    """
    wpm = max(1.0, float(wpm))
    pauses_ms = shape.sentences_per_word * sentence_pause_ms(
        clearer
    ) + shape.paragraphs_per_word * paragraph_pause_ms(clearer)
    speech_min_per_word = 1 / wpm - pauses_ms / 60000
    speech_min_per_word = max(speech_min_per_word, 0.05 / wpm)  # pauses never take it all
    return _rate_for_syllables(shape.syllables_per_word / speech_min_per_word)


def fastest_wpm(shape: TextShape = PROGRAMME_SHAPE, clearer: bool = False) -> float:
    """The fastest pace eSpeak reaches for a text of ``shape`` (its top rate)."""
    spm = RATE_TO_SYLLABLES[-1][1]
    pauses_ms = shape.sentences_per_word * sentence_pause_ms(
        clearer
    ) + shape.paragraphs_per_word * paragraph_pause_ms(clearer)
    return 1 / (shape.syllables_per_word / spm + pauses_ms / 60000)


def measured_wpm(texts: Iterable[tuple[str, bool]], duration_ms: int) -> float:
    """Words a minute of audio that lasts ``duration_ms`` (pauses included)."""
    words = sum(count_words(t) for t, _ in texts)
    return words / (duration_ms / 60000) if duration_ms > 0 else 0.0
