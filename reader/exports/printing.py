"""Large-print printing and PDF: "Skriv ut i stor stil".

A print job is plain data (the sections' HTML and the reader's text style), so it
can be laid out and painted in a worker thread. The text keeps the reader's font,
size, boldness and spacing; headings stay only a little larger (as on screen);
each section starts on a new page; every page carries the document's title at the
top and "Sida N av M" at the bottom. Paper is always black on white, whatever the
screen theme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt, QThread, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.content.model import Document, Section
from reader.preferences.typography import TextStyle, heading_size

MARGIN_MM = 18.0
RESOLUTION_DPI = 300


@dataclass(frozen=True)
class PrintJob:
    """What to print: a title for every page, the sections' HTML, and the text style."""

    title: str
    parts: tuple[tuple[str, str], ...]  # (section title, html)
    style: TextStyle = field(default_factory=TextStyle)


def make_job(document: Document, sections: list[Section], style: TextStyle, title: str = "") -> PrintJob:
    return PrintJob(
        title=title or document.window_title,
        parts=tuple((s.title, s.html) for s in sections),
        style=style,
    )


def build_text_document(job: PrintJob, device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The job as one QTextDocument in the reader's style, each part on a new page."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    style = job.style
    font = QFont()
    if style.family:
        font.setFamily(style.family)
    font.setPointSizeF(style.size_pt)
    font.setBold(style.bold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + style.letter_spacing * 100)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    cursor = QTextCursor(doc)
    for index, (_title, html) in enumerate(job.parts):
        if index:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
        cursor.insertHtml(html)
    _apply_style(doc, style, device)
    return doc


def _apply_style(doc: QTextDocument, style: TextStyle, device: QPagedPaintDevice | None) -> None:
    word_spacing_pt = style.word_spacing * style.size_pt
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        # Extra space between lines rather than taller lines: a proportional line
        # height lets a line straddle a page break.
        level = block.blockFormat().headingLevel()
        line_font = QFont(doc.defaultFont())
        line_font.setPointSizeF(heading_size(style.size_pt, level))
        # Block formats are in pixels at 96 dpi, whatever the device's resolution.
        spacing = line_font.pointSizeF() * 1.2 * 96 / 72
        fmt.setLineHeight(
            max(0.0, style.line_height - 1.0) * spacing,
            QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value,
        )
        fmt.setBottomMargin(style.paragraph_spacing * (spacing / 1.2))
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cursor.mergeBlockFormat(fmt)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        char = QTextCharFormat()
        char.setFontPointSize(heading_size(style.size_pt, level))
        char.setForeground(QColor("black"))
        if style.family:
            char.setFontFamilies([style.family])
        if word_spacing_pt:
            char.setFontWordSpacing(word_spacing_pt)
        if level:
            # HTML headings carry a relative size ("xx-large") that would win over points.
            probe = QTextCursor(block)
            probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
            heading = probe.charFormat()
            heading.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            heading.merge(char)
            heading.setFontWeight(QFont.Weight.Bold)
            cursor.setCharFormat(heading)
        else:
            if style.bold:
                char.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(char)
        block = block.next()


def page_label(number: int, total: int) -> str:
    return QCoreApplication.translate("Printing", "Sida {0} av {1}").format(number, total)


def paint_job(job: PrintJob, device: QPagedPaintDevice, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Lay out and paint ``job`` on ``device`` (printer or PDF); return the number of pages."""
    layout = device.pageLayout()
    rect = QRectF(layout.paintRectPixels(device.logicalDpiX()))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "Det gick inte att börja skriva ut."))
    try:
        header_font = QFont()
        if job.style.family:
            header_font.setFamily(job.style.family)
        header_font.setPointSizeF(min(14.0, max(11.0, job.style.size_pt * 0.5)))
        header_font.setBold(True)
        metrics = QFontMetricsF(header_font, device)
        band = metrics.height() * 1.8
        body = QRectF(0, band, rect.width(), rect.height() - 2 * band)
        doc = build_text_document(job, device)
        doc.setPageSize(QSizeF(body.width(), body.height()))
        pages = doc.pageCount()
        line_bottoms = _line_bottoms(doc)
        for page in range(pages):
            if cancelled():
                break
            if page:
                device.newPage()
            painter.setFont(header_font)
            painter.setPen(QPen(QColor("black")))
            painter.drawText(
                QRectF(0, 0, rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
                metrics.elidedText(job.title, Qt.TextElideMode.ElideRight, rect.width()),
            )
            line_y = metrics.height() * 1.3
            painter.setPen(QPen(QColor("black"), max(1.0, device.logicalDpiX() / 150)))
            painter.drawLine(QPointF(0, line_y), QPointF(rect.width(), line_y))
            painter.drawText(
                QRectF(0, rect.height() - metrics.height(), rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextSingleLine,
                page_label(page + 1, pages),
            )
            top = page * body.height()
            bottom = max(
                (b for b in line_bottoms if top < b <= top + body.height()), default=top + body.height()
            )
            painter.save()
            painter.translate(body.left(), body.top() - top)
            doc.drawContents(painter, QRectF(0, top, body.width(), bottom - top + 1))
            painter.restore()
        return pages
    finally:
        painter.end()


def _line_bottoms(doc: QTextDocument) -> list[float]:
    """Where each laid-out line ends: a page shows whole lines only, never a sliver of the next."""
    layout = doc.documentLayout()
    bottoms = []
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            bottoms.append(origin + line.y() + line.height())
        block = block.next()
    return bottoms


def setup_page(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def write_pdf(job: PrintJob, path: Path | str, replace: bool = True) -> int:
    """Write ``job`` as an A4 PDF at ``path``; return the page count. Raises OSError.

    The PDF is painted into memory, checked to be complete (QPdfWriter does not
    report write errors) and then written by ``reader.platform.safe_write``: a new temporary
    file beside the chosen name, renamed when whole, never through a link.
    """
    from PySide6.QtCore import QBuffer, QIODevice

    from reader.platform.safe_write import check_target, write_bytes

    check_target(path)  # a missing folder or /dev/null is said before the pages are painted
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(job.title)
    writer.setCreator("Läsaren")
    setup_page(writer)
    pages = paint_job(job, writer)
    del writer  # finishes the PDF
    data = bytes(buffer.data().data())
    buffer.close()
    if b"%%EOF" not in data[-32:]:
        raise OSError(QCoreApplication.translate("Printing", "PDF-filen kunde inte skrivas."))
    write_bytes(path, data, replace)  # replace=False: never over a file that appeared meanwhile
    return pages


class _PaintThread(QThread):
    """A Qt thread (with its own event dispatcher, which text layout needs)."""

    def __init__(self, work: Callable[[], int], done: Callable[[int, str], None]):
        super().__init__()
        self.work = work
        self.done = done

    def run(self) -> None:
        try:
            pages = self.work()
        except Exception as exc:  # reported to the user, never a crash
            self.done(0, str(exc) or exc.__class__.__name__)
            return
        self.done(pages, "")


class PrintWorker(QObject):
    """Paints a job in a thread; ``finished(pages, error)`` arrives on the GUI thread."""

    finished = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._threads: list[_PaintThread] = []

    def run_pdf(self, job: PrintJob, path: Path, replace: bool = True) -> QThread:
        return self._start(lambda: write_pdf(job, path, replace))

    def run_device(self, job: PrintJob, device: QPagedPaintDevice) -> QThread:
        return self._start(lambda: paint_job(job, device))

    def _start(self, work: Callable[[], int]) -> QThread:
        thread = _PaintThread(work, self.finished.emit)
        thread.finished.connect(lambda: self._threads.remove(thread) if thread in self._threads else None)
        self._threads.append(thread)
        thread.start()
        return thread

    def wait(self) -> None:
        """Block until every job has ended (closing the window, tests)."""
        for thread in list(self._threads):
            thread.wait()


def export_pdf_cli(args, root: Path) -> int:
    """``reader --export-pdf [--section ID] [--summary] --out FILE.pdf``: no window needed.

    Uses the start values of the text style (the administrator's, if any). Exit codes
    as the rest of the command line: 0 ok, 2 usage, 3 content error, 1 could not write.
    """
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    from reader.content import compiled
    from reader.content.errors import ContentPackError
    from reader.preferences.admin_config import AdministeredSettings, load_admin_config
    from reader.preferences.settings import MemoryStore
    from reader.preferences.typography import style_from_settings

    def fail(code: int, message: str) -> int:
        print(f"reader: {message}", file=sys.stderr)
        return code

    if not args.out:
        return fail(2, "--export-pdf behöver --out FIL.pdf")
    if Path(args.out).suffix.lower() != ".pdf":
        return fail(2, "--out ska sluta på .pdf (till exempel --out program.pdf)")
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while painting)
    try:
        pack = compiled.load(root)
    except ContentPackError as exc:
        for error in exc.errors:
            print(f"reader: {error}", file=sys.stderr)
        return 3
    from reader.content.summaries import OVERVIEW_ID

    document = pack.result.document
    overview = bool(args.summary) and args.section == OVERVIEW_ID  # "Programmet i korthet"
    section = document.section(args.section) if args.section and not overview else None
    if args.section and section is None and not overview:
        ids = ", ".join(s.id for s in document.sections)
        return fail(2, f"okänt avsnitt ”{args.section}”. Avsnitt som finns: {ids}")
    sections = [section] if section is not None else list(document.sections)
    if overview:
        if pack.summaries.overview is None:
            return fail(3, "det finns ingen översikt (Programmet i korthet) att skriva ut")
        sections = [pack.summaries.overview]
    elif args.summary:
        summaries = pack.summaries
        found = [summaries.for_section(s.id) for s in sections]
        if not section and summaries.overview is not None:
            found.insert(0, summaries.overview)
        sections = [s for s in found if s is not None]
        if not sections:
            return fail(3, "det finns ingen lättläst sammanfattning att skriva ut")
    settings = AdministeredSettings(load_admin_config(), MemoryStore())
    family = None
    try:
        from reader.platform.fonts import load_bundled_fonts

        family = load_bundled_fonts().family(settings.get("text/family"))
    except Exception:  # a font that fails to load falls back to the system font
        family = None
    job = make_job(document, sections, style_from_settings(settings, family))
    try:
        pages = write_pdf(job, args.out)
    except OSError as exc:
        return fail(1, f"kunde inte spara PDF-filen {args.out}: {exc.strerror or exc}")
    print(f"{args.out}: {pages} sidor", file=sys.stderr)
    return 0
