"""Languages: every UI string is translated in both files, and switching applies at once."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.platform import i18n
from reader.platform.build_assets import compile_translations

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_0-9]*\}")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The .ts files as lupdate makes them from today's code (the committed ones are not touched)."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in update_translations.LANGS:
        (folder / f"reader_{lang}.ts").write_bytes(
            (i18n.translations_dir() / f"reader_{lang}.ts").read_bytes()
        )
    update_translations.update(folder)
    return folder


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_ui_string_left_untranslated(fresh_ts, lang):
    missing = update_translations.unfinished(fresh_ts / f"reader_{lang}.ts")
    listing = "\n".join(f"  [{c}] {s!r}" for c, s in missing)
    assert not missing, (
        f"{len(missing)} UI string(s) have no {lang} translation; "
        f"run scripts/update_translations.py and translate them:\n{listing}"
    )


def test_helper_functions_are_seen(fresh_ts):
    """Strings passed to a module's own ``_tr`` helper are in the translation files too."""
    helper = update_translations.wrapper_messages(ROOT / "reader")
    root = ET.parse(fresh_ts / "reader_en.ts").getroot()
    present = {
        (c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
    }
    assert all((context, source) in present for context, source, _ in helper)


def test_code_has_translatable_strings(fresh_ts):
    root = ET.parse(fresh_ts / "reader_en.ts").getroot()
    sources = [m.findtext("source") for m in root.iter("message")]
    assert len(sources) > 10


def test_placeholders_survive_translation():
    root = ET.parse(i18n.ts_file("en")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
        for translation in forms:
            if translation.strip():
                assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


def test_english_translates_app_and_qt_strings(switcher):
    root = ET.parse(i18n.ts_file("en")).getroot()
    name, source, english = next(
        (c.findtext("name"), m.findtext("source"), m.findtext("translation"))
        for c in root.iter("context")
        for m in c.iter("message")
        if m.findtext("translation") and m.findtext("translation") != m.findtext("source")
    )
    assert switcher.apply("en")
    assert QCoreApplication.translate(name, source) == english != source
    switcher.apply("sv")
    assert QCoreApplication.translate(name, source) == source
    # Qt's own dialog buttons follow the language too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    switcher.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_switch_retranslates_open_widgets(switcher, qtbot):
    pairs = [p for p in i18n.ts_pairs("en") if p[0] != p[1] and PLACEHOLDER.search(p[0]) is None]
    (sv_button, en_button), (sv_label, en_label) = pairs[0], pairs[1]
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    button = QPushButton(sv_button)
    label = QLabel(sv_label)
    label.setAccessibleName(sv_label)
    layout.addWidget(button)
    layout.addWidget(label)
    combo = QComboBox()
    combo.addItems([sv_label, "Treklövern"])  # document words are not UI strings: they stay
    layout.addWidget(combo)
    widget.show()
    seen = []
    switcher.language_changed.connect(seen.append)
    switcher.apply("en")
    assert button.text() == en_button
    assert label.text() == en_label and label.accessibleName() == en_label
    assert [combo.itemText(0), combo.itemText(1)] == [en_label, "Treklövern"]
    switcher.apply("sv")
    assert button.text() == sv_button
    assert seen == ["en", "sv"]


def test_unknown_language_falls_back_to_swedish(switcher):
    switcher.apply("xx")
    assert switcher.language == "sv"


def test_build_assets_compiles_every_ts(tmp_path):
    for lang in ("sv", "en"):
        (tmp_path / f"reader_{lang}.ts").write_bytes(i18n.ts_file(lang).read_bytes())
    written = compile_translations(tmp_path)
    assert sorted(p.name for p in written) == ["reader_en.qm", "reader_sv.qm"]
    assert all(p.stat().st_size > 0 for p in written)


def test_a_panels_title_bar_follows_the_language(switcher, qtbot, content_root):
    """The panel's name and its close button (label and name) are said in the new language."""
    from reader.content.glossary import load_glossary
    from reader.ui.glossary_panel import GlossaryPanel

    switcher.apply("sv")
    panel = GlossaryPanel(load_glossary(content_root))
    qtbot.addWidget(panel)
    panel.resize(600, 600)  # room for the whole close label beside the name
    panel.show()
    bar = panel.title_bar
    assert panel.titleBarWidget() is bar
    qtbot.waitUntil(lambda: bar.close_button.text() == "Stäng ordlistan")
    assert bar.heading.text() == "Ordlista"
    switcher.apply("en")  # Qt tells widgets of the change through the event loop
    qtbot.waitUntil(lambda: bar.heading.text() == "Glossary")
    assert bar.close_button.text() == bar.close_button.accessibleName() == "Close the glossary"
    switcher.apply("sv")
    qtbot.waitUntil(lambda: bar.close_button.accessibleName() == "Stäng ordlistan")
    assert bar.heading.text() == "Ordlista"


def test_texts_built_at_run_time_follow_a_switch_of_language(switcher, qtbot, content_root):
    """ "Visa: Hela texten", the speed and the glossary's count are made from pieces; they follow too."""
    from reader.content import compiled
    from reader.preferences.settings import Settings
    from reader.services import build_services
    from reader.ui.main_window import MainWindow

    switcher.apply("sv")
    pack = compiled.load(content_root)
    window = MainWindow(build_services(pack, Settings()))
    window.show()  # not given to qtbot: the test deletes it itself
    cycle = window.features.view.cycle_action
    speed = window.features.speech.panel.speed
    count = window.features.glossary.panel.count_label
    assert (cycle.text(), speed.text()[:5], count.text().split()[1]) == ("Visa: Hela texten", "Fart:", "ord")
    switcher.apply("en")
    qtbot.waitUntil(lambda: count.text().endswith(" words"))
    assert cycle.text() == "View: Full text"
    assert speed.text().startswith("Speed:") and speed.accessibleName() == speed.text()
    switcher.apply("sv")
    qtbot.waitUntil(lambda: count.text().endswith(" ord"))
    assert cycle.text() == "Visa: Hela texten" and speed.text().startswith("Fart:")
    window.close()
    window.deleteLater()
    qtbot.wait(50)
    switcher.apply("en")  # a window that is gone is not written to (an error here fails the test)
    qtbot.wait(50)


def test_voice_names_follow_a_switch_of_language(switcher, speech_window, qtbot):
    from reader.speech.fake_driver import FakeDriver

    switcher.apply("sv")
    window = speech_window(driver=FakeDriver())
    combo = window.features.speech.panel.voice
    assert combo.itemText(0).startswith("Svenska – ")
    switcher.apply("en")
    qtbot.waitUntil(lambda: combo.itemText(0).startswith("Swedish – "))
    switcher.apply("sv")
    assert combo.itemText(0).startswith("Svenska – ")
