"""The menu bar's » button (the menus that do not fit) inside the window at every size.

Qt places that button as wide as the style's extension extent (about 12 px)
from the right edge, but the theme makes every tool button at least a 44 px
target (more at a larger interface scale), so in a narrow window most of it
stood outside the window. The style here tells the menu bar the button's real
width, so the button, and the menus left to it, are placed to fit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenuBar, QProxyStyle, QStyle, QToolButton, QWidget

from reader.ui.big_arrows import ArrowStyle

EXTENSION_BUTTON = "qt_menubar_ext_button"  # Qt's name for the » button of a QMenuBar
STYLE_NAME = "MenuBarStyle"


class MenuBarStyle(ArrowStyle):
    """The application's style (Fusion with large arrows and ticks, which the menu bar's menus
    take from it), with the » button as wide as it is drawn."""

    def pixelMetric(self, metric, option=None, widget: QWidget | None = None) -> int:  # noqa: N802 (Qt API)
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent and isinstance(widget, QMenuBar):
            button = widget.findChild(QToolButton, EXTENSION_BUTTON)
            if button is not None:
                value = max(
                    value, button.minimumWidth()
                )  # the theme's min-width (asking for a hint recurses)
        return value


def fit_extension_button(menu_bar: QMenuBar | None) -> None:
    """Give ``menu_bar`` the style above (once); it lays the » button out again."""
    if menu_bar is None or menu_bar.findChild(QProxyStyle, STYLE_NAME) is not None:
        return
    style = MenuBarStyle("Fusion")
    style.setObjectName(STYLE_NAME)
    style.setParent(menu_bar)  # lives as long as the menu bar
    menu_bar.setStyle(style)
