"""Windows of their own (help, appearance, printing, the talking book) sized to fit the screen.

A 1366 × 768 laptop at 200 % has a screen of 683 × 384 logical pixels: a help
window asked to be 1000 × 760 would open with its buttons below the screen's
edge, out of reach for a mouse user and invisible to a magnifier user. With the
controls grown with the text, a window's own contents can be taller than the
screen too: they scroll (:func:`scrolling`) above a row of buttons that folds
and always stays in view (:func:`fit_to_contents`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from reader.ui.flow_layout import FlowLayout

FRAME_ALLOWANCE_PX = 48  # the title bar and frame the window manager adds
LEAST_SCREEN_PX = 200  # a smaller available area is taken for no answer
WIDEN_STEP_PX = 40  # a window whose text is taller than the screen is tried this much wider


def _room(widget: QWidget, near: QWidget | None) -> QSize | None:
    """The largest size a window of its own can have on the screen it opens on."""
    screen = (near or widget).screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    room = screen.availableGeometry()
    if room.width() < LEAST_SCREEN_PX or room.height() < LEAST_SCREEN_PX:
        return None  # a screen going away, or none told: not a reason for a window of a few pixels
    return QSize(room.width() - FRAME_ALLOWANCE_PX // 2, room.height() - FRAME_ALLOWANCE_PX)


def fit_on_screen(widget: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less if the screen is smaller."""
    room = _room(widget, near)
    if room is None:
        widget.resize(width, height)
        return
    widget.resize(max(1, min(width, room.width())), max(1, min(height, room.height())))


class WholeScroll(QScrollArea):
    """A scroll area that asks for all of its contents (Qt's asks for at most 36 × 24 lines of
    its own, unscaled font, and remembers its first answer): the window then opens as large as
    its contents, or the screen, and scrolls only what the screen cannot hold."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = body.sizeHint()
        return QSize(
            hint.width() + frame + self.verticalScrollBar().sizeHint().width(), hint.height() + frame
        )


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a scroll area: down when the screen is lower than it, sideways only where
    one control is wider than the screen. The controls inside take the focus (Tab scrolls)."""
    scroll = WholeScroll()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def fit_to_contents(
    window: QWidget, body: QWidget, below: Sequence[QWidget] = (), near: QWidget | None = None
) -> None:
    """As large as ``window``'s contents want at its controls' size now, or the screen.

    ``body`` is in a scroll area (:func:`scrolling`), ``below`` it a message line and buttons
    that stay in view. The window is made wider, up to the screen, where its wrapped text would
    otherwise be taller than the screen, so that it scrolls only when the screen cannot hold it
    at all. Where the screen cannot hold the scroll area's least height and what is below it
    either (683 × 384 at twice the controls' size), those go to the end of ``body`` and scroll
    with it (Tab scrolls to the buttons).
    """
    window.ensurePolished()  # the style sheet's sizes, not the default font's
    hint, inner = window.sizeHint(), body.sizeHint()
    extra = hint - inner  # the frames, margins, scroll bar and buttons around the contents
    width, height = hint.width(), hint.height()
    room = _room(window, near)
    outer = window.layout()
    one_line = _one_line_width(window, below)
    if room is not None and one_line > width:  # buttons below in one line
        width = min(room.width(), one_line)
        if outer is not None and outer.hasHeightForWidth():
            height = outer.totalHeightForWidth(width)  # one row of buttons less
    if room is not None and body.hasHeightForWidth():
        while height > room.height() and width < room.width():
            width = min(room.width(), width + WIDEN_STEP_PX)
            height = body.heightForWidth(width - extra.width()) + extra.height()
    viewport = body.parentWidget()
    scroll = viewport.parentWidget() if viewport is not None else None
    body_layout = body.layout()
    if room is not None and below and isinstance(scroll, QScrollArea) and body_layout:
        around = 0
        if outer is not None:
            margins = outer.contentsMargins()
            around = margins.top() + margins.bottom() + outer.spacing() * len(below)
        across = min(width, room.width())
        heights = [
            w.heightForWidth(across) if w.hasHeightForWidth() else w.sizeHint().height() for w in below
        ]
        if scroll.minimumSizeHint().height() + sum(heights) + around > room.height():
            for widget in below:
                body_layout.addWidget(widget)  # moves it from below the scroll area to its end
            if outer is not None:
                outer.activate()  # the window's least size without them, before it is resized
    fit_on_screen(window, width, height, near=near)


def _one_line_width(window: QWidget, below: Sequence[QWidget]) -> int:
    """How wide ``window`` must be for each of ``below``'s rows of buttons to stand in one line."""
    outer = window.layout()
    around = 0
    if outer is not None:
        margins = outer.contentsMargins()
        around = margins.left() + margins.right()
    rows = [layout for layout in (w.layout() for w in below) if isinstance(layout, FlowLayout)]
    return max((row.one_line_width() + around for row in rows), default=0)


class _FitAtFirstShow(QObject):
    """Fits its window to its contents when the window is first shown, then goes."""

    def __init__(self, window: QWidget, body: QWidget, below: Sequence[QWidget]) -> None:
        super().__init__(window)
        self._window, self._body, self._below = window, body, tuple(below)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            fit_to_contents(self._window, self._body, self._below, near=self._window.parentWidget())
            self.deleteLater()
        return False


def fit_at_first_show(window: QWidget, body: QWidget, below: Sequence[QWidget] = ()) -> None:
    """:func:`fit_to_contents` when ``window`` is first shown: at its controls' size then (its
    style sheet applied), on the screen of the window it opens over. Later showings keep the
    size the reader left it."""
    _FitAtFirstShow(window, body, below)
