"""Unhandled errors never end the app silently: log them, tell the reader, carry on.

``install_error_handlers()`` replaces ``sys.excepthook`` and
``threading.excepthook``. An error from any thread is logged (the log has no
file in kiosk mode, see ``logging_setup``) and handed to the GUI thread by a
queued signal, where a short plain-Swedish message box says what happened.
Only one box is shown at a time; further errors while it is open are counted.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from reader.preferences.settings import Settings
    from reader.ui.host import Host

log = logging.getLogger("reader.errors")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ErrorReporter", text, None, n)


def error_message(extra_errors: int = 0) -> str:
    """The text shown to the reader (no technical words)."""
    text = _tr("Något gick fel i programmet. Du kan fortsätta läsa som vanligt.")
    if extra_errors:
        text += "\n\n" + _tr("Det hände %n fel till.", extra_errors)
    return text


class ErrorReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread."""

    report = Signal(str)
    shown = Signal(str)  # emitted with the message text each time the box is shown or updated

    def __init__(
        self,
        parent_widget: Callable[[], QWidget | None] | None = None,
        show_dialog: bool = True,
    ) -> None:
        super().__init__()
        self._parent_widget = parent_widget or (lambda: QApplication.activeWindow())
        self._show_dialog = show_dialog
        self._box: QMessageBox | None = None
        self._extra = 0
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # Queued: the box is opened from the event loop, never from inside a paint or a worker.
        self.report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    # --- hooks ---------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous_hook(exc_type, exc, tb)
            return
        self._handle(exc_type, exc, tb, "main")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str,
    ) -> None:
        try:
            self.count += 1
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            log.error("unhandled error (thread %s):\n%s", where, details.rstrip())
            if QCoreApplication.instance() is not None:
                self.report.emit(f"{exc_type.__name__}: {exc}")
        except Exception:  # the handler itself must never raise
            pass

    # --- GUI thread ----------------------------------------------------------
    @Slot(str)
    def _on_report(self, summary: str) -> None:
        try:
            self._show(summary)
        except Exception:  # never re-enter the hook from the hook's own slot
            log.exception("could not show the error message")

    def _show(self, summary: str) -> None:
        if self._box is not None and self._box.isVisible():
            self._extra += 1
            text = error_message(self._extra)
            self._box.setText(text)
            self.shown.emit(text)
            return
        self._extra = 0
        text = error_message()
        if self._show_dialog and isinstance(QCoreApplication.instance(), QApplication):
            box = QMessageBox(self._parent_widget())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(_tr("Något gick fel"))
            box.setText(text)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.button(QMessageBox.StandardButton.Ok).setText(_tr("OK, fortsätt"))
            box.setAccessibleName(_tr("Felmeddelande"))
            box.setAccessibleDescription(text)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self._box = box
            box.open()
        self.shown.emit(text)

    @property
    def box(self) -> QMessageBox | None:
        return self._box

    def uninstall(self) -> None:
        """Put back the hooks that were there before (tests)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        if self._box is not None:
            self._box.close()
            self._box.deleteLater()
            self._box = None


def install_error_handlers(
    parent_widget: Callable[[], QWidget | None] | None = None, show_dialog: bool = True
) -> ErrorReporter:
    """Install the hooks; call once after the QApplication exists. Keep the returned object."""
    reporter = ErrorReporter(parent_widget, show_dialog)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter


def settings_problem(settings: Settings) -> str | None:
    """Plain words for a settings file that could not be read or cannot be written, else None.

    Qt reads a broken file as far as it can and never raises, and an unwritable
    file only shows at saving; the reader should still hear why choices are not
    kept. Memory-only settings (kiosk mode, tests) have no file and no problem.
    """
    if settings.unreadable_file:
        return _tr("Dina inställningar kunde inte läsas. Läsaren använder vanliga inställningar.")
    if settings.bad_values:
        return _tr(
            "Några av dina sparade inställningar hade ogiltiga värden. Läsaren använder vanliga värden för dem."
        )
    store = settings.store
    if not isinstance(store, QSettings):
        return None
    try:
        writable = store.isWritable()
        status = store.status()
    except Exception:
        return _tr("Dina inställningar kunde inte läsas. Läsaren använder vanliga inställningar.")
    if status == QSettings.Status.FormatError:
        return _tr("Dina sparade inställningar var skadade. Läsaren använder vanliga inställningar.")
    if not writable or status == QSettings.Status.AccessError:
        return _tr(
            "Dina inställningar kan inte sparas på den här datorn. Det du ändrar gäller tills du stänger läsaren."
        )
    return None


def report_settings_problem(window: Host, settings: Settings) -> str | None:
    """Tell the reader (status bar and screen reader) about a settings problem, once the window shows."""
    message = settings_problem(settings)
    if message:
        store = settings.store
        log.warning("settings: %s", store.fileName() if isinstance(store, QSettings) else "?")
        QTimer.singleShot(0, lambda: window.announce(message))
    return message
