"""Big, labelled buttons for actions, in rows that wrap.

Every button shows its text (never only an icon), takes keyboard focus, and
carries the action's name as its accessible name and its shortcut in the
tooltip, so mouse, keyboard and screen-reader users meet the same controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from reader.ui.flow_layout import FlowLayout, wrapping_policy

MIN_TARGET_PX = 44


def shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(keys)


class ActionButton(QPushButton):
    """A push button that mirrors a QAction (text, enabled, checked, tooltip)."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.setAutoDefault(False)
        self.clicked.connect(self._trigger)
        action.changed.connect(self.sync)
        self.sync()

    def _trigger(self) -> None:
        # trigger() also flips a checkable action and passes the new state to its slots;
        # emitting triggered(bool) by hand fails on some PySide6 versions.
        self.action.trigger()

    def sync(self) -> None:
        text = self.action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.setText(text)
        self.setEnabled(self.action.isEnabled())
        self.setCheckable(self.action.isCheckable())
        if self.action.isCheckable():
            self.setChecked(self.action.isChecked())
        self.setVisible(self.action.isVisible())
        keys = shortcut_text(self.action)
        tip = self.action.toolTip() or text
        self.setToolTip(f"{tip} ({keys})" if keys and keys not in tip else tip)
        self.setAccessibleName(text)
        description = self.action.statusTip() or self.action.whatsThis()
        self.setAccessibleDescription(f"{description} {keys}".strip() if description else keys)


class ButtonBar(QWidget):
    """A wrapping row of :class:`ActionButton`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self.setSizePolicy(wrapping_policy())

    def add_action(self, action: QAction) -> ActionButton:
        button = ActionButton(action, self)
        self._layout.addWidget(button)
        return button

    def add_widget(self, widget: QWidget) -> QWidget:
        self._layout.addWidget(widget)
        return widget

    def buttons(self) -> list[ActionButton]:
        return self.findChildren(ActionButton)
