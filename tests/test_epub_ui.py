"""Spara som talbok (EPUB) in the window: the menu entry, the choices, saving, cancelling, kiosk mode.

The book is made with the window's real speech engine, on a worker thread; the
window keeps answering while it is made.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.content.loader import load_pack
from reader.preferences.admin_config import AdminConfig, make_settings
from reader.services import services_for
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _wait_done(qtbot, dialog, timeout=180_000) -> None:
    qtbot.waitUntil(lambda: not dialog.saving and dialog.last_result is not None, timeout=timeout)


def test_the_menu_has_it_beside_the_audio_save_with_a_name(speech_window):
    window = speech_window()
    actions = window.menu("speech").actions()
    names = [a.objectName() for a in actions]
    assert names.index("export_epub") == names.index("speech_export") + 1
    action = window.features.epub.action_export_epub
    assert action.text() == "Spara som talbok (EPUB)…"
    assert action.toolTip()
    action.trigger()
    dialog = window.features.epub.dialog
    assert dialog.isVisible()
    for widget in (dialog.full, dialog.both, dialog.only, dialog.fonts, dialog.save_button):
        assert widget.text() and widget.isEnabled()
        assert widget.minimumHeight() >= 44
    assert dialog.full.isChecked() and dialog.summaries_choice == "none"
    dialog.only.setChecked(True)
    assert dialog.summaries_choice == "only"
    dialog.reject()


def test_saving_shows_progress_keeps_the_window_responsive_and_makes_the_book(speech_window, qtbot, tmp_path):
    window = speech_window()
    window.epub_dialog = None
    window.features.epub.action_export_epub.trigger()
    dialog = window.features.epub.dialog
    dialog.only.setChecked(True)  # the shortest whole book: the overview and every summary
    out = tmp_path / "talbok.epub"
    assert dialog.save_to(out)
    assert dialog.saving and dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.save_button.isEnabled()
    beats = []
    started = time.monotonic()
    while dialog.saving and time.monotonic() - started < 180:
        t = time.monotonic()
        qtbot.wait(20)  # the GUI thread's own event loop keeps turning
        beats.append(time.monotonic() - t)
    _wait_done(qtbot, dialog)
    assert out.exists(), dialog.status.text()
    assert "Talboken är sparad" in dialog.status.text()
    assert max(beats) < 1.0  # nothing held the GUI thread for long
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
    assert "EPUB/lattlast-i-korthet.xhtml" in names and not [n for n in names if "avsnitt-" in n]
    assert not dialog.progress.isVisible() and dialog.save_button.isEnabled()


def test_cancel_leaves_no_file(speech_window, qtbot, tmp_path):
    window = speech_window()
    window.features.epub.action_export_epub.trigger()
    dialog = window.features.epub.dialog
    out = tmp_path / "talbok.epub"
    assert dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.progress.value() > 5, timeout=60_000)
    dialog.cancel_button.click()
    _wait_done(qtbot, dialog)
    assert "avbröts" in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_public_computer_saves_only_into_the_administrators_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        "reader.ui.kiosk_saving.QFileDialog.getSaveFileName", lambda *a, **k: pytest.fail("a dialog")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    document = load_pack(ROOT / "content").document
    window = MainWindow(
        services_for(document, make_settings(AdminConfig(kiosk=True, export_folder=tmp_path), kiosk=True))
    )
    window.quiet_errors = True
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.features.speech.available, timeout=10_000)
        window.features.epub.action_export_epub.trigger()
        dialog = window.features.epub.dialog
        dialog.only.setChecked(True)
        dialog.save_button.click()
        _wait_done(qtbot, dialog)
        saved = list(tmp_path.iterdir())
        assert [p.suffix for p in saved] == [".epub"], dialog.status.text()
        assert saved[0].name.startswith("Treklovern-talbok")
    finally:
        window.features.speech.shutdown()
        window.features.kiosk.lock_quit = False
