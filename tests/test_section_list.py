"""The section list shows every title whole: a long title wraps onto more lines, never ends in "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def cut_titles(window) -> list[tuple[int, str, int, int]]:
    """Rows whose title, wrapped at the width Qt draws it in, needs more height than the row gives it.

    Qt's list draws a row across the viewport less its spacing, the text inside the style
    sheet's padding and the style's text margins, and ends the last line that fits with "…".
    """
    view = window.section_list
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(view.count()):
        item = view.item(row)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        view.itemDelegate().initStyleOption(option, view.indexFromItem(item))
        option.rect = view.visualItemRect(item)
        option.rect.setWidth(max(view.viewport().width(), view.contentsSize().width()) - 2 * view.spacing())
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        bounds = QRect(0, 0, max(1, text.width() - 2 * margin), 100_000)
        needed = option.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, item.text()).height()
        if needed > text.height():
            cut.append((row, item.text(), needed, text.height()))
    return cut


@pytest.mark.parametrize("size", [18, 28, 48])
def test_every_section_title_is_drawn_whole(window, qtbot, size):
    window.apply_text_size(size, announce=False)
    for width in (1000, 1280, 1366, 1600):
        window.resize(width, 860)
        qtbot.wait(50)  # the list lays its rows out again
        assert window.section_list.isVisible()
        assert cut_titles(window) == [], (size, width)
