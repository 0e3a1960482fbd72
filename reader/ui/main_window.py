"""The main window: the section list, the reading pane and the big buttons.

The window wires widgets to the document and to settings; features (speech,
plain language, appearance, public-computer mode, help, printing) install
their own actions, buttons and panels through the small API here:
``add_action``, ``menu(name)``, ``button_bar``, ``announce``,
``active_pane()`` and the ``section_changed`` signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.content.model import Section
from reader.preferences.session_state import LAST_SECTION, WINDOW_GEOMETRY
from reader.preferences.typography import (
    DEFAULT_SIZE_PT,
    MAX_SIZE_PT,
    MIN_SIZE_PT,
    controls_scale_of,
    larger_size,
    smaller_size,
)
from reader.services import Services
from reader.ui.button_bar import ButtonBar
from reader.ui.features import Features, FirstScreen, install_first_screen, install_the_rest
from reader.ui.host import Room
from reader.ui.play_action import make_play_action
from reader.ui.reading_pane import ReadingPane
from reader.ui.screen_fit import fit_on_screen
from reader.ui.section_list import SectionList
from reader.ui.window_layout import SECTION_LIST_PX, StackingSplitter, arrange_list, is_low

if TYPE_CHECKING:
    from reader.ui.announcer import Announcer

log = logging.getLogger(__name__)

# The menus, in the order of the menu bar (created empty first; the features fill them).
MENU_ORDER = ("document", "text", "view", "speech", "help")  # Hjälp last, as on every desktop
# The settings that change how large the controls are drawn, and so how many fit.
ROOM_KEYS = ("view/ui_scale", "view/controls_follow_text", "text/size_pt")


class MainWindow(QMainWindow):
    """Shows one document section by section."""

    section_changed = Signal(int)  # index into document.sections
    text_size_changed = Signal(int)
    closing = Signal()  # the window is closing for good: features stop their threads
    # The room changed: ``low`` (too little height for every button and the text, see _is_low)
    # or ``ui_scale`` (the interface scale, which makes every button bigger, so a 1200 px
    # window at 200 % has the room of a 600 px one).
    room_changed = Signal()
    finished = Signal()  # everything beyond the first screen is installed (see finish)
    quiet_errors = False  # True: problems are announced only, with no message box (tests)

    def __init__(self, services: Services, parent: QWidget | None = None, later: bool = False):
        """``services``: the pack and the settings, built before the window (reader/services.py).

        ``later``: build only the first screen now and the rest with :meth:`finish` (the app
        calls it once the window is painted, so the reader sees the text sooner); otherwise
        everything is built at once.
        """
        super().__init__(parent)
        self.services = services
        document = services.document
        self.document = document
        self.settings = services.settings
        self.session = services.session  # the last section and the window's size and place
        self.content_errors = services.pack.errors
        for error in services.pack.summaries.errors + services.pack.glossary.errors:
            log.warning("content: %s", error)
        self.current_index = -1
        self.low = False
        self.ui_scale = 1.0
        self._menus: dict[str, QMenu] = {}
        self._kept_last: dict[str, QAction] = {}  # menu → the line above its last action
        self.setWindowTitle(document.window_title)
        self.setObjectName("MainWindow")
        # No sliding panels or bars: motion a magnifier user must follow, and nothing is gained.
        self.setAnimated(False)
        self._announcer: Announcer | None = None  # made at the first announcement (see announcer)

        self.section_list = SectionList()
        self.section_list.setObjectName("SectionList")
        self.section_list.set_sections(document.sections)
        self.section_list.section_chosen.connect(self.go_to_section)

        self.reading_pane = ReadingPane()
        self.reading_pane.setObjectName("ReadingPane")
        self.reading_pane.zoom_requested.connect(self.step_text_size)
        self.reading_pane.installEventFilter(self)

        self.section_heading = QLabel(self.tr("Avsnitt"))
        self.section_heading.setObjectName("SectionListHeading")
        self.section_heading.setBuddy(self.section_list)
        self.section_heading.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.section_heading)
        left_layout.addWidget(self.section_list)
        self.left_panel = left

        # Right of the list: a container features can split (e.g. full text beside a summary).
        self.reading_area = QWidget()
        self.reading_area.setObjectName("ReadingArea")
        self.reading_layout = QVBoxLayout(self.reading_area)
        self.reading_layout.setContentsMargins(0, 0, 0, 0)
        self.reading_layout.setSpacing(0)  # the button rows above the text bring their own margins
        self.reading_layout.addWidget(self.reading_pane)

        self.splitter = StackingSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reading_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SECTION_LIST_PX, 900])

        self.button_bar = ButtonBar()
        self.button_bar.setObjectName("ButtonBar")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.button_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.central = central  # the room the features share (its width decides the layout)
        central.installEventFilter(self)

        self.position_label = QLabel()
        self.position_label.setObjectName("PositionLabel")
        self.position_label.setContentsMargins(16, 0, 0, 0)  # apart from a long message beside it
        self.statusBar().addPermanentWidget(self.position_label)

        self._pane_source: tuple[Callable[[], ReadingPane], Callable[[], list[ReadingPane]]] | None = None
        for name in MENU_ORDER:  # the menu bar is whole in the first picture, whatever comes later
            self.menu(name)
        self._create_actions()
        self._update_accessible_names()
        self._enable_size_actions()
        self.settings.changed.connect(self._on_setting)
        # Every feature, in one declared order (reader/ui/features.py); the window keeps the record.
        self._features: Features | None = None
        self._first: FirstScreen = install_first_screen(self, services, kiosk=services.visitor.kiosk)
        if not later:
            self.finish()

        if self.content_errors:
            QTimer.singleShot(0, self.show_content_errors)

    @property
    def features(self) -> Features:
        """Every installed feature (what is not built yet is built now)."""
        return self.finish()

    def finish(self) -> Features:
        """Install what is not on the first screen (once): after the first paint, or when needed."""
        if self._features is None:
            self._features = install_the_rest(self, self.services, self._first)
            self.finished.emit()
        return self._features

    def is_finished(self) -> bool:
        return self._features is not None

    # -- the API features use --------------------------------------------------
    def menu(self, name: str) -> QMenu:
        """The named menu ("document", "text", "view", "help", …), created on first use."""
        titles = {
            "document": self.tr("&Dokument"),
            "text": self.tr("&Text"),
            "view": self.tr("&Visa"),
            "speech": self.tr("&Uppläsning"),
            "help": self.tr("&Hjälp"),
        }
        if name not in self._menus:
            menu = self.menuBar().addMenu(titles.get(name, name))
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        return self._menus[name]

    def add_action(
        self,
        text: str,
        slot,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        menu: str | None = None,
        button: bool = False,
        description: str = "",
        checkable: bool = False,
        name: str = "",
        group: bool = False,
    ) -> QAction:
        """Create an action with a text label, shortcuts and an optional big button.

        ``group``: the first of a feature's actions in ``menu``: a line above it sets the
        group apart (not at the top of the menu).
        """
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        action.setCheckable(checkable)
        if shortcuts:
            keys: list[QKeySequence] = []
            for item in shortcuts:
                expanded = (
                    QKeySequence.keyBindings(item)
                    if isinstance(item, QKeySequence.StandardKey)
                    else [QKeySequence(item)]
                )
                keys += [k for k in expanded if not k.isEmpty() and k not in keys]
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if description:
            action.setStatusTip(description)
            action.setToolTip(description)
        action.triggered.connect(slot)
        self.addAction(action)
        if menu:
            self._add_to_menu(menu, action, group)
        if button:
            self.button_bar.add_action(action)
        return action

    def _add_to_menu(self, name: str, action: QAction, group: bool) -> None:
        """Into the named menu, above what stays last there (*Avsluta*, apart below a line)."""
        menu = self.menu(name)
        last = self._kept_last.get(name)  # the line above it; None: the end of the menu
        items = menu.actions()
        above = items[: items.index(last)] if last in items else items
        if group and above and not above[-1].isSeparator():
            menu.insertSeparator(last)  # type: ignore[arg-type]  # None: at the end
        menu.insertAction(last, action)  # type: ignore[arg-type]

    def _keep_last(self, name: str, action: QAction) -> None:
        """``action`` last in the named menu, below a line, whatever features add later."""
        menu = self.menu(name)
        self._kept_last[name] = menu.addSeparator()
        menu.addAction(action)

    @property
    def announcer(self) -> Announcer:
        """The one announcer of the window (reader/ui/announcer.py), made when first needed."""
        if self._announcer is None:
            from reader.ui.announcer import Announcer

            self._announcer = Announcer(self)
        return self._announcer

    def announce(self, text: str, assertive: bool = False) -> None:
        """Tell the user, and assistive technology, about a change (shown in the status bar too).

        The one way the app announces: spoken once by old and new screen readers
        alike (reader/ui/announcer.py). ``assertive``: interrupts (the idle warning).
        The position ("Avsnitt 2 av 6"), which the status bar always shows, is not written twice.
        """
        where = self.position_label.text()
        if where and text.startswith(where):
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(text, 8000)
        self.announcer.announce(text, assertive)

    def active_pane(self) -> ReadingPane:
        """The reading pane the user is in (a feature that adds panes says which, see set_pane_source)."""
        return self._pane_source[0]() if self._pane_source is not None else self.reading_pane

    def panes(self) -> list[ReadingPane]:
        """The reading panes on screen."""
        return self._pane_source[1]() if self._pane_source is not None else [self.reading_pane]

    def reading_panes(self) -> list[ReadingPane]:
        """Every reading pane in the window, shown or not (the summary's and help's too)."""
        return [self.reading_pane, *(p for p in self.findChildren(ReadingPane) if p is not self.reading_pane)]

    def set_pane_source(
        self, active: Callable[[], ReadingPane], shown: Callable[[], list[ReadingPane]]
    ) -> None:
        """The feature that lays out the reading panes (the plain-language view) answers for them."""
        self._pane_source = (active, shown)

    def current_section(self) -> Section | None:
        if 0 <= self.current_index < len(self.document.sections):
            return self.document.sections[self.current_index]
        return None

    def as_widget(self) -> QWidget:
        return self

    def room(self) -> Room:
        """The room the window has: low, and the interface scale (``room_changed`` when it changes)."""
        return Room(self.low, self.ui_scale)

    def follow_interface_scale(self) -> None:
        """Fold the buttons again when the interface scale changes (after the look has changed)."""
        self.settings.changed.connect(lambda key, _value: self._update_room() if key in ROOM_KEYS else None)

    def open_where_left(self) -> None:
        """The section the reader was in last time, in a window that fits the screen."""
        start = self.document.index_of(self.session.get(LAST_SECTION))
        self.go_to_section(max(0, start))
        fit_on_screen(self, 1200, 800)  # on a small screen (a laptop at 200 %), no larger than it

    # -- actions -----------------------------------------------------------------
    def _create_actions(self) -> None:
        self.action_previous = self.add_action(
            self.tr("Föregående avsnitt"),
            self.previous_section,
            ["Alt+Left"],
            menu="document",
            button=True,
            description=self.tr("Gå till avsnittet före det här"),
            name="previous_section",
        )
        self.action_previous.setIconText(self.tr("Föregående"))  # the button's label in a small window
        self.action_next = self.add_action(
            self.tr("Nästa avsnitt"),
            self.next_section,
            ["Alt+Right"],
            menu="document",
            button=True,
            description=self.tr("Gå till avsnittet efter det här"),
            name="next_section",
        )
        self.action_next.setIconText(self.tr("Nästa"))
        self.action_smaller = self.add_action(
            self.tr("Mindre text"),
            lambda: self.step_text_size(-1),
            [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
            menu="text",
            button=True,
            description=self.tr("Gör texten mindre"),
            name="smaller_text",
        )
        self.action_larger = self.add_action(
            self.tr("Större text"),
            lambda: self.step_text_size(1),
            [QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
            menu="text",
            button=True,
            description=self.tr("Gör texten större"),
            name="larger_text",
        )
        self.action_normal = self.add_action(
            self.tr("Normal storlek"),
            lambda: self.apply_text_size(DEFAULT_SIZE_PT),
            ["Ctrl+0"],
            menu="text",
            button=True,
            description=self.tr("Tillbaka till normal textstorlek"),
            name="normal_text",
        )
        self.action_focus_list = self.add_action(
            self.tr("Gå till listan med avsnitt"),
            lambda: self.section_list.setFocus(Qt.FocusReason.ShortcutFocusReason),
            ["F6"],
            menu="view",
            name="focus_sections",
        )
        self.action_focus_text = self.add_action(
            self.tr("Gå till texten"),
            lambda: self.active_pane().setFocus(Qt.FocusReason.ShortcutFocusReason),
            ["Shift+F6"],
            menu="view",
            name="focus_text",
        )
        self.action_play = make_play_action(self, self._play)  # Läs upp, the rest of speech comes later
        self.action_quit = self.add_action(
            self.tr("Avsluta"), self.close, [QKeySequence.StandardKey.Quit], name="quit"
        )
        # Last in Dokument, apart: not between the choices one moves through with the arrow keys.
        self._keep_last("document", self.action_quit)

    def _update_accessible_names(self) -> None:
        self.section_list.setAccessibleName(self.tr("Avsnitt"))
        self.section_list.setAccessibleDescription(
            self.tr("Lista över programmets avsnitt. Välj ett avsnitt med piltangenterna.")
        )
        self.reading_pane.set_kind(
            "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "hela texten")
        )  # "Inledning – hela texten"
        self.reading_pane.setAccessibleDescription(
            self.tr("Avsnittets text på svenska. Alt+höger pil går till nästa avsnitt.")
        )
        self.button_bar.setAccessibleName(self.tr("Knappar"))

    def _play(self) -> None:
        """*Läs upp* pressed before reading aloud was installed: install it now, and read."""
        if not self.is_finished():
            self.finish().speech.toggle()

    # -- navigation -----------------------------------------------------------------
    def go_to_section(self, index: int) -> None:
        sections = self.document.sections
        if not sections:
            return
        index = max(0, min(index, len(sections) - 1))
        changed = index != self.current_index
        self.current_index = index
        section = sections[index]
        self.reading_pane.show_section(section)
        self.section_list.mark_current(index)
        self.action_previous.setEnabled(index > 0)
        self.action_next.setEnabled(index < len(sections) - 1)
        where = self.tr("Avsnitt {0} av {1}").format(index + 1, len(sections))
        self.position_label.setText(where)
        # What a screen reader's "read the status bar" says: the position and the title.
        self.position_label.setAccessibleName(f"{where}: {section.title}")
        self.session.set(LAST_SECTION, section.id)
        if changed:
            self.section_changed.emit(index)
            if not self.isVisible() and not self.is_finished():
                return  # the opening section: a screen reader hears the window and the text's name

            # In the text, the screen reader already hears the pane's new name (the title).
            in_text = isinstance(QApplication.focusWidget(), ReadingPane)
            self.announce(where if in_text else f"{where}: {section.title}")

    def go_to_section_id(self, section_id: str) -> bool:
        index = self.document.index_of(section_id)
        if index < 0:
            return False
        self.go_to_section(index)
        return True

    def next_section(self) -> None:
        if self.current_index < len(self.document.sections) - 1:
            self.go_to_section(self.current_index + 1)

    def previous_section(self) -> None:
        if self.current_index > 0:
            self.go_to_section(self.current_index - 1)

    # -- text size ------------------------------------------------------------------
    @property
    def text_size(self) -> int:
        """The reading size in points: the setting (the appearance styles every pane from it)."""
        return int(self.settings.get("text/size_pt"))

    def step_text_size(self, direction: int) -> None:
        """One step larger (1) or smaller (-1) on the size scale."""
        size = self.text_size
        self.apply_text_size(larger_size(size) if direction > 0 else smaller_size(size))

    def apply_text_size(self, size: int, announce: bool = True) -> None:
        """Set the reading size: all a key, button or control does (a locked size stays as it is)."""
        self.settings.set("text/size_pt", max(MIN_SIZE_PT, min(MAX_SIZE_PT, int(size))))
        if announce:
            self.announce(self.tr("Textstorlek {0} punkter").format(self.text_size))

    def _on_setting(self, key: str, value: object) -> None:
        if key == "text/size_pt":
            self._enable_size_actions()
            self.text_size_changed.emit(self.text_size)

    def _enable_size_actions(self) -> None:
        self.action_smaller.setEnabled(self.text_size > MIN_SIZE_PT)
        self.action_larger.setEnabled(self.text_size < MAX_SIZE_PT)

    # -- keyboard: Page Up/Down move between sections at the ends ------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.centralWidget() and event.type() == QEvent.Type.Resize:
            self._arrange_list()  # e.g. the glossary panel opened beside it
            return False
        if (
            watched is self.reading_pane
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return self.page_past_the_end(self.reading_pane, event.key()) or super().eventFilter(
                watched, event
            )
        return super().eventFilter(watched, event)

    def page_past_the_end(self, pane: ReadingPane, key: int) -> bool:
        """Page Down at the end of a pane goes on to the next section, Page Up at its start back
        to the end of the one before (every pane that shows a section follows this one rule)."""
        bar = pane.verticalScrollBar()
        last = len(self.document.sections) - 1
        if key == Qt.Key.Key_PageDown and bar.value() >= bar.maximum() and self.current_index < last:
            self.next_section()
            return True
        if key == Qt.Key.Key_PageUp and bar.value() <= bar.minimum() and self.current_index > 0:
            self.previous_section()
            bar = pane.verticalScrollBar()
            bar.setValue(bar.maximum())
            return True
        return False

    # -- layout: side by side when wide, stacked when narrow -------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._update_room()

    def resize(self, *size: Any) -> None:
        """``QWidget.resize``, and to a size below the least one of controls grown in a larger window.

        The controls grow with the text as far as the window holds them, so in a large window
        they are large, and so is the least size Qt lets the window take: asked for 320 × 568
        from 1600 × 1000 at 28 pt, the window stopped at 434 px wide. Here the controls then
        take the room of the size the window got, which lowers that least size, and the size
        is asked for again (the app's own sizing and the size of the last visit come here; a
        window manager's resize is not held back by Qt).
        """
        wanted = QSize(*size) if len(size) == 2 else QSize(size[0])
        for _ in range(3):  # one step more reached every size the tests ask for
            super().resize(wanted)
            if self.size() == wanted:
                return
            least = self.minimumSize()
            self._update_room()  # the room the window got (its resize event may come later)
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the least size of the controls as they are now
            if self.minimumSize() == least:
                return  # the controls are as small as they go: that least size stands

    def _update_room(self) -> None:
        """Low or not, at which interface scale: the features fold their buttons to match."""
        # The controls may grow with the text, as far as the window holds them.
        scale = controls_scale_of(self.settings, (self.width(), self.height()))
        low = self._is_low(scale)
        changed = low != self.low or scale != self.ui_scale
        if changed:
            self.low, self.ui_scale = low, scale
            self.button_bar.set_room(low, scale)
            self.room_changed.emit()
        self._arrange_list(force=changed)

    def _is_low(self, scale: float) -> bool:
        """Too little height for every button and the text (counted on the window's new size)."""
        return is_low(self.height(), self.central.width(), scale)

    def _arrange_list(self, force: bool = False) -> None:
        """The list beside the text, or above it when the room left of any open panel is narrow."""
        width, scale = self.central.width(), self.ui_scale
        arrange_list(self.splitter, width, self.height(), scale, self._is_low(scale), force)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().closeEvent(event)
        if event.isAccepted():
            if not self.isFullScreen():  # full screen (F11) is not where the next start should open
                self.session.set(
                    WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii")
                )
            self.closing.emit()

    def restore_geometry(self) -> bool:
        """Open where and as large as the window was last time; Qt keeps it on a screen that exists."""
        saved = self.session.get(WINDOW_GEOMETRY)
        if not saved:
            return False
        try:
            data = QByteArray.fromBase64(
                saved.encode("ascii"), QByteArray.Base64Option.AbortOnBase64DecodingErrors
            )
        except UnicodeEncodeError:
            data = QByteArray()
        if data.isEmpty() or not self.restoreGeometry(data):
            log.warning("the saved window size could not be used; the window opens at its usual size")
            return False
        wanted = _saved_size(data)
        if (
            wanted is not None
            and self.windowState() == Qt.WindowState.WindowNoState
            and self.size() != wanted
        ):
            self.resize(wanted)  # below the least size of the controls as they were (see resize)
        return True

    # -- problems in the content ----------------------------------------------------------
    def show_content_errors(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        lines = "\n".join(f"• {e}" for e in self.content_errors[:20])
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Problem med innehållet"))
        box.setText(self.tr("En del av innehållet kunde inte läsas. Allt annat går att läsa som vanligt."))
        box.setInformativeText(lines)
        box.setObjectName("ContentErrorDialog")
        box.open()
        self.content_error_box = box


def _saved_size(data: QByteArray) -> QSize | None:
    """The size ``data`` (``saveGeometry``) gives a window without a least size, on today's screens."""
    probe = QWidget()
    return probe.size() if probe.restoreGeometry(data) else None
