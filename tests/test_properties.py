"""Property tests: any content, however broken, gives located messages, never a crash.

Random and mutated Markdown, manifests and section files are fed to the loader,
the Markdown renderer and the sentence splitter. The loader may only return a
result or raise ContentPackError; every problem names a file (and a line where
one applies), and everything that loads keeps the model's offset invariants.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.content.errors import ContentError, ContentPackError
from reader.content.loader import build_section, load_pack
from reader.content.markdown_render import render_markdown
from reader.content.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
REAL_SECTIONS = sorted((ROOT / "content" / "sections").glob("*.md"))
REAL_MANIFEST = (ROOT / "content" / "manifest.toml").read_text("utf-8")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that stress the renderer: raw HTML, remote and local links, deep nesting, odd bytes.
HOSTILE = [
    '<img src="http://example.com/x.png">',
    "<script>alert(1)</script>",
    "[länk](file:///etc/passwd)",
    "![bild](http://example.com/a.png)",
    "<a href='https://example.com'>x</a>",
    "```\nkod\n```",
    "> citat\n> > djupare",
    "* punkt\n    * under\n        * längre under",
    "1. ett\n2. två",
    "# ",
    "######## för många",
    "&amp; &#0; &#x110000; &nbsp;",
    "\x00\x01\x02",
    "\ufeff",
    "\u2028\u2029",
    "t.ex. bl.a. 2022–2026. A. Nilsson: ",
    "…!?:.",
    "\t\t\n\n\n",
    "<div>" * 50,
    "data:image/png;base64," + "A" * 2000,
    "\x02wzxhzdk:7\x03",
]

text_piece = st.one_of(
    st.text(max_size=80),
    st.sampled_from(HOSTILE),
    st.text(alphabet="#*-_>[]()!`:.?…\n \t1åÄ", max_size=40),
)


@st.composite
def mutated_markdown(draw) -> str:
    """A real section with random cuts, insertions and duplications."""
    base = draw(st.sampled_from(REAL_SECTIONS)).read_text("utf-8")
    for _ in range(draw(st.integers(0, 6))):
        n = len(base)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 200)))
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "replace"]))
        if op == "delete":
            base = base[:i] + base[j:]
        elif op == "insert":
            base = base[:i] + draw(text_piece) + base[i:]
        elif op == "duplicate":
            base = base[:j] + base[i:j] + base[j:]
        else:
            base = base[:i] + draw(text_piece) + base[j:]
    return base


markdown_text = st.one_of(mutated_markdown(), st.lists(text_piece, max_size=12).map("\n".join))


def _check_section_invariants(section) -> None:
    assert section.text == "\n".join(p.text for p in section.paragraphs)
    for paragraph in section.paragraphs:
        assert section.text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert section.text[sentence.start : sentence.end] == sentence.text


def _check_errors(errors: list[ContentError], manifest: str, extra: set[str]) -> None:
    for error in errors:
        assert isinstance(error, ContentError)
        assert isinstance(error.file, str) and error.file
        assert error.line is None or (isinstance(error.line, int) and error.line >= 1)
        assert isinstance(error.message, str) and error.message.strip()
        assert str(error).startswith(error.file)
        # The file named is the manifest, a file the manifest names, or one found on disk.
        assert error.file == "manifest.toml" or error.file in manifest or error.file in extra, error


# --- sentence splitter ---------------------------------------------------------------------


@FAST
@given(st.one_of(st.text(max_size=400), mutated_markdown()))
def test_sentence_spans_are_ordered_trimmed_and_cover_every_visible_character(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        # Only white space lies between two sentences.
        assert text[previous_end:start].strip() == ""
        previous_end = end
    assert text[previous_end:].strip() == ""


@FAST
@given(st.lists(st.sampled_from(["t.ex.", "bl.a.", "2022–2026", "A.", "ca", "100", "m.m."]), max_size=8))
def test_abbreviations_alone_never_split(words):
    text = "Vi vill " + " ".join(words) + " göra mer."
    assert len(split_sentences(text)) == 1


# --- Markdown renderer ---------------------------------------------------------------------


@FAST
@given(markdown_text)
def test_rendered_html_is_inert(text):
    html, blocks = render_markdown(text)
    tags = re.findall(r"<[^>]*>", html.lower())
    for tag in tags:
        assert not re.match(r"</?(img|script|iframe|object|embed|link|style|a)\b", tag), tag
        assert not re.search(r"\b(src|href|style|on\w+)\s*=", tag), tag
    assert all(b.text == b.text.strip() and b.text for b in blocks)


@FAST
@given(markdown_text)
def test_build_section_keeps_offsets(text):
    _check_section_invariants(build_section("prov", "sections/prov.md", text))


# --- whole packs ---------------------------------------------------------------------------


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


scalar = st.one_of(
    st.text(max_size=20), st.integers(-5, 5), st.booleans(), st.lists(st.integers(), max_size=2)
)
section_id = st.one_of(
    st.sampled_from(["inledning", "ansvar", "a", "x-1", "Stor", "två ord", "", "../up", "a" * 70]),
    st.integers(0, 3),
)
section_file = st.one_of(
    st.sampled_from(
        [
            "sections/01.md",
            "sections/02.md",
            "sections/saknas.md",
            "../utanfor.md",
            "/etc/hostname",
            "sections",
        ]
    ),
    st.integers(0, 3),
)
section_entry = st.fixed_dictionaries({}, optional={"id": section_id, "file": section_file, "extra": scalar})
file_body = st.one_of(
    markdown_text,
    st.just(""),
    st.just("Ingen rubrik här.\n"),
    st.binary(max_size=60).map(lambda b: b"\xff\xfe" + b),
)


@st.composite
def manifest_text(draw) -> str:
    if draw(st.booleans()):
        # Structured: the right keys with random types and sections.
        lines = []
        for key in ("format", "title", "subtitle", "short_title", "language", "period", "source"):
            if draw(st.integers(0, 4)):
                lines.append(f"{key} = {_toml_value(draw(scalar))}")
        sections = draw(st.lists(section_entry, max_size=5))
        if draw(st.integers(0, 5)) == 0:
            lines.append(f"sections = {_toml_value(draw(scalar))}")
        else:
            for entry in sections:
                lines.append("\n[[sections]]")
                lines.extend(f"{k} = {_toml_value(v)}" for k, v in entry.items())
        return "\n".join(lines) + "\n"
    # Mutated: the real manifest (its files are copied too) with random cuts and insertions.
    text = REAL_MANIFEST
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 40)))
        text = (
            text[:i]
            + draw(st.sampled_from(["", "=", '"', "[[", "]", "\n", "x = 1\n", "id = 3\n"]))
            + text[j:]
        )
    return text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    manifest_text(), st.dictionaries(st.sampled_from(["01.md", "02.md", "extra.md"]), file_body, max_size=3)
)
def test_any_pack_loads_or_fails_with_located_messages(manifest, files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pack"
        (root / "sections").mkdir(parents=True)
        (root / "manifest.toml").write_text(manifest, "utf-8")
        if "inledning" in manifest:
            for real in REAL_SECTIONS:
                shutil.copy(real, root / "sections" / real.name)
        for name, body in files.items():
            path = root / "sections" / name
            if isinstance(body, bytes):
                path.write_bytes(body)
            else:
                path.write_bytes(body.encode("utf-8", "surrogatepass"))
        names = {p.relative_to(root).as_posix() for p in (root / "sections").iterdir()}
        try:
            result = load_pack(root)
        except ContentPackError as exc:
            assert exc.errors
            _check_errors(exc.errors, manifest, names | {str(root)})
            return
        _check_errors(result.errors, manifest, names)
        assert result.document.sections
        for section in result.document.sections:
            _check_section_invariants(section)


@FAST
@given(manifest_text())
@example('title = "x"\n[[sections]]\nid = ')
@example('title = "Otäckt\n')
def test_unreadable_manifest_says_which_line(manifest):
    import tomllib

    try:
        tomllib.loads(manifest)
    except tomllib.TOMLDecodeError:
        pass
    else:
        return
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "manifest.toml").write_text(manifest, "utf-8")
        try:
            load_pack(tmp)
        except ContentPackError as exc:
            assert exc.errors[0].file == "manifest.toml"
            assert exc.errors[0].line is not None, "a TOML syntax error must say on which line"
        else:
            raise AssertionError("broken TOML loaded")


def test_real_pack_has_no_errors(content_root):
    result = load_pack(content_root)
    assert result.errors == []
    for section in result.document.sections:
        _check_section_invariants(section)


# --- glossary, pronunciation lexicon, summaries -------------------------------------------------

REAL_GLOSSARY = (ROOT / "content" / "glossary.toml").read_text("utf-8")
REAL_LEXICON = (ROOT / "content" / "lexicon.toml").read_text("utf-8")
TOML_BITS = ["", "=", '"', "[[term]]\n", "[[entry]]\n", "]", "\n", "forms = 3\n", 'term = ""\n', "id = 1\n"]


@st.composite
def mutated(draw, text: str) -> str:
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 60)))
        text = text[:i] + draw(st.one_of(st.sampled_from(TOML_BITS), st.text(max_size=10))) + text[j:]
    return text


@FAST
@given(mutated(REAL_GLOSSARY), st.one_of(st.text(max_size=200), mutated_markdown()))
def test_any_glossary_parses_with_located_errors_and_finds_safely(raw, text):
    from reader.content.glossary import parse_glossary

    glossary = parse_glossary(raw)
    _check_errors(glossary.errors, "", {"glossary.toml"})
    for occurrence in glossary.find(text):
        assert 0 <= occurrence.start < occurrence.end <= len(text)


@FAST
@given(mutated(REAL_LEXICON))
def test_any_lexicon_file_loads_without_crashing(raw):
    from reader.speech import lexicon

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lexicon.toml"
        path.write_text(raw, "utf-8")
        assert isinstance(lexicon.load(path), lexicon.Lexicon)


@FAST
@given(st.one_of(st.text(max_size=300), mutated_markdown()))
def test_lexicon_maps_every_spoken_span_back_into_the_shown_text(text):
    from reader.speech import lexicon

    rewritten = lexicon.parse(REAL_LEXICON).apply(text)
    assert rewritten.shown == text
    for piece in rewritten.pieces:
        start, end = rewritten.to_shown(piece.spoken_start, piece.spoken_end)
        assert 0 <= start <= end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["inledning", "ansvar", "overview", "okand"]), file_body, max_size=3))
def test_any_summaries_load_with_located_errors(files):
    from reader.content.summaries import load_summaries

    document = load_pack(ROOT / "content").document
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "summaries").mkdir()
        for name, body in files.items():
            data = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
            (root / "summaries" / f"{name}.md").write_bytes(data)
        result = load_summaries(root, document, "summaries")
        names = {f"summaries/{n}.md" for n in files} | {"summaries/notes.toml"}
        for error in result.errors:
            assert isinstance(error, ContentError)
            assert error.line is None or error.line >= 1
            assert error.message.strip()
            assert error.file in names or error.file.startswith("summaries"), error


# --- hostile values and files for every input the app reads ------------------------------------
# Non-finite and huge numbers, deep nesting, special files and symbolic links: each input
# (settings, administrator's file, manifest, sections, summaries, glossary, lexicon) either
# uses the value or refuses it with a message; nothing raises, hangs or crashes.

HOSTILE_NUMBERS = st.one_of(
    st.sampled_from([float("inf"), float("-inf"), float("nan"), 10**400, -(10**400), 2**63, 1e308]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.sampled_from(["inf", "-inf", "nan", "NaN", "1e400", "9" * 5000, "0x10", "", " ", "1_000"]),
)


def _nested(depth: int, leaf=1):
    value = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"a": value}
    return value


HOSTILE_VALUES = st.one_of(
    HOSTILE_NUMBERS,
    st.booleans(),
    st.text(max_size=30),
    st.integers(1, 3000).map(_nested),
    st.lists(HOSTILE_NUMBERS, max_size=3),
)


@FAST
@given(
    st.sampled_from(sorted(__import__("reader.preferences.settings", fromlist=["DEFAULTS"]).DEFAULTS)),
    HOSTILE_VALUES,
)
def test_any_stored_setting_gives_a_valid_finite_value(key, raw):
    import math

    from reader.preferences.settings import DEFAULTS, MemoryStore, Settings

    store = MemoryStore()
    store.setValue(key, raw)
    value = Settings(store).get(key)
    DEFAULTS[key].coerce(value)  # whatever is used is valid
    if isinstance(value, float):
        assert math.isfinite(value)


TOML_NUMBERS = st.sampled_from(["inf", "-inf", "nan", "+nan", "1e400", "-1e400", "1" + "0" * 5000, "0"])


@st.composite
def admin_text(draw) -> str:
    """An administrator's file with hostile numbers, types and nesting in every key."""
    from reader.preferences.admin_config import PREFERENCE_KEYS

    def value() -> str:
        kind = draw(st.integers(0, 4))
        if kind == 0:
            return draw(TOML_NUMBERS)
        if kind == 1:
            depth = draw(st.integers(1, 2000))
            return "[" * depth + "1" + "]" * depth
        if kind == 2:
            depth = draw(st.integers(1, 300))
            return "{a = " * depth + "1" + "}" * depth
        if kind == 3:
            return json.dumps(draw(st.text(max_size=20)))
        return draw(st.sampled_from(["true", "false", "3", "2.5", '"../x"', '"/tmp/x/../y"']))

    lines = ["[kiosk]"]
    for key in ("enabled", "idle_minutes", "export_folder", "full_screen", "lock_quit"):
        if draw(st.booleans()):
            lines.append(f"{key} = {value()}")
    lines.append("[defaults]")
    for name in draw(st.lists(st.sampled_from(sorted(PREFERENCE_KEYS)), max_size=5, unique=True)):
        lines.append(f"{name} = {value()}")
    return "\n".join(lines) + "\n"


@FAST
@given(admin_text())
def test_any_administrators_file_gives_valid_values_and_never_raises(text):
    import math

    from reader.preferences.admin_config import MAX_IDLE_MINUTES, load_admin_config
    from reader.preferences.settings import DEFAULTS

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lasaren-admin.toml"
        path.write_text(text, "utf-8")
        config = load_admin_config(path)
    assert math.isfinite(config.idle_minutes) and 0 <= config.idle_minutes <= MAX_IDLE_MINUTES
    for key, value in config.defaults.items():
        DEFAULTS[key].coerce(value)
    assert config.export_folder is None or (
        config.export_folder.is_absolute() and ".." not in config.export_folder.parts
    )
    assert all(isinstance(p, str) and p for p in config.problems)


SPECIAL_KINDS = [
    "fifo",
    "dir",
    "link-out",
    "link-dev",
    "link-loop",
    "nul",
    "deep-toml",
    "huge-number",
    "nested-md",
]


def _plant(path: Path, kind: str, outside: Path) -> None:
    """Put a hostile thing at ``path``: a special file, a link leaving the pack, or hostile text."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dir":
        path.mkdir()
    elif kind == "link-out":
        path.symlink_to(outside)
    elif kind == "link-dev":
        path.symlink_to("/dev/zero")
    elif kind == "link-loop":
        path.symlink_to(path.name)
    elif kind == "nul":
        path.write_bytes(b"# H\n\nText\x00.\n")
    elif kind == "deep-toml":
        path.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")
    elif kind == "huge-number":
        path.write_text("x = 1" + "0" * 5000 + "\n", "utf-8")
    else:
        path.write_text("# H\n\n" + "".join("  " * k + "* x\n" for k in range(600)), "utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        [
            "manifest.toml",
            "sections/01-inledning.md",
            "summaries/inledning.md",
            "summaries/overview.md",
            "summaries/notes.toml",
            "glossary.toml",
            "lexicon.toml",
        ]
    ),
    st.sampled_from(SPECIAL_KINDS),
)
def test_a_hostile_file_anywhere_in_a_pack_is_refused_with_its_name_never_a_hang(target, kind):
    import threading

    from reader.content import compiled
    from reader.speech import lexicon

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pack"
        shutil.copytree(ROOT / "content", root)
        secret = Path(tmp) / "hemlig.md"
        secret.write_text('# Hemligt\n\nSka inte läsas.\n[[term]]\nterm = "x"\n', "utf-8")
        _plant(root / target, kind, secret)
        outcome: dict = {}

        def load() -> None:
            try:
                pack = compiled.parse_pack(root)
                outcome["errors"] = pack.result.errors + pack.summaries.errors + pack.glossary.errors
                outcome["text"] = "\n".join(s.markdown for s in pack.result.document.sections)
                outcome["text"] += "\n".join(s.markdown for s in pack.summaries.sections.values())
                outcome["terms"] = [t.term for t in pack.glossary.terms]
            except ContentPackError as exc:
                outcome["errors"] = exc.errors
            outcome["lexicon"] = lexicon.load(root / "lexicon.toml")

        thread = threading.Thread(target=load, daemon=True)
        thread.start()
        thread.join(30)
        assert not thread.is_alive(), f"{target} as {kind} hung the loader"
        assert "errors" in outcome, "the loader crashed"
        assert "Ska inte läsas" not in outcome.get("text", "")
        assert "x" not in outcome.get("terms", []) or kind != "link-out"
        if target != "lexicon.toml":
            named = [e for e in outcome["errors"] if e.file == target]
            assert named, f"no message names {target}: {outcome['errors'][:3]}"
            for error in named:
                assert error.message.strip() and (error.line is None or error.line >= 1)
