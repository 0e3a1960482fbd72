"""The type checker finds nothing to complain about in the app's code.

mypy reads the annotations of every public function and PySide6's own type
information; an unknown attribute, a None passed where a value is needed or a
wrong return type fails here, before a reader meets it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The whole app: every module under reader/ (mypy reads PySide6's own type information).
CHECKED = ["reader"]


def test_mypy_finds_no_errors():
    exe = Path(sys.executable).with_name("mypy")
    if not exe.exists():
        pytest.fail("mypy is not installed in the test environment (python3 run.py test installs it)")
    result = subprocess.run(
        [str(exe), "--no-error-summary", "--follow-imports=silent", *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
