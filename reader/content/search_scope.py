"""Which search hits are in the text on screen, and which are in a text that is hidden.

In *Lättläst* view the full text is not shown, in *Hela texten* the summary is
not: a hit there cannot be marked, so it is not counted as one the reader can
step to. The bar says plainly how many there are and where instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.content.search import SUMMARY, TEXT, Hit

FULL_VIEW, SUMMARY_VIEW, BOTH_VIEW = "full", "summary", "both"


def shown_kinds(mode: str, has_summary: bool, showing_overview: bool = False) -> frozenset[str]:
    """The kinds of text (``TEXT``, ``SUMMARY``) on screen for a section in view ``mode``.

    A section without a summary shows its full text in every view; while the
    overview stands in the summary's place, no section summary is shown.
    """
    summary = has_summary and not showing_overview and mode in (SUMMARY_VIEW, BOTH_VIEW)
    text = mode in (FULL_VIEW, BOTH_VIEW) or not has_summary or (mode == SUMMARY_VIEW and showing_overview)
    return frozenset(k for k, on in ((TEXT, text), (SUMMARY, summary)) if on)


def split_hits(
    hits: Iterable[Hit], mode: str, with_summary: set[str], showing_overview: bool = False
) -> tuple[list[Hit], list[Hit]]:
    """(hits in shown text, hits in hidden text), each in reading order."""
    shown: list[Hit] = []
    hidden: list[Hit] = []
    for hit in hits:
        kinds = shown_kinds(mode, hit.section_id in with_summary, showing_overview)
        (shown if hit.kind in kinds else hidden).append(hit)
    return shown, hidden
