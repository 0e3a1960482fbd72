"""Bundled reading fonts: Atkinson Hyperlegible (low vision) and OpenDyslexic.

The fonts ship in ``resources/fonts`` so they work on a locked-down public
computer where nothing can be installed. A missing or damaged font file never
stops the app: that choice falls back to the system font and the user gets a
plain-Swedish message saying so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from reader.platform.paths import resources_dir

log = logging.getLogger(__name__)

SYSTEM = "system"
ATKINSON = "atkinson"
OPENDYSLEXIC = "opendyslexic"

# key -> (display name, files: regular first)
BUNDLED: dict[str, tuple[str, tuple[str, ...]]] = {
    ATKINSON: (
        "Atkinson Hyperlegible",
        ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"),
    ),
    OPENDYSLEXIC: ("OpenDyslexic", ("OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf")),
}
FONT_CHOICES: tuple[str, ...] = (SYSTEM, ATKINSON, OPENDYSLEXIC)
SWEDISH_LETTERS = "åäöéÅÄÖÉ"


def font_label(key: str) -> str:
    """The name shown to the user for a font choice."""
    if key == SYSTEM:
        return QCoreApplication.translate("Fonts", "Datorns vanliga typsnitt")
    return BUNDLED[key][0] if key in BUNDLED else key


@dataclass
class FontReport:
    """What loaded: ``families`` maps a choice to the Qt family name; ``problems`` are user messages."""

    families: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def family(self, key: str) -> str | None:
        """The family to use for ``key``, or None for the system font (also when loading failed)."""
        return self.families.get(key)


_cache: dict[Path, FontReport] = {}


def problem_message(display: str) -> str:
    return QCoreApplication.translate(
        "Fonts", "Typsnittet {name} kunde inte läsas in. Texten visas med datorns vanliga typsnitt."
    ).format(name=display)


def load_bundled_fonts(folder: Path | None = None) -> FontReport:
    """Register the bundled fonts with Qt (once per folder) and say which ones work.

    Needs a QGuiApplication. A font counts as usable when its regular file loads
    and it has the Swedish letters; a missing bold file only logs a line
    (Qt then makes bold itself).
    """
    folder = (folder or resources_dir() / "fonts").resolve()
    if folder in _cache:
        return _cache[folder]
    report = FontReport()
    for key, (display, files) in BUNDLED.items():
        family: str | None = None
        for index, name in enumerate(files):
            loaded = _add_font(folder / name)
            if loaded is None:
                log.warning("fonts: could not load %s", folder / name)
                if index == 0:
                    break
                continue
            if index == 0:
                family = loaded
        if family is None or not has_letters(family, SWEDISH_LETTERS):
            if family is not None:
                log.warning("fonts: %s lacks Swedish letters", display)
            report.problems.append(problem_message(display))
            continue
        report.families[key] = family
    _cache[folder] = report
    return report


def _add_font(path: Path) -> str | None:
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def has_letters(family: str, letters: str) -> bool:
    """True when ``family`` itself (not a fallback font) draws every one of ``letters``."""
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family, 12))
    if not raw.isValid() or raw.familyName() != family:
        return False
    return all(raw.supportsCharacter(ord(ch)) for ch in letters)


def clear_cache() -> None:
    """Forget earlier loads (tests load from different folders)."""
    _cache.clear()
