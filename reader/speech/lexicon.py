"""Pronunciation lexicon: changes what the engine is given, never what is shown.

Entries live in the content pack (``lexicon.toml``). An entry may give eSpeak
NG phonemes besides (or instead of) a respelling: eSpeak's Swedish rules
stress the first syllable of words such as Helsingborg or Moderaterna, and no
spelling moves that stress, so eSpeak is given ``[[phonemes]]`` (its own
phoneme input) while other voices get the respelling. Applying the lexicon to a
sentence gives the text to speak plus a map from positions in that spoken text
back to positions in the shown text, so word highlighting still marks the
words the reader sees (a replaced word is marked whole).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    pattern: re.Pattern[str]
    spoken: str  # a regex replacement template (\1 etc. allowed)
    written: str  # for messages and tests
    note: str = ""
    same_in_espeak: bool = False  # eSpeak already says it right; kept for other voices
    phonemes: str = ""  # eSpeak NG phoneme mnemonics (a replacement template), given as [[…]]


@dataclass(frozen=True)
class Piece:
    spoken_start: int
    spoken_end: int
    shown_start: int
    shown_end: int
    replaced: bool


@dataclass(frozen=True)
class Rewritten:
    """Spoken text and its map back to the shown text."""

    shown: str
    spoken: str
    pieces: tuple[Piece, ...]
    _starts: tuple[int, ...] = field(default=(), repr=False)

    def to_shown(self, spoken_start: int, spoken_end: int) -> tuple[int, int]:
        """Map a span of the spoken text to the span of shown text it came from."""
        a = self._point(spoken_start, start=True)
        b = self._point(max(spoken_end, spoken_start), start=False)
        return (a, max(a, b))

    def _point(self, pos: int, *, start: bool) -> int:
        if not self.pieces:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        i = max(0, min(i, len(self.pieces) - 1))
        p = self.pieces[i]
        if not start and pos == p.spoken_start and i > 0:
            p = self.pieces[i - 1]
        if p.replaced:
            return p.shown_start if start else p.shown_end
        return min(p.shown_end, p.shown_start + max(0, pos - p.spoken_start))


def identity(text: str) -> Rewritten:
    piece = Piece(0, len(text), 0, len(text), False)
    return Rewritten(text, text, (piece,), (0,))


class Lexicon:
    """An ordered list of replacements, applied in one left-to-right pass."""

    def __init__(self, entries: list[Entry] | None = None) -> None:
        self.entries = list(entries or [])

    def __len__(self) -> int:
        return len(self.entries)

    def apply(self, text: str, *, phonemes: bool = False) -> Rewritten:
        """Return the text to speak for ``text`` with its position map.

        ``phonemes``: the voice is eSpeak NG, so entries with phonemes give ``[[…]]``.
        """
        matches: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for entry in self.entries:
            for m in entry.pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue  # earlier entries win over overlapping later ones
                if phonemes and entry.phonemes:
                    spoken = f"[[{m.expand(entry.phonemes)}]]"
                else:
                    spoken = m.expand(entry.spoken)
                taken.append((m.start(), m.end()))
                matches.append((m.start(), m.end(), spoken))
        matches.sort()
        pieces: list[Piece] = []
        out: list[str] = []
        spoken_len = 0
        shown_pos = 0

        def plain(upto: int) -> None:
            nonlocal spoken_len, shown_pos
            if upto > shown_pos:
                chunk = text[shown_pos:upto]
                pieces.append(Piece(spoken_len, spoken_len + len(chunk), shown_pos, upto, False))
                out.append(chunk)
                spoken_len += len(chunk)
                shown_pos = upto

        for start, end, spoken in matches:
            plain(start)
            pieces.append(Piece(spoken_len, spoken_len + len(spoken), start, end, True))
            out.append(spoken)
            spoken_len += len(spoken)
            shown_pos = end
        plain(len(text))
        if not pieces:
            return identity(text)
        return Rewritten(text, "".join(out), tuple(pieces), tuple(p.spoken_start for p in pieces))


MAX_ENTRIES = 5000  # the real lexicon has a few dozen
MAX_PATTERN_CHARS = 500


def parse(text: str, source: str = "lexicon.toml") -> Lexicon:
    """Build a lexicon from TOML text; bad entries are skipped with a log line.

    Raises UnsafeFileError (an OSError) for text that is not bounded TOML.
    """
    from reader.platform.safe_read import parse_toml

    data = parse_toml(text)
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        log.warning("%s: [[entry]] tables expected; lexicon not used", source)
        return Lexicon()
    if len(raw_entries) > MAX_ENTRIES:
        log.warning("%s: more than %d entries; only the first are used", source, MAX_ENTRIES)
    entries: list[Entry] = []
    for n, raw in enumerate(raw_entries[:MAX_ENTRIES], start=1):
        try:
            if not isinstance(raw, dict):
                raise TypeError("not a table")
            phonemes = _text(raw.get("phonemes", ""), MAX_PATTERN_CHARS)
            if "[" in phonemes or "]" in phonemes:
                raise TypeError("phonemes must not contain [ or ]")
            spoken = _text(raw["spoken"]) if "spoken" in raw or not phonemes else ""
            if "pattern" in raw:
                pattern = re.compile(_text(raw["pattern"], MAX_PATTERN_CHARS))
                written = _text(raw.get("example", raw["pattern"]))
            else:
                written = _text(raw["written"], MAX_PATTERN_CHARS)
                flags = 0 if raw.get("case_sensitive", True) is not False else re.IGNORECASE
                pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", flags)
                spoken = spoken.replace("\\", "\\\\")
                phonemes = phonemes.replace("\\", "\\\\")
            if not spoken:
                spoken = r"\g<0>"  # phonemes for eSpeak only: other voices say the word as written
            same = raw.get("same_in_espeak", False) is True
            entries.append(Entry(pattern, spoken, written, _text(raw.get("note", "")), same, phonemes))
        except (KeyError, TypeError, ValueError, re.error, RecursionError, OverflowError) as exc:
            log.warning("%s: entry %d skipped (%s)", source, n, exc)
    return Lexicon(entries)


def _text(value: object, limit: int = 2000) -> str:
    """A text value of an entry; numbers, lists and tables are refused (TypeError)."""
    if not isinstance(value, str):
        raise TypeError(f"text expected, not {type(value).__name__}")
    if len(value) > limit or "\x00" in value:
        raise ValueError("text too long or with a NUL character")
    return value


def load(path: Path) -> Lexicon:
    """Read the pack's lexicon; a missing, broken or unsafe file gives an empty lexicon.

    Read as a bounded regular file inside its pack folder (no FIFO, device, or link out of it).
    """
    from reader.platform.safe_read import MAX_CONFIG_BYTES, read_bytes

    try:
        return parse(read_bytes(path, MAX_CONFIG_BYTES, Path(path).parent).decode("utf-8"), str(path))
    except FileNotFoundError:
        return Lexicon()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("%s: lexicon not used (%s)", path, exc)
        return Lexicon()
