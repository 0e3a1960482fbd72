"""Large-print printing and PDF: style kept, a page per section start, title and page numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.cli import main
from reader.content.loader import load_pack
from reader.content.summaries import load_summaries
from reader.exports.printing import make_job, write_pdf
from reader.preferences.admin_config import AdminConfig, make_settings
from reader.preferences.settings import Settings
from reader.preferences.typography import TextStyle
from reader.services import services_for
from reader.ui.main_window import MainWindow
from reader.ui.print_dialog import PrintDialog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def document():
    return load_pack(ROOT / "content").document


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def test_pdf_of_a_section(qapp, document, tmp_path):
    out = tmp_path / "a.pdf"
    pages = write_pdf(make_job(document, [document.sections[1]], TextStyle(size_pt=24)), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert pages >= 1
    assert pdf_pages(out) == pages


def test_bigger_text_and_spacing_need_more_pages(qapp, document, tmp_path):
    section = [document.section("trygghet")]
    small = write_pdf(make_job(document, section, TextStyle(size_pt=14, line_height=1.0)), tmp_path / "s.pdf")
    large = write_pdf(make_job(document, section, TextStyle(size_pt=36, line_height=1.0)), tmp_path / "l.pdf")
    spaced = write_pdf(
        make_job(document, section, TextStyle(size_pt=36, line_height=2.0)), tmp_path / "w.pdf"
    )
    assert small < large < spaced


def test_each_section_starts_a_page_and_every_page_is_numbered(qapp, document, tmp_path, monkeypatch):
    labels = []
    import reader.exports.printing as printing

    real = printing.page_label
    monkeypatch.setattr(printing, "page_label", lambda n, total: labels.append((n, total)) or real(n, total))
    out = tmp_path / "all.pdf"
    pages = write_pdf(make_job(document, list(document.sections), TextStyle(size_pt=20)), out)
    assert pages >= len(document.sections)
    assert labels == [(n, pages) for n in range(1, pages + 1)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_title_and_page_numbers_are_printed(qapp, document, tmp_path):
    out = tmp_path / "t.pdf"
    pages = write_pdf(make_job(document, [document.section("ansvar")], TextStyle(size_pt=28)), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    per_page = text.split("\f")
    for number in range(1, pages + 1):
        page = per_page[number - 1]
        assert document.short_title in page
        assert f"Sida {number} av {pages}" in page
    assert document.section("ansvar").title in " ".join(per_page[0].split())


def test_cli_export_pdf(tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    assert main(["--export-pdf", "--section", "arbete", "--out", str(out)]) == 0
    assert pdf_pages(out) >= 1
    summary = tmp_path / "sum.pdf"
    assert main(["--export-pdf", "--section", "arbete", "--summary", "--out", str(summary)]) == 0
    assert pdf_pages(summary) >= 1 and summary.read_bytes() != out.read_bytes()
    assert main(["--export-pdf", "--section", "nej", "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["--export-pdf"]) == 2
    assert "--out" in capsys.readouterr().err


def window_with(qtbot, document, settings):
    window = MainWindow(services_for(document, settings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_dialog_prints_what_is_chosen_in_the_current_style(qtbot, document):
    window = window_with(qtbot, document, Settings())
    window.go_to_section(2)
    window.apply_text_size(40)
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    job = dialog.job()
    assert [t for t, _ in job.parts] == [document.sections[2].title]
    assert job.style.size_pt == 40
    dialog.choice_all.setChecked(True)
    assert len(dialog.job().parts) == len(document.sections)
    summaries = load_summaries(ROOT / "content", document)
    if summaries.for_section(document.sections[2].id) is not None:
        dialog.choice_summary.setChecked(True)
        assert dialog.job().parts[0][1] == summaries.for_section(document.sections[2].id).html


def test_kiosk_pdf_only_into_the_admin_folder(qtbot, document, tmp_path):
    admin = AdminConfig(kiosk=True, export_folder=tmp_path)
    window = window_with(qtbot, document, make_settings(admin, kiosk=True))
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.worker.finished, timeout=20000) as blocker:
        dialog.save_pdf()
    assert blocker.args[1] == ""
    saved = list(tmp_path.glob("*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF")
    assert "Sparat" in dialog.status.text()


def test_kiosk_without_folder_cannot_save_pdf(qtbot, document):
    window = window_with(qtbot, document, make_settings(AdminConfig(kiosk=True), kiosk=True))
    dialog = PrintDialog(window, window.services.pack, window.services.visitor)
    qtbot.addWidget(dialog)
    assert not dialog.pdf_button.isEnabled()


def test_print_action_opens_the_dialog(qtbot, document):
    window = window_with(qtbot, document, Settings())
    window.features.printing.action_print.trigger()
    assert (
        isinstance(window.features.printing.dialog, PrintDialog)
        and window.features.printing.dialog.isVisible()
    )
