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
# Packages the checker covers; the rest of reader/ joins as it is made clean.
CHECKED = [
    "reader/content",
    "reader/preferences",
    "reader/platform",
    "reader/exports",
    "reader/cli.py",
    "reader/cli_common.py",
    "reader/app.py",
    "reader/kiosk",
    "reader/ui/kiosk_mode.py",
    "reader/ui/kiosk_saving.py",
    "reader/ui/kiosk_traces.py",
    "reader/ui/kiosk_warning.py",
    "reader/ui/locked_controls.py",
    "reader/ui/start_problem.py",
    # reading aloud (player.py joins with its audio-process rewrite)
    "reader/speech/reading_aloud.py",
    "reader/speech/controller.py",
    "reader/speech/engine.py",
    "reader/speech/service.py",
    "reader/speech/driver.py",
    "reader/speech/cli_audio.py",
    "reader/speech/espeak_driver.py",
    "reader/speech/espeak_lib.py",
    "reader/speech/system_driver.py",
    "reader/speech/fake_driver.py",
    "reader/speech/lexicon.py",
    "reader/speech/pace.py",
    "reader/speech/voice_catalogue.py",
    "reader/ui/speech_controls.py",
    "reader/ui/speech_panel.py",
    "reader/ui/speech_export.py",
    "reader/ui/speech_words.py",
    "reader/services.py",
    # The window, the host and the features it installs.
    "reader/ui/host.py",
    "reader/ui/features.py",
    "reader/ui/main_window.py",
    "reader/ui/window_layout.py",
    "reader/ui/view_mode.py",
    "reader/ui/appearance.py",
    "reader/ui/appearance_panel.py",
    "reader/ui/ruler.py",
    "reader/ui/search_bar.py",
    "reader/ui/glossary_panel.py",
    "reader/ui/glossary_marks.py",
    "reader/ui/help.py",
    "reader/ui/print_dialog.py",
    "reader/ui/epub_dialog.py",
    "reader/ui/language_menu.py",
    "reader/ui/button_bar.py",
    "reader/ui/reading_pane.py",
    "reader/ui/announcer.py",
]


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
