"""One bad number never stops the app: inf, NaN, 1e400, huge and wrong-typed values.

Every number read from the settings file and the administrator's file is checked
to be finite and in range; a bad one is dropped with a plain-Swedish message and
the app starts with the default.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.preferences.admin_config import DEFAULT_IDLE_MINUTES, load_admin_config
from reader.preferences.settings import DEFAULTS, MemoryStore, Settings, finite_number

ROOT = Path(__file__).resolve().parent.parent
BAD_TEXTS = ["inf", "-inf", "nan", "NaN", "1e400", "-1e400", "9" * 5000, "1" + "0" * 40, "", "  ", "x", "[]"]
NUMBER_KEYS = [k for k, s in DEFAULTS.items() if s.kind in (int, float)]


@pytest.mark.parametrize(
    "value", [*BAD_TEXTS, math.inf, -math.inf, math.nan, 10**400, True, None, [1], {"a": 1}]
)
def test_finite_number_refuses_every_non_finite_or_foreign_value(value):
    with pytest.raises(ValueError):
        finite_number(value)


@pytest.mark.parametrize("key", NUMBER_KEYS)
@pytest.mark.parametrize("raw", BAD_TEXTS)
def test_a_stored_bad_number_gives_the_default_and_is_told(key, raw):
    store = MemoryStore()
    store.setValue(key, raw)
    settings = Settings(store)
    assert settings.get(key) == DEFAULTS[key].default
    assert key in settings.bad_values
    assert not store.contains(key), "the bad value is dropped, so the next start is clean"


@pytest.mark.parametrize(
    "key", ["text/line_height", "text/letter_spacing", "text/word_spacing", "text/paragraph_spacing"]
)
def test_nan_spacing_is_never_taken_as_a_value(key):
    settings = Settings(MemoryStore())
    with pytest.raises(ValueError):
        settings.set(key, math.nan)
    assert settings.get(key) == DEFAULTS[key].default
    assert math.isfinite(settings.get(key))


def _start_app(
    home: Path, admin: Path | None = None, extra_env: dict | None = None
) -> subprocess.CompletedProcess:
    """Start the real app in a fresh home and let it quit at once (as the bundle's smoke test does)."""
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    if admin is not None:
        env["LASAREN_ADMIN_CONFIG"] = str(admin)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "tests" / "quit_when_shown.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_the_app_starts_with_a_settings_file_full_of_bad_numbers(tmp_path):
    folder = tmp_path / ".config" / "Treklovern-lasaren"
    folder.mkdir(parents=True)
    (folder / "Läsaren.ini").write_text(
        "[General]\nschema=1\n[text]\nsize_pt=inf\nline_height=nan\nletter_spacing=nan\nword_spacing=1e400\n"
        "max_chars=" + "9" * 5000 + "\n[view]\nui_scale=inf\n[speech]\nrate=nan\nvolume=inf\n"
        "[ruler]\nshade=-inf\n",
        "utf-8",
    )
    result = _start_app(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "SMOKE-MAIN-WINDOW-SHOWN" in result.stdout, "the window was shown"
    assert "Traceback" not in result.stderr
    assert "bad value for text/size_pt" in result.stderr
    kept = (folder / "Läsaren.ini").read_text("utf-8")
    assert "inf" not in kept and "nan" not in kept, "bad values are not kept for the next start"


@pytest.mark.parametrize(
    "text",
    [
        "[defaults]\ntext_size = inf\nspeed = nan\nvolume = 1e400\ninterface_scale = -inf\nline_spacing = nan\n",
        "[defaults]\ntext_size = " + "[" * 3000 + "]" * 3000 + "\n",
        "[defaults]\ntext_size = " + "[" * 20 + "1" + "]" * 20 + "\n",
        "[defaults]\ntext_size = 1" + "0" * 5000 + "\n",
        "[defaults]\ntext_size = 1" + "0" * 300 + "\n",
        "[kiosk]\nidle_minutes = nan\n",
        "[kiosk]\nidle_minutes = inf\n",
        "[kiosk]\nidle_minutes = 1e400\n",
        "[kiosk]\nidle_minutes = " + "9" * 400 + "\n",
        "[kiosk]\nenabled = " + "{a = " * 200 + "1" + "}" * 200 + "\n",
    ],
)
def test_bad_numbers_in_the_administrators_file_are_refused_in_swedish(tmp_path, text, capsys):
    path = tmp_path / "lasaren-admin.toml"
    path.write_text(text, "utf-8")
    config = load_admin_config(path)
    assert config.problems
    assert config.idle_minutes == DEFAULT_IDLE_MINUTES
    for key, value in config.defaults.items():
        DEFAULTS[key].coerce(value)
    message = " ".join(config.problems)
    assert any(word in message for word in ("används", "ska vara", "kunde inte")), message


def test_the_app_starts_with_an_administrators_file_full_of_bad_numbers(tmp_path):
    admin = tmp_path / "lasaren-admin.toml"
    admin.write_text(
        "[kiosk]\nenabled = true\nidle_minutes = nan\nexport_folder = '../ut'\n"
        "[defaults]\ntext_size = inf\nspeed = nan\nvolume = 1e400\n",
        "utf-8",
    )
    result = _start_app(tmp_path / "home", admin)
    assert result.returncode == 0, result.stderr
    assert "SMOKE-MAIN-WINDOW-SHOWN" in result.stdout, "the window was shown"
    assert "Traceback" not in result.stderr
    # Public-computer mode keeps no log, but the terminal is told, naming each key.
    for key in ("kiosk.idle_minutes", "kiosk.export_folder", "defaults.text_size", "defaults.speed"):
        assert key in result.stderr


def test_a_deeply_nested_administrators_file_still_starts_the_app(tmp_path):
    admin = tmp_path / "lasaren-admin.toml"
    admin.write_text("[defaults]\ntext_size = " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")
    result = _start_app(tmp_path / "home", admin)
    assert result.returncode == 0, result.stderr
    assert "SMOKE-MAIN-WINDOW-SHOWN" in result.stdout, "the window was shown"
    assert "för många nivåer" in result.stderr


@pytest.mark.parametrize("raw", ["nan", "inf", "1e400"])
def test_a_nan_spacing_is_shown_as_the_usual_value_not_the_largest(qtbot, raw):
    from reader.content.loader import load_pack
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    store = MemoryStore()
    for key in ("text/line_height", "text/paragraph_spacing", "text/letter_spacing", "text/word_spacing"):
        store.setValue(key, raw)
    window = MainWindow(services_for(load_pack(ROOT / "content").document, Settings(store)))
    qtbot.addWidget(window)
    window.show()
    window.features.appearance.action_appearance.trigger()
    panel = window.features.appearance.panel
    for key in ("text/line_height", "text/paragraph_spacing", "text/letter_spacing", "text/word_spacing"):
        box = panel.editor(key)
        assert box.value() == DEFAULTS[key].default, key
        assert box.value() != box.maximum() or DEFAULTS[key].default == box.maximum()
    style = window.reading_pane.text_style
    assert math.isfinite(style.line_height) and style.line_height == DEFAULTS["text/line_height"].default


def _ini(home: Path) -> Path:
    """Where Qt looks for the settings file (it keeps the folder it found first in a process)."""
    from PySide6.QtCore import QSettings

    from reader import APP_NAME, ORGANIZATION

    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, "probe")
    path = Path(probe.fileName()).with_name(f"{APP_NAME}.ini")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        path.unlink()
    return path


def test_the_window_is_told_about_bad_stored_values(qapp, _isolated_home):
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.ui.error_reports import settings_problem

    ini = _ini(_isolated_home)
    ini.write_text("[General]\nschema=1\n[text]\nsize_pt=inf\n", "utf-8")
    settings = make_settings(AdminConfig(), kiosk=False)
    ini.unlink()
    assert settings.get("text/size_pt") == 18
    assert settings.bad_values == ["text/size_pt"]
    assert "ogiltiga värden" in settings_problem(settings)


def test_a_settings_file_that_is_a_fifo_is_not_opened(qapp, _isolated_home):
    from reader.preferences.admin_config import AdminConfig, make_settings
    from reader.ui.error_reports import settings_problem

    fifo = _ini(_isolated_home)
    os.mkfifo(fifo)
    try:
        settings = make_settings(AdminConfig(), kiosk=False)  # Qt would wait on the FIFO forever
        settings.set("text/size_pt", 30)
        assert settings.get("text/size_pt") == 30  # kept for this session, in memory
        assert "kunde inte läsas" in settings_problem(settings)
    finally:
        fifo.unlink()


def test_the_app_starts_when_its_settings_file_is_a_fifo(tmp_path):
    folder = tmp_path / ".config" / "Treklovern-lasaren"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "Läsaren.ini")
    result = _start_app(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "SMOKE-MAIN-WINDOW-SHOWN" in result.stdout
