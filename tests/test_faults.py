"""Fault injection: when something breaks, the app keeps working and says what happened.

Each test breaks one thing (the speech engine mid-sentence, the audio device,
a font file, the settings file, the disk during an export) and checks that the
window still responds, the reader is told in plain Swedish, and nothing half
done is left behind.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.content.loader import load_pack
from reader.preferences.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TECHNICAL = ("Traceback", "Error", "Exception", "errno", "None")


def _plain_swedish(message: str) -> bool:
    return bool(message.strip()) and not any(word in message for word in TECHNICAL)


# --- a window with speech that can be broken -------------------------------------------------------


class Rig:
    def __init__(self, win, out, driver):
        self.win, self.out, self.driver = win, out, driver
        self.ui = win.features.speech
        self.ctl = win.features.speech.controller
        self.announced: list[str] = []

    def run(self, ms: int, step: int = 10) -> None:
        """Let the fake device play ``ms`` of audio, with the controller following."""
        for _ in range(ms // step):
            self.ctl.tick()
            self.out.advance(step)
            self.ctl.tick()

    def still_usable(self) -> None:
        """Navigation, text size and a fresh play all still work."""
        from reader.speech.controller import State

        win = self.win
        start = win.current_index
        win.action_next.trigger()
        assert win.current_index == start + 1
        win.action_larger.trigger()
        self.driver.broken_after = None
        self.out.fail_write = None
        self.ui.toggle()
        self.run(200)
        assert self.ctl.state is State.READING
        self.ui.action_stop.trigger()


@pytest.fixture
def rig(speech_window, monkeypatch):
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.fake_driver import FakeDriver
    from reader.speech.player import FakeAudioOut

    class BreakingDriver(FakeDriver):
        """Raises on the n-th sentence, as an engine crashing mid-text would."""

        broken_after: int | None = None

        def synthesise(self, text, **kwargs):
            if self.broken_after is not None and len(self.calls) >= self.broken_after:
                raise RuntimeError("engine crashed")
            return super().synthesise(text, **kwargs)

    class VanishingOut(FakeAudioOut):
        """An audio device that disappears after some writes."""

        fail_write: int | None = None

        def write(self, data: bytes) -> int:
            if self.fail_write is not None and self.writes >= self.fail_write:
                raise SpeechUnavailableError(
                    "Ljudet kunde inte spelas upp: högtalaren eller hörlurarna försvann."
                )
            return super().write(data)

    driver = BreakingDriver()
    out = VanishingOut()
    win = speech_window(driver=driver, out=out)
    win.features.speech.controller.set_auto_tick(False)  # the test drives the clock
    r = Rig(win, out, driver)
    original = win.announce
    monkeypatch.setattr(win, "announce", lambda text: (r.announced.append(text), original(text)))
    return r


def test_speech_engine_raising_mid_sentence(rig):
    from reader.speech.controller import State

    rig.driver.broken_after = 1  # the first sentence works, the next one fails
    rig.ui.toggle()
    rig.run(30_000)
    assert rig.ctl.state is State.STOPPED
    assert rig.announced, "the reader must be told that reading stopped"
    message = rig.announced[-1]
    assert _plain_swedish(message) and "engine crashed" not in message, message
    assert "Uppläsningen" in message
    assert rig.ui.panel.status.text() == message
    rig.still_usable()


def test_audio_device_vanishing_while_reading(rig):
    from reader.speech.controller import State

    rig.out.fail_write = 3
    rig.ui.toggle()
    rig.run(5_000)
    assert rig.ctl.state is State.STOPPED
    assert rig.announced and _plain_swedish(rig.announced[-1])
    assert "högtalaren" in rig.announced[-1]
    rig.still_usable()


# --- fonts ---------------------------------------------------------------------------------------


def test_unreadable_font_files_give_a_message_and_the_system_font(qapp, tmp_path):
    from reader.platform import fonts

    for _display, files in fonts.BUNDLED.values():
        for name in files:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(b"not a font " * 50)
    fonts.clear_cache()
    try:
        report = fonts.load_bundled_fonts(tmp_path)
    finally:
        fonts.clear_cache()
    assert report.families == {}
    assert len(report.problems) == len(fonts.BUNDLED)
    assert all(_plain_swedish(p) and "vanliga typsnitt" in p for p in report.problems)


def test_window_with_broken_fonts_still_reads_and_says_so(qtbot, content_root, monkeypatch):
    from reader.platform import fonts
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    broken = fonts.FontReport()
    broken.problems.append(fonts.problem_message("Atkinson Hyperlegible"))
    monkeypatch.setattr(fonts, "load_bundled_fonts", lambda folder=None: broken)
    said: list[str] = []
    monkeypatch.setattr(MainWindow, "announce", lambda self, text: said.append(text))
    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, Settings(), result.errors))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: any("Atkinson" in s for s in said), timeout=3000)
    win.settings.set("text/family", "atkinson")  # choosing the broken font does not break reading
    win.action_next.trigger()
    assert win.active_pane().toPlainText().startswith(win.current_section().title)


# --- settings ------------------------------------------------------------------------------------


def _settings_file() -> Path:
    from PySide6.QtCore import QSettings

    from reader import APP_NAME, ORGANIZATION

    return Path(
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME).fileName()
    )


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x00\xff\xfe garbage \x00" * 100,
        b"[General]\ntext\\size_pt=enorm\nschema=1\nview\\theme=42\n",
        b"[General\nschema=\n=\n[[[",
    ],
)
def test_corrupt_settings_file_falls_back_to_defaults(qtbot, qapp, content_root, garbage):
    from reader.preferences.settings import DEFAULTS
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    settings = Settings.persistent()
    for key, spec in DEFAULTS.items():
        assert settings.get(key) == spec.default or spec.coerce(settings.get(key)) is not None
    assert settings.get("text/size_pt") == DEFAULTS["text/size_pt"].default
    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    win.show()
    win.action_larger.trigger()
    assert win.text_size > DEFAULTS["text/size_pt"].default
    settings.sync()


def _file_settings(path: Path) -> Settings:
    from PySide6.QtCore import QSettings

    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_settings_problems_are_told_in_plain_swedish(qapp, tmp_path):
    from reader.ui.error_reports import settings_problem

    assert settings_problem(Settings()) is None  # memory only: nothing to go wrong
    assert settings_problem(_file_settings(tmp_path / "fine.ini")) is None
    corrupt = tmp_path / "corrupt.ini"
    corrupt.write_bytes(b"[General\nschema=\n=\n[[[")
    broken = settings_problem(_file_settings(corrupt))
    assert broken and "skadade" in broken and _plain_swedish(broken)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    unwritable = settings_problem(_file_settings(blocker / "settings.ini"))
    assert unwritable and "kan inte sparas" in unwritable and _plain_swedish(unwritable)


def test_settings_that_cannot_be_saved_do_not_stop_the_app(qtbot, qapp, content_root, monkeypatch, tmp_path):
    from reader.services import services_for
    from reader.ui.error_reports import report_settings_problem
    from reader.ui.main_window import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    settings = _file_settings(blocker / "settings.ini")
    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    win.show()
    win.action_larger.trigger()
    win.action_next.trigger()
    said: list[str] = []
    monkeypatch.setattr(win, "announce", said.append)
    assert report_settings_problem(win, settings)
    qtbot.waitUntil(lambda: any("kan inte sparas" in s for s in said), timeout=3000)
    settings.sync()  # must not raise
    assert win.current_index == 1
    assert settings.get("text/size_pt") == win.text_size  # remembered for this session at least


# --- disk full during export -----------------------------------------------------------------------

_LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails like a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    from reader.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _export_with_small_disk(tmp_path: Path, *args: str, limit: int = 4096) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", _LIMITED.format(limit=limit), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_text_export_on_a_full_disk_leaves_no_partial_file(tmp_path):
    out = tmp_path / "programmet.txt"
    proc = _export_with_small_disk(tmp_path, "--export-text", "--out", str(out))
    assert proc.returncode != 0
    assert not out.exists(), "a failed export must not leave a partial file under the chosen name"
    assert list(tmp_path.iterdir()) == []
    assert "kunde inte" in proc.stderr


def test_pdf_export_on_a_full_disk_leaves_no_partial_file(tmp_path):
    from reader.cli import build_parser

    if "--export-pdf" not in build_parser().format_help():
        pytest.skip("no --export-pdf on the command line")
    out = tmp_path / "programmet.pdf"
    proc = _export_with_small_disk(tmp_path, "--export-pdf", "--out", str(out), limit=2048)
    assert proc.returncode != 0
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert "kunde inte" in proc.stderr, proc.stderr


def test_audio_export_on_a_full_disk_leaves_no_partial_file(tmp_path):
    from reader.cli import build_parser

    if "--export-audio" not in build_parser().format_help():
        pytest.skip("no --export-audio on the command line")
    out = tmp_path / "avsnitt.wav"
    proc = _export_with_small_disk(tmp_path, "--export-audio", "--out", str(out), "--section", "inledning")
    assert proc.returncode != 0
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert "kunde inte" in proc.stderr, proc.stderr


def test_audio_export_in_the_window_on_a_full_disk(rig, qtbot, tmp_path, monkeypatch):
    from reader.exports import audio as export

    calls = {"n": 0}
    original = export._WavSink.add

    def full_disk(self, pcm: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, pcm)

    monkeypatch.setattr(export._WavSink, "add", full_disk)
    out = tmp_path / "avsnitt.wav"
    assert rig.ui.export_to("section", out)
    rig.ui.wait_for_export(60)
    qtbot.waitUntil(lambda: rig.ui.last_export is not None, timeout=5000)
    assert isinstance(rig.ui.last_export, Exception)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert rig.announced and _plain_swedish(rig.announced[-1])
    rig.still_usable()


# --- an unhandled error in the running app -----------------------------------------------------------


def test_unhandled_error_in_the_running_app_is_shown_logged_and_survived(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_offline import _session

    report = _session(tmp_path, "--inject-error")
    assert report["error_message"] and _plain_swedish(report["error_message"])
    assert report["sections_seen"] > 1  # everything after the error still worked
    log = tmp_path / "home" / ".local" / "share" / "Treklovern-lasaren" / "Läsaren" / "lasaren.log"
    assert "RuntimeError: injected fault" in log.read_text("utf-8")


def test_unhandled_error_in_kiosk_mode_is_shown_but_not_written(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_offline import _session

    report = _session(tmp_path, "--inject-error", "--kiosk")
    assert report["error_message"]
    assert report["files_in_home"] == []
