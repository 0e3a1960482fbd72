"""The administrator's configuration file (public computers, libraries).

One TOML file, read once at start-up, that an administrator puts either beside
the executable or in the platform's system-wide configuration folder (see
``docs/administrator.md`` and ``docs/lasaren-admin.sample.toml``). It can switch
public-computer mode on, set the idle time, name the one folder where saving is
allowed, set the start values of a few preferences and lock any of them.

Bad values never stop the app: each one is reported in plain Swedish, naming the
key, on the terminal (standard error) and, outside public-computer mode, in the log,
and replaced by its default. Numbers must be finite and in range (inf, NaN, 1e400
are refused), the file must be a small regular file, and values nested inside each
other are bounded. Reading the file never writes anything.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.preferences.settings import DEFAULTS, MemoryStore, Settings, finite_number

log = logging.getLogger(__name__)

FILE_NAME = "lasaren-admin.toml"
ENV_VAR = "LASAREN_ADMIN_CONFIG"
FOLDER_NAME = "Treklovern-lasaren"

DEFAULT_IDLE_MINUTES = 5.0
MAX_IDLE_MINUTES = 240.0

# Names an administrator writes under [defaults] → the preference key in DEFAULTS.
# A name whose key is not (yet) in DEFAULTS is reported and ignored.
PREFERENCE_KEYS: dict[str, str] = {
    "text_size": "text/size_pt",
    "font": "text/family",
    "bold": "text/bold",
    "line_spacing": "text/line_height",
    "theme": "view/theme",
    "interface_scale": "view/ui_scale",
    "controls_follow_text": "view/controls_follow_text",
    "reading_mode": "view/reading_mode",
    "voice": "speech/voice",
    "speed": "speech/rate",
    "volume": "speech/volume",
    "language": "ui/language",
    "clearer": "speech/clearer",
    "other_voices": "speech/other_voices",
    "highlight": "speech/highlight",
    "continue_reading": "speech/continue",
    "paragraph_spacing": "text/paragraph_spacing",
    "letter_spacing": "text/letter_spacing",
    "word_spacing": "text/word_spacing",
    "line_length": "text/max_chars",
    "ruler": "ruler/enabled",
    "ruler_lines": "ruler/lines",
    "ruler_follows": "ruler/follow",
    "ruler_shade": "ruler/shade",
    "search_scope": "search/scope",
    "glossary_marks": "glossary/marks",
}
# Preferences an administrator can neither set nor lock, and why. Every key in DEFAULTS is
# in PREFERENCE_KEYS or here (a test checks it), so a new setting cannot be forgotten.
# (Where the reader was and what they have seen is no preference: reader/preferences/session_state.py.)
NOT_LOCKABLE: dict[str, str] = {
    "speech/more_controls": "how many reading-aloud buttons are shown; nothing read changes",
}


@dataclass
class AdminConfig:
    """What the administrator decided; the defaults mean "no file"."""

    kiosk: bool = False
    idle_minutes: float = DEFAULT_IDLE_MINUTES
    export_folder: Path | None = None  # None: saving is switched off in kiosk mode
    full_screen: bool = False
    lock_quit: bool = False
    defaults: dict[str, Any] = field(default_factory=dict)  # preference key -> value
    locked: frozenset[str] = frozenset()  # preference keys the visitor cannot change
    source: Path | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def idle_seconds(self) -> float:
        """0 means the idle reset is off."""
        return self.idle_minutes * 60.0


def candidate_paths() -> list[Path]:
    """Where the file is looked for, first match wins.

    1. the path in the environment variable ``LASAREN_ADMIN_CONFIG``;
    2. beside the executable (a copied bundle folder) or, from a checkout, the project folder;
    3. the system-wide folder: ``%ProgramData%\\Treklovern-lasaren`` on Windows,
       ``/Library/Application Support/Treklovern-lasaren`` on macOS, and on Linux each
       folder of ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``) + ``/Treklovern-lasaren``,
       then ``/etc/Treklovern-lasaren``.
    """
    paths: list[Path] = []
    env = os.environ.get(ENV_VAR)
    if env:
        paths.append(Path(env))
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable).resolve().parent / FILE_NAME)
    else:
        paths.append(Path(__file__).resolve().parents[2] / FILE_NAME)  # beside reader/ in a checkout
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        paths.append(Path(program_data) / FOLDER_NAME / FILE_NAME)
    elif sys.platform == "darwin":
        paths.append(Path("/Library/Application Support") / FOLDER_NAME / FILE_NAME)
    else:
        for folder in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":"):
            if folder:
                paths.append(Path(folder) / FOLDER_NAME / FILE_NAME)
        paths.append(Path("/etc") / FOLDER_NAME / FILE_NAME)
    return paths


def find_config_file() -> Path | None:
    for path in candidate_paths():
        try:
            if path.is_file():
                return path
        except OSError:
            continue
    return None


def load_admin_config(path: Path | str | None = None) -> AdminConfig:
    """Read the administrator's file (or find it); never raises."""
    path = Path(path) if path is not None else find_config_file()
    config = AdminConfig()
    if path is None:
        return config
    config.source = path
    from reader.platform.safe_read import MAX_CONFIG_BYTES, UnsafeFileError, parse_toml, read_bytes

    try:
        data = parse_toml(read_bytes(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except UnsafeFileError as exc:
        where = f" (rad {exc.line})" if exc.line else ""
        config.problems.append(f"filen kunde inte läsas{where}: {exc.message} Vanliga värden används.")
        _report(config)
        return config
    except UnicodeDecodeError:
        config.problems.append(
            "filen är inte giltig UTF-8-text och kunde inte läsas. Vanliga värden används."
        )
        _report(config)
        return config
    except OSError as exc:
        config.problems.append(f"filen kunde inte läsas ({exc.strerror or exc}). Vanliga värden används.")
        _report(config)
        return config
    _check_rights(path, config)
    try:
        parse_admin_data(data, config)
    except Exception as exc:  # never: but a value the checks missed must not stop the app
        log.debug("administrator configuration", exc_info=True)
        config.problems.append(f"filen kunde inte tolkas ({exc.__class__.__name__}). Vanliga värden används.")
        parse_admin_data({}, config)
    _report(config)
    return config


def parse_admin_data(data: dict[str, Any], config: AdminConfig | None = None) -> AdminConfig:
    """Validate an already parsed TOML table into ``config``; bad values become problems."""
    config = config if config is not None else AdminConfig()
    known_tables = {"kiosk", "defaults", "locked"}
    for table_name in data:
        if table_name not in known_tables:
            config.problems.append(f"okänd del [{_name(table_name)}] används inte")

    kiosk = _table(data, "kiosk", config)
    config.kiosk = _bool(kiosk, "enabled", False, config)
    config.full_screen = _bool(kiosk, "full_screen", False, config)
    config.lock_quit = _bool(kiosk, "lock_quit", False, config)
    config.idle_minutes = _idle(kiosk, config)
    config.export_folder = _folder(kiosk, config)
    for kiosk_key in kiosk:
        if kiosk_key not in {"enabled", "full_screen", "lock_quit", "idle_minutes", "export_folder"}:
            config.problems.append(f"okänd inställning kiosk.{_name(kiosk_key)} används inte")

    defaults = _table(data, "defaults", config)
    for name, value in defaults.items():
        key = PREFERENCE_KEYS.get(name)
        if key is None or key not in DEFAULTS:
            config.problems.append(f"okänd inställning defaults.{_name(name)} används inte")
            continue
        try:
            config.defaults[key] = DEFAULTS[key].coerce(value)
        except (TypeError, ValueError, OverflowError, RecursionError) as exc:
            config.problems.append(
                f"defaults.{_name(name)}: {exc}; {DEFAULTS[key].default!r} används i stället"
            )

    locked_table = _table(data, "locked", config)
    locked: set[str] = set()
    for name, value in locked_table.items():
        key = PREFERENCE_KEYS.get(name)
        if key is None or key not in DEFAULTS:
            config.problems.append(f"okänd inställning locked.{_name(name)} används inte")
            continue
        if not isinstance(value, bool):
            config.problems.append(f"locked.{name} ska vara true eller false; inställningen låses inte")
            continue
        if value:
            locked.add(key)
    config.locked = frozenset(locked)
    return config


def _check_rights(path: Path, config: AdminConfig) -> None:
    """Warn when any user of the computer could change the file (and so switch kiosk mode off)."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        folder_mode = path.parent.stat().st_mode
    except OSError:
        return
    if mode & 0o002 or (folder_mode & 0o002 and not folder_mode & 0o1000):
        config.problems.append(
            "filen (eller dess mapp) kan ändras av alla användare på datorn, och då också "
            "kioskläget; ta bort skrivrätten för andra (chmod o-w)"
        )


def _name(key: object, limit: int = 40) -> str:
    """A key from the file, cut short for a message."""
    text = str(key)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _report(config: AdminConfig) -> None:
    """Say every problem on the terminal; also log it, except in public-computer mode.

    In public-computer mode no log is kept, but standard error is not a file: an
    administrator starting the app from a terminal (or a service manager's journal)
    still sees why a setting was not used.
    """
    for problem in config.problems:
        if config.kiosk:
            if sys.stderr is not None:
                print(f"lasaren: administratörsfilen {config.source or ''}: {problem}", file=sys.stderr)
        else:
            log.warning("administratörsfilen %s: %s", config.source or "", problem)


def _table(data: dict[str, Any], name: str, config: AdminConfig) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        config.problems.append(f"[{name}] ska vara en tabell; den används inte")
        return {}
    return value


def _bool(table: dict[str, Any], name: str, default: bool, config: AdminConfig) -> bool:
    value = table.get(name, default)
    if isinstance(value, bool):
        return value
    config.problems.append(f"kiosk.{name} ska vara true eller false; {str(default).lower()} används")
    return default


def _idle(table: dict[str, Any], config: AdminConfig) -> float:
    raw = table.get("idle_minutes", DEFAULT_IDLE_MINUTES)
    try:
        value = finite_number(raw) if isinstance(raw, int | float) else math.nan
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_IDLE_MINUTES:  # NaN fails this too
        config.problems.append(
            f"kiosk.idle_minutes ska vara ett tal från 0 till {MAX_IDLE_MINUTES:g}; "
            f"{DEFAULT_IDLE_MINUTES:g} används"
        )
        return DEFAULT_IDLE_MINUTES
    if 0 < value < 1:
        config.problems.append("kiosk.idle_minutes under 1 minut höjs till 1 (varningen ensam varar 30 s)")
        return 1.0
    return float(value)


def _folder(table: dict[str, Any], config: AdminConfig) -> Path | None:
    value = table.get("export_folder", "")
    if not isinstance(value, str) or "\x00" in value:
        config.problems.append("kiosk.export_folder ska vara text; att spara är avstängt")
        return None
    if not value.strip():
        return None
    folder = Path(os.path.expandvars(value.strip())).expanduser()
    if not folder.is_absolute():
        config.problems.append(
            f"kiosk.export_folder ska vara en fullständig sökväg (från roten), inte {_name(value)!r}; "
            "att spara är avstängt"
        )
        return None
    if ".." in folder.parts:
        config.problems.append(
            f"kiosk.export_folder får inte innehålla .. ({_name(value)!r}); att spara är avstängt"
        )
        return None
    return folder


class AdministeredSettings(Settings):
    """Settings whose defaults come from the administrator and whose locked keys stay put.

    ``get`` falls back to the administrator's value before the table's default;
    ``set`` on a locked key is ignored (the UI should also disable its control,
    see :meth:`is_locked`); ``reset`` ("Ny besökare") returns to the administrator's values.
    """

    def __init__(self, admin: AdminConfig, store: Any = None, parent: Any = None):
        self.admin = admin
        super().__init__(store, parent)

    def default(self, key: str) -> Any:
        return self.admin.defaults.get(key, DEFAULTS[key].default)

    def is_locked(self, key: str) -> bool:
        return key in self.admin.locked

    def _warn(self, message: str, *args: Any) -> None:
        if not self.admin.kiosk:  # in public-computer mode nothing is logged
            super()._warn(message, *args)


def make_settings(admin: AdminConfig, kiosk: bool, parent: Any = None) -> Settings:
    """The app's Settings: memory only in public-computer mode, else the user's stored ones."""
    if kiosk:
        return AdministeredSettings(admin, MemoryStore(), parent)
    stored = Settings.persistent()  # checks the file and its values once
    settings = AdministeredSettings(admin, stored.store, parent)
    settings.bad_values = stored.bad_values  # the window tells the reader about these
    settings.unreadable_file = stored.unreadable_file
    return settings
