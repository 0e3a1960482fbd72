"""Keep libraries from writing into the reader's home folder.

The app itself writes only its settings and, when something went wrong, a log
(none at all in public-computer mode). Three libraries it loads would write
more on their own in a fresh home folder, and leave a process behind:

- the PulseAudio client creates ``~/.config/pulse/cookie`` when there is none;
  the local sound server does not need it (it knows the user from the socket),
  so the client is given ``/dev/zero`` to read a cookie from, and writes nothing;
- the D-Bus client, with no session bus named in the environment, starts a
  ``dbus-daemon`` of its own (which outlives the app) and records it in
  ``~/.dbus/session-bus/``; the app asks for no such bus (a screen reader still
  finds the accessibility bus through the display);
- Qt's file dialog keeps its folder history in ``~/.config/QtProject.conf``;
  that file is pointed at a place where nothing can be written.

A value already set in the environment is never changed, and an existing cookie
file is still used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

NO_BUS = "disabled:"
COOKIE_SOURCE = "/dev/zero"
# Nothing can be created below a process's /proc folder, by any user.
NOWHERE = "/proc/self/lasaren-nothing-is-stored-here"


def _config_home(environ: MutableMapping[str, str]) -> Path:
    configured = environ.get("XDG_CONFIG_HOME")
    return Path(configured) if configured else Path(environ.get("HOME", "~")).expanduser() / ".config"


def quiet_client_libraries(environ: MutableMapping[str, str] | None = None) -> None:
    """Set the environment so the audio and D-Bus client libraries write nothing (Linux).

    Call before Qt connects to the display or loads its audio back end.
    """
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return
    if "DBUS_SESSION_BUS_ADDRESS" not in environ:
        environ["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    if "PULSE_COOKIE" not in environ:
        home = Path(environ.get("HOME", "~")).expanduser()
        existing = [_config_home(environ) / "pulse" / "cookie", home / ".pulse-cookie"]
        if not any(path.exists() for path in existing) and os.path.exists(COOKIE_SOURCE):
            environ["PULSE_COOKIE"] = COOKIE_SOURCE


def no_dialog_history() -> None:
    """Qt's dialogs keep their history in the native-format user settings: send them nowhere (Linux).

    The app's own settings use the INI format explicitly and are not affected.
    """
    if not sys.platform.startswith("linux"):
        return
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, NOWHERE)
