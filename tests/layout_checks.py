"""What a reader sees of the window's layout, measured for tests: clipped words, controls, jumps.

Shared by the tests that resize the window (tests/test_resize_sweep.py,
tests/test_room.py, tests/test_long_words.py, tests/test_steady.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from reader.ui.hyphenation import is_forced_break

# Window sizes from a phone-sized 320 × 568 to a large desktop, the low ones a 1366 × 768
# laptop at 150–200 % (683 × 384).
SIZES = [
    (320, 568),
    (480, 384),
    (683, 384),
    (640, 600),
    (700, 620),
    (910, 470),
    (960, 600),
    (1024, 700),
    (1200, 800),
    (1366, 728),
    (1600, 1000),
]


def layout_problems(pane) -> list[str]:
    """Words whose line box leaves the viewport, and line breaks inside a word without a hyphen."""
    problems = []
    document = pane.document()
    layout = document.documentLayout()
    left = -pane.horizontalScrollBar().value()
    width = pane.viewport().width()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        text = block.text()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            start, end = line.textStart(), line.textStart() + line.textLength()
            shown = text[start:end].rstrip()
            if not shown:
                continue
            x0 = rect.left() + line.x() + left
            x1 = x0 + line.cursorToX(start + len(shown))[0] - line.cursorToX(start)[0]
            if x0 < -0.5 or x1 > width + 0.5:
                problems.append(f"clipped: {shown!r} {x0:.0f}..{x1:.0f} of {width}")
            between_letters = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
            if i < lines.lineCount() - 1 and (
                between_letters or (end < len(text) and is_forced_break(text, start, end))
            ):
                problems.append(f"no hyphen: {text[start:end]!r} / {text[end : end + 12]!r}")
        block = block.next()
    return problems


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` is, in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def geometries(window) -> dict[str, QRect]:
    """Where every visible button, the section list, the menu bar and the status bar are."""
    found = {}
    widgets = [w for w in window.findChildren(QAbstractButton) if w.isVisible() and w.text()]
    widgets += [w for w in window.findChildren(QListView) if w.isVisible()]
    widgets += [w for w in (window.menuBar(), window.statusBar()) if w.isVisible()]
    for w in widgets:
        found[f"{w.objectName() or type(w).__name__}#{id(w)}"] = rect_in(window, w)
    return found


def still_geometries(window, qtbot, quiet_ms: int = 150, timeout_ms: int = 5000) -> dict[str, QRect]:
    """:func:`geometries` once nothing has moved for ``quiet_ms``: the layout after a resize is
    done when it stops, not after a fixed wait (on a busy machine it once came later than 60 ms,
    and a test took the late layout for a jump)."""
    last, still, waited = geometries(window), 0, 0
    while waited < timeout_ms:
        qtbot.wait(25)
        waited += 25
        now = geometries(window)
        if now != last:
            last, still = now, 0
        elif (still := still + 25) >= quiet_ms:
            break
    return last


def moved(before: dict[str, QRect], after: dict[str, QRect]) -> list[str]:
    """The controls that moved, changed size, came or went between two :func:`geometries`."""
    return [k for k in before if k in after and before[k] != after[k]] + [
        k for k in before.keys() ^ after.keys()
    ]


def controls(window) -> list[QWidget]:
    """Every visible control: the buttons (the menu bar's » too), lists, the menu bar, the status bar, the panes."""
    from reader.ui.reading_pane import ReadingPane

    found: list[QWidget] = [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
    found += [w for w in window.findChildren(QListView) if w.isVisible()]
    found += [w for w in window.findChildren(ReadingPane) if w.isVisible()]
    found += [w for w in (window.menuBar(), window.statusBar()) if w.isVisible()]
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{widget.objectName() or type(widget).__name__}{f' {text!r}' if text else ''}"


def _scrolled_by(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area ``widget`` is in (not a reading pane's own), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def control_problems(window) -> list[str]:
    """Controls not wholly inside the window, or with a part another widget covers.

    A control is covered where the widget a click would reach (``childAt``) is
    neither the control nor part of it: the text over a button, a row cut off by
    the one below, a button half outside its own row.
    """
    problems = []
    inside = QRect(0, 0, window.width(), window.height())
    for widget in controls(window):
        where = rect_in(window, widget)
        scroller = _scrolled_by(widget)
        if scroller is not None:  # a panel that scrolls: the part in view (none: scrolled away)
            where = where.intersected(rect_in(window, scroller.viewport()))
            if where.height() < 4 or where.width() < 4:
                continue
        if not inside.contains(where):
            problems.append(f"outside: {_name(widget)} {where.getRect()} of {inside.getRect()}")
            continue
        problem = _covered_or_squeezed(window, widget, where, where)
        if problem:
            problems.append(problem)
    return problems


# What a reader works in an open panel: buttons, fields, lists, the explanation text.
PANEL_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit)


def _covered_at(window: QWidget, widget: QWidget, where: QRect) -> str | None:
    """Where a click on ``widget`` (at ``where``) would reach another widget, if anywhere."""
    inset = where.adjusted(2, 2, -2, -2)
    for point in (inset.topLeft(), inset.topRight(), inset.bottomLeft(), inset.bottomRight(), inset.center()):
        found = window.childAt(point)
        if found is not widget and not widget.isAncestorOf(found):
            return f"{point.toTuple()} by {found and _name(found)}"
    return None


def scroll_to(scroller: QScrollArea, widget: QWidget) -> None:
    """Scroll so that all of ``widget`` is in view (its top, where taller than the view), as
    the scroll bars would. (``ensureWidgetVisible`` brings a field's cursor into view, not the field.)"""
    inner = scroller.widget()
    where = QRect(widget.mapTo(inner, QPoint(0, 0)), widget.size())
    view = scroller.viewport().size()
    for bar, start, length, room in (
        (scroller.horizontalScrollBar(), where.left(), where.width(), view.width()),
        (scroller.verticalScrollBar(), where.top(), where.height(), view.height()),
    ):
        if start < bar.value() or length > room:
            bar.setValue(start)
        elif start + length > bar.value() + room:
            bar.setValue(start + length - room)


def panel_problems(window, panel: QWidget) -> list[str]:
    """Controls of an open ``panel`` a reader cannot bring wholly into the window.

    A control in a scroll area is first scrolled to (as Tab or the scroll bar
    would), then must lie wholly inside the scroll area's view and the window
    (one taller than the view, within its width), and be uncovered there; any
    other must lie wholly inside the window, uncovered.
    """
    problems = []
    inside = QRect(0, 0, window.width(), window.height())
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, PANEL_CONTROLS):
            continue
        scroller = _scrolled_by(widget)
        view = inside
        if isinstance(scroller, QScrollArea):
            for _ in range(2):  # (once more where scrolling re-lays the panel out)
                scroll_to(scroller, widget)
                settle(1)
            view = inside.intersected(rect_in(window, scroller.viewport()))
        where = rect_in(window, widget)
        seen = where
        if where.height() > view.height() and isinstance(scroller, QScrollArea):
            # Taller than the view (a long explanation): read by scrolling the panel through it,
            # a view's height at a time; what is in view now must not be covered.
            seen = where.intersected(view)
            view = QRect(view.left(), where.top(), view.width(), where.height())
        if not view.contains(where):
            problems.append(f"out of reach: {_name(widget)} {where.getRect()} of {view.getRect()}")
            continue
        problem = _covered_or_squeezed(window, widget, where, seen)
        if problem:
            problems.append(problem)
    return problems


def _covered_or_squeezed(window: QWidget, widget: QWidget, where: QRect, seen: QRect) -> str | None:
    """``widget`` (at ``where``) covered in its part in view (``seen``), or its label cut short."""
    covered = _covered_at(window, widget, seen)
    if covered:
        return f"covered: {_name(widget)} {where.getRect()} at {covered}"
    squeezed = _squeezed(widget)
    return f"squeezed: {_name(widget)} {squeezed}" if squeezed else None


def _squeezed(widget: QWidget) -> str | None:
    """A button narrower than its label needs (its text cut at both ends), or None."""
    if not isinstance(widget, QPushButton) or not widget.text():
        return None
    need = widget.sizeHint().width()
    return f"{widget.width()} px of {need}" if widget.width() < need - 1 else None


def text_share(window) -> tuple[float, float]:
    """The share of the window's height and width the text keeps (the panes shown, side by side
    or one above the other: their views' heights or widths together, where they overlap alone)."""
    views = [rect_in(window, pane.viewport()) for pane in window.panes() if pane.viewport().isVisible()]
    if not views:
        return 0.0, 0.0
    side_by_side = len(views) > 1 and views[0].top() == views[1].top()
    tall = max(v.height() for v in views) if side_by_side else sum(v.height() for v in views)
    wide = sum(v.width() for v in views) if side_by_side else max(v.width() for v in views)
    return tall / window.height(), wide / window.width()


def settle(rounds: int = 3) -> None:
    """Let the layouts (and the button rows, which fold after a resize) take their places."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def open_panel(window, name: str) -> QWidget:
    """Open a panel or window of the app as its button, key or menu choice does; return it.

    ``name``: "alla val", "search", "glossary" (panels), "help", "appearance", "print",
    "talking book" (windows of their own).
    """
    features = window.features
    if name == "alla val":
        features.all_choices.open()
        return features.all_choices.sheet
    if name == "search":
        features.search.open_bar()
        return features.search
    if name == "glossary":
        features.glossary.toggle_list()
        return features.glossary.panel
    if name == "help":
        return features.help.open()
    if name == "appearance":
        features.appearance.open_panel()
        return features.appearance.panel
    if name == "print":
        features.printing.open_dialog()
        return features.printing.dialog
    if name == "talking book":
        features.epub.open_dialog()
        return features.epub.dialog
    raise ValueError(name)
