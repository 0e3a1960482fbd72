"""Colour themes, checked against WCAG contrast, and how a theme is applied to the window.

Each theme names every colour the app draws: text and page, window chrome,
controls, the focus ring, glossary marks, the sentence band and current word
of read-aloud, and search matches. ``tests/test_themes.py`` computes the WCAG
contrast of every pair that sits on another, so a colour change that makes
something hard to see fails a test rather than a reader.

"Som datorn" (``system``) follows the operating system: its light or dark
scheme and its high-contrast preference (EN 301 549 11.7), and the system
font when the font choice is the system's.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
SEPIA = "sepia"
SYSTEM = "system"
THEME_CHOICES: tuple[str, ...] = (LIGHT, DARK, HIGH_CONTRAST, SEPIA, SYSTEM)

FOCUS_WIDTH_PX = 3  # at least 2 px (WCAG 2.4.13)


@dataclass(frozen=True)
class Theme:
    """Every colour the app paints, as ``#rrggbb``."""

    key: str
    text: str  # body text on ``background``
    background: str  # reading page
    window: str  # window chrome: toolbar, side list, dialogs
    window_text: str
    control: str  # button / field face
    control_text: str
    control_border: str  # outline of buttons and fields, ≥ 3:1 against ``window``
    focus: str  # focus ring, ≥ 3:1 against ``window`` and ``control``
    selection: str  # selected list row / text selection
    selection_text: str
    glossary_mark: str  # underline of a glossary word, ≥ 3:1 against ``background``
    sentence_band: str  # fill of the sentence being read
    sentence_mark: str  # edge line of that band, ≥ 3:1 against ``background``
    word_band: str  # fill of the current word, ≥ 3:1 against ``sentence_band``
    word_text: str
    match_band: str  # fill of a search match, ≥ 3:1 against ``background``
    match_text: str
    current_match_border: str  # the match F3 moved to, ≥ 3:1 against ``match_band``
    primary: str  # face of the first screen's main button (*Läs upp*), ≥ 3:1 against ``window``
    primary_text: str
    disabled_text: str  # a button that cannot be used now: readable (≥ 4.5:1 on ``window``), softer
    dark: bool = False


THEMES: dict[str, Theme] = {
    LIGHT: Theme(
        key=LIGHT,
        text="#1a1a1a",
        background="#faf7f0",
        window="#ece8df",
        window_text="#1a1a1a",
        control="#fbfaf6",
        control_text="#1a1a1a",
        control_border="#5c5a55",
        focus="#0a4fc2",
        selection="#0a4fc2",
        selection_text="#ffffff",
        glossary_mark="#6b3fa0",
        sentence_band="#fff1a8",
        sentence_mark="#8a6d00",
        word_band="#0b3d91",
        word_text="#ffffff",
        match_band="#7a2e00",
        match_text="#ffffff",
        current_match_border="#f5b400",
        primary="#17602d",
        primary_text="#ffffff",
        disabled_text="#5c5a55",
    ),
    DARK: Theme(
        key=DARK,
        text="#ececec",
        background="#141414",
        window="#1f1f1f",
        window_text="#ececec",
        control="#2b2b2b",
        control_text="#ececec",
        control_border="#a0a0a0",
        focus="#ffd54a",
        selection="#8ab4f8",
        selection_text="#000000",
        glossary_mark="#c9a0ff",
        sentence_band="#27344d",
        sentence_mark="#8ab4f8",
        word_band="#ffd54a",
        word_text="#000000",
        match_band="#ff9e80",
        match_text="#000000",
        current_match_border="#000000",
        primary="#8fd19e",
        primary_text="#000000",
        disabled_text="#a0a0a0",
        dark=True,
    ),
    HIGH_CONTRAST: Theme(
        key=HIGH_CONTRAST,
        text="#ffff00",
        background="#000000",
        window="#000000",
        window_text="#ffffff",
        control="#000000",
        control_text="#ffffff",
        control_border="#ffffff",
        focus="#00ffff",
        selection="#00ffff",
        selection_text="#000000",
        glossary_mark="#00ffff",
        sentence_band="#1a1a5e",
        sentence_mark="#ffffff",
        word_band="#ffffff",
        word_text="#000000",
        match_band="#00ffff",
        match_text="#000000",
        current_match_border="#000000",
        primary="#ffff00",
        primary_text="#000000",
        disabled_text="#b0b0b0",
        dark=True,
    ),
    SEPIA: Theme(
        key=SEPIA,
        text="#2e2114",
        background="#f4ecd8",
        window="#e6dac0",
        window_text="#2e2114",
        control="#f8f1e0",
        control_text="#2e2114",
        control_border="#6e5a3e",
        focus="#8a2be2",
        selection="#5a3a1a",
        selection_text="#ffffff",
        glossary_mark="#8a2be2",
        sentence_band="#f6dd8c",
        sentence_mark="#7a5600",
        word_band="#3b2a80",
        word_text="#ffffff",
        match_band="#7a2e00",
        match_text="#ffffff",
        current_match_border="#e0a800",
        primary="#285419",
        primary_text="#ffffff",
        disabled_text="#6e5a3e",
    ),
}


def theme_label(key: str) -> str:
    """The plain-Swedish name of a theme."""
    names = {
        LIGHT: QCoreApplication.translate("Themes", "Ljus"),
        DARK: QCoreApplication.translate("Themes", "Mörk"),
        HIGH_CONTRAST: QCoreApplication.translate("Themes", "Hög kontrast"),
        SEPIA: QCoreApplication.translate("Themes", "Sepia"),
        SYSTEM: QCoreApplication.translate("Themes", "Som datorn"),
    }
    return names.get(key, key)


# --- WCAG contrast -----------------------------------------------------------


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio (1–21) between two colours."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


# (foreground, background, minimum, what) for every pair the app draws.
def contrast_pairs(theme: Theme) -> list[tuple[str, str, float, str]]:
    t = theme
    return [
        (t.text, t.background, 7.0, "body text"),
        (t.window_text, t.window, 7.0, "window text"),
        (t.control_text, t.control, 7.0, "button text"),
        (t.selection_text, t.selection, 4.5, "selected row text"),
        (t.control_border, t.window, 3.0, "control outline"),
        (t.focus, t.window, 3.0, "focus ring on window"),
        (t.focus, t.control, 3.0, "focus ring on control"),
        (t.focus, t.background, 3.0, "focus ring on page"),
        (t.glossary_mark, t.background, 3.0, "glossary mark"),
        (t.text, t.sentence_band, 7.0, "text in sentence band"),
        (t.sentence_mark, t.background, 3.0, "sentence band edge"),
        (t.sentence_mark, t.sentence_band, 3.0, "sentence band edge on band"),
        (t.word_band, t.sentence_band, 3.0, "current word on band"),
        (t.word_text, t.word_band, 7.0, "current word text"),
        (t.match_band, t.background, 3.0, "search match"),
        (t.match_text, t.match_band, 7.0, "search match text"),
        (t.current_match_border, t.match_band, 3.0, "current match outline"),
        (t.primary_text, t.primary, 7.0, "main button text"),
        (t.primary, t.window, 3.0, "main button on window"),
        # Focused, the main button takes the face of the others, under the focus ring (which
        # would hardly show on its own face): the change itself must be seen (WCAG 2.4.13).
        (t.control, t.primary, 3.0, "main button focused against unfocused"),
        (t.disabled_text, t.window, 4.5, "unavailable button text and dashed outline"),
        (t.disabled_text, t.control, 4.5, "unavailable field text"),
        (t.disabled_text, t.background, 4.5, "unavailable text on the page"),
    ]


def failing_pairs(theme: Theme) -> list[str]:
    """Descriptions of pairs below their minimum (empty when the theme passes)."""
    return [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1 < {minimum}"
        for fg, bg, minimum, what in contrast_pairs(theme)
        if contrast_ratio(fg, bg) < minimum
    ]


# --- "Som datorn" ------------------------------------------------------------


def system_theme(dark: bool, high_contrast: bool) -> Theme:
    """The theme that follows the operating system's scheme and contrast preference.

    High contrast wins; otherwise our light or dark theme (same checked colours,
    so "Som datorn" is never less readable than the named themes).
    """
    if high_contrast:
        return replace(THEMES[HIGH_CONTRAST], key=SYSTEM)
    return replace(THEMES[DARK if dark else LIGHT], key=SYSTEM)


def os_preferences() -> tuple[bool, bool]:
    """(dark, high contrast) as the platform reports them now (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    high = False
    with contextlib.suppress(AttributeError):  # Qt before 6.10 has no contrast preference
        high = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    return dark, high


def resolve(key: str) -> Theme:
    """The theme for a settings value; ``system`` asks the platform."""
    if key == SYSTEM:
        return system_theme(*os_preferences())
    return THEMES.get(key, THEMES[LIGHT])


# --- applying a theme to the whole window ------------------------------------


def palette_for(theme: Theme):
    """A QPalette so every standard widget (lists, dialogs, menus) follows the theme."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: theme.window,
        role.WindowText: theme.window_text,
        role.Base: theme.background,
        role.AlternateBase: theme.window,
        role.Text: theme.text,
        role.Button: theme.control,
        role.ButtonText: theme.control_text,
        role.Highlight: theme.selection,
        role.HighlightedText: theme.selection_text,
        role.ToolTipBase: theme.control,
        role.ToolTipText: theme.control_text,
        role.PlaceholderText: theme.control_text,
        role.Link: theme.focus,
        role.BrightText: theme.text,
    }
    # A control that cannot be used now is written softer, still readable (≥ 4.5:1).
    softer = {role.WindowText, role.Text, role.ButtonText}
    for r, colour in pairs.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            p.setColor(group, r, QColor(colour))
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(theme.disabled_text if r in softer else colour))
    return p


HEADING_RATIO = 1.2  # a panel's heading to the controls' text


def stylesheet_for(theme: Theme, scale: float = 1.0, font_pt: float | None = None) -> str:
    """Style sheet for controls: big targets, clear outlines and a thick focus ring.

    ``scale`` is the user-interface scale (1.0–2.0); it sizes targets, paddings and
    the control font without touching the reading text.
    """
    t = theme
    target = round(44 * scale)
    pad_v = round(6 * scale)
    pad_h = round(12 * scale)
    border = max(1, round(1 * scale))
    focus = max(FOCUS_WIDTH_PX, round(FOCUS_WIDTH_PX * scale))
    # A radio button's circle: Qt draws a square where the radius is over half the box.
    indicator, ring = round(24 * scale), max(2, border)
    # A menu's tick (reader/ui/big_arrows.py) as tall as a capital of the menu's text.
    mark = max(indicator, round((font_pt or 12 * scale) * 96 / 72))
    # A scroll bar, and its arrow buttons square at either end. They are drawn by the style
    # (reader/ui/big_arrows.py): a button given a background here would lose its arrow. Only
    # the vertical one: the text never scrolls sideways, and a styled horizontal bar would make
    # every list and text box's least width twice the bar's length.
    bar = round(18 * scale)
    # The interface text size (never the reading text: text panes are not in this list).
    # A panel (a dock) too: Qt gives docks the platform's small title font, and so to the
    # glossary's explanation inside (a text box, named here). Panel headings a little larger.
    chrome_font = (
        "QAbstractButton, QLabel, QComboBox, QAbstractSpinBox, QLineEdit, QListView, QMenuBar, QMenu,"
        f" QStatusBar, QToolTip, QGroupBox, QProgressBar, QDockWidget, QTextEdit#GlossaryExplanation {{ font-size: {font_pt:.1f}pt; }}"
        f" QLabel#PanelTitle, QLabel#GlossaryTerm {{ font-size: {font_pt * HEADING_RATIO:.1f}pt; }}"
        if font_pt
        else ""
    )
    return (
        chrome_font
        + f"""
QWidget {{ color: {t.window_text}; background-color: {t.window}; }}
QTextBrowser, QTextEdit, QPlainTextEdit {{ color: {t.text}; background-color: {t.background};
    border: {border}px solid {t.control_border}; }}
QTextBrowser:focus, QTextEdit:focus {{ border: {focus}px solid {t.focus}; }}
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox {{
    color: {t.control_text}; background-color: {t.control};
    border: {border}px solid {t.control_border}; border-radius: {round(4 * scale)}px;
    min-height: {target - 2 * pad_v - 2 * border}px; padding: {pad_v}px {pad_h}px; }}
QPushButton, QToolButton {{ min-width: {target - 2 * pad_h - 2 * border}px; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus {{
    border: {focus}px solid {t.focus};
    padding: {max(0, pad_v - focus + border)}px {max(0, pad_h - focus + border)}px; }}
QPushButton:checked, QToolButton:checked {{ background-color: {t.selection}; color: {t.selection_text}; }}
QPushButton:hover, QToolButton:hover {{ border-color: {t.focus}; }}
QPushButton[primary="true"] {{ color: {t.primary_text}; background-color: {t.primary};
    border-color: {t.primary}; }}
QPushButton[primary="true"]:hover {{ border-color: {t.focus}; }}
QPushButton[primary="true"]:focus {{ color: {t.control_text}; background-color: {t.control};
    border-color: {t.focus}; }}
QPushButton:disabled, QToolButton:disabled, QPushButton[primary="true"]:disabled {{
    color: {t.disabled_text}; background-color: {t.window}; border-color: {t.disabled_text};
    border-style: dashed; }}
QComboBox::drop-down {{ width: {round(32 * scale)}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 0px; border: none; image: none; }}
QAbstractSpinBox QLineEdit {{ border: none; padding: 0px 0px 0px {pad_h}px; margin: 0px; min-height: 0px;
    background: transparent; color: {t.control_text}; }}
QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {pad_h}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px;
    border: {ring}px solid {t.control_border}; background: {t.control}; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {t.selection}; }}
QRadioButton::indicator {{ border-radius: {indicator // 2 + ring}px; }}
QCheckBox:focus, QRadioButton:focus {{ padding: 0px; }}
QSlider {{ min-height: {target}px; }}
QSlider::groove:horizontal {{ height: {round(8 * scale)}px; background: {t.control_border}; }}
QSlider::handle:horizontal {{ width: {round(28 * scale)}px; margin: -{round(12 * scale)}px 0;
    background: {t.control}; border: {max(2, border)}px solid {t.control_text};
    border-radius: {round(4 * scale)}px; }}
QListView, QListWidget, QTreeView {{ color: {t.window_text}; background-color: {t.window};
    border: {border}px solid {t.control_border}; }}
QListView:focus, QListWidget:focus, QTreeView:focus {{ border: {focus}px solid {t.focus}; }}
QListView::item, QListWidget::item {{ min-height: {target}px; padding: {pad_v}px; }}
QListView::item:selected, QListWidget::item:selected {{
    background: {t.selection}; color: {t.selection_text}; }}
QToolBar {{ spacing: {round(6 * scale)}px; padding: {round(4 * scale)}px; border: none; }}
QMenu {{ color: {t.control_text}; background-color: {t.control};
    border: {border}px solid {t.control_border}; }}
QMenu::item {{ padding: {pad_v}px {pad_h * 2}px; min-height: {target - 2 * pad_v}px; }}
QMenuBar::item {{ padding: {round(13 * scale)}px {pad_h}px; }}
QMenuBar::item:selected {{ background: {t.selection}; color: {t.selection_text}; }}
QMenu::item:selected {{ background: {t.selection}; color: {t.selection_text}; }}
QMenu::indicator {{ width: {mark}px; height: {mark}px; left: {pad_h}px; }}
QMenu::item:disabled {{ color: {t.disabled_text}; }}
QMenu::item:disabled:selected {{ background: {t.window}; color: {t.disabled_text}; }}
QMenu::separator {{ height: {max(1, border)}px; background: {t.control_border};
    margin: {pad_v}px {pad_h}px; }}
QToolTip {{ color: {t.control_text}; background-color: {t.control}; border: 1px solid {t.control_border}; }}
QScrollBar:vertical {{ width: {bar}px; margin: {bar}px 0px; color: {t.control_text}; background: {t.window}; }}
QScrollBar::handle:vertical {{ background: {t.control_border}; min-height: {round(40 * scale)}px; }}
QScrollBar::sub-line:vertical {{ height: {bar}px; subcontrol-origin: margin; subcontrol-position: top; }}
QScrollBar::add-line:vertical {{ height: {bar}px; subcontrol-origin: margin; subcontrol-position: bottom; }}
"""
    )


def apply_theme(window, theme: Theme, scale: float = 1.0, font_pt: float | None = None) -> None:
    """Make ``window`` and everything in it (lists, buttons, its dialogs) follow ``theme``.

    Applied to the window rather than the whole application: style sheets cascade to
    the window's child dialogs and menus, and re-styling stays local to one window.
    """
    sheet = stylesheet_for(theme, scale, font_pt)
    if window.property("reader_theme") == theme.key and window.styleSheet() == sheet:
        return  # re-polishing every widget is slow; nothing changed
    window.setPalette(palette_for(theme))
    window.setStyleSheet(sheet)
    window.setProperty("reader_theme", theme.key)
