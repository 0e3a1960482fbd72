"""Reading comfort in the window: fonts, spacing, theme and interface scale from settings.

Settings are the single source: the appearance panel, the quick presets and
the keyboard all change settings, and this controller turns settings into the
look of the window. Text changes are applied after a short pause (a
single-shot timer), so dragging a value does not re-lay out the text for every
step, and the reading pane keeps the sentence at the top of the view.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QMenuBar

from reader.platform import fonts
from reader.preferences import themes
from reader.preferences.settings import DEFAULTS
from reader.preferences.typography import EASIER_READING, controls_scale_of, style_from_settings
from reader.ui.menu_bar_fit import fit_extension_button

if TYPE_CHECKING:
    from reader.services import Services
    from reader.ui.appearance_panel import AppearancePanel
    from reader.ui.host import Host
    from reader.ui.reading_pane import ReadingPane

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
TEXT_KEYS = (
    "text/family",
    "text/bold",
    "text/size_pt",
    "text/line_height",
    "text/paragraph_spacing",
    "text/letter_spacing",
    "text/word_spacing",
    "text/max_chars",
)
LOOK_KEYS = ("view/theme", "view/ui_scale", "view/controls_follow_text")
# What "Återställ" (appearance only) puts back.
APPEARANCE_KEYS = TEXT_KEYS + LOOK_KEYS + ("ruler/enabled", "ruler/lines", "ruler/follow", "ruler/shade")


_BASE_FONT: QFont | None = None


def base_font() -> QFont:
    """The system's interface font as it was before any scaling (captured once)."""
    global _BASE_FONT
    if _BASE_FONT is None:
        _BASE_FONT = QFont(QGuiApplication.font())
    return QFont(_BASE_FONT)


class Appearance(QObject):
    """Keeps the window's look in step with the settings."""

    def __init__(self, window: Host, services: Services) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.window = window
        self.settings = services.settings
        self.panel: AppearancePanel | None = None  # the "Utseende" window, made when first opened
        self.font_report = fonts.load_bundled_fonts()
        self.theme = themes.resolve(self.settings.get("view/theme"))
        self._base_font = base_font()
        self._previous_theme = "system"
        self._controls_scale = 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_text_style)
        self.settings.changed.connect(self._on_setting)
        window.room_changed.connect(self.follow_room)  # a smaller window: smaller controls
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow_system_look)
        with contextlib.suppress(AttributeError):  # Qt 6.10+: the system's high-contrast switch
            hints.accessibility().contrastPreferenceChanged.connect(self.follow_system_look)
        self.apply_look()
        self.apply_text_style()
        if self.font_report.problems:
            QTimer.singleShot(0, self._report_font_problems)

    # -- settings -> window --------------------------------------------------------
    def _on_setting(self, key: str, _value) -> None:
        if key == "text/size_pt":
            self.apply_text_style()  # a size from a key or button is seen at once
            self.follow_room()  # the controls grow (or shrink) with the text
        elif key in TEXT_KEYS:
            self._timer.start()  # a dragged slider: once it rests
        elif key in LOOK_KEYS:
            self.apply_look()
            if key == "view/theme":
                self.window.announce(
                    QCoreApplication.translate("Appearance", "Färger: {0}").format(
                        themes.theme_label(self.settings.get("view/theme"))
                    )
                )
            elif key == "view/ui_scale":
                self.window.announce(
                    QCoreApplication.translate(
                        "Appearance", "Storlek på knappar och menyer: {0} procent"
                    ).format(self.settings.get(key))
                )
            else:
                follow = self.settings.get(key)
                self.window.announce(
                    QCoreApplication.translate("Appearance", "Knapparna växer med texten")
                    if follow
                    else QCoreApplication.translate("Appearance", "Knapparna behåller sin storlek")
                )

    def controls_scale(self) -> float:
        """How large the controls are drawn: the settings, within what the window holds."""
        return controls_scale_of(self.settings, (self.window.width(), self.window.height()))

    def follow_room(self) -> None:
        """The text size or the window changed: restyle only if the controls' size did."""
        if self._controls_scale != self.controls_scale():
            self.apply_look()

    def follow_system_look(self, *_args) -> None:
        """The system's dark mode or high-contrast switch changed: *Som datorn* follows it."""
        if self.settings.get("view/theme") == themes.SYSTEM:
            self.apply_look()

    def panes(self) -> list[ReadingPane]:
        return self.window.reading_panes()

    def text_style(self):
        family = self.font_report.family(self.settings.get("text/family"))
        return style_from_settings(self.settings, family)

    def apply_text_style(self) -> None:
        """Apply font and spacing now (the debounce timer calls this)."""
        self._timer.stop()
        style = self.text_style()
        for pane in self.panes():
            if pane.text_style != style:
                pane.apply_style(style)

    def flush(self) -> None:
        """Apply any pending change at once (tests, screenshots)."""
        if self._timer.isActive():
            self.apply_text_style()

    def apply_look(self) -> None:
        """Theme colours for the whole window and the interface scale."""
        self.theme = themes.resolve(self.settings.get("view/theme"))
        scale = self.controls_scale()
        font = QFont(self._base_font)
        base_pt = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(12.0, base_pt) * scale)
        self._controls_scale = scale
        if self.window.font() != font:
            self.window.setFont(font)
        themes.apply_theme(self.window, self.theme, scale, font.pointSizeF())
        fit_extension_button(self.window.as_widget().findChild(QMenuBar))  # its » button in the window
        self.color_panes()
        for pane in self.panes():
            # The pane keeps its own (reading) font; re-apply so the app font does not replace it.
            pane.apply_style(pane.text_style)
        self.window.setProperty("theme", self.theme.key)

    def adopt_new_panes(self) -> None:
        """Style and colour the panes a feature added after the appearance (the summary pane)."""
        self.apply_text_style()
        self.color_panes()

    def color_panes(self) -> None:
        """The theme's reading-highlight colours in every pane (again when a feature has added one)."""
        for pane in self.panes():
            pane.sentence_color = QColor(self.theme.sentence_band)
            pane.sentence_mark_color = QColor(self.theme.sentence_mark)
            pane.word_color = QColor(self.theme.word_band)
            pane.word_text_color = QColor(self.theme.word_text)

    def _report_font_problems(self) -> None:
        for message in self.font_report.problems:
            self.window.announce(message)

    # -- presets -------------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        current = self.settings.get("view/theme")
        if on and current != themes.HIGH_CONTRAST:
            self._previous_theme = current
            self.settings.set("view/theme", themes.HIGH_CONTRAST)
        elif not on and current == themes.HIGH_CONTRAST:
            self.settings.set("view/theme", self._previous_theme)

    def is_easier_reading(self) -> bool:
        return (
            self.settings.get("text/family") == EASIER_READING["text/family"]
            and self.settings.get("text/line_height") >= EASIER_READING["text/line_height"]
        )

    def set_easier_reading(self, on: bool) -> None:
        """Dyslexia-friendly font and spacing, or back to the defaults for those."""
        for key, value in EASIER_READING.items():
            self.settings.set(key, value if on else DEFAULTS[key].default)
        self.window.announce(
            QCoreApplication.translate("Appearance", "Lättare att läsa: på")
            if on
            else QCoreApplication.translate("Appearance", "Lättare att läsa: av")
        )

    def bigger_text(self) -> None:
        """ "Större text" preset: a large reading size and bigger buttons in one step."""
        self.settings.set("view/ui_scale", max(self.settings.get("view/ui_scale"), 150))
        self.window.apply_text_size(max(self.settings.get("text/size_pt"), 28))  # set once, and said

    def reset_appearance(self) -> None:
        """ "Återställ": text, colours and ruler back to normal (bookmarks and the rest stay)."""
        for key in APPEARANCE_KEYS:
            self.settings.set(key, DEFAULTS[key].default)
        self.window.announce(QCoreApplication.translate("Appearance", "Utseendet är återställt"))

    def reset_all(self) -> None:
        """ "Återställ alla inställningar": every setting back to its default."""
        self.settings.reset()
        self.apply_look()
        self.apply_text_style()
        self.window.announce(QCoreApplication.translate("Appearance", "Alla inställningar är återställda"))

    # -- the panel and the actions ---------------------------------------------------
    def open_panel(self) -> None:
        """Show the "Utseende" window (made once), with the keyboard in its first control."""
        from reader.ui.appearance_panel import AppearancePanel

        if self.panel is None:
            self.panel = AppearancePanel(self, self.window.as_widget())
        panel = self.panel
        panel.show()
        panel.raise_()
        panel.activateWindow()
        # Into its first control, so a screen reader says where the keyboard is, not only "dialog".
        first = panel.focusWidget()
        if first is None or first is panel:
            panel.focusNextPrevChild(True)
        else:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def forget_panel(self, panel: AppearancePanel) -> None:
        """``panel`` is closing for good (rebuilt in a new language, or a new visitor)."""
        if self.panel is panel:
            self.panel = None

    def forget_visitor(self) -> None:
        """A new visitor: the panel the last one opened is closed and made anew when asked for."""
        panel, self.panel = self.panel, None
        if panel is not None:
            panel.close()
            panel.deleteLater()

    def create_actions(self) -> None:
        window = self.window
        self.action_appearance = window.add_action(
            QCoreApplication.translate("Appearance", "Utseende"),
            self.open_panel,
            ["Ctrl+U"],
            menu="view",
            group=True,
            button=True,
            description=QCoreApplication.translate(
                "Appearance", "Välj typsnitt, storlek, avstånd, färger och läslinjal"
            ),
            name="appearance",
        )
        self.action_high_contrast = window.add_action(
            QCoreApplication.translate("Appearance", "Hög kontrast"),
            self.set_high_contrast,
            ["Ctrl+Shift+K"],
            menu="view",
            button=True,
            description=QCoreApplication.translate("Appearance", "Gul och vit text på svart botten"),
            checkable=True,
            name="high_contrast",
        )
        self.action_easier = window.add_action(
            QCoreApplication.translate("Appearance", "Lättare att läsa"),
            self.set_easier_reading,
            ["Ctrl+Shift+D"],
            menu="view",
            button=True,
            description=QCoreApplication.translate(
                "Appearance", "Typsnitt för dyslexi, mer luft mellan rader och ord"
            ),
            checkable=True,
            name="easier_reading",
        )
        self.action_reset_look = window.add_action(
            QCoreApplication.translate("Appearance", "Återställ"),
            self.reset_appearance,
            menu="view",
            button=True,
            description=QCoreApplication.translate(
                "Appearance", "Text, färger och läslinjal tillbaka som från början"
            ),
            name="reset_appearance",
        )
        self.action_reset_all = window.add_action(
            QCoreApplication.translate("Appearance", "Återställ alla inställningar"),
            self.reset_all,
            menu="view",
            description=QCoreApplication.translate(
                "Appearance", "Alla inställningar tillbaka som från början"
            ),
            name="reset_all_settings",
        )
        self.settings.changed.connect(self._sync_checks)
        self._sync_checks()

    def _sync_checks(self, *_args) -> None:
        self.action_high_contrast.setChecked(self.settings.get("view/theme") == themes.HIGH_CONTRAST)
        self.action_easier.setChecked(self.is_easier_reading())


def install_appearance(window: Host, services: Services) -> Appearance:
    """Add appearance actions, presets and the panel to ``window``; return the controller."""
    appearance = Appearance(window, services)
    appearance.create_actions()
    return appearance
