"""The glossary: terms from the programme, found in the text with offsets, validated with located errors."""

from __future__ import annotations

import re
import shutil

import pytest

from reader.cli import main
from reader.content.glossary import load_glossary, parse_glossary, sort_key
from reader.content.loader import load_pack
from reader.content.readability import word_count


@pytest.fixture
def glossary(content_root):
    return load_glossary(content_root)


@pytest.fixture
def document(content_root):
    return load_pack(content_root).document


MAX_SENTENCE_WORDS = 15  # lättläst: no sentence of an explanation longer than this
MIN_TERMS = 150  # a whole read of the programme found well over a hundred hard words


def _texts(document, content_root) -> list[str]:
    """The programme's sections and the summaries: every text the glossary marks."""
    texts = [s.text for s in document.sections]
    return texts + [p.read_text("utf-8") for p in sorted((content_root / "summaries").glob("*.md"))]


def test_many_terms_and_no_errors(glossary):
    assert glossary.present
    assert glossary.errors == []
    assert len(glossary.terms) >= MIN_TERMS
    assert len({t.id for t in glossary.terms}) == len(glossary.terms)


def test_every_term_stands_in_the_programme(glossary, document):
    """Each term is found (in some form) in the programme's own text."""
    found = {occ.term_id for s in document.sections for occ in glossary.find(s.text)}
    missing = [t.term for t in glossary.terms if t.id not in found]
    assert missing == []


def test_every_listed_form_is_used(glossary, document, content_root):
    texts = _texts(document, content_root)
    for term in glossary.terms:
        for form in term.forms:
            pattern = re.compile(
                r"(?<![^\W\d_])" + r"\s+".join(map(re.escape, form.split())) + r"(?![^\W\d_])", re.I
            )
            assert any(pattern.search(t) for t in texts), f"{term.term}: form {form!r} is not in the text"


def test_examples_from_the_issue_are_there(glossary):
    words = {t.term.casefold() for t in glossary.terms}
    for word in (
        "mandatperiod",
        "skattesats",
        "nämnd",
        "bidragsberoende",
        "försörjningsstöd",
        "utanförskapsområde",
        "välfärdsbrott",
        "penningtvätt",
        "upphandling",
        "lss",
        "civilt försvar",
        "totalförsvar",
        "klimatneutralitet",
        "biologisk mångfald",
        "region skåne",
        "familjen helsingborg",
        "greater copenhagen",
        "string",
        "byalag",
        "västkustbanan",
        "hh-förbindelse",
        # named in issue 17 as missing
        "samverkan",
        "samhällsutmaning",
        "trygghetsdialog",
        "daglig verksamhet",
        "våld i nära relation",
        "fristående utförare",
        "missförhållanden",
        "helsingborgsdeklarationen",
        "grogrund",
        "krafttag",
        "psykiatri",
        "city",
        "svenskt näringsliv",
    ):
        assert word in words, word


# Every word of these families in the programme and the summaries must be marked.
WORD_FAMILIES = (
    "samverk",  # samverkan, samverka, samverkar (and the compounds with their own entries)
    "samhällsutmaning",
    "välfärd",  # välfärden, välfärdsservice, välfärdssektorn, välfärdsyrkena, välfärdsbrott
    "budget",  # budgeten, budgetarbetet, budgetsamverkan
    "psykiatri",
    "trygghetsdialog",
    "krafttag",
    "grogrund",
    "missförhållanden",
    "helsingborgsdeklaration",
    "utanförskap",
    "bidragsberoend",
    "kompetens",
    "skattekr",
    "skattecr",
    "lss",
    "city",
)


def test_every_word_of_the_named_families_is_marked(glossary, document, content_root):
    unmarked = []
    for text in _texts(document, content_root):
        spans = [(o.start, o.end) for o in glossary.find(text)]
        for match in re.finditer(r"[^\W\d_]+", text):
            in_family = match.group().casefold().startswith(WORD_FAMILIES)
            if in_family and not any(a <= match.start() and match.end() <= b for a, b in spans):
                unmarked.append(match.group())
    assert unmarked == []


# Words that look like an inflection of a term but are another word.
NOT_AN_INFLECTION = {"finnas"}  # "finnas" (exist) is not a form of "finna" (find)
ENDINGS = ("s", "n", "en", "et", "t", "a", "na", "ar", "er", "or", "arna", "erna", "orna", "ens", "ets")


def test_every_inflected_form_in_the_text_is_marked(glossary, document, content_root):
    """A term's word with an ordinary ending (-en, -et, -ar, -erna …) is never left unmarked."""
    unmarked = set()
    for text in _texts(document, content_root):
        spans = [(o.start, o.end) for o in glossary.find(text)]
        for match in re.finditer(r"[^\W\d_]+", text):
            word = match.group().casefold()
            if word in NOT_AN_INFLECTION or any(a <= match.start() and match.end() <= b for a, b in spans):
                continue
            for term in glossary.terms:
                for form in (term.term, *term.forms):
                    stem = form.casefold()
                    if " " not in stem and word.startswith(stem) and word[len(stem) :] in ENDINGS:
                        unmarked.add((term.term, match.group()))
    assert unmarked == set()


# Proper names in the programme; a mark may cover one only when it is the name's own entry.
PROPER_NAMES = (
    "Svenskt näringsliv",
    "Region Skåne",
    "Familjen Helsingborg",
    "Campus Helsingborg",
    "Greater Copenhagen",
    "Helsingborgs stad",
    "Helsingborgsdeklarationen",
    "Citysamverkan",
    "Öresundsregionen",
    "Väst kustbanan",
    "Polisen",
    "Skatteverket",
    "Kronofogden",
    "Tullen",
    "STRING",
)


def test_no_mark_inside_a_proper_name_or_another_word(glossary, document, content_root):
    for text in _texts(document, content_root):
        for occ in glossary.find(text):
            word = text[occ.start : occ.end]
            before = text[occ.start - 1] if occ.start else " "
            after = text[occ.end : occ.end + 2]
            # never the tail or head of a hyphenated word ("LSS-insatser" is marked whole)
            assert before != "-", word
            assert not re.match(r"-[^\W\d_]", after), word
            for name in PROPER_NAMES:
                for found in re.finditer(re.escape(name), text):
                    if occ.start < found.end() and found.start() < occ.end:
                        assert (occ.start, occ.end) == found.span(), (word, name)
                        term = glossary.term(occ.term_id)
                        assert term.term.casefold() == name.casefold() or name in term.forms, (word, name)


def test_svenskt_naringsliv_is_the_organisation_not_the_business_sector(glossary, document):
    text = document.section("trygghet").text
    start = text.index("Svenskt näringsliv")
    inside = [o for o in glossary.find(text) if start <= o.start < start + len("Svenskt näringsliv")]
    assert [(o.term_id, o.end - o.start) for o in inside] == [
        ("svenskt-naringsliv", len("Svenskt näringsliv"))
    ]


def test_explanations_are_short_and_plain(glossary):
    for term in glossary.terms:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", term.explanation) if s]
        assert 1 <= len(sentences) <= 3, term.term
        assert word_count(term.explanation) <= 45, term.term
        assert term.explanation.endswith((".", "”")), term.term
        for sentence in sentences:
            count = word_count(sentence)
            assert count <= MAX_SENTENCE_WORDS, f"{term.term}: {count} words in {sentence!r}"


def test_offsets_point_at_the_words(glossary, document):
    for section in document.sections:
        previous_end = -1
        for occ in glossary.find(section.text):
            assert occ.start >= previous_end  # in order, never overlapping
            previous_end = occ.end
            word = section.text[occ.start : occ.end]
            term = glossary.term(occ.term_id)
            forms = {" ".join(f.casefold().split()) for f in (term.term, *term.forms)}
            assert " ".join(word.casefold().split()) in forms


def test_inflected_and_odd_forms_are_found(glossary, document):
    def words_in(section_id):
        section = document.section(section_id)
        return {section.text[o.start : o.end]: o.term_id for o in glossary.find(section.text)}

    arbete = words_in("arbete")
    assert arbete["Väst kustbanan"] == "vastkustbanan"  # spelled as in the programme
    assert arbete["HH-förbindelse"] == "hh-forbindelse"
    assert arbete["försörjningsstöd"] == "forsorjningsstod"
    ansvar = words_in("ansvar")
    assert ansvar["civila försvar"] == "civilt-forsvar"
    assert ansvar["nämndernas"] == "namnd"
    assert ansvar["Region Skåne"] == "region-skane"
    valfard = words_in("valfard")
    assert valfard["LSS-insatser"] == "lss"  # the whole hyphenated word
    assert valfard["välfärdsyrkena"] == "valfardsyrke"
    assert valfard["våld i nära relation"] == "vald-i-nara-relation"
    assert valfard["fristående utförare"] == "fristaende-utforare"
    assert valfard["utförare"] == "utforare"  # "välja utförare", on its own
    trygghet = words_in("trygghet")
    assert trygghet["Parallelsamhället"] == "parallellsamhalle"
    assert trygghet["välfärdsbrott"] == "valfardsbrott"


def test_a_form_inside_a_longer_word_is_not_marked(glossary):
    text = "Välfärdsbrottslighet och budgetsamverkansavtal."
    assert glossary.find(text) == []


def test_first_occurrences_mark_each_term_once(glossary, document):
    section = document.section("ansvar")
    first = glossary.first_occurrences(section.text)
    ids = [o.term_id for o in first]
    assert len(ids) == len(set(ids))
    assert len(glossary.find(section.text)) > len(first)


def test_alphabetical_order_is_swedish(glossary):
    terms = [t.term for t in glossary.sorted_terms()]
    assert terms == sorted(terms, key=sort_key)
    assert sort_key("zon") < sort_key("åtta") < sort_key("ägg") < sort_key("ö")
    assert terms.index("Öresundsregionen") > terms.index("yrkeshögskola")


def test_filter(glossary):
    assert [t.term for t in glossary.filter("penning")] == ["penningtvätt"]
    assert len(glossary.filter("")) == len(glossary.terms)
    assert glossary.filter("qqqq") == []


def test_missing_glossary_is_not_an_error(tmp_path):
    glossary = load_glossary(tmp_path)
    assert not glossary.present and glossary.errors == [] and glossary.terms == []


def test_malformed_toml_gives_the_line():
    raw = '[[term]]\nterm = "a"\nexplanation = "A."\n\n[[term]]\nterm = "b\n'
    glossary = parse_glossary(raw)
    assert glossary.errors and glossary.errors[0].line == 6
    assert glossary.errors[0].file == "glossary.toml"


def test_bad_entries_are_located_and_the_rest_kept():
    raw = "\n".join(
        [
            "[[term]]",  # 1
            'term = "bra"',
            'explanation = "Ett bra ord."',
            "",
            "[[term]]",  # 5: no explanation
            'term = "tom"',
            "",
            "[[term]]",  # 8: too long
            'term = "lång"',
            'explanation = "En. Två. Tre. Fyra."',
            "",
            "[[term]]",  # 12: same id as the first
            'id = "bra"',
            'term = "Bra igen"',
            'explanation = "Igen."',
            "",
            "[[term]]",  # 17: a form that belongs to "bra"
            'term = "annat"',
            'forms = ["Bra"]',
            'explanation = "Annat."',
        ]
    )
    glossary = parse_glossary(raw)
    assert [t.term for t in glossary.terms] == ["bra"]
    assert [e.line for e in glossary.errors] == [5, 8, 12, 17]
    assert all(e.message for e in glossary.errors)


def test_bad_bytes_give_the_line(tmp_path, content_root):
    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "glossary.toml").write_bytes(b'[[term]]\nterm = "a"\n\xff\n')
    glossary = load_glossary(pack)
    assert glossary.errors[0].line == 3


def test_cli_exports_the_glossary(capsys):
    assert main(["--export-text", "--glossary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= MIN_TERMS
    assert all(re.fullmatch(r"[^:]+: .+", line) for line in lines)
    assert any(line.startswith("penningtvätt: ") for line in lines)


def test_cli_without_a_glossary_says_so(tmp_path, content_root, capsys):
    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "glossary.toml").unlink()
    assert main(["--export-text", "--glossary", "--content", str(pack)]) == 3
    assert "ordlista" in capsys.readouterr().err.lower()


def test_glossary_flag_needs_export_text(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--glossary"])
    assert exc.value.code == 2


def test_manifest_names_the_glossary_and_summaries(tmp_path, content_root):
    from reader.content.summaries import load_summaries

    pack = tmp_path / "pack"
    shutil.copytree(content_root, pack)
    (pack / "glossary.toml").rename(pack / "ord.toml")
    (pack / "summaries").rename(pack / "lattlast")
    manifest = pack / "manifest.toml"
    text = manifest.read_text("utf-8")
    text = text.replace('glossary = "glossary.toml"', 'glossary = "ord.toml"')
    text = text.replace('summaries = "summaries"', 'summaries = "lattlast"')
    manifest.write_text(text, "utf-8")
    assert len(load_glossary(pack).terms) >= MIN_TERMS
    document = load_pack(pack).document
    summaries = load_summaries(pack, document)
    assert summaries.errors == [] and len(summaries.sections) == 6


def test_explanation_can_be_read_aloud(speech_window):
    """The glossary's explanation goes to the voice as its own short text."""
    from reader.speech.controller import State
    from reader.speech.fake_driver import FakeDriver

    driver = FakeDriver()
    win = speech_window(driver=driver)
    panel = win.features.glossary.panel
    assert not panel.read_button.isEnabled()
    term = panel.glossary.terms[0]
    panel.show_term(term)
    assert panel.read_button.isEnabled()
    panel.read_button.click()
    controller = win.features.speech.controller
    assert controller.section.id == "notice" and controller.state is State.READING
    assert controller.section.text == f"{term.term}. {term.explanation}"
    assert driver.calls and driver.calls[-1] in controller.section.text  # the voice got it


def test_in_a_low_window_the_panel_scrolls_and_the_text_keeps_its_width(window, qtbot):
    """A long explanation is never cut short; the list moves above the text to leave it room."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.low)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    panel = window.features.glossary.panel
    term = max(panel.glossary.terms, key=lambda t: len(t.explanation))
    panel.show_term(term)
    panel.show()
    label = panel.explanation
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # all of it, not cut
    assert isinstance(panel.widget(), QScrollArea)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Vertical)
    assert window.height() == 384  # the window did not grow past the screen
    panel.close_panel()
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)
