"""The Qt binding in use keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every Qt call
that returns nothing and one to ``True`` on every signal emit; a long reading
session then aborted with "deallocating None". pyproject.toml excludes that
release; this test fails if a binding with the bug comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_reference_drift_on_void_calls_and_emits():
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QScrollBar
        app = QApplication([])
        bar = QScrollBar()
        bar.valueChanged.connect(lambda v: None)
        none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
        for i in range(20_000):
            bar.setValue(i % 7)
            bar.setEnabled(True)
            bar.valueChanged.emit(i % 7)
        print(sys.getrefcount(None) - none0, sys.getrefcount(True) - true0)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr[-800:]
    none_drift, true_drift = (int(x) for x in proc.stdout.split())
    # A few references may be held by caches; a lost one per call would be -20,000 or more.
    assert abs(none_drift) < 100
    assert abs(true_drift) < 100
