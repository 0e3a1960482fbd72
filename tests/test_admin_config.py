"""The administrator's file: valid values apply, bad ones default and never crash."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.preferences.admin_config import (
    DEFAULT_IDLE_MINUTES,
    ENV_VAR,
    AdminConfig,
    AdministeredSettings,
    find_config_file,
    load_admin_config,
    make_settings,
)
from reader.preferences.settings import DEFAULTS, MemoryStore

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lasaren-admin.toml"
    path.write_text(text, "utf-8")
    return path


def test_no_file_means_plain_defaults(tmp_path, monkeypatch):
    monkeypatch.setattr(
        "reader.preferences.admin_config.candidate_paths", lambda: [tmp_path / "missing.toml"]
    )
    config = load_admin_config()
    assert config.source is None
    assert config.kiosk is False
    assert config.idle_minutes == DEFAULT_IDLE_MINUTES
    assert config.export_folder is None


def test_sample_file_is_valid():
    config = load_admin_config(ROOT / "docs" / "lasaren-admin.sample.toml")
    assert config.problems == []
    assert config.kiosk is True
    assert config.lock_quit is True
    assert config.defaults["text/size_pt"] == 24
    assert config.defaults["ui/language"] == "sv"


def test_valid_values_apply(tmp_path):
    usb = tmp_path / "usb"
    path = write(
        tmp_path,
        f"""
[kiosk]
enabled = true
idle_minutes = 2.5
export_folder = "{usb.as_posix()}"
full_screen = true
lock_quit = true
[defaults]
text_size = 40
language = "en"
[locked]
text_size = true
language = false
""",
    )
    config = load_admin_config(path)
    assert config.problems == []
    assert config.kiosk and config.full_screen and config.lock_quit
    assert config.idle_seconds == 150
    assert config.export_folder == usb
    assert config.defaults == {"text/size_pt": 40, "ui/language": "en"}
    assert config.locked == frozenset({"text/size_pt"})


@pytest.mark.parametrize(
    "text",
    [
        "[kiosk]\nidle_minutes = -3\n",
        "[kiosk]\nidle_minutes = 'soon'\n",
        "[kiosk]\nidle_minutes = 100000\n",
        "[kiosk]\nenabled = 'maybe'\n",
        "[kiosk]\nexport_folder = 'relative/folder'\n",
        "[kiosk]\nexport_folder = 5\n",
        "[defaults]\ntext_size = 500\n",
        "[defaults]\nlanguage = 'klingon'\n",
        "[defaults]\nno_such_thing = 1\n",
        "[locked]\ntext_size = 'yes'\n",
        "kiosk = 3\n",
        "[[[ not toml",
    ],
)
def test_bad_values_are_defaulted_and_logged(tmp_path, caplog, text):
    path = write(tmp_path, text)
    with caplog.at_level(logging.WARNING, logger="reader.preferences.admin_config"):
        config = load_admin_config(path)
    assert config.problems, "a bad value must be reported"
    assert caplog.records, "outside kiosk mode problems are logged"
    assert config.idle_minutes == DEFAULT_IDLE_MINUTES
    assert config.export_folder is None
    for key, value in config.defaults.items():
        DEFAULTS[key].coerce(value)  # whatever survived is valid


def test_bad_values_in_kiosk_mode_are_not_logged(tmp_path, caplog):
    path = write(tmp_path, "[kiosk]\nenabled = true\nidle_minutes = -1\n")
    with caplog.at_level(logging.DEBUG):
        config = load_admin_config(path)
    assert config.kiosk
    assert config.problems
    assert not [r for r in caplog.records if r.name == "reader.preferences.admin_config"]


def test_undecodable_file_does_not_crash(tmp_path):
    path = tmp_path / "lasaren-admin.toml"
    path.write_bytes(b"\xff\xfe[kiosk]\x00")
    config = load_admin_config(path)
    assert config.problems and config.kiosk is False


def test_environment_variable_finds_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, "[kiosk]\nenabled = true\n")
    monkeypatch.setenv(ENV_VAR, str(path))
    assert find_config_file() == path
    assert load_admin_config().kiosk is True


def test_admin_defaults_and_locks_in_settings(qapp):
    admin = AdminConfig(defaults={"text/size_pt": 30}, locked=frozenset({"ui/language"}))
    settings = AdministeredSettings(admin, MemoryStore())
    assert settings.get("text/size_pt") == 30
    settings.set("text/size_pt", 50)
    assert settings.get("text/size_pt") == 50
    settings.set("text/size_pt", DEFAULTS["text/size_pt"].default)  # the table default is a real choice
    assert settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    settings.set("ui/language", "en")
    assert settings.get("ui/language") == "sv", "a locked key does not change"
    assert settings.is_locked("ui/language")
    seen = []
    settings.changed.connect(lambda k, v: seen.append((k, v)))
    settings.reset()
    assert settings.get("text/size_pt") == 30
    assert ("text/size_pt", 30) in seen


def test_kiosk_settings_are_memory_only(qapp):
    settings = make_settings(AdminConfig(kiosk=True), kiosk=True)
    assert isinstance(settings.store, MemoryStore)


def test_a_file_anyone_can_change_is_used_but_named_on_the_terminal(tmp_path):
    path = write(tmp_path, "[kiosk]\nenabled = true\n")
    path.chmod(0o666)
    config = load_admin_config(path)
    assert config.kiosk, "still used: refusing it would switch public-computer mode off"
    assert any("alla användare" in p for p in config.problems)
    path.chmod(0o644)
    assert not load_admin_config(path).problems
