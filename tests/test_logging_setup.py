"""The optional log: standard per-user place, created only when needed, none in kiosk mode."""

from __future__ import annotations

import logging

import pytest

from reader.platform import logging_setup


@pytest.fixture(autouse=True)
def _clean_handlers():
    yield
    logging_setup.remove_logging()


def test_log_file_in_standard_place_and_lazy(_isolated_home):
    path = logging_setup.install_logging(kiosk=False)
    assert path is not None
    assert path.is_relative_to(_isolated_home)
    assert not path.exists()  # nothing logged yet, nothing written
    logging.getLogger("reader.test").info("routine")
    assert not path.exists()
    logging.getLogger("reader.test").warning("något hände")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "något hände" in path.read_text("utf-8")


def test_kiosk_mode_writes_no_file(_isolated_home):
    assert logging_setup.install_logging(kiosk=True) is None
    logging.getLogger("reader.test").error("fel i kioskläge")
    written = [p for p in _isolated_home.rglob("*") if p.is_file()]
    assert written == []


def test_install_twice_keeps_one_file_handler():
    logging_setup.install_logging(kiosk=False)
    logging_setup.install_logging(kiosk=False)
    files = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and getattr(h, "_reader_handler", False)
    ]
    assert len(files) == 1


def test_unwritable_folder_falls_back_to_console(monkeypatch, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    monkeypatch.setattr(logging_setup, "log_dir", lambda: blocker / "under")
    assert logging_setup.install_logging(kiosk=False) is None
    assert any(getattr(h, "_reader_handler", False) for h in logging.getLogger().handlers)
