"""Public-computer mode: forget everything between visitors.

Installed on every main window by :func:`install_kiosk`, which sets

- ``window.kiosk``: the :class:`KioskController` (``window.kiosk.enabled`` tells
  whether public-computer mode is on);
- ``window.new_visitor``: a signal emitted when the app returns to its start state
  ("Ny besökare", or the idle reset). **Every feature that keeps visitor state
  (speech, search, bookmarks, open panels) connects to it and clears that state**:
  ``window.new_visitor.connect(self.stop)``. It exists in every mode, so features
  can connect unconditionally.

Also for other features:

- ``window.kiosk.activity()``: the visitor did something (only for input the idle
  watcher cannot see itself, e.g. a button that stands for "I am here"). Never call it for
  what the app does (speech, highlights, timers): the idle time counts the visitor alone,
  so reading aloud does not keep a forgotten session alive.
- ``window.kiosk.speak_requested(text)``: the speech feature connects it to read a
  short notice aloud (the idle warning).
- :func:`save_path`: where to save a file the visitor asked for. In public-computer
  mode it never opens a file dialog: it returns a new file in the administrator's
  folder, or None (with a message) when saving is off.

In public-computer mode nothing is written to the disk: settings live in memory
(``admin_config.make_settings``), logging goes to standard error only, and speech
plays from memory.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from reader.preferences.admin_config import AdminConfig, load_admin_config, make_settings
from reader.preferences.settings import Settings

log = logging.getLogger(__name__)

WARNING_SECONDS = 30
SMOKE_ENV = "LASAREN_SMOKE_QUIT"  # set by scripts/smoke_bundle.py only
# What a visitor does. Only events from the window system count (``spontaneous``): events the
# app sends itself (a scroll, a moved widget, a key a feature simulates) are not a visitor.
ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
}
POINTER_EVENTS = {QEvent.Type.MouseMove}
# A pointer that moved less than this (a window appearing under a still mouse, a jitter)
# did not move: Qt reports such "moves" without the visitor touching anything.
POINTER_SLOP_PX = 3


class IdleWatcher(QObject):
    """Counts idle time from the visitor's keyboard, mouse and touch anywhere in the app.

    ``warn`` fires after ``idle_ms`` without input; then ``expired`` fires after
    ``warning_ms`` more unless the visitor does something (which emits ``resumed``).
    Only the visitor's input counts and only it leaves the warning: nothing the app does
    (speech, word highlights, its own scrolling, timers, announcements) can hold off the
    reset. ``idle_ms`` 0 switches it off.
    """

    warn = Signal()
    resumed = Signal()
    expired = Signal()

    def __init__(self, idle_ms: int, warning_ms: int = WARNING_SECONDS * 1000, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_ms = max(0, int(idle_ms))
        self.warning_ms = int(warning_ms)
        self.warning = False
        self._pointer: QPointF | None = None  # where the pointer was last seen
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_warning)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setTimerType(Qt.TimerType.PreciseTimer)
        self._grace.timeout.connect(self._expire)
        app = QCoreApplication.instance()
        if app is not None and self.idle_ms:
            app.installEventFilter(self)
        self.restart()

    @property
    def active(self) -> bool:
        return self.idle_ms > 0

    def remaining_ms(self) -> int:
        return min(self.warning_ms, max(0, self._grace.remainingTime())) if self.warning else self.warning_ms

    def restart(self) -> None:
        self._grace.stop()
        self.warning = False
        if self.idle_ms:
            self._idle.start(self.idle_ms)

    def activity(self) -> None:
        """The visitor did something: start counting again (and leave the warning)."""
        was_warning = self.warning
        self.restart()
        if was_warning:
            self.resumed.emit()

    def pause(self) -> None:
        self._idle.stop()
        self._grace.stop()
        self.warning = False

    def stop(self) -> None:
        self._idle.stop()
        self._grace.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _start_warning(self) -> None:
        self.warning = True
        self._grace.start(self.warning_ms)
        self.warn.emit()

    def _expire(self) -> None:
        self.warning = False
        try:
            self.expired.emit()
        finally:
            self.restart()

    def is_visitor_input(self, event: QEvent) -> bool:
        """Whether ``event`` is something a person did (not something the app did)."""
        kind = event.type()
        if kind not in ACTIVITY_EVENTS or not event.spontaneous():
            return False
        if kind in POINTER_EVENTS:
            where = event.globalPosition()
            last, self._pointer = self._pointer, QPointF(where)
            if last is None:
                return False  # the first position seen is where the pointer already was
            moved = abs(where.x() - last.x()) + abs(where.y() - last.y())
            # A mouse moving alone does not dismiss the warning: a bumped table must not count.
            return moved >= POINTER_SLOP_PX and not self.warning
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS and self.is_visitor_input(event):
            self.activity()
        return False


class KioskController(QObject):
    """Public-computer behaviour of one main window."""

    new_visitor = Signal()
    speak_requested = Signal(str)

    def __init__(
        self,
        window: QWidget,
        admin: AdminConfig,
        enabled: bool,
        warning_ms: int = WARNING_SECONDS * 1000,
    ):
        super().__init__(window)
        self.window = window
        self.admin = admin
        self.enabled = enabled
        self.lock_quit = enabled and admin.lock_quit
        # Public-computer full screen is locked: no key, menu or window manager leaves it.
        self.lock_full_screen = enabled and admin.full_screen
        self.export_folder = admin.export_folder if enabled else None
        self.warning_widget = None
        self.resets = 0
        idle_ms = int(admin.idle_seconds * 1000) if enabled else 0
        self.idle = IdleWatcher(idle_ms, warning_ms, self)
        self.idle.warn.connect(self._show_warning)
        self.idle.resumed.connect(self._hide_warning)
        self.idle.expired.connect(self.reset)
        window.installEventFilter(self)

    def activity(self) -> None:
        """The visitor did something the idle watcher cannot see itself (see the module doc)."""
        self.idle.activity()

    # -- "Ny besökare" ------------------------------------------------------------------
    def reset(self) -> None:
        """Everything back to the start: defaults, first section, no speech, no search, no dialogs.

        It always completes: whatever speech, dialogs or a feature are doing, each step runs
        on its own, and a step that fails is logged and does not stop the others.
        """
        window = self.window
        steps: list[Callable[[], None]] = [
            self._hide_warning,
            lambda: close_other_windows(window),
            _forget_known_state_of(window),
            self.new_visitor.emit,
            lambda: _reset_settings(window),
            lambda: window.go_to_section(0) if hasattr(window, "go_to_section") else None,
            lambda: forget_traces(window),
            lambda: window.showFullScreen() if self.enabled and self.admin.full_screen else None,
            lambda: _focus_start(window),
        ]
        for step in steps:
            try:
                step()
            except Exception:  # one feature's failure must not leave the next visitor its traces
                log.exception("a step of the reset failed; the others go on")
        self.resets += 1
        self.idle.restart()
        # a dialog's own code may open something again as its loop ends: look once more
        QTimer.singleShot(0, window, lambda: close_other_windows(window))
        if hasattr(window, "announce"):
            window.announce(QCoreApplication.translate("Kiosk", "Läsaren har börjat om för en ny besökare."))

    # -- the idle warning -------------------------------------------------------------------
    def warning_text(self) -> str:
        seconds = (self.idle.remaining_ms() + 999) // 1000
        return QCoreApplication.translate(
            "Kiosk", "Om {0} sekunder börjar läsaren om för nästa besökare."
        ).format(seconds)

    def _show_warning(self) -> None:
        from reader.ui.kiosk_warning import IdleWarning

        if self.warning_widget is None:
            self.warning_widget = IdleWarning(self, self.window)
        self.warning_widget.open_warning()
        spoken = QCoreApplication.translate(
            "Kiosk", "Är du kvar? Tryck på en tangent eller klicka för att fortsätta läsa."
        )
        self.speak_requested.emit(spoken)
        if hasattr(self.window, "announce"):
            self.window.announce(spoken, assertive=True)

    def _hide_warning(self) -> None:
        if self.warning_widget is not None:
            self.warning_widget.close_warning()

    # -- quitting can be locked -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window:
            if event.type() == QEvent.Type.Close and self.lock_quit:
                event.ignore()
                return True
            if event.type() == QEvent.Type.Hide and not self.window.isMinimized():
                self.idle.pause()  # a closed window must not reset anything later
            elif event.type() == QEvent.Type.Show and not self.idle.warning:
                self.idle.restart()  # (the warning is left by the visitor's input alone)
            if self.lock_full_screen and event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.Move):
                self._keep_full_screen()
        return False

    def _keep_full_screen(self) -> None:
        """Minimised, made smaller or moved (title-bar button, window manager): back at once."""
        window = self.window
        if window.isVisible() and (window.isMinimized() or not window.isFullScreen()):
            QTimer.singleShot(0, window, self._restore_full_screen)

    def _restore_full_screen(self) -> None:
        window = self.window
        if (
            self.lock_full_screen
            and window.isVisible()
            and (window.isMinimized() or not window.isFullScreen())
        ):
            window.setWindowState(Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowActive)
            window.showFullScreen()
            window.raise_()
            window.activateWindow()


def _forget_known_state_of(window: QWidget) -> Callable[[], None]:
    return lambda: _forget_known_state(window)


def _forget_known_state(window: QWidget) -> None:
    """Safety net for features that do not (yet) listen to ``new_visitor``: stop speech, clear search."""
    speech = getattr(window, "speech", None)
    if speech is not None:
        for name in ("cancel_export",):
            if hasattr(speech, name):
                getattr(speech, name)()
        controller = getattr(speech, "controller", None)
        if controller is not None and hasattr(controller, "stop"):
            controller.stop()
    search_bar = getattr(window, "search_bar", None)
    if search_bar is not None and hasattr(search_bar, "forget"):
        search_bar.forget()
    if hasattr(window, "statusBar"):
        window.statusBar().clearMessage()


def _reset_settings(window: QWidget) -> None:
    settings = getattr(window, "settings", None)
    if settings is None:
        return
    settings.reset()
    if hasattr(window, "apply_text_size"):
        window.apply_text_size(settings.get("text/size_pt"), announce=False)
    switcher = getattr(window, "language_switcher", None)
    if switcher is not None and switcher.language != settings.get("ui/language"):
        switcher.apply(settings.get("ui/language"))


def _focus_start(window: QWidget) -> None:
    section_list = getattr(window, "section_list", None)
    if section_list is not None:
        section_list.setFocus(Qt.FocusReason.OtherFocusReason)


def close_other_windows(window: QWidget) -> None:
    """Close every window and dialog but the main window: help, messages, menus, modal ones too.

    A modal dialog runs its own event loop; ``done`` ends that loop (a message box without a
    Cancel button ignores a plain close), and whatever is still shown is hidden.
    """
    for _ in range(3):  # closing one can reveal (or open) another
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and not hasattr(w, "kiosk") and w.window() is w
        ]
        if not others:
            return
        for widget in others:
            try:
                if isinstance(widget, QMenu):
                    widget.close()
                elif isinstance(widget, QDialog):
                    widget.done(QDialog.DialogCode.Rejected)
                else:
                    widget.close()
                if widget.isVisible():
                    widget.hide()
            except RuntimeError:  # already deleted by its own code
                continue


def forget_traces(window: QWidget) -> None:
    """Clear what a visitor leaves in widgets: typed text and its undo history, selections,
    scroll positions, and the clipboard and the X11 primary selection."""
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import (
        QAbstractScrollArea,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    for edit in window.findChildren(QLineEdit):
        parent = edit.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            edit.setText(edit.text())  # its value comes from the settings; only the history goes
        else:
            edit.setText("")  # setText also empties the undo and redo history
        edit.deselect()
    for text in [*window.findChildren(QTextEdit), *window.findChildren(QPlainTextEdit)]:
        cursor = text.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            text.setTextCursor(cursor)
        text.document().clearUndoRedoStacks()
    for area in window.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().minimum())
        area.horizontalScrollBar().setValue(area.horizontalScrollBar().minimum())
    pane = getattr(window, "reading_pane", None)
    if pane is not None:
        pane.moveCursor(pane.textCursor().MoveOperation.Start)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)


def safe_file_name(name: str) -> str:
    """A file name without folders or characters that some systems refuse."""
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "-", name).strip(" .-")
    return name or "lasaren"


def unique_path(folder: Path, name: str) -> Path:
    path = folder / safe_file_name(name)
    stem, suffix = path.stem, path.suffix
    number = 2
    while os.path.lexists(path):  # a dangling link planted under the next name counts as taken
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


def save_path(parent: QWidget, suggested_name: str, title: str = "", file_filter: str = "") -> Path | None:
    """Where to save a file the visitor asked for, or None (cancelled, or saving is off).

    Outside public-computer mode this is the usual save dialog. In public-computer
    mode there is no dialog: the file goes into the administrator's folder under a
    new name, and the visitor is told where; without that folder saving is off.
    """
    kiosk = None
    widget = parent
    while widget is not None and kiosk is None:  # a dialog's main window holds the controller
        kiosk = getattr(widget, "kiosk", None)
        widget = widget.parentWidget()
    if kiosk is None:
        kiosk = next(
            (getattr(w, "kiosk", None) for w in QApplication.topLevelWidgets() if hasattr(w, "kiosk")), None
        )
    if kiosk is None or not kiosk.enabled:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title or QCoreApplication.translate("Kiosk", "Spara"),
            str(Path.home() / safe_file_name(suggested_name)),
            file_filter,
        )
        return Path(chosen) if chosen else None
    folder = kiosk.export_folder
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        QMessageBox.information(
            parent, QCoreApplication.translate("Kiosk", "Det går inte att spara"), no_saving_message()
        )
        return None
    return unique_path(folder, suggested_name)


def no_saving_message() -> str:
    """What a visitor is told when a file cannot be saved on a public computer (they cannot pick a folder)."""
    return QCoreApplication.translate(
        "Kiosk", "På den här datorn går det inte att spara filer. Fråga personalen om du behöver hjälp."
    )


def kiosk_enabled(widget: QWidget | None) -> bool:
    """True when ``widget``'s main window is in public-computer mode."""
    while widget is not None:
        kiosk = getattr(widget, "kiosk", None)
        if kiosk is not None:
            return bool(kiosk.enabled)
        widget = widget.parentWidget()
    return False


def session_settings(kiosk: bool = False, admin_path: Path | str | None = None) -> Settings:
    """The settings for this run: the administrator's file decides, ``--kiosk`` switches kiosk on.

    The returned settings carry the administrator's configuration (``settings.admin``),
    which :func:`install_kiosk` reads; in public-computer mode they live in memory only.
    """
    admin = load_admin_config(admin_path)
    if kiosk:
        admin.kiosk = True
    return make_settings(admin, admin.kiosk)


def install_kiosk(
    window: QWidget, admin: AdminConfig | None = None, enabled: bool | None = None
) -> KioskController:
    """Give ``window`` its public-computer controller, ``new_visitor`` signal and actions.

    Without arguments the administrator's configuration comes from ``window.settings.admin``
    (see :func:`session_settings`); a window with plain settings gets an inactive controller.
    """
    if admin is None:
        admin = getattr(getattr(window, "settings", None), "admin", None) or AdminConfig()
    if enabled is None:
        enabled = admin.kiosk
    controller = KioskController(window, admin, enabled)
    window.kiosk = controller
    window.new_visitor = controller.new_visitor
    add_action = getattr(window, "add_action", None)
    if add_action is None:
        return controller
    window.action_full_screen = add_action(
        QCoreApplication.translate("Kiosk", "Helskärm"),
        lambda: toggle_full_screen(window),
        ["F11"],
        menu="view",
        description=QCoreApplication.translate(
            "Kiosk", "Visa läsaren på hela skärmen, eller sluta visa på hela skärmen"
        ),
        name="full_screen",
    )
    if enabled:
        window.action_new_visitor = add_action(
            QCoreApplication.translate("Kiosk", "Ny besökare"),
            controller.reset,
            ["Ctrl+Shift+N"],
            menu="document",
            button=True,
            description=QCoreApplication.translate(
                "Kiosk", "Börja om från början: glöm allt som den förra besökaren gjorde"
            ),
            name="new_visitor",
        )
    quit_action = getattr(window, "action_quit", None)
    if quit_action is not None and controller.lock_quit:
        quit_action.setEnabled(False)
        quit_action.setVisible(False)
        quit_action.setShortcuts([QKeySequence()])
    if enabled and admin.full_screen:
        QTimer.singleShot(0, window.showFullScreen)
        window.action_full_screen.setEnabled(False)  # locked: no way out of full screen
    if admin.locked:
        QTimer.singleShot(0, lambda: enforce_locks(window))  # after every feature has added its controls
    if os.environ.get(SMOKE_ENV):
        QTimer.singleShot(300, lambda: _smoke_quit(window))
    return controller


# Controls (action or widget object names) that change a preference the administrator can lock.
LOCKED_CONTROLS: dict[str, tuple[str, ...]] = {
    "text/size_pt": ("smaller_text", "larger_text", "normal_text"),
    "view/theme": ("high_contrast", "easier_reading"),
    "text/family": ("easier_reading",),
    "speech/rate": ("speech_faster", "speech_slower"),
    "speech/voice": ("SpeechVoice",),
    "speech/volume": ("SpeechVolume",),
}


def enforce_locks(window: QWidget) -> None:
    """Disable the controls of locked preferences, and undo a text size change made another way."""
    settings = getattr(window, "settings", None)
    is_locked = getattr(settings, "is_locked", None)
    if is_locked is None:
        return

    def disable() -> None:
        for key, names in LOCKED_CONTROLS.items():
            if not is_locked(key):
                continue
            for name in names:
                for action in window.findChildren(QAction, name):
                    action.setEnabled(False)
                for widget in window.findChildren(QWidget, name):
                    widget.setEnabled(False)

    if is_locked("text/size_pt") and hasattr(window, "text_size_changed"):
        wanted = settings.get("text/size_pt")

        def keep_size(size: int) -> None:
            if size != wanted:
                window.apply_text_size(wanted, announce=False)
            disable()  # setting a size enables the size buttons again

        window.text_size_changed.connect(keep_size)
        if window.text_size != wanted:
            window.apply_text_size(wanted, announce=False)
    disable()


def _smoke_quit(window: QWidget) -> None:
    """The packaged-app smoke test: say the main window is up, then quit (even if locked)."""
    if window.isVisible():
        print("SMOKE-MAIN-WINDOW-SHOWN", flush=True)
    # Qt's own dialog strings follow the interface language (qtbase translations found).
    qt_context, qt_text = "QPlatformTheme", "Cancel"  # a Qt string, not ours: kept out of our .ts files
    print("SMOKE-QT-CANCEL=" + QCoreApplication.translate(qt_context, qt_text), flush=True)
    window.kiosk.lock_quit = False
    QApplication.quit()


def toggle_full_screen(window: QWidget) -> None:
    kiosk = getattr(window, "kiosk", None)
    if kiosk is not None and kiosk.lock_full_screen:
        window.showFullScreen()  # the administrator locked it: F11 and the menu do not leave it
        return
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
