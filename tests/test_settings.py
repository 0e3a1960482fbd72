"""Settings: round trip through QSettings, corrupt values fall back with a log line, reset."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings

from reader.preferences.settings import DEFAULTS, SCHEMA_VERSION, Settings

COMFORT_KEYS = [k for k in DEFAULTS if k.split("/")[0] in ("text", "view", "ruler", "search")]


def _ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)


def _other_value(key):
    spec = DEFAULTS[key]
    if spec.choices:
        return next(c for c in spec.choices if c != spec.default)
    if spec.kind is bool:
        return not spec.default
    if spec.kind is int:
        return int(spec.maximum) if spec.maximum is not None else spec.default + 1
    if spec.kind is float:
        return float(spec.maximum)
    return "x"


def test_round_trip_through_a_real_file(tmp_path):
    first = Settings(_ini(tmp_path))
    values = {key: _other_value(key) for key in COMFORT_KEYS}
    for key, value in values.items():
        first.set(key, value)
    first.sync()
    second = Settings(_ini(tmp_path))
    for key, value in values.items():
        assert second.get(key) == value, key
        assert type(second.get(key)) is DEFAULTS[key].kind, key


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("text/line_height", "9.5"),
        ("text/letter_spacing", "-1"),
        ("text/max_chars", "banana"),
        ("text/family", "Comic Sans"),
        ("view/theme", "purple"),
        ("view/ui_scale", "400"),
        ("ruler/lines", "2"),
        ("text/bold", "perhaps"),
    ],
)
def test_corrupt_or_out_of_range_value_falls_back_with_log(tmp_path, caplog, key, bad):
    store = _ini(tmp_path)
    store.setValue("schema", SCHEMA_VERSION)
    store.setValue(key, bad)
    store.sync()
    with caplog.at_level(logging.WARNING, logger="reader.preferences.settings"):
        value = Settings(_ini(tmp_path)).get(key)
    assert value == DEFAULTS[key].default
    assert any(key in r.getMessage() for r in caplog.records)


def test_garbage_file_does_not_crash(tmp_path):
    (tmp_path / "reader.ini").write_bytes(b"\x00\xff[[[not ini\nschema=zzz\ntext%2Fsize_pt=\xff\n")
    settings = Settings(_ini(tmp_path))
    assert settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    assert settings.get("view/theme") == DEFAULTS["view/theme"].default


def test_setting_an_invalid_value_is_refused():
    settings = Settings()
    with pytest.raises(ValueError):
        settings.set("text/word_spacing", 0.9)
    assert settings.get("text/word_spacing") == DEFAULTS["text/word_spacing"].default


def test_reset_all_restores_defaults_and_signals():
    settings = Settings()
    for key in COMFORT_KEYS:
        settings.set(key, _other_value(key))
    seen = []
    settings.changed.connect(lambda key, value: seen.append(key))
    settings.reset()
    assert all(settings.get(k) == DEFAULTS[k].default for k in COMFORT_KEYS)
    assert set(seen) == set(COMFORT_KEYS)


def test_reset_button_in_window_restores_everything(qtbot, content_root):
    from reader.content.loader import load_pack
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    settings = Settings()
    settings.set("view/theme", "sepia")
    settings.set("text/size_pt", 40)
    settings.set("text/family", "opendyslexic")
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    assert win.reading_pane.text_style.family == "OpenDyslexic"
    win.features.appearance.action_reset_all.trigger()
    assert settings.get("view/theme") == DEFAULTS["view/theme"].default
    assert win.reading_pane.text_style.size_pt == DEFAULTS["text/size_pt"].default
    assert win.reading_pane.text_style.family == ""


def test_an_old_settings_file_still_opens_where_the_reader_was_and_reset_keeps_it(tmp_path):
    """Position, window size and "overview seen" move out of the preferences, quietly, once."""
    from PySide6.QtCore import QSettings

    from reader.preferences.session_state import LAST_SECTION, OVERVIEW_SEEN, WINDOW_GEOMETRY, SessionState

    path = str(tmp_path / "Läsaren.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    for key, value in {
        "schema": 1,
        "reading/last_section": "arbete",
        "window/geometry": "AdnQywADAAA=",
        "plain/overview_seen": True,
        "text/size_pt": 30,
    }.items():
        old.setValue(key, value)
    old.sync()
    store = QSettings(path, QSettings.Format.IniFormat)
    settings = Settings(store)
    session = SessionState(store)
    assert session.get(LAST_SECTION) == "arbete"
    assert session.get(WINDOW_GEOMETRY) == "AdnQywADAAA="
    assert session.get(OVERVIEW_SEEN) is True
    assert not store.contains("reading/last_section") and not store.contains("window/geometry")
    assert settings.get("text/size_pt") == 30
    settings.reset()  # "Återställ alla inställningar": preferences only
    assert settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    assert session.get(LAST_SECTION) == "arbete" and session.get(OVERVIEW_SEEN) is True
    session.forget()  # a new visitor on a public computer: this too
    assert session.get(LAST_SECTION) == "" and session.get(OVERVIEW_SEEN) is False
    store.sync()
    assert SessionState(QSettings(path, QSettings.Format.IniFormat)).get(LAST_SECTION) == ""
