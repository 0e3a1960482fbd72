"""Every feature of the main window, installed in one declared order, in two parts.

First what the first screen shows (its look, the panes and their marked words,
the big buttons), then, once that screen is painted, everything else. The
order is the order of the menus and the big buttons, so it is written
here once. Where one feature needs another (the search bar follows the view,
the ruler follows the sentence being read, help reads aloud), the feature is
handed over explicitly below, after both exist: no feature looks another up
on the window, and nothing waits for a zero-time timer to find the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reader.ui.appearance import Appearance, install_appearance
from reader.ui.glossary_marks import MarkedPanes
from reader.ui.reading_pane import ReadingPane
from reader.ui.ruler import ReadingRuler, install_ruler
from reader.ui.view_mode import ViewMode, install_view_mode

if TYPE_CHECKING:  # the rest is imported when it is installed, after the first screen is painted
    from reader.services import Services
    from reader.ui.all_choices import AllChoices
    from reader.ui.epub_dialog import EpubExport
    from reader.ui.glossary_panel import GlossaryController
    from reader.ui.help import Help
    from reader.ui.kiosk_mode import KioskMode
    from reader.ui.main_window import MainWindow
    from reader.ui.print_dialog import Printing
    from reader.ui.search_bar import SearchBar
    from reader.ui.speech_controls import SpeechUi


@dataclass(frozen=True)
class FirstScreen:
    """The features the first screen shows: its look, its panes and their marked words.

    (The big buttons' actions, *Läs upp* among them, are the window's own.)
    """

    appearance: Appearance
    ruler: ReadingRuler
    view: ViewMode
    marks: MarkedPanes
    kiosk: KioskMode | None  # a public computer's window is whole before it is shown


@dataclass(frozen=True)
class Features:
    """What was installed, for the app and the tests; features never read this record."""

    appearance: Appearance
    search: SearchBar
    ruler: ReadingRuler
    kiosk: KioskMode
    printing: Printing
    help: Help
    view: ViewMode
    glossary: GlossaryController
    speech: SpeechUi
    epub: EpubExport
    all_choices: AllChoices


def install_first_screen(window: MainWindow, services: Services, kiosk: bool) -> FirstScreen:
    """What the reader sees at once, before the window is first painted.

    The look (fonts, theme, sizes), the panes and the marked hard words must be there in
    the first picture: nothing on the first screen changes after it. Reading aloud comes
    after (its engine's thread would compete with the first paint); its button is the window's.
    """
    appearance = install_appearance(window, services)  # fonts, themes, presets (reader/ui/appearance.py)
    ruler = install_ruler(window, services, appearance)  # Ctrl+R (reader/ui/ruler.py)
    window.follow_interface_scale()
    window.open_where_left()
    kiosk_mode = None
    if kiosk:  # its button, locks and full screen belong to the first picture of a public computer
        from reader.ui.kiosk_mode import install_kiosk

        kiosk_mode = install_kiosk(window, window, services.visitor)  # (reader/ui/kiosk_mode.py)
    view = install_view_mode(window, services)  # full text / lättläst / both (reader/ui/view_mode.py)
    panes = [view.full_pane, view.summary_pane]
    marks = MarkedPanes(window, services.pack.glossary, services.settings, panes)  # hard words
    appearance.adopt_new_panes()  # the summary pane came after the appearance
    return FirstScreen(appearance, ruler, view, marks, kiosk_mode)


def install_the_rest(window: MainWindow, services: Services, first: FirstScreen) -> Features:
    """Everything not on the first screen: menus' other choices, search, help, printing, the
    talking book, *Alla val*, and the speech engine. Nothing here changes what is shown."""
    from reader.ui.all_choices import install_all_choices
    from reader.ui.epub_dialog import install_epub_export
    from reader.ui.glossary_panel import install_glossary
    from reader.ui.help import install_help
    from reader.ui.kiosk_mode import install_kiosk
    from reader.ui.language_menu import install_language_menu
    from reader.ui.print_dialog import install_printing
    from reader.ui.search_bar import install_search
    from reader.ui.speech_controls import install_speech

    appearance, view = first.appearance, first.view
    panes_before = len(window.reading_panes())
    search = install_search(window, services, appearance)  # Ctrl+F (reader/ui/search_bar.py)
    kiosk = first.kiosk or install_kiosk(window, window, services.visitor)  # F11 for everyone
    install_language_menu(window, services.settings)  # Svenska / English (reader/ui/language_menu.py)
    printing = install_printing(window, services)  # Skriv ut i stor stil, PDF (reader/ui/print_dialog.py)
    help_ = install_help(window)  # F1 help and Om läsaren (reader/ui/help.py)
    glossary = install_glossary(window, services, first.marks)  # the panel, and what a marked word does
    speech = install_speech(window, services, window.action_play)  # reading aloud (speech_controls.py)
    epub = install_epub_export(window, services)  # Spara som talbok (EPUB) (reader/ui/epub_dialog.py)
    # Last: everything above, as big buttons beside the text (reader/ui/all_choices.py).
    all_choices = install_all_choices(window, window.button_bar.all_choices_requested)

    # Features that need another, handed it now that both exist.
    search.follow_view(view)
    if len(window.reading_panes()) != panes_before:
        appearance.adopt_new_panes()  # a pane added since (help's) follows the look too
    first.ruler.follow_reading_from(speech.controller.highlight)
    help_.speech = speech
    glossary.speech = speech
    epub.speech = speech
    # A new visitor on a public computer finds no trace of the last one's search, panel or dialog.
    # (Speech connects its own; the visitor session is a service: reader/kiosk/session.py.)
    for forget in (
        services.session.forget,
        glossary.forget,
        search.forget,
        appearance.forget_visitor,
        first.ruler.forget,
        epub.forget,
    ):
        services.visitor.new_visitor.connect(forget)
    epub.stop_with(window.closing)
    text_after_controls_above_it(window, speech.panel)
    kiosk.enforce_locks()  # the administrator's locks, once every control is there
    speech.reading_aloud.start()  # the engine checks itself and finds its voices on its own thread
    return Features(
        appearance, search, first.ruler, kiosk, printing, help_, view, glossary, speech, epub, all_choices
    )


def text_after_controls_above_it(window: MainWindow, panel: QWidget) -> None:
    """Tab order as on the screen: the reading-aloud buttons above the text come before it."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 2000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    above = [w for w in chain if panel.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    panes = [w for w in chain if isinstance(w, ReadingPane) and window.reading_area.isAncestorOf(w)]
    if not above or not panes:
        return
    previous = above[-1]
    for pane in panes:
        QWidget.setTabOrder(previous, pane)
        previous = pane
