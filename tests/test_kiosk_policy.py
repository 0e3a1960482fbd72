"""Public-computer policy without widgets: the visitor session, safe paths and the lock table,
tested against plain settings and fakes (no window)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.kiosk.locks import LOCKED_CONTROLS, locked_control_names
from reader.kiosk.safe_paths import kiosk_save_path, safe_file_name, unique_path, usable_folder
from reader.kiosk.session import VisitorSession, admin_of
from reader.preferences.admin_config import AdminConfig, make_settings
from reader.preferences.settings import MemoryStore, Settings

_made: list[VisitorSession] = []


@pytest.fixture(autouse=True)
def _stop_sessions():
    """A session's idle watcher listens to the whole app: stopped after each test."""
    yield
    while _made:
        _made.pop().stop()


def kiosk_session(**admin_values) -> VisitorSession:
    admin = AdminConfig(kiosk=True, **admin_values)
    session = VisitorSession(make_settings(admin, kiosk=True))
    _made.append(session)
    return session


def test_a_new_visitor_runs_every_step_in_order(qapp):
    session = kiosk_session(defaults={"text/size_pt": 30})
    steps: list[str] = []
    session.leaving.connect(lambda: steps.append("leaving"))
    session.new_visitor.connect(lambda: steps.append(f"forget at {session.settings.get('text/size_pt')}"))
    session.started.connect(lambda: steps.append(f"started at {session.settings.get('text/size_pt')}"))
    session.settings.set("text/size_pt", 60)
    session.start_new_visitor()
    # features forget while the visitor's settings are still there; the start sees the administrator's
    assert steps == ["leaving", "forget at 60", "started at 30"]
    assert session.resets == 1


def test_a_failing_step_does_not_stop_the_others(qapp, caplog):
    session = kiosk_session()
    started = []

    class BrokenSettings(Settings):
        def reset(self) -> None:
            raise RuntimeError("a feature failed")

    session.settings = BrokenSettings(MemoryStore())
    session.started.connect(lambda: started.append(True))
    session.start_new_visitor()
    assert started == [True] and session.resets == 1
    assert "a step of the reset failed" in caplog.text


def test_the_warning_is_shown_then_spoken_and_the_idle_end_starts_afresh(qtbot):
    session = kiosk_session()
    session.idle.idle_ms, session.idle.warning_ms = 30, 60
    events: list[str] = []
    session.warning_started.connect(lambda: events.append("warning"))
    session.speak_requested.connect(lambda text: events.append("spoken: " + text))
    session.idle.restart()
    with qtbot.waitSignal(session.new_visitor, timeout=3000):
        pass
    assert events[0] == "warning" and events[1].startswith("spoken: Är du kvar?")
    assert session.resets == 1
    assert "sekunder" in session.warning_text()


def test_the_visitor_answering_leaves_the_warning(qtbot):
    session = kiosk_session()
    session.idle.idle_ms, session.idle.warning_ms = 30, 60_000
    session.idle.restart()
    with qtbot.waitSignal(session.warning_started, timeout=3000):
        pass
    with qtbot.waitSignal(session.resumed, timeout=1000):
        session.activity()  # e.g. "Jag är kvar"
    assert not session.idle.warning and session.resets == 0


def test_only_the_administrator_switches_the_locks_on(qapp, tmp_path):
    off = VisitorSession(Settings(MemoryStore()))
    assert admin_of(off.settings) == AdminConfig()
    assert (off.kiosk, off.lock_quit, off.lock_full_screen, off.export_folder) == (False, False, False, None)
    on = kiosk_session(lock_quit=True, full_screen=True, export_folder=tmp_path)
    assert (on.kiosk, on.lock_quit, on.lock_full_screen, on.export_folder) == (True, True, True, tmp_path)
    # the administrator's kiosk options mean nothing outside public-computer mode
    admin = AdminConfig(kiosk=False, lock_quit=True, full_screen=True, export_folder=tmp_path)
    plain = VisitorSession(make_settings(admin, kiosk=True))
    _made.append(plain)
    assert not plain.lock_quit and not plain.lock_full_screen and plain.export_folder is None
    assert not plain.idle.active


@pytest.mark.parametrize(
    ("asked", "saved"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("a:b?.wav", "a-b-.wav"),
        ("...", "lasaren"),
        ("bra\x00namn.txt", "bra-namn.txt"),
        ("C:\\Windows\\x.pdf", "C-Windows-x.pdf"),
    ],
)
def test_safe_file_names(asked, saved):
    assert safe_file_name(asked) == saved


def test_a_new_name_never_replaces_anything_not_even_a_dangling_link(tmp_path):
    (tmp_path / "avsnitt.pdf").write_text("the last visitor's file")
    os.symlink(tmp_path / "nowhere", tmp_path / "avsnitt-2.pdf")
    assert unique_path(tmp_path, "avsnitt.pdf") == tmp_path / "avsnitt-3.pdf"
    assert kiosk_save_path(tmp_path, "../avsnitt.pdf") == tmp_path / "avsnitt-3.pdf"


def test_no_folder_or_a_vanished_one_means_no_saving(tmp_path):
    assert kiosk_save_path(None, "x.pdf") is None
    gone = tmp_path / "gone"
    assert not usable_folder(gone) and kiosk_save_path(gone, "x.pdf") is None
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert kiosk_save_path(not_a_folder, "x.pdf") is None
    assert kiosk_save_path(Path("/proc/self"), "x.pdf") is None  # nobody can write there


def test_locked_controls_follow_the_locked_keys():
    assert locked_control_names(lambda key: False) == set()
    names = locked_control_names(lambda key: key == "speech/rate")
    assert names == set(LOCKED_CONTROLS["speech/rate"])
    everything = locked_control_names(lambda key: True)
    assert everything == {n for names in LOCKED_CONTROLS.values() for n in names}
