"""Reading ruler: a clear band of 1 or 3 lines following the caret, the mouse or the reading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def test_shortcut_toggles_and_is_remembered(window, qtbot):
    ruler = window.features.ruler
    assert not ruler.isVisible()
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.get("ruler/enabled") is True
    assert ruler.isVisible()
    assert window.features.ruler.action.isChecked()
    window.features.ruler.action.trigger()
    assert window.settings.get("ruler/enabled") is False
    assert not ruler.isVisible()


def test_band_follows_caret_and_lines_setting(window, qtbot):
    window.settings.set("ruler/enabled", True)
    pane = window.reading_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(300)
    pane.setTextCursor(cursor)
    caret = pane.cursorRect()
    band = window.features.ruler.compute_band()
    assert band.top() <= caret.top() and band.bottom() >= caret.bottom()
    three = band.height()
    window.settings.set("ruler/lines", 1)
    one = window.features.ruler.compute_band().height()
    assert three > 2 * one


def test_band_follows_reading_aloud(window):
    window.settings.set("ruler/enabled", True)
    window.settings.set("ruler/follow", "speech")
    section = window.current_section()
    sentence = section.sentences[3]
    ruler = window.features.ruler
    ruler.follow_reading(sentence.start, sentence.end, sentence.start, sentence.start + 3)
    pane = window.reading_pane
    c = QTextCursor(pane.document())
    c.setPosition(sentence.start)
    band = ruler.compute_band()
    assert band.top() <= pane.cursorRect(c).top() <= band.bottom()


def test_band_follows_mouse(window, qtbot):
    window.settings.set("ruler/enabled", True)
    window.settings.set("ruler/follow", "mouse")
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = window.reading_pane.viewport()
    point = QPointF(50, 200)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        viewport.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    band = window.features.ruler.compute_band()
    assert band.top() <= 200 <= band.bottom() + 1


def test_rest_is_dimmed_band_is_clear(window, qtbot):
    window.settings.set("ruler/enabled", True)
    window.settings.set("ruler/shade", 80)
    ruler = window.features.ruler
    qtbot.wait(10)
    pane = window.reading_pane
    # Put the caret on a line in view, a little way down, so there is text above and below.
    from PySide6.QtCore import QPoint

    pane.setTextCursor(pane.cursorForPosition(QPoint(20, pane.viewport().height() // 3)))
    ruler.refresh()
    image = ruler.grab().toImage()
    band = ruler.compute_band()
    inside = image.pixelColor(5, band.center().y())
    outside_y = band.bottom() + 20 if band.bottom() + 20 < image.height() else band.top() - 20
    outside = image.pixelColor(5, outside_y)
    assert outside.alpha() > inside.alpha()
    # Clicks pass through to the text.
    assert ruler.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_band_stays_in_view_when_scrolled_away_from_the_caret(window, qtbot):
    window.settings.set("ruler/enabled", True)
    pane = window.reading_pane
    window.go_to_section(1)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.document())
    cursor.setPosition(0)
    pane.setTextCursor(cursor)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())  # the wheel took the view far from the caret
    qtbot.wait(10)
    band = window.features.ruler.compute_band()
    assert band.intersects(window.features.ruler.rect())
