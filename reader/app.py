"""Start the desktop app: one QApplication, the document, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME, ORGANIZATION, __version__
from reader.content import compiled
from reader.content.errors import ContentPackError
from reader.preferences.settings import Settings

# Until themes set their own, every focusable control gets a thick, visible focus ring.
BASE_STYLE = """
QPushButton { min-height: 44px; min-width: 44px; padding: 6px 14px; font-size: 13pt; }
QPushButton:focus, QListWidget:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QLineEdit:focus, QCheckBox:focus, QSlider:focus { outline: none; border: 3px solid #1a4fa0; }
QListWidget { font-size: 13pt; }
QListWidget::item { min-height: 44px; padding: 4px; }
"""


FINISH_AT_LATEST_MS = 1500


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once."""
    app = QApplication.instance()
    if app is None:
        from reader.platform.privacy import no_dialog_history, quiet_client_libraries

        quiet_client_libraries()  # no cookie, bus or dialog history in the home folder (reader/platform/privacy.py)
        no_dialog_history()
        args = list(argv if argv is not None else sys.argv[:1])
        # Fusion: one look on every system, which the themes are made for. Asked for on the
        # command line Qt reads, so no style object is made twice (nor its Python type built).
        app = QApplication([*args[:1], "-style", "Fusion", *args[1:]])
        from reader.ui.big_arrows import ArrowStyle

        # Fusion still, with its arrows as large as the controls (reader/ui/big_arrows.py).
        app.setStyle(ArrowStyle("Fusion"))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return app  # type: ignore[return-value]


def bring_forward(window) -> None:
    """Show ``window`` on top and give it the keyboard (another start asked for it)."""
    from PySide6.QtCore import Qt

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def when_finished(window, then: Callable[[], object]) -> None:
    """Run ``then`` once the window is whole: now if it is, else when its rest is built."""
    from PySide6.QtCore import Qt

    if window.is_finished():
        then()
    else:
        window.finished.connect(then, Qt.ConnectionType.SingleShotConnection)


def finish_after_first_paint(window) -> None:
    """Build the rest of the window once its first screen is painted (or a moment later at most).

    The reader sees the text as soon as it can be drawn; what is not on the first screen
    follows while the reader takes it in. A key or click that needs it sooner builds it then.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, window.finish)
            return False

    watcher = FirstPaint(window)
    window.reading_pane.viewport().installEventFilter(watcher)
    QTimer.singleShot(FINISH_AT_LATEST_MS, window.finish)  # a window that is never painted (minimised)


def run_gui(
    content: Path,
    section: str | None = None,
    settings: Settings | None = None,
    kiosk: bool = False,
    lang: str | None = None,
    loaded: compiled.Pack | None = None,
) -> int:
    """Show the main window until the user quits; return the exit code.

    ``loaded`` is the pack the command line has already loaded (not loaded twice).
    """
    from reader.kiosk.session import admin_of, session_settings
    from reader.platform.i18n import start_language
    from reader.platform.logging_setup import install_logging
    from reader.services import build_services
    from reader.ui.error_reports import install_error_handlers, report_settings_problem
    from reader.ui.main_window import MainWindow

    app = application()
    if settings is None:
        settings = session_settings(kiosk)  # the administrator's file; memory only in kiosk mode
    start_language(app, settings, lang)  # before any text is made
    kiosk = kiosk or admin_of(settings).kiosk
    install_logging(kiosk)  # optional log file; none in kiosk mode (reader/platform/logging_setup.py)
    error_reporter = install_error_handlers()  # logged + plain-Swedish message (reader/ui/error_reports.py)
    from reader.platform.safe_write import install_signal_cleanup

    guard = None
    if kiosk:  # one public-computer window per user and pack (reader/platform/single_instance.py)
        from reader.platform.single_instance import SingleInstance, instance_key

        guard = SingleInstance(instance_key("kiosk", content))
        if not guard.claim():
            if guard.ask_first_to_show():
                print(
                    QCoreApplication.translate("App", "Läsaren är redan öppen. Det fönstret visas nu."),
                    file=sys.stderr,
                )
                return 0
            guard = None  # the first one does not answer: this start opens rather than leave nothing
        if guard is not None:
            app.aboutToQuit.connect(guard.release)
    if not app.styleSheet():
        app.setStyleSheet(BASE_STYLE)
    try:
        pack = loaded if loaded is not None else compiled.load(content)
    except ContentPackError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Innehållet kunde inte öppnas"),
            QCoreApplication.translate("App", "Dokumentet kunde inte läsas:\n\n{0}").format(exc),
        )
        return 3
    # Everything a feature needs, before the window; the window shows its first screen first.
    window = MainWindow(build_services(pack, settings), later=not kiosk)  # a public computer: whole at once
    # SIGTERM while saving removes the half-written file (reader/platform/safe_write.py); nothing
    # is saved before the rest of the window is there.
    when_finished(window, install_signal_cleanup)
    if section:
        window.go_to_section_id(section)
    window.restore_geometry()  # where the reader left it (a public computer remembers nothing)
    window.show()
    finish_after_first_paint(window)  # menus' other choices, search, help, the speech engine …
    # The audio process waits ready for the first Läs upp once the rest is built (not before
    # the first paint: reading aloud is made then); reader/speech/reading_aloud.py.
    when_finished(window, lambda: window.services.reading_aloud.warm_up())
    if guard is not None:
        guard.show_requested.connect(lambda: bring_forward(window))
    report_settings_problem(window, settings)  # a broken or unwritable settings file is told, not hidden
    code = app.exec()
    settings.sync()
    error_reporter.uninstall()
    return code
