"""The "Skriv ut i stor stil" window: what to print, then print or save as PDF.

Three big choices (this section, its plain-language summary, the whole
programme) and two big buttons. Layout and painting run in a worker thread; the
result is announced. In public-computer mode the PDF goes only into the
administrator's folder (never a file dialog) and the print dialog cannot print
to a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.kiosk.safe_paths import no_saving_message
from reader.ui.flow_layout import button_row
from reader.ui.kiosk_saving import save_path
from reader.ui.press_button import PressButton
from reader.ui.screen_fit import fit_at_first_show, scrolling

if TYPE_CHECKING:  # Qt Print Support and the page layout load when the window first opens
    from PySide6.QtPrintSupport import QPrinter

    from reader.content.compiled import Pack
    from reader.exports.printing import PrintJob
    from reader.kiosk.session import VisitorSession
    from reader.preferences.typography import TextStyle
    from reader.services import Services
    from reader.ui.host import Host


def current_style(window: Host) -> TextStyle:
    """The reading pane's font, size and spacing: the print looks like the screen."""
    return window.reading_pane.text_style


PRINT_DIALOG_PT = 15.0


class PrintDialog(QDialog):
    """Choose what to print; print it or save it as a PDF."""

    def __init__(self, window: Host, pack: Pack, visitor: VisitorSession | None = None):
        super().__init__(window)  # type: ignore[arg-type]  # the host is the main window
        self.window_ = window
        self.pack = pack
        self.visitor = visitor  # a public computer saves only to the administrator's folder
        self.setObjectName("PrintDialog")
        self.setWindowTitle(QCoreApplication.translate("Printing", "Skriv ut i stor stil"))
        from reader.exports.printing import PrintWorker

        self.worker = PrintWorker(self)
        self.worker.finished.connect(self._done)
        self._printer: QPrinter | None = None
        self._target: Path | None = None  # the PDF being saved; None when printing on paper

        intro = QLabel(
            QCoreApplication.translate(
                "Printing", "Texten skrivs ut med samma typsnitt, storlek och avstånd som på skärmen."
            )
        )
        intro.setWordWrap(True)
        self.choice_section = QRadioButton(QCoreApplication.translate("Printing", "Det här avsnittet"))
        self.choice_summary = QRadioButton(
            QCoreApplication.translate("Printing", "Det här avsnittet i lättläst form")
        )
        self.choice_all = QRadioButton(QCoreApplication.translate("Printing", "Hela programmet"))
        self.choice_section.setChecked(True)
        section = window.current_section()
        self.choice_summary.setEnabled(section is not None and pack.summary_for(section.id) is not None)

        self.print_button = PressButton(QCoreApplication.translate("Printing", "Skriv ut …"))
        self.pdf_button = PressButton(QCoreApplication.translate("Printing", "Spara som PDF"))
        self.close_button = PressButton(QCoreApplication.translate("Printing", "Stäng"))
        self.print_button.clicked.connect(self.print_to_printer)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        if visitor is not None and visitor.kiosk and visitor.export_folder is None:
            self.pdf_button.setEnabled(False)
            self.pdf_button.setToolTip(
                QCoreApplication.translate("Printing", "På den här datorn går det inte att spara filer.")
            )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("PrintStatus")

        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setMinimumHeight(52)
        buttons_box = button_row((self.print_button, self.pdf_button, self.close_button))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        for widget in (self.choice_section, self.choice_summary, self.choice_all):
            widget.setMinimumHeight(44)
            layout.addWidget(widget)
        # The window opens as large as all this; on a screen lower than that the choices scroll
        # above the message and the buttons, which stay in view (reader/ui/screen_fit.py).
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(self.status)
        outer.addWidget(buttons_box)
        fit_at_first_show(self, body, (self.status, buttons_box))
        # At least 15 pt, as large as the window's controls when those are larger (they grow
        # with the text: reader/preferences/typography.py).
        size = max(PRINT_DIALOG_PT, window.as_widget().font().pointSizeF())
        self.setStyleSheet(f"QRadioButton, QPushButton, QLabel {{ font-size: {size:.1f}pt; }}")

    # -- what -----------------------------------------------------------------------
    def job(self) -> PrintJob:
        from reader.exports.printing import make_job

        window = self.window_
        document = window.document
        section = window.current_section()
        style = current_style(window)
        if self.choice_all.isChecked() or section is None:
            return make_job(document, list(document.sections), style)
        if self.choice_summary.isChecked():
            summary = self.pack.summary_for(section.id)
            if summary is not None:
                return make_job(document, [summary], style)
        return make_job(document, [section], style)

    def suggested_name(self) -> str:
        section = self.window_.current_section()
        if self.choice_all.isChecked() or section is None:
            return "treklovern-programmet.pdf"
        suffix = "-lattlast" if self.choice_summary.isChecked() else ""
        return f"treklovern-{section.id}{suffix}.pdf"

    # -- how ------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not busy)
        if busy:
            self.status.setText(QCoreApplication.translate("Printing", "Förbereder sidorna …"))

    def save_pdf(self) -> None:
        path = save_path(
            self,
            self.suggested_name(),
            QCoreApplication.translate("Printing", "Spara som PDF"),
            QCoreApplication.translate("Printing", "PDF-filer (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        # On a public computer the name is a new one in the administrator's folder: never replace.
        self.save_pdf_to(path, replace=not self._kiosk())

    def save_pdf_to(self, path: Path, replace: bool = True) -> None:
        """Write the PDF to ``path`` on the worker; the dialog shows the progress and the outcome."""
        self._target = path
        self._busy(True)
        self.worker.run_pdf(self.job(), path, replace=replace)

    def print_to_printer(self) -> None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        from reader.exports.printing import setup_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)  # never browse the disk
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Skriv ut i stor stil"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer
        self._target = None
        self._busy(True)
        self.worker.run_device(self.job(), printer)

    def done(self, result: int) -> None:
        self.worker.wait()  # a page being painted finishes before the window goes
        super().done(result)

    def _done(self, pages: int, error: str) -> None:
        self._busy(False)
        self._printer = None
        if error and self._target is not None and self._kiosk():
            text = no_saving_message()  # a visitor cannot choose another folder: the staff can help
        elif error and self._target is not None:
            text = QCoreApplication.translate("Printing", "PDF-filen kunde inte sparas: {0}").format(error)
        elif error:
            text = QCoreApplication.translate("Printing", "Det gick inte att skriva ut: {0}").format(error)
        elif self._target is not None:
            text = QCoreApplication.translate("Printing", "Sparat: {0} ({1} sidor).").format(
                self._target.name, pages
            )
        else:
            text = QCoreApplication.translate("Printing", "{0} sidor skickades till skrivaren.").format(pages)
        self.status.setText(text)
        self.window_.announce(text)

    def _kiosk(self) -> bool:
        return self.visitor is not None and self.visitor.kiosk


class Printing:
    """ "Skriv ut i stor stil" (Ctrl+P): the dialog, made anew each time."""

    def __init__(self, window: Host, services: Services) -> None:
        self.window = window
        self.pack = services.pack
        self.visitor = services.visitor
        self.dialog: PrintDialog | None = None
        self.action_print = window.add_action(
            QCoreApplication.translate("Printing", "Skriv ut i stor stil"),
            self.open_dialog,
            ["Ctrl+P"],
            menu="document",
            group=True,
            description=QCoreApplication.translate(
                "Printing",
                "Skriv ut avsnittet, sammanfattningen eller hela programmet med stor text, eller spara som PDF",
            ),
            name="print",
        )

    def open_dialog(self) -> None:
        dialog = PrintDialog(self.window, self.pack, self.visitor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def install_printing(window: Host, services: Services) -> Printing:
    """Add "Skriv ut i stor stil" (Ctrl+P) to the Document menu."""
    return Printing(window, services)
