"""Feature logic against a small fake host (tests/fake_host.py), without the whole main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reader.content import compiled
from reader.preferences.settings import DEFAULTS, Settings
from reader.preferences.typography import EASIER_READING
from reader.services import build_services
from tests.fake_host import FakeHost


@pytest.fixture
def host(qtbot, content_root):
    services = build_services(compiled.load(content_root), Settings())
    fake = FakeHost(services)
    qtbot.addWidget(fake)
    fake.services = services
    return fake


def section_with_summary(host) -> int:
    pack = host.services.pack
    return next(i for i, s in enumerate(host.document.sections) if pack.summary_for(s.id) is not None)


class Highlight(QObject):
    """Stands in for the reading-aloud controller's highlight signal."""

    highlight = Signal(int, int, int, int)


# -- the plain-language view ------------------------------------------------------------------
def test_view_mode_answers_for_the_panes_and_writes_only_its_setting(host):
    from reader.ui.view_mode import BOTH, FULL, SUMMARY, install_view_mode

    host.services.session.set("session/overview_seen", True)  # no greeting: the view as chosen
    view = install_view_mode(host, host.services)
    host.show()
    host.go_to_section(section_with_summary(host))
    assert view.mode == FULL and host.active_pane() is view.full_pane
    assert host.panes() == [view.full_pane]

    view.set_mode(SUMMARY)
    assert host.settings.get("view/reading_mode") == SUMMARY
    assert host.active_pane() is view.summary_pane and host.panes() == [view.summary_pane]
    assert host.announced[-1] == "Visar lättläst"

    host.settings.set("view/reading_mode", BOTH)  # changed elsewhere (a reset, another control)
    assert view.mode == BOTH and host.panes() == [view.full_pane, view.summary_pane]


def test_page_down_in_the_summary_asks_the_host_once(host):
    from reader.ui.view_mode import SUMMARY, install_view_mode

    host.services.session.set("session/overview_seen", True)
    view = install_view_mode(host, host.services)
    host.show()
    host.go_to_section(section_with_summary(host))
    view.set_mode(SUMMARY)
    QApplication.sendEvent(
        view.summary_pane,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    )
    assert host.paged == [(view.summary_pane, Qt.Key.Key_PageDown)]
    view.show_overview()  # the overview is not a section: Page Down stays in it
    QApplication.sendEvent(
        view.summary_pane,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    )
    assert len(host.paged) == 1


def test_a_new_reader_is_greeted_with_the_overview_once(host):
    from reader.ui.view_mode import install_view_mode

    view = install_view_mode(host, host.services)
    assert view.showing_overview
    assert host.services.session.get("session/overview_seen") is True
    fresh = FakeHost(host.services)
    assert not install_view_mode(fresh, host.services).showing_overview
    fresh.deleteLater()


# -- appearance ------------------------------------------------------------------------------
def test_easier_reading_writes_each_value_once_and_off_puts_back_the_defaults(host):
    from reader.ui.appearance import Appearance

    appearance = Appearance(host, host.services)
    written = []
    host.settings.changed.connect(lambda key, value: written.append(key))
    appearance.set_easier_reading(True)
    assert sorted(written) == sorted(EASIER_READING)
    assert all(host.settings.get(k) == v for k, v in EASIER_READING.items())
    assert appearance.is_easier_reading() and host.announced[-1] == "Lättare att läsa: på"
    appearance.set_easier_reading(False)
    assert all(host.settings.get(k) == DEFAULTS[k].default for k in EASIER_READING)
    assert not appearance.is_easier_reading()


def test_bigger_text_sets_the_size_once(host):
    from reader.ui.appearance import Appearance

    appearance = Appearance(host, host.services)
    sizes = []
    host.settings.changed.connect(lambda key, value: sizes.append(value) if key == "text/size_pt" else None)
    appearance.bigger_text()
    assert sizes == [28]
    assert host.settings.get("view/ui_scale") == 150
    appearance.bigger_text()  # already as large: nothing is written again
    assert sizes == [28]


def test_high_contrast_off_returns_to_the_theme_before(host):
    from reader.ui.appearance import Appearance

    appearance = Appearance(host, host.services)
    host.settings.set("view/theme", "sepia")
    appearance.set_high_contrast(True)
    assert host.settings.get("view/theme") == "high_contrast"
    appearance.set_high_contrast(False)
    assert host.settings.get("view/theme") == "sepia"


def test_reset_all_resets_preferences_and_keeps_where_the_reader_was(host):
    from reader.ui.appearance import Appearance

    appearance = Appearance(host, host.services)
    session = host.services.session
    session.set("session/last_section", host.document.sections[3].id)
    host.settings.set("text/size_pt", 40)
    appearance.reset_all()
    assert host.settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    assert session.get("session/last_section") == host.document.sections[3].id
    assert host.announced[-1] == "Alla inställningar är återställda"


# -- the reading ruler -----------------------------------------------------------------------
def test_ruler_action_only_sets_the_setting_and_follows_it(host):
    from reader.ui.ruler import install_ruler

    ruler = install_ruler(host, host.services, None)
    ruler.action.trigger()
    assert host.settings.get("ruler/enabled") is True and host.announced[-1] == "Läslinjal på"
    host.settings.set("ruler/enabled", False)  # a reset or the appearance panel
    assert not ruler.action.isChecked()


def test_ruler_follows_the_sentence_handed_to_it_and_forgets_it(host):
    from reader.ui.ruler import install_ruler

    host.settings.set("ruler/enabled", True)
    host.settings.set("ruler/follow", "speech")
    ruler = install_ruler(host, host.services, None)
    host.show()
    source = Highlight()
    ruler.follow_reading_from(source.highlight)
    caret_band = ruler.compute_band()
    sentences = host.document.sections[0].sentences
    far = next(s for s in sentences if s.start > 400)
    source.highlight.emit(far.start, far.end, -1, -1)
    reading_band = ruler.compute_band()
    assert reading_band.top() > caret_band.top()
    ruler.forget()
    assert ruler.compute_band() == caret_band


# -- search ----------------------------------------------------------------------------------
def test_search_scope_is_the_setting_and_limits_the_hits(host):
    from reader.ui.search_bar import install_search

    bar = install_search(host, host.services)
    bar.field.setText("Helsingborg")
    bar.scope.setCurrentIndex(bar.scope.findData("section"))
    bar.run()
    in_section = list(bar.hits)
    assert in_section and {h.section_index for h in in_section} == {host.current_index}
    bar.scope.setCurrentIndex(bar.scope.findData("document"))
    assert host.settings.get("search/scope") == "document"
    assert len({h.section_index for h in bar.hits}) > 1
    bar.forget()
    assert bar.field.text() == "" and bar.hits == [] and not bar.isVisible()
