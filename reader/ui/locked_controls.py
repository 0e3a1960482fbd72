"""The administrator's locks on screen: the controls of a locked preference stay switched off.

``Settings.set`` already refuses a locked key; a control that would seem to change it is not
offered at all. A feature may switch its controls on again later (when speech becomes
available, after another setting changed): a locked control switches itself off again at
once. The table of which control stands for which key is
:data:`reader.kiosk.locks.LOCKED_CONTROLS`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader.kiosk.locks import locked_control_names

LOCKED_PROPERTY = "lasarenLocked"  # set on a control once it is kept off


class _StayOff(QObject):
    """Switches a locked widget off again whenever something switches it on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _keep_action_off(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)


def disable_locked_controls(root: QWidget, is_locked: Callable[[str], bool]) -> int:
    """Switch off, for good, every action and widget under ``root`` that changes a locked preference.

    Returns how many controls were found.
    """
    count = 0
    stay_off: _StayOff | None = None
    for name in locked_control_names(is_locked):
        for action in root.findChildren(QAction, name):
            count += 1
            action.setEnabled(False)
            if not action.property(LOCKED_PROPERTY):
                action.setProperty(LOCKED_PROPERTY, True)
                action.changed.connect(lambda a=action: _keep_action_off(a))
        for widget in root.findChildren(QWidget, name):
            count += 1
            widget.setEnabled(False)
            if not widget.property(LOCKED_PROPERTY):
                widget.setProperty(LOCKED_PROPERTY, True)
                if stay_off is None:
                    stay_off = _StayOff(root)
                widget.installEventFilter(stay_off)
    return count
