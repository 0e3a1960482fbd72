"""The classes written out (loaded at every start) behave exactly as the dataclasses they replace."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from reader.content import model
from reader.content.errors import ContentError
from reader.content.glossary import Occurrence, Term
from reader.content.summaries import Note, SourceRef
from reader.preferences.settings import Setting

SENTENCE = model.Sentence(0, 5, "Hej.")
PARAGRAPH = model.Paragraph(0, "paragraph", 0, 5, "Hej.", (SENTENCE,))
SECTION = model.Section("a", "A", "a.md", "# A", "<h1>A</h1>", "A", (PARAGRAPH,))

# (class, the dataclass it stands for, the values of two instances that differ in their last field)
CASES = [
    (
        model.Sentence,
        dataclasses.make_dataclass("Sentence", [("start", int), ("end", int), ("text", str)], frozen=True),
        [(0, 5, "Hej."), (0, 5, "Hej!")],
    ),
    (
        model.Paragraph,
        dataclasses.make_dataclass(
            "Paragraph",
            [
                ("index", int),
                ("kind", str),
                ("start", int),
                ("end", int),
                ("text", str),
                ("sentences", tuple),
            ],
            frozen=True,
        ),
        [(0, "paragraph", 0, 5, "Hej.", (SENTENCE,)), (0, "paragraph", 0, 5, "Hej.", ())],
    ),
    (
        model.Section,
        dataclasses.make_dataclass(
            "Section",
            [(f, str) for f in ("id", "title", "file", "markdown", "html", "text")] + [("paragraphs", tuple)],
            frozen=True,
        ),
        [("a", "A", "a.md", "# A", "<h1>A</h1>", "A", (PARAGRAPH,)), ("a", "A", "a.md", "# A", "", "A", ())],
    ),
    (
        ContentError,
        dataclasses.make_dataclass(
            "ContentError", [("file", str), ("line", int), ("message", str)], frozen=True
        ),
        [("a.md", 3, "Fel."), ("a.md", None, "Fel.")],
    ),
    (
        Term,
        dataclasses.make_dataclass(
            "Term",
            [("id", str), ("term", str), ("forms", tuple), ("explanation", str), ("line", int, None)],
            frozen=True,
        ),
        [("kommun", "kommun", ("kommunen",), "En stad.", 3), ("kommun", "kommun", ("kommunen",), "En stad.")],
    ),
    (
        Occurrence,
        dataclasses.make_dataclass(
            "Occurrence", [("term_id", str), ("start", int), ("end", int)], frozen=True
        ),
        [("kommun", 0, 6), ("kommun", 0, 8)],
    ),
    (
        SourceRef,
        dataclasses.make_dataclass("SourceRef", [("section_id", str), ("paragraph", int)], frozen=True),
        [("ansvar", 1), ("ansvar", 2)],
    ),
    (
        Note,
        dataclasses.make_dataclass(
            "Note",
            [("summary_id", str), ("text", str), ("sources", tuple), ("line", int, None)],
            frozen=True,
        ),
        [("ansvar", "Hej.", (SourceRef("ansvar", 1),), 4), ("ansvar", "Hej.", (SourceRef("ansvar", 1),))],
    ),
    (
        Setting,
        dataclasses.make_dataclass(
            "Setting",
            [
                ("default", object),
                ("kind", type),
                ("minimum", float, None),
                ("maximum", float, None),
                ("choices", tuple, None),
            ],
            frozen=True,
        ),
        [(18, int, 12, 96, (18, 20)), (18, int, 12, 96)],
    ),
]


@pytest.mark.parametrize(("cls", "reference", "values"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_a_frozen_class_behaves_as_its_dataclass(cls, reference, values) -> None:
    first, second = cls(*values[0]), cls(*values[1])  # the second may leave a default out
    ref_first, ref_second = reference(*values[0]), reference(*values[1])
    assert repr(first) == repr(ref_first)
    assert cls.__match_args__ == reference.__match_args__
    assert first == cls(*values[0]) and hash(first) == hash(cls(*values[0])) == hash(ref_first)
    assert (first == second) is (ref_first == ref_second) is False
    assert first != ref_first  # another class is never equal, as between dataclasses
    assert (first.__eq__(object())) is NotImplemented
    names = cls.__match_args__
    assert cls(**dict(zip(names, values[0], strict=True))) == first  # by keyword as well
    for name in names:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(first, name, None)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(first, name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.something_else = 1
    assert pickle.loads(pickle.dumps(first, protocol=pickle.HIGHEST_PROTOCOL)) == first
    assert {first, cls(*values[0]), second} == {first, second}


def test_the_document_behaves_as_its_dataclass() -> None:
    reference = dataclasses.make_dataclass(
        "Document",
        [(f, str) for f in ("title", "subtitle", "short_title", "language", "period", "source", "root")]
        + [("sections", list, dataclasses.field(default_factory=list))],
    )
    values = ("T", "S", "K", "sv", "2023", "källa", "/x")
    document, ref = model.Document(*values), reference(*values)
    assert repr(document) == repr(ref)
    assert document.sections == [] and document.sections is not model.Document(*values).sections
    assert document == model.Document(*values)
    assert model.Document.__match_args__ == reference.__match_args__
    assert model.Document.__hash__ is None and reference.__hash__ is None
    document.root = "/y"  # it may change
    document.sections.append(SECTION)
    assert document != model.Document(*values)
    full = model.Document(*values[:-1], root="/y", sections=[SECTION])
    assert full == document and repr(full) == repr(reference(*values[:-1], root="/y", sections=[SECTION]))
    assert pickle.loads(pickle.dumps(document)) == document


def _mutable_cases():
    from pathlib import Path

    from reader.content.compiled import Pack
    from reader.content.glossary import GLOSSARY_FILE, Glossary
    from reader.content.loader import LoadResult
    from reader.content.summaries import SUMMARY_DIR, Summaries
    from reader.platform.fonts import FontReport
    from reader.preferences.admin_config import DEFAULT_IDLE_MINUTES, AdminConfig

    def listed(name):
        return (name, list, dataclasses.field(default_factory=list))

    def mapped(name):
        return (name, dict, dataclasses.field(default_factory=dict))

    glossary = dataclasses.make_dataclass(
        "Glossary",
        [listed("terms"), listed("errors"), ("file", str, GLOSSARY_FILE), ("present", bool, False)],
    )
    summaries = dataclasses.make_dataclass(
        "Summaries",
        [
            ("overview", object, None),
            mapped("sections"),
            mapped("notes"),
            listed("errors"),
            ("folder", str, SUMMARY_DIR),
        ],
    )
    result = dataclasses.make_dataclass("LoadResult", [("document", object), listed("errors")])
    pack = dataclasses.make_dataclass(
        "Pack", [("result", object), ("summaries", object), ("glossary", object)]
    )
    admin = dataclasses.make_dataclass(
        "AdminConfig",
        [
            ("kiosk", bool, False),
            ("idle_minutes", float, DEFAULT_IDLE_MINUTES),
            ("export_folder", object, None),
            ("full_screen", bool, False),
            ("lock_quit", bool, False),
            mapped("defaults"),
            ("locked", frozenset, frozenset()),
            ("source", object, None),
            listed("problems"),
        ],
    )
    fonts = dataclasses.make_dataclass("FontReport", [mapped("families"), listed("problems")])
    document = model.Document("T", "S", "K", "sv", "2023", "källa", "/x", [SECTION])
    error = ContentError("a.md", 1, "Fel.")
    term = Term("kommun", "kommun", ("kommunen",), "En stad.")
    return [
        (Glossary, glossary, [(), ([term], [error], "ord.toml", True)]),
        (Summaries, summaries, [(), (SECTION, {"a": SECTION}, {}, [error], "lattlast")]),
        (LoadResult, result, [(document,), (document, [error])]),
        (
            Pack,
            pack,
            [
                (LoadResult(document), Summaries(), Glossary()),
                (LoadResult(document, [error]), Summaries(), Glossary()),
            ],
        ),
        (
            AdminConfig,
            admin,
            [
                (),
                (
                    True,
                    2.5,
                    Path("/a"),
                    True,
                    True,
                    {"text/size_pt": 30},
                    frozenset({"ui/language"}),
                    Path("/b"),
                    ["x"],
                ),
            ],
        ),
        (FontReport, fonts, [(), ({"atkinson": "Atkinson Hyperlegible"}, ["saknas"])]),
    ]


@pytest.mark.parametrize("case", range(6))
def test_a_mutable_class_behaves_as_its_dataclass(case) -> None:
    cls, reference, values = _mutable_cases()[case]
    for given in values:
        made, ref = cls(*given), reference(*given)
        assert repr(made) == repr(ref)
        assert made == cls(*given) and made != ref
        assert cls.__hash__ is None and reference.__hash__ is None
        assert cls.__match_args__ == reference.__match_args__
        assert pickle.loads(pickle.dumps(made)) == made
        names = cls.__match_args__
        assert cls(**dict(zip(names, given, strict=False))) == made  # by keyword as well
    assert cls(*values[0]) != cls(*values[1])
    if values[0] == ():  # every default list or dict is a new one
        first, second = cls(), cls()
        for name in cls.__match_args__:
            value = getattr(first, name)
            if isinstance(value, list | dict):
                assert value is not getattr(second, name)


def test_the_services_behave_as_their_dataclass() -> None:
    from reader.services import Services

    reference = dataclasses.make_dataclass(
        "Services",
        [
            ("pack", object),
            ("settings", object),
            ("session", object),
            ("visitor", object),
            ("make_reading_aloud", object, dataclasses.field(repr=False)),
        ],
        frozen=True,
    )

    def make():
        return None

    values = ("pack", "settings", "session", "visitor", make)
    made, ref = Services(*values), reference(*values)
    assert repr(made) == repr(ref)
    assert made == Services(*values) and hash(made) == hash(ref)
    assert made != Services(*values[:-1], lambda: None)  # the maker is compared too, as before
    assert Services.__match_args__ == reference.__match_args__
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.pack = "another"  # type: ignore[misc]
    assert made.reading_aloud is None  # cached_property still works on the frozen class
