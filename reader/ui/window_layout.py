"""Where the section list stands: beside the text when the window is wide, above it when narrow.

Pure rules on the window's size and interface scale, and the splitter that holds the two;
and where a panel beside the text (*Alla val*, the glossary) stands in a small window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QSplitter, QWidget

NARROW_WIDTH_PX = 720
# Lower than this (a small laptop screen at 150-200 %), the buttons fold as in a narrow
# window and the section list above the text takes less room: the text gets the height.
LOW_HEIGHT_PX = 600
# Narrower than NARROW_WIDTH_PX the list would sit above the text and take height as well.
STACKED_LOW_HEIGHT_PX = 800
LOW_NARROW_WIDTH_PX = 560
# The section list beside the text: wide enough for two-line titles, the rest for the text.
SECTION_LIST_PX = 230
# With a panel open, the text keeps at least this share of the window's height (and width).
TEXT_SHARE = 1 / 3
# A panel stands beside the text only where the text and its buttons keep this much width.
BESIDE_TEXT_PX = 320
# Stacked above the text, the list shows at least one title, or gives way altogether.
ONE_TITLE_PX = 60
MAX_ROUNDS = 8  # a panel is sized again at most this often after a resize (the window may resize it)


class StackingSplitter(QSplitter):
    """The list beside the text; the window stacks them in a narrow window (see arrange_list).

    Side by side, Qt would add the two minimum widths and refuse to shrink the
    window below that sum, so a window made 320 px wide would stop short of it
    until the stacking had happened. The minimum is the stacked one instead.

    Stacked, the list takes the height :func:`arrange_list` gave it only while the
    text below keeps a third of the window (and the rows of an open panel above
    it); in less room it takes less, and below one title it gives way
    altogether, until the room comes back (a panel closed, a larger window).
    """

    list_wanted = 0  # the list's height when stacked (set by arrange_list, or the reader's drag)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.splitterMoved.connect(self._moved)
        self._later = QTimer(self)  # once the layout has settled (ends with the splitter)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.give_way)

    def _moved(self, _pos: int, _index: int) -> None:
        listed = self.widget(0)
        if self.orientation() == Qt.Orientation.Vertical and listed is not None and not listed.isHidden():
            self.list_wanted = self.sizes()[0]  # the reader's choice, kept while the room allows

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            widths = [w.minimumSizeHint().width() for i in range(self.count()) if (w := self.widget(i))]
            hint.setWidth(max([0, *widths]))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.give_way()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # e.g. a panel opened above the text
            self._later.start()
        return super().event(event)

    def give_way(self) -> None:
        """Stacked: the list as tall as wanted while the text keeps its share, shorter, or hidden."""
        listed, text = self.widget(0), self.widget(1)
        if listed is None or text is None or self.height() <= 0:
            return
        if self.orientation() != Qt.Orientation.Vertical:
            if listed.isHidden():
                listed.show()
            return
        scale = float(getattr(self.window(), "ui_scale", 1.0))
        need = round(self.window().height() * TEXT_SHARE) + _above_text(text)
        room = self.height() - self.handleWidth() - need
        wanted = self.list_wanted or listed.sizeHint().height()
        # (Qt keeps the list at least its least height: its heading and a row.)
        if room < max(ONE_TITLE_PX * scale, listed.minimumSizeHint().height()):
            if not listed.isHidden():
                listed.hide()
            return
        if listed.isHidden():
            listed.show()
        size = min(wanted, room)
        if self.sizes()[0] != size:
            self.setSizes([size, max(0, self.height() - self.handleWidth() - size)])


def _above_text(area: QWidget) -> int:
    """The height of what an area holds above its text (the last of its widgets): panels' rows."""
    layout = area.layout()
    if layout is None:
        return 0
    items = [layout.itemAt(i) for i in range(layout.count())]
    widgets = [w for item in items if item is not None and (w := item.widget()) is not None]
    return sum(w.height() for w in widgets[:-1] if w.isVisible())


def is_low(height: int, width: int, scale: float) -> bool:
    """Too little height for every button and the text: the features fold to their main ones."""
    would_stack = width < NARROW_WIDTH_PX * scale
    return height < LOW_HEIGHT_PX * scale or (would_stack and height < STACKED_LOW_HEIGHT_PX * scale)


def arrange_list(splitter: QSplitter, width: int, height: int, scale: float, low: bool, force: bool) -> None:
    """Turn ``splitter`` (list, text) to the room: stacked when narrow, and size its parts."""
    # Stacked, the list would take height a low window does not have: it stays beside
    # the text down to a narrower width there.
    narrow = width < (LOW_NARROW_WIDTH_PX if low else NARROW_WIDTH_PX) * scale
    wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
    turned = splitter.orientation() != wanted
    if turned:
        splitter.setOrientation(wanted)
    if turned or force:
        if narrow:  # a few titles above the text (the list scrolls), the rest for the text
            top = round((100 if low else 160) * scale)
            if isinstance(splitter, StackingSplitter):
                splitter.list_wanted = top
            splitter.setSizes([top, max(200, height - top)])
        else:
            base = 220 if low else SECTION_LIST_PX
            # Larger controls widen the list, but never past a quarter of a wide window.
            side = min(round(base * scale), max(width // 4, min(base, width * 2 // 5)))
            splitter.setSizes([side, max(300, width - side)])
    if isinstance(splitter, StackingSplitter):
        splitter.give_way()


def panel_beside(window: QMainWindow, dock: QDockWidget) -> bool:
    """Whether ``dock`` leaves the text (and the buttons above it) room beside it in ``window``."""
    scale = float(getattr(window, "ui_scale", 1.0))
    return window.width() - dock.minimumSizeHint().width() >= BESIDE_TEXT_PX * scale


def panel_area(window: QMainWindow, dock: QDockWidget) -> Qt.DockWidgetArea:
    """Where ``dock`` opens in ``window``: beside the text, or below it in a small window."""
    if panel_beside(window, dock):
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.BottomDockWidgetArea


class SidePanelPlace(QObject):
    """Adds a panel (a dock) to the window, and keeps it beside the text where both have room,
    below it where not.

    Beside a text narrower than :data:`BESIDE_TEXT_PX`, the first screen's buttons
    would wrap into a column and leave the text a line or two; below it, the panel
    takes what the text (a third of the window) and its buttons leave, and scrolls.
    Beside the text it is at most half the window wide.
    """

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(dock)
        self._window, self._dock = window, dock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._rounds = 0
        window.addDockWidget(panel_area(window, dock), dock)
        window.installEventFilter(self)
        dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is self._dock and kind == QEvent.Type.Show:
            self.place()  # before the window lays it out (beside a small window it would widen it)
        if (watched is self._window and kind == QEvent.Type.Resize) or (
            watched is self._dock and kind == QEvent.Type.Show
        ):
            self._rounds = 0
            self._timer.start()
        elif watched is self._dock and kind == QEvent.Type.Resize and self._rounds < MAX_ROUNDS:
            self._timer.start()  # the window laid it out at its own wish (its first showing): again
        return super().eventFilter(watched, event)

    def place(self) -> bool:
        """Beside the text or below it, for the window's width now; whether beside."""
        window, dock = self._window, self._dock
        area = panel_area(window, dock)
        beside = area == Qt.DockWidgetArea.RightDockWidgetArea
        if window.dockWidgetArea(dock) != area:
            window.addDockWidget(area, dock)  # moves it (it stays open)
            dock.show()
        # Below the text its title bar stands at its side where the width allows: the height
        # is the text's (reader/ui/panel_title.py).
        side_bar = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
        features = dock.features()
        bar, content = dock.titleBarWidget(), dock.widget()
        at_side = getattr(bar, "width_at_side", None)
        side = (
            not beside
            and at_side is not None
            and content is not None
            and window.width() >= max(content.minimumWidth(), content.minimumSizeHint().width()) + at_side()
        )
        wanted = features | side_bar if side else features & ~side_bar
        if wanted != features:
            dock.setFeatures(wanted)
        return beside

    def fit(self) -> None:
        """Place and size the panel for the window's size now (again once the rows have folded)."""
        window, dock = self._window, self._dock
        if not dock.isVisible() or dock.isFloating():
            return
        scale = float(getattr(window, "ui_scale", 1.0))
        width, height = window.width(), window.height()
        narrowest = dock.minimumSizeHint().width()
        if self.place():
            room = width - max(width // 2, round(BESIDE_TEXT_PX * scale))
            wanted, now, turn = (
                max(narrowest, min(dock.sizeHint().width(), room)),
                dock.width(),
                Qt.Orientation.Horizontal,
            )
        else:
            central = window.centralWidget()
            splitter = getattr(window, "splitter", None)
            # The buttons above the text (and the rows of an open panel there) keep their height.
            above = (
                central.height() - splitter.height() if central is not None and splitter is not None else 0
            )
            text = splitter.widget(1) if splitter is not None else None
            if text is not None:
                above += _above_text(text)
            bars = sum(
                w.height()
                for w in (window.menuWidget(), window.statusBar())
                if w is not None and w.isVisible()
            )
            free = height - bars - above - round(height * TEXT_SHARE)
            wanted, now, turn = (
                max(dock.minimumSizeHint().height(), free),
                dock.height(),
                Qt.Orientation.Vertical,
            )
        self._rounds += 1
        if wanted != now:
            window.resizeDocks([dock], [wanted], turn)
        if self._rounds < 3:
            self._timer.start()  # the buttons fold to the width left: measure once more
        # The control the reader is at stays in view (a low panel shows a row or two).
        scroll = dock.widget()
        focus = QApplication.focusWidget()
        if isinstance(scroll, QScrollArea) and focus is not None and scroll.isAncestorOf(focus):
            scroll.ensureWidgetVisible(focus)
