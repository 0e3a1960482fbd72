"""Split Swedish text into sentences with character offsets.

Speech reads one sentence at a time and highlighting marks the sentence being
read, so the boundaries must be right for real text: years and ranges
("2022–2026"), amounts ("100 miljarder"), common abbreviations ("t.ex.",
"bl.a."), initials and colons that introduce a list do not end a sentence.
"""

from __future__ import annotations

import re

# Abbreviations that end in a full stop but rarely end a sentence (lower-cased).
ABBREVIATIONS = frozenset(
    [
        "t.ex",
        "bl.a",
        "m.m",
        "s.k",
        "d.v.s",
        "dvs",
        "o.s.v",
        "osv",
        "etc",
        "ca",
        "cirka",
        "jfr",
        "resp",
        "st",
        "kl",
        "f.d",
        "p.g.a",
        "pga",
        "t.o.m",
        "fr.o.m",
        "m.fl",
        "mfl",
        "nr",
        "kap",
        "sid",
        "s",
        "obs",
        "dr",
        "prof",
        "t.ex.",
        "e.d",
        "o.d",
        "ung",
    ]
)

# A sentence may end at . ! ? … or : followed by optional closing quotes/brackets.
_END = re.compile(r"[.!?…:]+[\"”’»)\]]*")
# What may start a new sentence: an upper-case letter, a digit, a quote, a dash.
_START = re.compile(r"[\"“”«'(\[–—-]?[A-ZÅÄÖÉÜ0-9]")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop at ``end - 1`` closes an abbreviation or an initial."""
    start = end - 1
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '("“«':
        start -= 1
    word = text[start:end].rstrip(".")
    if word.lower() in ABBREVIATIONS:
        return True
    # A single capital ("A. Nilsson") is an initial; "verka i." ends a sentence.
    return len(word) == 1 and word.isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for match in _END.finditer(text):
        end = match.end()
        if end >= n:
            break
        if not text[end].isspace():
            continue
        rest = end
        while rest < n and text[rest].isspace():
            rest += 1
        if rest >= n:
            break
        if not _START.match(text, rest):
            continue
        if match.group().startswith(".") and len(match.group()) == 1 and _is_abbreviation(text, end):
            continue
        spans.append((start, end))
        start = rest
    spans.append((start, n))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result
