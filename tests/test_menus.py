"""The menu bar as on every desktop: Hjälp last, Avsluta last in Dokument and apart, groups apart."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QColor

from reader.preferences.themes import THEMES
from reader.ui.all_choices import menu_groups


def menus(window):
    return [action.menu() for action in window.menuBar().actions()]


def test_help_is_the_last_menu_and_quit_the_last_choice_of_dokument_below_a_line(window):
    window.finish()
    titles = [m.title().replace("&", "") for m in menus(window)]
    assert titles == ["Dokument", "Text", "Visa", "Uppläsning", "Hjälp"]
    document = window.menu("document").actions()
    assert document[-1] is window.action_quit and document[-2].isSeparator()
    # What features added after it went above it (search, printing).
    names = [a.objectName() for a in document if not a.isSeparator()]
    assert names.index("find") < names.index("quit") and names.index("print") < names.index("quit")


def test_a_public_computers_new_visitor_is_above_quit_too(qtbot, content_root):
    from reader.content.loader import load_pack
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    document = load_pack(content_root).document
    window = MainWindow(services_for(document, make_settings(AdminConfig(kiosk=True), kiosk=True)))
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menu("document").actions() if not a.isSeparator()]
    assert "new_visitor" in names
    assert names[-1] == "quit"


def test_lines_only_between_groups(window):
    """A line sets a feature's choices apart; none at the top or the end, none twice."""
    window.finish()
    for menu in menus(window):
        items = menu.actions()
        assert not items[0].isSeparator() and not items[-1].isSeparator(), menu.title()
        assert not any(a.isSeparator() and b.isSeparator() for a, b in pairwise(items)), menu.title()
    assert sum(a.isSeparator() for a in window.menu("view").actions()) >= 4
    assert sum(a.isSeparator() for a in window.menu("speech").actions()) >= 3


def test_alla_val_has_quit_last_in_its_dokument_group(window):
    window.finish()
    groups = dict(menu_groups(menus(window)))
    assert list(groups) == ["Dokument", "Text", "Visa", "Uppläsning", "Hjälp"]
    assert groups["Dokument"][-1] is window.action_quit


def test_a_choice_that_cannot_be_used_now_is_written_softer_in_its_menu(window, qtbot):
    theme = THEMES["light"]
    window.settings.set("view/theme", "light")
    window.go_to_section(0)
    menu = window.menu("document")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    picture = menu.grab().toImage()

    def darkest(action) -> QColor:
        area = menu.actionGeometry(action)
        pixels = (picture.pixelColor(x, area.center().y()) for x in range(area.left(), area.right()))
        return min(pixels, key=lambda c: c.lightness())

    assert not window.action_previous.isEnabled() and window.action_next.isEnabled()
    assert darkest(window.action_previous).name() == theme.disabled_text
    assert darkest(window.action_next).name() == theme.control_text
    menu.close()
