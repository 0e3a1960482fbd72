"""Bundled fonts load, carry Swedish letters, and fall back with a message when broken."""

from __future__ import annotations

import shutil

from reader import fonts
from reader.paths import resources_dir


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
