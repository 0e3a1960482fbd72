"""What a visitor leaves on screen, cleared for the next one (public-computer mode).

Features forget their own state (``VisitorSession.new_visitor``); this clears what any
widget keeps by itself: other windows and dialogs, typed text and its undo history,
selections, scroll positions, the clipboard and the X11 primary selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QClipboard, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def close_other_windows(window: QWidget, keep: Callable[[QWidget], bool] = lambda _w: False) -> None:
    """Close every window and dialog but the main window: help, messages, menus, modal ones too.

    A modal dialog runs its own event loop; ``done`` ends that loop (a message box without a
    Cancel button ignores a plain close), and whatever is still shown is hidden. ``keep``:
    windows that are not the visitor's to close (another main window).
    """
    for _ in range(3):  # closing one can reveal (or open) another
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and w.window() is w and not keep(w)
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
    for edit in window.findChildren(QLineEdit):
        parent = edit.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            edit.setText(edit.text())  # its value comes from the settings; only the history goes
        else:
            edit.setText("")  # setText also empties the undo and redo history
        edit.deselect()
    texts: list[QTextEdit | QPlainTextEdit] = [
        *window.findChildren(QTextEdit),
        *window.findChildren(QPlainTextEdit),
    ]
    for text in texts:
        cursor = text.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            text.setTextCursor(cursor)
        text.document().clearUndoRedoStacks()
    for area in window.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().minimum())
        area.horizontalScrollBar().setValue(area.horizontalScrollBar().minimum())
    for pane in window.findChildren(QTextEdit, "ReadingPane"):
        pane.moveCursor(QTextCursor.MoveOperation.Start)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
