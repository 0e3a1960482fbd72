"""Start the app as ``python -m reader ARGS`` does, and quit once its first window is shown.

    python tests/quit_when_shown.py [ARGS...]

For tests that start the real app in a child process: it prints ``SMOKE-MAIN-WINDOW-SHOWN``
(with ``SMOKE-QT-CANCEL=`` and Qt's own word for Cancel, which shows whether Qt's
translations were found) and quits, even when the administrator locked quitting; or, when
the start ends in the plain-Swedish problem window, ``SMOKE-START-PROBLEM-SHOWN`` and closes
it. The app itself has no such hook: this harness watches it from outside its code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

POLL_MS = 100


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reader import cli
    from reader.app import application
    from reader.ui import start_problem

    app = application()
    # Offscreen is a screen here: the problem window is shown so that the test can see it.
    start_problem.can_show_window = lambda: True

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if widget.objectName() == "StartProblem" and isinstance(widget, QMessageBox):
                print("SMOKE-START-PROBLEM-SHOWN", flush=True)
                widget.accept()
                return
            if widget.objectName() == "MainWindow":
                print("SMOKE-MAIN-WINDOW-SHOWN", flush=True)
                cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")  # a Qt string, not ours
                print("SMOKE-QT-CANCEL=" + cancel, flush=True)
                timer.stop()
                app.exit(0)  # ends the event loop without asking the window (quitting may be locked)
                return

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(look)
    timer.start()
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
