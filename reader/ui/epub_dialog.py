"""The "Spara som talbok (EPUB)" window: what goes in the book, then save it with a progress bar.

The book is made by ``reader.exports.epub`` on a worker thread, with the window's own speech
engine, voice and speed; progress and the result come back as queued signals, and
*Avbryt* stops it (no file is left under the chosen name). In public-computer mode
the book goes only into the administrator's folder, as every other save.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.speech.engine import Ticket
from reader.ui.flow_layout import button_row
from reader.ui.press_button import PressButton, TickBox
from reader.ui.screen_fit import fit_at_first_show, scrolling

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from reader.content.compiled import Pack
    from reader.services import Services
    from reader.ui.host import Host
    from reader.ui.speech_controls import SpeechUi

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EpubExport", text)


class _Bridge(QObject):
    """Carries the worker's progress and result to the GUI thread (queued signals)."""

    progress = Signal(int, int)
    done = Signal(object)  # EpubResult or an exception


class EpubDialog(QDialog):
    """Choose the contents, save, follow the progress, cancel."""

    def __init__(self, window: Host, pack: Pack, speech: SpeechUi | None = None) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.window_ = window
        self.pack = pack
        self.speech = speech  # the window's voice and engine (None: the app cannot read aloud)
        self.setObjectName("EpubDialog")
        self.setWindowTitle(_tr("Spara som talbok (EPUB)"))
        self._thread: threading.Thread | None = None
        self._ticket: Ticket | None = None
        self.last_result: object | None = None
        self.bridge = _Bridge(self)
        self.bridge.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.bridge.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

        intro = QLabel(
            _tr(
                "En talbok har texten och uppläsningen tillsammans. Den kan läsas i appar för "
                "talböcker, till exempel Thorium. Meningen som läses markeras, och du kan gå "
                "till varje avsnitt. Rösten och farten är de du har valt för uppläsning."
            )
        )
        intro.setWordWrap(True)
        question = QLabel(_tr("Vad ska finnas med i talboken?"))
        self.full = QRadioButton(_tr("Hela texten"))
        # Short labels, in the words of the window's Visa button: a choice does not wrap, and a
        # long one would be wider than a small screen at large controls.
        self.both = QRadioButton(_tr("Hela texten och lättläst"))
        self.only = QRadioButton(_tr("Bara lättläst"))
        self.full.setChecked(True)
        self.choice = QButtonGroup(self)
        for i, button in enumerate((self.full, self.both, self.only)):
            button.setObjectName(f"EpubChoice{i}")
            button.setMinimumHeight(44)
            self.choice.addButton(button, i)
        note = QLabel(
            _tr("Sammanfattningarna och ordlistan är skrivna för den här appen, inte av Treklövern.")
        )
        note.setWordWrap(True)
        self.fonts = TickBox(_tr("Ta med ett lättläst typsnitt"))
        self.fonts.setObjectName("EpubFonts")
        self.fonts.setMinimumHeight(44)
        fonts_note = QLabel(_tr("Atkinson Hyperlegible, som är lätt att läsa vid nedsatt syn."))
        fonts_note.setWordWrap(True)
        self.fonts.setAccessibleDescription(fonts_note.text())
        self.progress = QProgressBar()
        self.progress.setObjectName("EpubProgress")
        self.progress.setAccessibleName(_tr("Sparar talboken"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("EpubStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.save_button = PressButton(_tr("Spara talboken…"))
        self.save_button.setObjectName("EpubSave")
        self.save_button.setDefault(True)
        self.cancel_button = PressButton(_tr("Avbryt"))
        self.cancel_button.setObjectName("EpubCancel")
        self.cancel_button.setAccessibleName(_tr("Avbryt sparandet av talboken"))
        self.cancel_button.hide()
        self.close_button = PressButton(_tr("Stäng"))
        self.close_button.setObjectName("EpubClose")
        for b in (self.save_button, self.cancel_button, self.close_button):
            b.setMinimumSize(44, 44)
        self.save_button.clicked.connect(self.ask_and_save)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        buttons_box = button_row((self.save_button, self.cancel_button, self.close_button))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(question)
        for button in (self.full, self.both, self.only):
            layout.addWidget(button)
        layout.addWidget(note)
        layout.addWidget(self.fonts)
        layout.addWidget(fonts_note)
        # The window opens as large as all this; on a screen lower than that the choices scroll
        # above the progress, the message and the buttons, which stay in view while the book is
        # made, as in the printing window (reader/ui/screen_fit.py).
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(self.progress)
        outer.addWidget(self.status)
        outer.addWidget(buttons_box)
        fit_at_first_show(self, body, (self.progress, self.status, buttons_box))
        self._update_choices()

    # -- what can be chosen --------------------------------------------------------
    def _summaries(self):
        return [s for s in self.pack.document.sections if self.pack.summary_for(s.id) is not None]

    def _update_choices(self) -> None:
        has_summaries = bool(self._summaries())
        self.both.setEnabled(has_summaries)
        self.only.setEnabled(has_summaries)

    @property
    def summaries_choice(self) -> str:
        """ "none", "included" or "only" (reader.exports.epub.book's choices, loaded when saving)."""
        return {1: "included", 2: "only"}.get(self.choice.checkedId(), "none")

    @property
    def saving(self) -> bool:
        return self._thread is not None

    # -- saving -------------------------------------------------------------------
    def _speech(self) -> SpeechUi | None:
        return self.speech

    def ask_and_save(self) -> None:
        """Ask where (or use the administrator's folder), then start."""
        speech = self._speech()
        if speech is None or not speech.available:
            reason = speech.unavailable_reason if speech is not None else ""
            self._tell(
                _tr("Talboken kan inte sparas, för uppläsning fungerar inte på den här datorn.")
                + (f" {reason}" if reason else ""),
                problem=True,
            )
            return
        from reader.ui.kiosk_saving import save_path

        only = self.summaries_choice == "only"
        name = "Treklovern-talbok-lattlast.epub" if only else "Treklovern-talbok.epub"
        chosen = save_path(self, name, _tr("Spara som talbok (EPUB)"), _tr("EPUB-talbok (*.epub)"))
        if chosen is None:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".epub":
            path = path.with_name(path.name + ".epub")
        self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Start making the book into ``path`` on a worker thread."""
        speech = self._speech()
        if self.saving or speech is None or not speech.available:
            return False
        from reader.content import compiled
        from reader.exports.epub.export import EpubOptions, export_epub, narrator_name
        from reader.speech.driver import choose_voice

        document = self.window_.document
        root = Path(document.root) if document.root else None
        engine = speech.engine
        params = speech.controller.params
        voice = choose_voice(speech.voices, params.voice)
        narrator = narrator_name(voice)
        options = EpubOptions(summaries=self.summaries_choice, fonts=self.fonts.isChecked())
        ticket = Ticket()
        self._ticket = ticket
        self.last_result = None
        bridge = self.bridge

        def work() -> None:
            try:
                from reader.platform.paths import content_dir

                pack = compiled.load(root or content_dir())  # the same compiled model the window shows
                result: object = export_epub(
                    pack,
                    engine,
                    params,
                    path,
                    options,
                    narrator=narrator,
                    progress=lambda done, total: bridge.progress.emit(done, total),
                    ticket=ticket,
                )
            except Exception as exc:  # told to the user in plain Swedish
                result = exc
            bridge.done.emit(result)

        self._thread = threading.Thread(target=work, name="epub-export", daemon=True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.save_button.setEnabled(False)
        for w in (self.full, self.both, self.only, self.fonts):
            w.setEnabled(False)
        self._tell(_tr("Sparar talboken …"))
        self.adjustSize()  # room for the progress bar without squeezing the text above it
        self._thread.start()
        self.cancel_button.setFocus()
        return True

    def cancel(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
            self._tell(_tr("Avbryter …"))

    def wait(self, timeout: float = 120.0) -> None:
        """Let a running save finish (tests, closing the window)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        QCoreApplication.processEvents()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, result: object) -> None:
        from reader.exports.epub.book import BookError
        from reader.exports.epub.export import EpubResult, ExportCancelledError

        if self._thread is not None:
            self._thread.join(timeout=1)
        self._thread = None
        self._ticket = None
        self.last_result = result
        self.progress.hide()
        self.cancel_button.hide()
        self.save_button.setEnabled(True)
        self.full.setEnabled(True)
        self.fonts.setEnabled(True)
        self._update_choices()
        if isinstance(result, EpubResult):
            minutes = max(1, round(result.duration_ms / 60000))
            size = f"{result.size_bytes / 1_000_000:.1f}".replace(".", ",")
            self._tell(
                _tr("Talboken är sparad: {0} ({1} MB, {2} minuter ljud).").format(
                    result.path.name, size, minutes
                )
            )
        elif isinstance(result, ExportCancelledError):
            self._tell(_tr("Sparandet avbröts. Ingen fil sparades."))
        elif isinstance(result, BookError):
            self._tell(result.message_sv, problem=True)
        else:
            log.warning("EPUB export failed: %s", result)
            self._tell(_tr("Talboken kunde inte sparas. Välj en annan mapp och försök igen."), problem=True)
        self.save_button.setFocus()

    def _tell(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.window_.announce(text)

    def reject(self) -> None:  # Escape and Stäng: a running save is cancelled (its result still arrives)
        if self.saving:
            self.cancel()
        super().reject()


class EpubExport:
    """ "Spara som talbok (EPUB)…" beside "Spara som ljudfil…": one dialog, kept while it saves."""

    def __init__(self, window: Host, services: Services) -> None:
        self.window = window
        self.pack = services.pack
        self.speech: SpeechUi | None = None  # handed over once reading aloud is installed
        self.dialog: EpubDialog | None = None
        self.action_export_epub = window.add_action(
            _tr("Spara som talbok (EPUB)…"),
            self.open_dialog,
            menu="speech",
            description=_tr(
                "Spara programmet som en talbok med text och uppläsning som följs åt, för appar som Thorium"
            ),
            name="export_epub",
        )

    def open_dialog(self) -> None:
        """A running save is shown as it is; otherwise a fresh window, in the current language."""
        existing = self.dialog
        if existing is None or not existing.saving:
            if existing is not None:
                existing.deleteLater()
            existing = self.dialog = EpubDialog(self.window, self.pack, self.speech)
        existing.open()

    def stop(self) -> None:
        """The window is closing: no book is half-made after it."""
        d = self.dialog
        if d is not None and d.saving:
            d.cancel()
            d.wait(10)

    def stop_with(self, closing: SignalInstance) -> None:
        closing.connect(self.stop)

    def forget(self) -> None:
        """A new visitor on a public computer starts with nothing running."""
        d = self.dialog
        if d is not None:
            d.cancel()
            d.hide()


def install_epub_export(window: Host, services: Services) -> EpubExport:
    """Add "Spara som talbok (EPUB)…" beside "Spara som ljudfil…" in the Uppläsning menu."""
    return EpubExport(window, services)
