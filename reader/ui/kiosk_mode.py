"""Public-computer mode on the window: the warning, the reset, locked quit and full screen, locks.

The policy (idle time, the visitor session, safe paths, the lock table) is widget-free in
:mod:`reader.kiosk`; this module is what it looks like and what it does to windows:

- the idle warning (:mod:`reader.ui.kiosk_warning`) when the session warns;
- when a visitor leaves: every other window and dialog closed; when the next one starts:
  the administrator's text size, the first section, no trace on screen
  (:mod:`reader.ui.kiosk_traces`), full screen again if locked, focus on the section list;
- "Ny besökare" (Ctrl+Shift+N) in public-computer mode, and "Helskärm" (F11) in every mode;
- quitting and leaving full screen locked when the administrator says so;
- the controls of locked preferences switched off (:meth:`KioskMode.enforce_locks`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from reader.kiosk.idle import IdleWatcher
from reader.kiosk.locks import locked_control_names
from reader.kiosk.session import VisitorSession, warning_spoken_text
from reader.ui.host import Host
from reader.ui.kiosk_traces import close_other_windows, forget_traces
from reader.ui.kiosk_warning import IdleWarning
from reader.ui.locked_controls import disable_locked_controls

log = logging.getLogger(__name__)


class KioskHost(Host, Protocol):
    """The host, and the two controls public-computer mode itself focuses or locks."""

    @property
    def section_list(self) -> QWidget: ...

    @property
    def action_quit(self) -> QAction: ...


class KioskMode(QObject):
    """Public-computer behaviour of one main window (a child of it)."""

    def __init__(self, window: QMainWindow, host: KioskHost, visitor: VisitorSession):
        super().__init__(window)
        self.window = window
        self.host = host
        self.visitor = visitor
        self.lock_quit = visitor.lock_quit
        self.warning_widget: IdleWarning | None = None
        self.action_full_screen: QAction | None = None
        self.action_new_visitor: QAction | None = None
        visitor.warning_started.connect(self._show_warning)
        visitor.resumed.connect(self._hide_warning)
        visitor.leaving.connect(self._leaving)
        visitor.started.connect(self._started)
        window.installEventFilter(self)
        window.destroyed.connect(visitor.stop)  # the session may outlive the window (it is a service)

    # the session's state, for the window and tests
    @property
    def enabled(self) -> bool:
        return self.visitor.kiosk

    @property
    def idle(self) -> IdleWatcher:
        return self.visitor.idle

    @property
    def resets(self) -> int:
        return self.visitor.resets

    def reset(self) -> None:
        """ "Ny besökare": everything back to the start (see :class:`VisitorSession`)."""
        self.visitor.start_new_visitor()

    # -- the two halves of the reset ------------------------------------------------------
    def _leaving(self) -> None:
        _run_each(
            self._hide_warning,
            lambda: close_other_windows(self.window, keep=has_kiosk_mode),
            lambda: self.window.statusBar().clearMessage(),
        )

    def _started(self) -> None:
        window, host = self.window, self.host
        _run_each(
            lambda: host.apply_text_size(host.settings.get("text/size_pt"), announce=False),
            lambda: host.go_to_section(0),
            lambda: forget_traces(window),
            lambda: window.showFullScreen() if self.visitor.lock_full_screen else None,
            lambda: host.section_list.setFocus(Qt.FocusReason.OtherFocusReason),
        )
        # a dialog's own code may open something again as its loop ends: look once more
        QTimer.singleShot(0, window, lambda: close_other_windows(window, keep=has_kiosk_mode))
        host.announce(QCoreApplication.translate("Kiosk", "Läsaren har börjat om för en ny besökare."))

    # -- the idle warning -------------------------------------------------------------------
    def _show_warning(self) -> None:
        if self.warning_widget is None:
            self.warning_widget = IdleWarning(self.visitor, self.window)
        self.warning_widget.open_warning()
        self.host.announce(warning_spoken_text(), assertive=True)

    def _hide_warning(self) -> None:
        if self.warning_widget is not None:
            self.warning_widget.close_warning()

    # -- quitting and full screen can be locked ----------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window:
            if event.type() == QEvent.Type.Close and self.lock_quit:
                event.ignore()
                return True
            idle = self.visitor.idle
            if event.type() == QEvent.Type.Hide and not self.window.isMinimized():
                idle.pause()  # a closed window must not reset anything later
            elif event.type() == QEvent.Type.Show and not idle.warning:
                idle.restart()  # (the warning is left by the visitor's input alone)
            if self.visitor.lock_full_screen and event.type() in (
                QEvent.Type.WindowStateChange,
                QEvent.Type.Move,
            ):
                self._keep_full_screen()
        return False

    def toggle_full_screen(self) -> None:
        """F11 and Visa → Helskärm; the administrator's full screen is not left."""
        window = self.window
        if self.visitor.lock_full_screen:
            window.showFullScreen()
            return
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def _keep_full_screen(self) -> None:
        """Minimised, made smaller or moved (title-bar button, window manager): back at once."""
        window = self.window
        if window.isVisible() and (window.isMinimized() or not window.isFullScreen()):
            QTimer.singleShot(0, window, self._restore_full_screen)

    def _restore_full_screen(self) -> None:
        window = self.window
        if (
            self.visitor.lock_full_screen
            and window.isVisible()
            and (window.isMinimized() or not window.isFullScreen())
        ):
            window.setWindowState(Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowActive)
            window.showFullScreen()
            window.raise_()
            window.activateWindow()

    # -- the administrator's locks ------------------------------------------------------------
    def enforce_locks(self) -> None:
        """Switch off the controls of locked preferences, and undo a text size changed another way.

        Called once every feature has added its controls.
        """
        settings = self.host.settings
        if not locked_control_names(settings.is_locked):
            return
        window, host = self.window, self.host

        def disable() -> None:
            disable_locked_controls(window, settings.is_locked)

        if settings.is_locked("text/size_pt"):
            wanted = settings.get("text/size_pt")

            def keep_size(size: int) -> None:
                if size != wanted:
                    host.apply_text_size(wanted, announce=False)
                disable()  # setting a size enables the size buttons again

            host.text_size_changed.connect(keep_size)
            if host.text_size != wanted:
                host.apply_text_size(wanted, announce=False)
        disable()


def kiosk_mode_of(widget: QWidget | None) -> KioskMode | None:
    """The public-computer mode of ``widget``'s main window (a dialog's parent holds it)."""
    while widget is not None:
        found = widget.findChild(KioskMode, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        widget = widget.parentWidget()
    return None


def has_kiosk_mode(widget: QWidget) -> bool:
    """A main window of its own (another window's reset does not close it)."""
    return widget.findChild(KioskMode, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None


def _run_each(*steps: Callable[[], object]) -> None:
    """Each step on its own: one that fails is logged and does not stop the others."""
    for step in steps:
        try:
            step()
        except Exception:  # one feature's failure must not leave the next visitor its traces
            log.exception("a step of the reset failed; the others go on")


def install_kiosk(window: QMainWindow, host: KioskHost, visitor: VisitorSession) -> KioskMode:
    """Public-computer mode for ``window`` (``host`` is the same window, typed for what is used).

    Adds "Helskärm" (every mode) and, in public-computer mode, "Ny besökare"; locks quitting
    and full screen as the administrator says.
    """
    kiosk = KioskMode(window, host, visitor)
    kiosk.action_full_screen = host.add_action(
        QCoreApplication.translate("Kiosk", "Helskärm"),
        kiosk.toggle_full_screen,
        ["F11"],
        menu="view",
        group=True,
        description=QCoreApplication.translate(
            "Kiosk", "Visa läsaren på hela skärmen, eller sluta visa på hela skärmen"
        ),
        name="full_screen",
    )
    if visitor.kiosk:
        kiosk.action_new_visitor = host.add_action(
            QCoreApplication.translate("Kiosk", "Ny besökare"),
            kiosk.reset,
            ["Ctrl+Shift+N"],
            menu="document",
            group=True,
            button=True,
            description=QCoreApplication.translate(
                "Kiosk", "Börja om från början: glöm allt som den förra besökaren gjorde"
            ),
            name="new_visitor",
        )
    if kiosk.lock_quit:
        host.action_quit.setEnabled(False)
        host.action_quit.setVisible(False)
        host.action_quit.setShortcuts([QKeySequence()])
    if visitor.lock_full_screen:
        QTimer.singleShot(0, window.showFullScreen)
        kiosk.action_full_screen.setEnabled(False)  # locked: no way out of full screen
    return kiosk
