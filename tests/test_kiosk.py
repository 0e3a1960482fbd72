"""Public-computer mode: new visitor, idle warning and reset, locked quit, no saving outside
the administrator's folder, and nothing written to the disk."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.content.loader import load_pack
from reader.kiosk.idle import IdleWatcher
from reader.kiosk.safe_paths import unique_path
from reader.kiosk.session import VisitorSession, session_settings
from reader.platform.i18n import switcher
from reader.preferences.admin_config import AdminConfig, make_settings
from reader.preferences.settings import DEFAULTS, MemoryStore, Settings
from reader.services import services_for
from reader.ui.kiosk_saving import save_path
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


def kiosk_window(qtbot, document, **admin_values) -> MainWindow:
    admin = AdminConfig(kiosk=True, **admin_values)
    window = MainWindow(services_for(document, make_settings(admin, kiosk=True)))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_window_has_the_new_visitor_signal(qtbot, document):
    window = MainWindow(services_for(document, make_settings(AdminConfig(), kiosk=False)))
    qtbot.addWidget(window)
    assert window.features.kiosk.enabled is False and window.services.visitor.kiosk is False
    assert window.features.kiosk.action_new_visitor is None
    with qtbot.waitSignal(window.services.visitor.new_visitor, timeout=1000):
        window.services.visitor.start_new_visitor()  # exists in every mode: features connect unconditionally
    assert window.findChild(type(window.action_quit), "new_visitor") is None


def test_new_visitor_returns_to_start(qtbot, document):
    window = kiosk_window(qtbot, document, lock_quit=False)
    action = window.features.kiosk.action_new_visitor
    button = next(b for b in window.button_bar.buttons() if "Ny besökare" in b.text())
    assert button.isVisible()
    window.go_to_section(3)
    window.apply_text_size(40)
    window.settings.set("ui/language", "en")
    assert switcher().language == "en"
    with qtbot.waitSignal(window.services.visitor.new_visitor, timeout=1000):
        action.trigger()
    assert window.current_index == 0
    assert window.text_size == DEFAULTS["text/size_pt"].default
    assert window.settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    assert switcher().language == "sv"
    assert window.features.kiosk.resets == 1


def test_new_visitor_stops_speech_and_clears_search(qtbot, document):
    window = kiosk_window(qtbot, document)
    bar = window.features.search
    bar.open_bar()
    bar.field.setText("skola")
    stopped = []
    controller = window.features.speech.controller
    original = controller.stop
    controller.stop = lambda: (stopped.append(True), original())
    window.features.kiosk.action_new_visitor.trigger()
    assert bar.field.text() == "" and not bar.isVisible()
    assert stopped


def test_new_visitor_uses_the_administrators_start_values(qtbot, document):
    window = kiosk_window(qtbot, document, defaults={"text/size_pt": 36})
    assert window.text_size == 36
    window.apply_text_size(60)
    window.features.kiosk.reset()
    assert window.text_size == 36


def test_idle_watcher_warns_then_expires(qtbot):
    watcher = IdleWatcher(idle_ms=30, warning_ms=60)
    with qtbot.waitSignal(watcher.warn, timeout=2000):
        pass
    assert watcher.warning
    with qtbot.waitSignal(watcher.expired, timeout=2000):
        pass
    assert not watcher.warning
    watcher.stop()


def test_what_the_app_does_never_counts_as_a_visitor(qtbot):
    """Events the app sends itself (keys, pointer moves, scrolling) neither hold off the warning
    nor leave it; the warning is left by the visitor's input alone (a real key press)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF
    from PySide6.QtGui import QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(idle_ms=80, warning_ms=5000)
    resumed = []
    watcher.resumed.connect(lambda: resumed.append(True))

    def app_events():
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        QCoreApplication.sendEvent(field, key)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(500, 500),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QCoreApplication.sendEvent(field, move)

    busy = QTimer()
    busy.timeout.connect(app_events)
    busy.start(10)
    with qtbot.waitSignal(watcher.warn, timeout=3000):
        pass
    qtbot.wait(150)
    assert watcher.warning and not resumed, "something the app did left the warning"
    busy.stop()
    qtbot.keyClick(field, Qt.Key.Key_B)  # the visitor
    assert resumed and not watcher.warning
    watcher.stop()


def test_idle_watcher_off_when_zero(qtbot):
    watcher = IdleWatcher(idle_ms=0, warning_ms=10)
    assert not watcher.active
    with qtbot.assertNotEmitted(watcher.warn, wait=100):
        pass


def test_warning_is_visible_spoken_and_one_key_continues(qtbot, document):
    window = kiosk_window(qtbot, document)
    window.features.kiosk.idle.idle_ms = 40
    spoken = []
    window.services.visitor.speak_requested.connect(spoken.append)
    window.go_to_section(2)
    window.features.kiosk.idle.restart()
    qtbot.waitUntil(
        lambda: (
            window.features.kiosk.warning_widget is not None
            and window.features.kiosk.warning_widget.isVisible()
        )
    )
    warning = window.features.kiosk.warning_widget
    assert "30" in warning.countdown.text() or "29" in warning.countdown.text()
    assert window.features.kiosk.idle.warning_ms >= 30_000, "WCAG 2.2.1: at least 20 s, we give 30 s"
    assert spoken and "kvar" in spoken[0]
    assert warning.button.hasFocus() or not window.isActiveWindow()
    qtbot.keyClick(warning.button, Qt.Key.Key_Space)
    assert not warning.isVisible()
    assert window.current_index == 2, "continuing keeps the visitor's place"
    assert window.features.kiosk.resets == 0


def test_no_answer_resets(qtbot, document):
    window = kiosk_window(qtbot, document)
    window.features.kiosk.idle.idle_ms = 30
    window.features.kiosk.idle.warning_ms = 60
    window.go_to_section(4)
    window.features.kiosk.idle.restart()
    with qtbot.waitSignal(window.services.visitor.new_visitor, timeout=3000):
        pass
    assert window.current_index == 0
    assert not window.features.kiosk.warning_widget.isVisible()


def test_quit_can_be_locked(qtbot, document):
    window = kiosk_window(qtbot, document, lock_quit=True)
    assert not window.action_quit.isEnabled()
    assert window.close() is False
    assert window.isVisible()
    window.features.kiosk.lock_quit = False  # let the test clean up
    assert window.close() is True


def test_saving_off_without_folder_and_never_a_dialog(qtbot, document, monkeypatch):
    window = kiosk_window(qtbot, document)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a))
    monkeypatch.setattr(
        "reader.ui.kiosk_saving.QFileDialog.getSaveFileName", lambda *a, **k: pytest.fail("a dialog")
    )
    assert save_path(window, "avsnitt.txt") is None
    assert told


def test_saving_only_into_the_admin_folder(qtbot, document, tmp_path, monkeypatch):
    window = kiosk_window(qtbot, document, export_folder=tmp_path)
    monkeypatch.setattr(
        "reader.ui.kiosk_saving.QFileDialog.getSaveFileName", lambda *a, **k: pytest.fail("a dialog")
    )
    first = save_path(window, "../../etc/passwd")
    assert first.parent == tmp_path
    first.write_text("x")
    second = save_path(window, "../../etc/passwd")
    assert second.parent == tmp_path and second != first
    assert unique_path(tmp_path, "a:b?.wav").name == "a-b-.wav"


def test_kiosk_flag_gives_memory_settings(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr("reader.preferences.admin_config.candidate_paths", lambda: [tmp_path / "none.toml"])
    settings = session_settings(kiosk=True)
    assert settings.admin.kiosk
    assert type(settings.store).__name__ == "MemoryStore"


def test_plain_settings_give_an_inactive_session(qapp):
    session = VisitorSession(Settings(MemoryStore()))
    assert session.kiosk is False and not session.idle.active
    assert session.export_folder is None and not session.lock_quit and not session.lock_full_screen


FLOWS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from reader.app import application
    from reader.content.loader import load_pack
    from reader.kiosk.session import session_settings
    from reader.platform.paths import content_dir
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    app = application()
    settings = session_settings(kiosk=True)
    window = MainWindow(services_for(load_pack(content_dir()).document, settings))
    window.show()
    QTest.qWait(50)
    window.next_section()
    window.apply_text_size(48)
    window.settings.set("ui/language", "en")
    for action in window.actions():
        if action.objectName() in ("help", "about"):
            action.trigger()
    QTest.qWait(50)
    window.features.kiosk.idle.idle_ms = 30
    window.features.kiosk.idle.warning_ms = 50
    window.features.kiosk.idle.restart()
    QTest.qWait(400)
    window.features.kiosk.action_new_visitor.trigger()
    window.settings.sync()
    window.features.kiosk.lock_quit = False
    window.close()
    app.processEvents()
    print("FLOWS-DONE", window.features.kiosk.resets)
    """
)


def test_nothing_is_written_to_disk(tmp_path, tmp_path_factory):
    """Run the app's main flows in kiosk mode with every per-user folder empty; they stay empty.

    The session's runtime folder (``XDG_RUNTIME_DIR``, a memory file system emptied at
    log-out, where the sound system keeps its socket) is set apart, as on any desktop.
    """
    folders = {
        name: tmp_path / name.lower()
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR")
    }
    for folder in folders.values():
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update({k: str(v) for k, v in folders.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_RUNTIME_DIR"] = str(tmp_path_factory.mktemp("runtime"))
    env["LASAREN_ADMIN_CONFIG"] = str(tmp_path / "no-such-admin-file.toml")
    result = subprocess.run(
        [sys.executable, "-c", FLOWS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert "FLOWS-DONE" in result.stdout, result.stderr
    started = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "quit_when_shown.py"), "--kiosk"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "SMOKE-MAIN-WINDOW-SHOWN" in started.stdout, started.stderr
    assert int(result.stdout.split("FLOWS-DONE")[1].split()[0]) >= 2, "idle reset and new visitor both ran"
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.parent != tmp_path)
    assert written == [], f"public-computer mode wrote to disk: {written}"


def test_locked_text_size_stays(qtbot, document):
    admin = AdminConfig(kiosk=True, defaults={"text/size_pt": 32}, locked=frozenset({"text/size_pt"}))
    window = MainWindow(services_for(document, make_settings(admin, kiosk=True)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.action_larger.isEnabled())
    assert window.text_size == 32
    window.step_text_size(1)  # Ctrl+wheel
    assert window.text_size == 32
    assert not window.action_smaller.isEnabled()


def test_reset_closes_what_the_visitor_opened(qtbot, document):
    window = kiosk_window(qtbot, document)
    window.features.help.action_help.trigger()
    help_window = window.features.help.dialog
    assert help_window.isVisible()
    window.features.kiosk.reset()
    assert not help_window.isVisible()


def test_full_screen_option(qtbot, document):
    window = kiosk_window(qtbot, document, full_screen=True)
    qtbot.waitUntil(window.isFullScreen)
    window.features.kiosk.action_full_screen.trigger()
    assert window.isFullScreen(), "Visa → Helskärm left the locked full screen"
    window.features.kiosk.toggle_full_screen()  # F11
    assert window.isFullScreen()
    window.features.kiosk.reset()  # a new visitor gets the administrator's full screen too
    assert window.isFullScreen()


def test_locked_full_screen_comes_back_after_minimise_or_normal(qtbot, document):
    """The window manager (title-bar button, a key of its own) minimises or restores the window:
    it returns to full screen at once."""
    window = kiosk_window(qtbot, document, full_screen=True)
    qtbot.waitUntil(window.isFullScreen)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=2000)
    window.showNormal()
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=2000)
    window.move(5000, 5000)
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=2000)


def test_full_screen_can_be_left_when_not_locked(qtbot, document):
    window = kiosk_window(qtbot, document)
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    window.features.kiosk.action_full_screen.trigger()
    assert not window.isFullScreen()


def test_new_visitor_leaves_no_undo_history_and_no_search_count(qtbot, document):
    """Ctrl+Z in the glossary filter or the search field does not bring back the last visitor's word,
    and the search bar does not keep "Inga träffar på …"."""
    from PySide6.QtWidgets import QLineEdit

    window = kiosk_window(qtbot, document)
    bar = window.features.search
    bar.open_bar()
    qtbot.keyClicks(bar.field, "qqqxyz")
    bar.run()
    assert "Inga träffar" in bar.count_label.text()
    glossary_filter = window.features.glossary.panel.filter
    window.features.glossary.toggle_list()
    qtbot.keyClicks(glossary_filter, "budget")
    glossary_filter.clear()
    assert glossary_filter.isUndoAvailable()
    window.statusBar().showMessage("Inga träffar på ”qqqxyz”.")
    window.features.kiosk.action_new_visitor.trigger()
    for edit in window.findChildren(QLineEdit):
        assert not edit.isUndoAvailable(), edit.objectName()
        assert not edit.isRedoAvailable(), edit.objectName()
    assert glossary_filter.text() == "" and bar.field.text() == ""
    assert "qqqxyz" not in bar.count_label.text()
    assert "qqqxyz" not in window.statusBar().currentMessage()
    assert not window.features.glossary.panel.isVisible()


def test_reset_closes_a_modal_dialog_and_every_other_window(qtbot, document):
    """A message box left open (its own event loop) is ended by the reset, and so are menus."""
    window = kiosk_window(qtbot, document)
    results = []
    QTimer.singleShot(100, window.features.kiosk.reset)
    results.append(QMessageBox.question(window, "Test", "Lämnad öppen?"))
    assert results == [QMessageBox.StandardButton.No] or results[0] != QMessageBox.StandardButton.Yes
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    assert window.features.kiosk.resets == 1


def test_a_failing_feature_does_not_stop_the_reset(qtbot, document):
    window = kiosk_window(qtbot, document)
    window.go_to_section(3)
    window.features.search.open_bar()
    window.features.search.field.setText("skola")

    def broken():
        raise RuntimeError("a feature failed")

    window.settings.reset = broken
    window.features.kiosk.reset()
    assert window.current_index == 0 and window.features.kiosk.resets == 1
    assert window.features.search.field.text() == ""
