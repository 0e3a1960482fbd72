"""What a reader is told when a file cannot be saved: the cause, in words they can act on.

On a public computer a visitor cannot choose another folder, so PDF and audio both
say that saving is not possible on this computer and to ask the staff; elsewhere a
failed PDF speaks of saving, never of printing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.content.loader import load_pack
from reader.kiosk.safe_paths import no_saving_message
from reader.preferences.admin_config import AdminConfig, make_settings, parse_admin_data
from reader.preferences.settings import Settings
from reader.services import services_for
from reader.ui.kiosk_saving import save_path
from reader.ui.main_window import MainWindow
from reader.ui.print_dialog import PrintDialog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


def window_with(qtbot, document, settings) -> MainWindow:
    window = MainWindow(services_for(document, settings))
    window.quiet_errors = True
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_unwritable_kiosk_folder_is_told_before_anything_is_made(qtbot, document, monkeypatch):
    admin = AdminConfig(kiosk=True, export_folder=Path("/proc/self"))  # a folder nobody can write in
    window = window_with(qtbot, document, make_settings(admin, kiosk=True))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert save_path(window, "avsnitt.pdf") is None
    assert told == [no_saving_message()]
    assert "Fråga personalen" in told[0]


def test_a_kiosk_pdf_that_cannot_be_written_asks_for_the_staff_not_the_printer(qtbot, document, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    admin = AdminConfig(kiosk=True, export_folder=folder)
    window = window_with(qtbot, document, make_settings(admin, kiosk=True))
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    path = save_path(dialog, dialog.suggested_name())
    shutil.rmtree(folder)  # the folder goes away (a full or removed disk) before the file is written
    with qtbot.waitSignal(dialog.worker.finished, timeout=20000) as blocker:
        dialog.save_pdf_to(path)
    assert blocker.args[1], "the write failed"
    assert dialog.status.text() == no_saving_message()
    assert "skriva ut" not in dialog.status.text()


def test_a_pdf_that_cannot_be_written_speaks_of_saving(qtbot, document, tmp_path):
    window = window_with(qtbot, document, Settings())
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    target = tmp_path / "saknas" / "x.pdf"
    with qtbot.waitSignal(dialog.worker.finished, timeout=20000):
        dialog.save_pdf_to(target)
    text = dialog.status.text()
    assert text.startswith("PDF-filen kunde inte sparas") and "finns inte" in text
    assert "skriva ut" not in text


def test_kiosk_audio_that_cannot_be_written_asks_for_the_staff(speech_window, qtbot, tmp_path):
    from reader.speech.fake_driver import FakeDriver

    window = speech_window(driver=FakeDriver())
    window.services.visitor.kiosk = True
    announced = []
    window.announce = announced.append
    assert window.features.speech.export_to("section", tmp_path / "saknas" / "x.wav")
    window.features.speech.wait_for_export(60)
    qtbot.waitUntil(lambda: window.features.speech.last_export is not None, timeout=5000)
    assert announced[-1] == no_saving_message()
    assert "Välj en annan mapp" not in announced[-1]


@pytest.mark.parametrize("value", ["ut", "./ut", "../ut", "/srv/../etc", "~/../../etc"])
def test_a_relative_or_climbing_export_folder_is_refused_naming_the_key(value, capsys):
    config = parse_admin_data({"kiosk": {"enabled": True, "export_folder": value}})
    assert config.export_folder is None
    assert any("kiosk.export_folder" in p for p in config.problems)


def test_a_kiosk_pdf_never_replaces_a_file_made_after_its_name_was_chosen(qtbot, document, tmp_path):
    admin = AdminConfig(kiosk=True, export_folder=tmp_path)
    window = window_with(qtbot, document, make_settings(admin, kiosk=True))
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    path = save_path(dialog, dialog.suggested_name())
    path.write_bytes(b"another visitor's file")  # appears while the pages are painted
    with qtbot.waitSignal(dialog.worker.finished, timeout=20000) as blocker:
        dialog.save_pdf_to(path, replace=False)
    assert blocker.args[1] and "finns redan" in blocker.args[1]
    assert path.read_bytes() == b"another visitor's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
