"""The app as a screen reader sees it: walk its AT-SPI tree under Xvfb; no unnamed control.

Needs Debian's python3-pyatspi, at-spi2-core, dbus and xvfb (see .ci/run); skipped
with the reason when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from x_display import display_or_skipped

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")

HARNESS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from reader.app import application
    from reader.content.loader import load_pack
    from reader.platform.paths import content_dir
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    app = application()
    result = load_pack(content_dir())
    window = MainWindow(services_for(result.document, Settings(), result.errors))
    window.show()
    window.features.all_choices.open()  # every choice as a big button, beside the text
    window.features.search.open_bar()
    window.features.appearance.action_appearance.trigger()
    glossary = window.features.glossary
    glossary.explain(glossary.glossary.terms[0].id)  # the explanation beside the text
    QTimer.singleShot(90000, app.quit)
    sys.exit(app.exec())
    """
)


def _missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI exists on Linux only"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb dbus)"
    if not LAUNCHER.exists():
        return "at-spi2-core is not installed (apt-get install at-spi2-core)"
    if not SYSTEM_PYTHON.exists():
        return "no system python3 for python3-pyatspi"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (apt-get install python3-pyatspi)"
    return None


@pytest.mark.slow
def test_every_control_has_a_name_over_atspi(tmp_path):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    harness = tmp_path / "harness.py"
    harness.write_text(HARNESS, "utf-8")
    with display_or_skipped(range(150, 200), "1280x1024x24") as display:
        script = textwrap.dedent(
            f"""
            set -u
            {LAUNCHER} --launch-immediately >/dev/null 2>&1 &
            BUS=$!
            sleep 1
            DISPLAY={display} QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \\
                PYTHONPATH={ROOT} {sys.executable} {harness} >{tmp_path}/app.log 2>&1 &
            APP=$!
            {SYSTEM_PYTHON} {ROOT}/scripts/atspi_walk.py --app Läsaren --timeout 40
            RC=$?
            kill $APP $BUS 2>/dev/null
            wait $APP 2>/dev/null
            exit $RC
            """
        )
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
        result = subprocess.run(
            ["dbus-run-session", "--", "bash", "-c", script],
            capture_output=True,
            text=True,
            timeout=150,
            env=env,
            cwd=ROOT,
        )
    log = (
        (tmp_path / "app.log").read_text("utf-8", errors="replace") if (tmp_path / "app.log").exists() else ""
    )
    assert result.returncode != 2, (
        f"the app never reached the accessibility bus:\n{result.stdout}\n{log[-2000:]}"
    )
    assert result.returncode == 0, f"unnamed controls over AT-SPI:\n{result.stdout[-4000:]}"
    # Every reading text is a text object with its text, not a label: the section and the
    # glossary's explanation.
    reading = {}
    for line in result.stdout.splitlines():
        if line.startswith("READING | "):
            _, name, text = line.split(" | ", 2)
            reading[name.strip("'\"")] = text.strip("'\"")
    from reader.content.loader import load_pack
    from reader.platform.paths import content_dir

    first = load_pack(content_dir()).document.sections[0]
    assert "Inledning – hela texten" in reading, reading.keys()
    words = " ".join(first.text.split())
    assert reading["Inledning – hela texten"] == words[: len(reading["Inledning – hela texten"])]
    assert len(reading["Inledning – hela texten"]) >= 100
    assert reading.get("Förklaring"), reading.keys()
    # The reading-comfort controls are really there, by name.
    for name in ("Alla val", "Utseende", "Hög kontrast", "Läslinjal", "Sök efter", "Fetstil", "Radavstånd"):
        assert name in result.stdout, name
