"""The administrator's lock table: every preference can be locked or is listed as not lockable
(with the reason), and a locked preference's controls are off and stay off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader.content.loader import load_pack
from reader.kiosk.locks import LOCKED_CONTROLS
from reader.preferences.admin_config import NOT_LOCKABLE, PREFERENCE_KEYS, make_settings, parse_admin_data
from reader.preferences.settings import DEFAULTS
from reader.services import services_for
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_every_preference_is_lockable_or_listed_as_not_lockable():
    lockable = set(PREFERENCE_KEYS.values())
    assert len(lockable) == len(PREFERENCE_KEYS), "two names for one preference"
    assert not lockable & set(NOT_LOCKABLE), "both lockable and not"
    unlisted = set(DEFAULTS) - lockable - set(NOT_LOCKABLE)
    assert not unlisted, f"add these to admin_config.PREFERENCE_KEYS or NOT_LOCKABLE: {sorted(unlisted)}"
    assert set(NOT_LOCKABLE) <= set(DEFAULTS) and all(NOT_LOCKABLE.values())
    assert set(LOCKED_CONTROLS) == lockable, "each lockable preference names the controls it switches off"


def test_clearer_reading_and_other_voices_can_be_set_and_locked():
    config = parse_admin_data(
        {
            "kiosk": {"enabled": True},
            "defaults": {"clearer": True, "other_voices": True},
            "locked": {"clearer": True, "other_voices": True},
        }
    )
    assert config.problems == []
    settings = make_settings(config, kiosk=True)
    assert settings.get("speech/clearer") is True and settings.get("speech/other_voices") is True
    settings.set("speech/clearer", False)
    settings.set("speech/other_voices", False)
    assert settings.get("speech/clearer") is True and settings.get("speech/other_voices") is True


def _controls(window: QWidget, name: str) -> list[QAction | QWidget]:
    return [*window.findChildren(QAction, name), *window.findChildren(QWidget, name)]


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


def test_a_locked_preference_has_no_control_that_seems_to_change_it(qtbot, document):
    config = parse_admin_data(
        {"kiosk": {"enabled": True}, "locked": {name: True for name in PREFERENCE_KEYS}}
    )
    window = MainWindow(services_for(document, make_settings(config, kiosk=True)))
    qtbot.addWidget(window)
    window.show()
    window.features.appearance.action_appearance.trigger()  # the panel is made when first opened
    panel = window.features.appearance.panel
    for key, names in LOCKED_CONTROLS.items():
        for name in names:
            controls = _controls(window, name)
            assert controls, f"{key}: no control named {name}"
            for control in controls:
                assert not control.isEnabled(), f"{key}: {name} is offered"
                control.setEnabled(True)  # a feature switching it on again (speech became available …)
                assert not control.isEnabled(), f"{key}: {name} came back on"
    for key in PREFERENCE_KEYS.values():
        if key in panel.editors():
            editor = panel.editor(key)
            assert not editor.isEnabled(), f"{key}: the appearance panel offers it"


def test_without_locks_every_control_is_offered(qtbot, document):
    settings = make_settings(parse_admin_data({"kiosk": {"enabled": True}}), kiosk=True)
    window = MainWindow(services_for(document, settings))
    qtbot.addWidget(window)
    window.show()
    window.features.appearance.action_appearance.trigger()
    for name in ("speech_clearer", "SpeechOtherVoices", "speech_highlight", "reading_ruler", "SearchScope"):
        assert any(c.isEnabled() for c in _controls(window, name)), name
    panel = window.features.appearance.panel
    assert all(panel.editor(key).isEnabled() for key in panel.editors())
