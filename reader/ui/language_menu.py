"""Svenska / English in the Visa menu: a choice is the ``ui/language`` setting and applies at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from reader.platform.i18n import LANGUAGES, disconnect_language, switcher

if TYPE_CHECKING:
    from reader.preferences.settings import Settings
    from reader.ui.host import Host


def install_language_menu(window: Host, settings: Settings) -> dict[str, QAction]:
    """Add "Svenska" / "English" to the window's View menu; return the actions by language code.

    The choice is the ``ui/language`` setting, so "Ny besökare" (settings reset)
    returns to the administrator's language too. Language names are written in
    their own language and are never translated.
    """
    lang_switcher = switcher()
    group = QActionGroup(window)  # type: ignore[arg-type]  # the host is the main window
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    menu = window.menu("view")
    menu.addSeparator()
    locked = settings.is_locked("ui/language")
    for code, name in LANGUAGES.items():
        action = QAction(name, window)  # type: ignore[call-overload]
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == lang_switcher.language)
        action.setEnabled(not locked)
        action.triggered.connect(lambda _checked=False, c=code: settings.set("ui/language", c))
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action

    def on_setting(key: str, value: object) -> None:
        if key == "ui/language" and value != lang_switcher.language:
            lang_switcher.apply(str(value))

    def on_language(code: str) -> None:
        for c, action in actions.items():
            action.setChecked(c == code)
        if window.current_index >= 0:
            window.go_to_section(window.current_index)  # rebuilds "Avsnitt 2 av 6"

    settings.changed.connect(on_setting)
    lang_switcher.language_changed.connect(on_language)
    window.destroyed.connect(lambda *_: disconnect_language(lang_switcher, on_language))
    return actions
