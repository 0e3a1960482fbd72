"""*Alla val*: every choice of the app as big labelled buttons, in a sheet beside the text.

The first screen keeps a few big buttons; everything else is one press away
here, grouped as the menus are (so there is one list of what the app can do,
and a reader who learns the sheet also knows the menus). The sheet docks
beside the text instead of covering it, is built the first time it is asked
for (it costs nothing at start), and is walked with Tab like any other panel:
Escape closes it and puts the focus back where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.ui.button_bar import MIN_TARGET_PX, ActionButton
from reader.ui.flow_layout import FlowLayout
from reader.ui.panel_title import PanelTitleBar
from reader.ui.press_button import PressButton
from reader.ui.window_layout import SidePanelPlace


def menu_groups(menus: list[QMenu]) -> list[tuple[str, list[QAction]]]:
    """(group title, actions) for each menu, in the menu bar's order; separators left out.

    An action that opens a submenu (the language menu) stays: its button opens that menu.
    """
    groups: list[tuple[str, list[QAction]]] = []
    for menu in menus:
        actions = [a for a in menu.actions() if not a.isSeparator()]
        if actions:
            title = menu.title().replace("&&", "\0").replace("&", "").replace("\0", "&")
            groups.append((title, actions))
    return groups


class SubmenuButton(PressButton):
    """A big button that opens a submenu (e.g. *Språk / Language*)."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.setMenu(menu)
        text = action.text().replace("&", "")
        self.setText(text)
        self.setAccessibleName(text)


class AllChoicesSheet(QDockWidget):
    """The sheet: a heading per menu, then its actions as :class:`ActionButton`."""

    chosen = Signal()  # an action was started from the sheet (the sheet then closes itself)

    def __init__(self, menus: Callable[[], list[QMenu]], parent: QWidget | None = None):
        """``menus``: the menus to show, asked for at every opening (features add to them)."""
        super().__init__(parent)
        self.setObjectName("AllChoicesSheet")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # Beside the text, or below it in a small window (reader/ui/window_layout.py).
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._menus = menus
        self.buttons: list[QPushButton] = []
        self.focus_was_inside = False
        self.headings: list[QLabel] = []
        scroll = QScrollArea()
        scroll.setObjectName("AllChoicesScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        scroll.setWidget(self._body)
        self.setWidget(scroll)
        self.close_button = PressButton()
        self.close_button.setObjectName("AllChoicesClose")
        self.close_button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        # Its name and the close button in a title bar that grows with the controls and stays
        # in view however far the sheet scrolls (reader/ui/panel_title.py).
        self.title_bar = PanelTitleBar(self, self.close_button)
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AllChoices", "Alla val")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "AllChoices", "Allt du kan göra i läsaren, som knappar. Escape stänger."
            )
        )
        self.title_bar.set_close_text(QCoreApplication.translate("AllChoices", "Stäng Alla val"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.rebuild()
        super().changeEvent(event)

    def rebuild(self) -> None:
        """Buttons for what the menus hold now (a feature may have added to them)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the sheet now, not only once Qt deletes it
                widget.deleteLater()
        self.buttons, self.headings = [], []
        for title, actions in menu_groups(self._menus()):
            heading = QLabel(title)
            heading.setObjectName("AllChoicesHeading")
            heading.setWordWrap(True)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self._layout.addWidget(heading)
            self.headings.append(heading)
            row = QWidget()
            row.setAccessibleName(title)
            flow = FlowLayout(row)
            for action in actions:
                button: QPushButton
                if action.menu() is not None:
                    button = SubmenuButton(action, row)
                else:
                    button = ActionButton(action, row)
                    button.clicked.connect(lambda _checked=False, a=action: self._started(a))
                flow.addWidget(button)
                self.buttons.append(button)
            self._layout.addWidget(row)
        self._layout.addStretch(1)
        self._fit_widest_button()

    def _fit_widest_button(self) -> None:
        """Wide enough that no button's label is cut: the widest button, its margins and a scroll bar;
        and at least as high as the tallest button."""
        widest = max((b.sizeHint().width() for b in self.buttons), default=0)
        margins = self._layout.contentsMargins()
        width = widest + margins.left() + margins.right() + 24  # the flow layout's own spacing
        self._body.setMinimumWidth(width)
        scroll = self.widget()
        if isinstance(scroll, QScrollArea):
            bar = scroll.verticalScrollBar().sizeHint().width()
            scroll.setMinimumWidth(width + bar + 2 * scroll.frameWidth())
            # Below the text in a small window: as low as one row of buttons (the rest scroll).
            tallest = max((b.sizeHint().height() for b in self.buttons), default=0)
            scroll.setMinimumHeight(max(MIN_TARGET_PX, tallest) + 16 + 2 * scroll.frameWidth())

    def _started(self, action: QAction) -> None:
        """A one-off choice (open a dialog, go somewhere) closes the sheet; a switch leaves it open."""
        if not action.isCheckable():
            self.chosen.emit()
            self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Closed from inside (Escape, the close button, a choice that left the focus here):
        # the focus goes back to where the reader opened the sheet (see AllChoices).
        focus = QApplication.focusWidget()
        self.focus_was_inside = focus is not None and self.isAncestorOf(focus)
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class AllChoices(QObject):
    """Opens and closes the sheet for a window, building it the first time it is asked for."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.sheet: AllChoicesSheet | None = None
        self._return_to: QWidget | None = None

    def _menus_in_order(self) -> list[QMenu]:
        """The menu bar's menus, as the reader sees them there (features add to them)."""
        menus = (action.menu() for action in self._window.menuBar().actions())
        return [menu for menu in menus if isinstance(menu, QMenu)]

    def is_open(self) -> bool:
        return self.sheet is not None and self.sheet.isVisible()

    def toggle(self) -> None:
        if self.is_open():
            self.close()
        else:
            self.open()

    def open(self) -> None:
        self._return_to = QApplication.focusWidget()
        if self.sheet is None:
            self.sheet = AllChoicesSheet(self._menus_in_order, self._window)
            self.sheet.visibilityChanged.connect(self._visibility_changed)
            SidePanelPlace(self._window, self.sheet)  # added beside the text, or below it
        else:
            self.sheet.rebuild()
        self.sheet.show()
        self.sheet.raise_()
        first = next((b for b in self.sheet.buttons if b.isVisible() and b.isEnabled()), None)
        (first or self.sheet.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def close(self) -> None:
        if self.sheet is not None:
            self.sheet.close()

    def _visibility_changed(self, visible: bool) -> None:
        if visible or self.sheet is None or not self.sheet.focus_was_inside:
            return
        self.sheet.focus_was_inside = False
        target = self._return_to
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._window.setFocus(Qt.FocusReason.OtherFocusReason)


def install_all_choices(window: QMainWindow, opener: SignalInstance) -> AllChoices:
    """*Alla val* for ``window``, opened and closed by ``opener`` (the first screen's button)."""
    choices = AllChoices(window)
    opener.connect(choices.toggle)
    return choices
