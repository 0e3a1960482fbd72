"""Spara som ljudfil: what to save, where, and what the reader is told afterwards.

The window asks (the section, its summary or the whole programme; the file's
name and kind), the reading-aloud service saves on its worker thread, and the
panel shows the progress with an Avbryt. A public computer saves into the
administrator's folder without a dialog, and never over another file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from reader.content.model import Section
from reader.exports.audio import ExportCancelledError, ExportResult, mp3_available, texts_of
from reader.services import Services
from reader.ui.speech_panel import SpeechPanel

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


class AudioFileExport(QObject):
    """The "Spara som ljudfil" flow of one window."""

    def __init__(self, window: Any, services: Services, panel: SpeechPanel) -> None:
        super().__init__(window)
        self.window = window
        self.pack = services.pack
        self.visitor = services.visitor
        self.reading_aloud = reading_aloud = services.reading_aloud
        self.panel = panel
        reading_aloud.export_progress.connect(panel.show_export_progress)
        reading_aloud.export_finished.connect(self._on_done)
        panel.cancel_export.clicked.connect(reading_aloud.cancel_export)

    def choices(self) -> list[tuple[str, str]]:
        choices = [("section", _tr("Avsnittet som visas"))]
        section = self.window.current_section()
        if section is not None and self.pack.summary_for(section.id):
            choices.append(("summary", _tr("Sammanfattningen av avsnittet")))
        choices.append(("document", _tr("Hela programmet")))
        return choices

    def ask(self) -> None:
        """Ask what to save and where, then start saving."""
        choices = self.choices()
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(
            self.window, _tr("Spara som ljudfil"), _tr("Vad vill du spara?"), labels, 0, False
        )
        if not ok:
            return
        kind = choices[labels.index(label)][0]
        section = self.window.current_section()
        base = "Treklovern" if kind == "document" or section is None else f"Treklovern-{section.id}"
        if kind == "summary":
            base += "-sammanfattning"
        filters = [_tr("WAV-ljud (*.wav)")]
        if mp3_available():
            filters.append(_tr("MP3-ljud (*.mp3)"))
        path = _where_to_save(self.window, f"{base}.wav", ";;".join(filters))
        if path is None:
            return
        if Path(path).suffix.lower() not in (".wav", ".mp3"):
            path += ".wav"
        self.start(kind, Path(path))

    def sections(self, kind: str) -> list[Section]:
        w = self.window
        if kind == "document":
            return list(w.document.sections)
        section = w.current_section()
        if section is None:
            return []
        if kind == "summary":
            summary = self.pack.summary_for(section.id)
            return [summary] if summary is not None else []
        return [w.active_pane().section or section]

    def start(self, kind: str, path: Path) -> bool:
        """Start saving in a worker; progress and the result arrive as signals."""
        ra = self.reading_aloud
        if ra.export_running() or not ra.available:
            return False
        texts = texts_of(self.sections(kind))
        if not texts:
            self.window.announce(_tr("Det finns ingen text att spara."))
            return False
        # a public computer's new name is never put over another file
        if not ra.start_export(texts, path, overwrite=not self.visitor.kiosk):
            return False
        self.panel.show_export_progress(0, len(texts))
        self.window.announce(_tr("Sparar ljudfilen …"))
        return True

    def _on_done(self, result: object) -> None:
        self.panel.show_export_progress(0, -1)
        if isinstance(result, ExportResult):
            minutes = max(1, round(result.duration_ms / 60000))
            self.window.announce(
                _tr("Ljudfilen är sparad: {0} ({1} minuter)").format(result.path.name, minutes)
            )
        elif isinstance(result, ExportCancelledError):
            self.window.announce(_tr("Sparandet avbröts. Ingen fil sparades."))
        else:
            from reader.kiosk.safe_paths import no_saving_message
            from reader.platform.safe_write import WriteRefusedError

            if self.visitor.kiosk:  # a visitor cannot choose another folder: the staff can help
                message = no_saving_message()
            elif isinstance(result, WriteRefusedError):  # e.g. a link or a device under that name: say which
                message = _tr("Ljudfilen kunde inte sparas: {0}").format(result)
            else:
                message = _tr("Ljudfilen kunde inte sparas. Välj en annan mapp och försök igen.")
            log.warning("export failed: %s", result)
            self.window.announce(message)
            if not self.window.quiet_errors:
                QMessageBox.warning(self.window, _tr("Spara som ljudfil"), message)


def _where_to_save(window: QWidget, name: str, file_filter: str) -> str | None:
    """The path the reader chose, or None. Public computers save into the administrator's
    folder, without a dialog (reader/ui/kiosk_saving.py)."""
    from reader.ui.kiosk_saving import save_path

    chosen = save_path(window, name, _tr("Spara som ljudfil"), file_filter)
    return None if chosen is None else str(chosen)
