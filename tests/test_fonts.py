"""Bundled fonts load, carry Swedish letters, and fall back with a message when broken."""

from __future__ import annotations

import shutil

from reader.platform import fonts
from reader.platform.paths import resources_dir


def test_bundled_fonts_load_with_swedish_letters(qapp):
    fonts.clear_cache()
    report = fonts.load_bundled_fonts()
    assert report.problems == []
    assert report.family(fonts.ATKINSON) == "Atkinson Hyperlegible"
    assert report.family(fonts.OPENDYSLEXIC) == "OpenDyslexic"
    for key in (fonts.ATKINSON, fonts.OPENDYSLEXIC):
        assert fonts.has_letters(report.family(key), "åäöéÅÄÖÉ")


def test_licences_beside_fonts():
    folder = resources_dir() / "fonts"
    for stem in ("AtkinsonHyperlegible", "OpenDyslexic"):
        text = (folder / f"{stem}-OFL.txt").read_text("utf-8")
        assert "SIL Open Font License" in text


def test_missing_font_falls_back_with_message(qapp, tmp_path):
    fonts.clear_cache()
    # Only OpenDyslexic is present; Atkinson Hyperlegible is missing.
    for name in fonts.BUNDLED[fonts.OPENDYSLEXIC][1]:
        shutil.copy(resources_dir() / "fonts" / name, tmp_path / name)
    report = fonts.load_bundled_fonts(tmp_path)
    assert report.family(fonts.ATKINSON) is None
    assert report.family(fonts.OPENDYSLEXIC) == "OpenDyslexic"
    assert len(report.problems) == 1
    assert "Atkinson Hyperlegible" in report.problems[0]
    assert "vanliga typsnitt" in report.problems[0]


def test_corrupt_font_falls_back_with_message(qapp, tmp_path):
    fonts.clear_cache()
    for _key, (_display, files) in fonts.BUNDLED.items():
        for name in files:
            (tmp_path / name).write_bytes(b"not a font at all\x00" * 50)
    report = fonts.load_bundled_fonts(tmp_path)
    assert report.families == {}
    assert len(report.problems) == 2
    assert fonts.font_label(fonts.SYSTEM)


def test_window_with_a_broken_font_says_so_and_uses_the_system_font(
    qtbot, content_root, monkeypatch, tmp_path
):
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    fonts.clear_cache()
    (tmp_path / "AtkinsonHyperlegible-Regular.ttf").write_bytes(b"broken")
    report = fonts.load_bundled_fonts(tmp_path)
    monkeypatch.setattr(fonts, "load_bundled_fonts", lambda folder=None: report)
    said = []
    monkeypatch.setattr(MainWindow, "announce", lambda self, text: said.append(text))
    settings = Settings()
    settings.set("text/family", fonts.ATKINSON)
    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, settings, result.errors))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: any("Atkinson Hyperlegible" in s for s in said), timeout=2000)
    assert win.reading_pane.text_style.family == ""  # the system font
    win.features.appearance.action_appearance.trigger()
    combo = win.features.appearance.panel.editor("text/family")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any("kunde inte läsas in" in label for label in labels)
    fonts.clear_cache()
