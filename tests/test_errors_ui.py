"""Unhandled errors are logged and shown in plain Swedish, and the app carries on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from reader.ui.error_reports import error_message, install_error_handlers

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp):
    rep = install_error_handlers()
    yield rep
    rep.uninstall()


def _boom():
    raise RuntimeError("trasig")


def test_hooks_installed_and_removed(qapp):
    before = sys.excepthook, threading.excepthook
    rep = install_error_handlers()
    assert sys.excepthook == rep.excepthook
    assert threading.excepthook == rep.thread_excepthook
    rep.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_error_in_slot_is_logged_and_shown(qtbot, reporter, caplog):
    caplog.set_level(logging.ERROR, logger="reader.errors")
    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        QTimer.singleShot(0, _boom)
    assert "fortsätta" in shown.args[0]
    assert reporter.box is not None and reporter.box.isVisible()
    assert reporter.box.text() == error_message()
    assert any("RuntimeError: trasig" in r.getMessage() for r in caplog.records)
    # The app is still alive and processes events.
    label = QLabel("ok")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)


def test_error_in_worker_thread_reaches_gui_thread(qtbot, reporter, caplog):
    caplog.set_level(logging.ERROR, logger="reader.errors")
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        worker = threading.Thread(target=_boom, name="arbetare")
        worker.start()
        worker.join()
    assert reporter.box is not None
    assert any("thread arbetare" in r.getMessage() for r in caplog.records)


def test_many_errors_give_one_box_with_a_count(qtbot, reporter):
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        reporter.excepthook(ValueError, ValueError("1"), None)
    first_box = reporter.box
    with qtbot.waitSignals([reporter.shown, reporter.shown], timeout=5000):
        reporter.excepthook(ValueError, ValueError("2"), None)
        reporter.excepthook(ValueError, ValueError("3"), None)
    assert reporter.box is first_box
    assert reporter.count == 3
    assert "2" in reporter.box.text()


def test_keyboard_interrupt_goes_to_previous_hook(qapp, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: seen.append(a[0]))
    rep = install_error_handlers()
    try:
        rep.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        assert seen == [KeyboardInterrupt]
        assert rep.count == 0
    finally:
        rep.uninstall()


def test_message_is_plain_swedish():
    text = error_message(2)
    assert "Något gick fel" in text
    assert "2" in text
    for jargon in ("Exception", "Traceback", "error"):
        assert jargon not in text
