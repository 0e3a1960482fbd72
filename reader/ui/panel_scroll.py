"""A panel above the text that takes the height of its rows, up to half the room, and scrolls.

The reading-aloud controls (*Fler val för uppläsning*) and the search bar wrap
onto more rows in a narrow window or at a large interface scale. Squeezed by the text below, their
last rows were cut off under it; given all their rows, they would push the text
(and the window) out of the screen. Here they take what they need up to
:data:`MAX_SHARE` of the reading area, and no more than leaves the text a third
of the window's height (:data:`TEXT_SHARE`; at least one row), the text keeps the
rest, and the rows beyond scroll (Tab scrolls to the control it reaches). The
panel is cut only between rows, so no row of buttons shows half under the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from reader.ui.window_layout import TEXT_SHARE

MAX_SHARE = 0.5  # of the room above and in the text (the reading area), at most


class PanelScroll(QScrollArea):
    """Holds ``panel``; shown and hidden with it, as tall as its rows up to :data:`MAX_SHARE`."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self.setObjectName(f"{panel.objectName()}Scroll")
        shown = not panel.isHidden()
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways only where one group of controls is wider than the window (320 px at 150 %).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidgetResizable(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
        self.setWidget(panel)  # this shows the panel, which may hide itself again meanwhile (its width
        panel.show()  # changed): shown once more, so Qt's record of it is whole, then as it was
        panel.setVisible(shown)
        self.setVisible(shown)
        panel.installEventFilter(self)

    def event(self, event: QEvent) -> bool:
        room = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and room is not None:
            room.installEventFilter(self)  # its height is the room we share
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        elif watched is self._panel:
            if event.type() == QEvent.Type.ShowToParent:
                self.show()
            elif event.type() == QEvent.Type.HideToParent:
                self.hide()
            elif event.type() == QEvent.Type.LayoutRequest:
                self.updateGeometry()  # rows came or went
            elif isinstance(event, QResizeEvent) and event.oldSize().width() != event.size().width():
                self.updateGeometry()  # its scroll bar came or went: the rows end elsewhere now
        return super().eventFilter(watched, event)

    def _rows_height(self) -> int:
        panel = self._panel
        width = self.viewport().width() if self.width() > 0 else 900
        return panel.heightForWidth(width) if panel.hasHeightForWidth() else panel.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """All its rows, up to half the room above the text and what leaves the text a third of the
        window (at least one row, which scrolls)."""
        rows = self._rows_height()
        parent = self.parentWidget()
        room = parent.height() if parent is not None else rows
        text = round(self.window().height() * TEXT_SHARE) if parent is not None else 0
        one_row = self._panel.minimumSizeHint().height()
        most = min(round(room * MAX_SHARE), room - text)
        if most < rows:
            whole = self._whole_rows(most)  # none shown cut in half under the text
            return QSize(self._panel.sizeHint().width(), whole or max(one_row, most))
        return QSize(self._panel.sizeHint().width(), min(rows, max(one_row, most)))

    def _whole_rows(self, most: int) -> int:
        """The height that shows whole the rows of controls ending within ``most`` (at least the first).

        The rows differ in height (a line of text between rows of buttons, a label beside a
        taller button), so the panel is cut only where no control is: below a control's end
        that no other control reaches across, at its width now.
        """
        panel = self._panel
        shown = [child for child in panel.findChildren(QWidget) if child.isVisible() and not child.isWindow()]
        holders = {child.parentWidget() for child in shown}  # rows and groups, not controls
        spans = []
        for child in shown:
            if child not in holders:
                top = child.mapTo(panel, child.rect().topLeft()).y()
                spans.append((top, top + child.height()))
        if not spans:
            return 0
        cuts = sorted({end for _, end in spans if not any(top < end < bottom for top, bottom in spans)})
        fitting = [cut for cut in cuts if cut <= most]
        lowest = max(fitting) if fitting else cuts[0]  # at least the first row, whole
        return max(lowest, min(most, lowest + self._gap()))  # a focus ring just below stays in view

    def _gap(self) -> int:
        layout = self._panel.layout()
        return layout.spacing() if layout is not None else 0

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Its height (the text gives way), but no width of its own: it scrolls rather than widen the window."""
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width: another number of rows
