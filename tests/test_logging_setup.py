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
        if isinstance(h, logging_setup.LogFileOnDemand) and getattr(h, "_reader_handler", False)
    ]
    assert len(files) == 1


def test_unwritable_folder_falls_back_to_console(monkeypatch, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    monkeypatch.setattr(logging_setup, "log_dir", lambda: blocker / "under")
    assert logging_setup.install_logging(kiosk=False) is None
    assert any(getattr(h, "_reader_handler", False) for h in logging.getLogger().handlers)


def test_a_full_log_moves_to_one_backup(_isolated_home, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = logging_setup.install_logging(kiosk=False)
    assert path is not None
    log = logging.getLogger("reader.test")
    for number in range(60):
        log.warning("rad %03d %s", number, "x" * 40)
    for handler in logging.getLogger().handlers:
        handler.flush()
    backup = path.with_name(path.name + ".1")
    assert backup.exists()
    assert path.stat().st_size < 2000 and backup.stat().st_size < 2000
    assert "rad 059" in path.read_text("utf-8")
    assert not path.with_name(path.name + ".2").exists()  # one backup, the older ones dropped


def test_the_log_is_never_written_through_a_link(_isolated_home, tmp_path):
    path = logging_setup.install_logging(kiosk=False)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("", "utf-8")
    path.symlink_to(elsewhere)
    logging.getLogger("reader.test").warning("inte hit")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert elsewhere.read_text("utf-8") == ""
