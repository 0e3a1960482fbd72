"""The app survives PySide6's lost references to None/True/False on Python 3.11."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from reader import refcount_guard

ROOT = refcount_guard.__file__.rsplit("/reader/", 1)[0]


@pytest.mark.skipif(not refcount_guard.needed(), reason="None is immortal on this Python")
def test_reserve_added_once_when_package_imported():
    assert sys.getrefcount(None) > refcount_guard.RESERVE // 2
    assert sys.getrefcount(True) > refcount_guard.RESERVE // 2
    assert refcount_guard.protect() is False  # already done; never added twice
    assert sys.getrefcount(None) < 2 * refcount_guard.RESERVE


def test_many_void_calls_and_emits_do_not_abort():
    """200,000 calls that each lost a reference used to abort the process."""
    script = textwrap.dedent(
        """
        import reader
        from PySide6.QtWidgets import QApplication, QScrollBar
        app = QApplication([])
        bar = QScrollBar()
        for i in range(100_000):
            bar.setValue(i % 7)
            bar.valueChanged.emit(i % 7)
        print("ok")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": ROOT},
    )
    assert proc.returncode == 0, proc.stderr[-800:]
    assert proc.stdout.strip().endswith("ok")
