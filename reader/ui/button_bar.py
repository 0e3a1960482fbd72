"""Big, labelled buttons for actions, in rows that wrap.

Every button shows its text (never only an icon), takes keyboard focus, and
carries the action's name as its accessible name and its shortcut in the
tooltip, so mouse, keyboard and screen-reader users meet the same controls.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.ui.flow_layout import FlowLayout, folds, wrapping_policy
from reader.ui.press_button import PressButton
from reader.ui.steady import labels_of, widest_extra

MIN_TARGET_PX = 44


# Qt's codes for keys only some keyboards have (Zoom In, Back, Volume …), from Key_Back on.
_DEDICATED_KEYS = range(0x01000061, 0x01020000)
# Keys whose sign a screen reader may skip or misread, said in words instead.
_KEY_WORDS = {
    "+": QT_TRANSLATE_NOOP("ButtonBar", "plus"),
    "-": QT_TRANSLATE_NOOP("ButtonBar", "minus"),
    "=": QT_TRANSLATE_NOOP("ButtonBar", "lika med"),
}


def typed_shortcuts(action: QAction) -> list[QKeySequence]:
    """The action's shortcuts that are typed on any keyboard (not a dedicated Zoom In key)."""
    return [
        k
        for k in action.shortcuts()
        if not k.isEmpty() and k[0].key().value not in _DEDICATED_KEYS  # type: ignore[index]
    ]


def shortcut_text(action: QAction) -> str:
    """Every typed shortcut, for the tooltip: "Ctrl++, Ctrl+=" ."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed_shortcuts(action))


def spoken_shortcut(action: QAction) -> str:
    """The first shortcut in words a screen reader says well: "Ctrl+plus", "Alt+Höger"."""
    keys = typed_shortcuts(action)
    if not keys:
        return ""
    text = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
    head, sep, last = text.rpartition("+")
    if sep and not last:  # "Ctrl++": the key itself is the plus sign
        head, last = head.removesuffix("+"), "+"
    if last in _KEY_WORDS:
        word = QCoreApplication.translate("ButtonBar", str(_KEY_WORDS[last]))
        return f"{head}+{word}" if head else word
    return text


class ActionButton(PressButton):
    """A push button that mirrors a QAction (text, enabled, checked, tooltip)."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.folded = False  # hidden while its panel folds to its main buttons (a low window)
        self.compact = False  # a narrow or low window: the action's short label, if it has one
        self._description: str | None = None  # the accessible description last set
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.setAutoDefault(False)
        self.clicked.connect(self._trigger)
        action.changed.connect(self.sync)
        self.sync()

    def sizeHint(self):  # noqa: N802 (Qt API)
        """Wide enough for every label the action may show (reader/ui/steady.py): no jumps."""
        hint = super().sizeHint()
        labels = labels_of(self.action)
        if self.text() in labels:  # not while a short label stands in a narrow window
            hint.setWidth(hint.width() + widest_extra(self, self.text(), labels))
        return hint

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        return self.sizeHint() if self.text() in labels_of(self.action) else super().minimumSizeHint()

    def _trigger(self) -> None:
        # trigger() also flips a checkable action and passes the new state to its slots;
        # emitting triggered(bool) by hand fails on some PySide6 versions.
        self.action.trigger()

    def sync(self) -> None:
        text = self.action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        # The short label ("Nästa" for "Nästa avsnitt") is the action's icon text; the
        # accessible name stays the whole text, which begins with the label that shows.
        short = self.action.iconText()
        self.setText(short if self.compact and short and text.startswith(short) else text)
        self.setEnabled(self.action.isEnabled())
        self.setCheckable(self.action.isCheckable())
        if self.action.isCheckable():
            self.setChecked(self.action.isChecked())
        self.setVisible(self.action.isVisible() and not self.folded)
        keys = shortcut_text(self.action)
        tip = self.action.toolTip() or text
        self.setToolTip(f"{tip} ({keys})" if keys and keys not in tip else tip)
        self.setAccessibleName(text)
        description = self.action.statusTip() or self.action.whatsThis()
        spoken = spoken_shortcut(self.action)  # one shortcut, its signs in words
        wanted = f"{description} {spoken}".strip() if description else spoken
        # Only when it changes: the announcer may be using the description of the focused
        # button just now (reader/ui/announcer.py), and a screen reader speaks every change.
        if wanted != self._description:
            self._description = wanted
            self.setAccessibleDescription(wanted)


# The first screen: a few big, clearly named buttons, in the order they are used most
# (object names of their actions). Every other action is in the menus and, as big buttons,
# in *Alla val* (reader/ui/all_choices.py), one press away.
FIRST_SCREEN = (
    "previous_section",
    "next_section",
    "speech_play",
    "smaller_text",
    "larger_text",
    "cycle_reading_mode",
    "new_visitor",
)
# The one to find first: *Läs upp* / *Pausa* is filled with the theme's main colour
# (``QPushButton[primary="true"]`` in reader/preferences/themes.py), as a dialog's default
# button is, so a first-time reader sees where reading aloud starts. Not bold: a bold label is
# wider, and in a narrow window the buttons would take one more row from the text.
PRIMARY = "speech_play"
NARROW_WIDTH_PX = 600


class ButtonBar(QWidget):
    """A wrapping row of :class:`ActionButton` for the first screen, then *Alla val*.

    Few buttons make the first screen calm for a first-time reader; everything
    else is in *Alla val* and the menus, each with its shortcut.
    """

    all_choices_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self.setSizePolicy(wrapping_policy())
        self.more_button = PressButton(self)
        self.more_button.setObjectName("AllChoicesButton")
        self.more_button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.all_choices_requested)
        self._layout.addWidget(self.more_button)
        self._narrow = False
        self._low = False
        self._scale = 1.0
        self.retranslate()

    def retranslate(self) -> None:
        text = QCoreApplication.translate("ButtonBar", "Alla val")
        self.more_button.setText(text)
        self.more_button.setAccessibleName(text)
        tip = QCoreApplication.translate(
            "ButtonBar", "Allt annat du kan göra: sök, utseende, ordlista, hjälp, skriva ut, spara …"
        )
        self.more_button.setToolTip(tip)
        self.more_button.setAccessibleDescription(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_action(self, action: QAction) -> ActionButton | None:
        """A button for a first-screen action; any other stays in the menus and *Alla val*."""
        if action.objectName() not in FIRST_SCREEN:
            return None
        button = ActionButton(action, self)
        if action.objectName() == PRIMARY:
            button.setProperty("primary", True)  # before the theme's style sheet is applied to it
        self._layout.addWidget(button)
        self.arrange()
        return button

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._update_narrow(event.size().width())

    def set_room(self, low: bool, scale: float) -> None:
        """In a low window (e.g. a small laptop at 200 %) the buttons take their short labels,
        as when narrow; at a larger interface scale the buttons are bigger, so "narrow" starts wider."""
        self._low = low
        self._scale = scale
        self._update_narrow(self.width())

    def _update_narrow(self, width: int) -> None:
        narrow = folds(width, NARROW_WIDTH_PX, self._low, self._scale)
        if narrow != self._narrow:
            self._narrow = narrow
            self.arrange()

    def _fold(self) -> None:
        """Short labels ("Nästa" for "Nästa avsnitt") in a narrow or low window."""
        for button in self.findChildren(ActionButton):
            if button.compact != self._narrow:
                button.compact = self._narrow
                button.sync()

    def add_widget(self, widget: QWidget) -> QWidget:
        self._layout.addWidget(widget)
        self.arrange()
        return widget

    def arrange(self) -> None:
        """Put the buttons in :data:`FIRST_SCREEN` order, *Alla val* last, and Tab in the same order."""
        self._fold()
        items = [item for _ in range(self._layout.count()) if (item := self._layout.takeAt(0)) is not None]

        def rank(item) -> int:
            widget = item.widget()
            if widget is self.more_button:
                return len(FIRST_SCREEN) + 1
            name = widget.action.objectName() if isinstance(widget, ActionButton) else ""
            return FIRST_SCREEN.index(name) if name in FIRST_SCREEN else len(FIRST_SCREEN)

        for item in sorted((i for i in items if i is not None), key=rank):
            self._layout.addItem(item)
        for first, second in pairwise(self._widgets()):
            QWidget.setTabOrder(first, second)
        self._layout.invalidate()

    def _widgets(self) -> list[QWidget]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for w in (item.widget() for item in items if item is not None) if w is not None]

    def buttons(self) -> list[ActionButton]:
        return [w for w in self._widgets() if isinstance(w, ActionButton)]
