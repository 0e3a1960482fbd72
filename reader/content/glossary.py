"""The glossary: the programme's hard words, explained in plain Swedish.

The glossary is an optional part of a content pack (``glossary.toml``). A
missing file means "no glossary"; a malformed one gives located
:class:`ContentError` messages and every valid entry is still used. Terms are
found in a section's plain text (with their inflected forms) as character
offsets, so the reading pane can mark them without changing its text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.content.errors import ContentError
from reader.content.loader import read_text_file
from reader.platform.safe_read import UnsafeFileError, parse_toml

GLOSSARY_FILE = "glossary.toml"
TERM_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_SENTENCES = 3


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    forms: tuple[str, ...]
    explanation: str
    line: int | None = None

    @property
    def sort_key(self) -> str:
        return sort_key(self.term)


@dataclass(frozen=True)
class Occurrence:
    """One place a term stands in a text: ``text[start:end]`` is the word as written."""

    term_id: str
    start: int
    end: int


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    file: str = GLOSSARY_FILE
    present: bool = False  # False when the pack has no glossary file

    def __post_init__(self) -> None:
        self._pattern: re.Pattern[str] | None = None
        self._by_form: dict[str, str] = {}
        # Answers known ahead (see ``remember``): (term id, start, end), made Occurrences when asked.
        self._found: dict[str, list[tuple[str, int, int]]] = {}

    def term(self, term_id: str) -> Term | None:
        return next((t for t in self.terms if t.id == term_id), None)

    def sorted_terms(self) -> list[Term]:
        """All terms in Swedish alphabetical order (å, ä, ö last)."""
        return sorted(self.terms, key=lambda t: t.sort_key)

    def filter(self, text: str) -> list[Term]:
        """Terms whose word, forms or explanation contain ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return self.sorted_terms()
        return [
            t
            for t in self.sorted_terms()
            if needle in t.term.casefold()
            or any(needle in f.casefold() for f in t.forms)
            or needle in t.explanation.casefold()
        ]

    @property
    def pattern_built(self) -> bool:
        """Whether the search pattern of every form has been built (it is built when first needed)."""
        return self._pattern is not None

    def _compiled(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.terms:
            forms: dict[str, str] = {}
            for t in self.terms:
                for form in (t.term, *t.forms):
                    forms.setdefault(_normal(form), t.id)
            self._by_form = forms
            # Longest first, so "civila försvar" wins over a shorter form inside it.
            alternatives = sorted(forms, key=len, reverse=True)
            body = "|".join(_form_pattern(f) for f in alternatives)
            self._pattern = re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)
        return self._pattern

    def remember(self, texts: list[str]) -> None:
        """Find the terms in ``texts`` now and keep the answers, without the compiled pattern.

        A compiled pack stores these, so the window marks its words at start
        without building the pattern (a regular expression of every form).
        """
        for text in texts:  # kept as plain tuples: a compiled pack loads them several times faster
            self._found[text] = [(o.term_id, o.start, o.end) for o in self.find(text)]
        self._pattern = None
        self._by_form = {}

    def find(self, text: str) -> list[Occurrence]:
        """Every occurrence of every term in ``text``, in order, never overlapping."""
        known = self._found.get(text)
        if known is not None:
            return [Occurrence(*found) for found in known]
        pattern = self._compiled()
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            term_id = self._by_form.get(_normal(match.group()))
            if term_id:
                found.append(Occurrence(term_id, match.start(), match.end()))
        return found

    def first_occurrences(self, text: str) -> list[Occurrence]:
        """The first occurrence of each term in ``text`` (what the reading pane marks by default)."""
        seen: set[str] = set()
        result = []
        for occ in self.find(text):
            if occ.term_id not in seen:
                seen.add(occ.term_id)
                result.append(occ)
        return result


def _normal(form: str) -> str:
    return " ".join(unicodedata.normalize("NFC", form).casefold().split())


def _form_pattern(form: str) -> str:
    """A form as a regular expression: any run of white space between its words."""
    return r"\s+".join(re.escape(part) for part in form.split(" "))


def sort_key(word: str) -> str:
    """Swedish alphabetical order: a–z, then å, ä, ö; accents otherwise ignored."""
    folded = word.casefold()
    table = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
    out = []
    for ch in folded:
        if ch in table:
            out.append(table[ch])
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base)
    return "".join(out)


def _sentence_count(text: str) -> int:
    return len([p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p])


def _table_lines(raw: str) -> list[int]:
    """The line of every ``[[term]]``, in order (found once, not once per entry)."""
    return [number for number, line in enumerate(raw.splitlines(), start=1) if line.strip() == "[[term]]"]


def parse_glossary(raw: str, file: str = GLOSSARY_FILE) -> Glossary:
    """Parse glossary TOML text; problems become located errors, good entries are kept."""
    glossary = Glossary(file=file, present=True)
    try:
        data = parse_toml(raw)  # bounded nesting and numbers (reader/platform/safe_read.py)
    except UnsafeFileError as exc:
        message = exc.message.replace("Filen har fel format", "Ordlistan har fel format")
        glossary.errors.append(ContentError(file, exc.line, message))
        return glossary
    entries = data.get("term", [])
    if not isinstance(entries, list) or not entries:
        glossary.errors.append(ContentError(file, None, "Ordlistan har inga ord ([[term]] saknas)."))
        return glossary
    seen_ids: set[str] = set()
    seen_forms: dict[str, str] = {}
    table_lines = _table_lines(raw)
    for index, entry in enumerate(entries):
        line = table_lines[index] if index < len(table_lines) else None
        where = f"Ord nummer {index + 1}"
        if not isinstance(entry, dict):
            glossary.errors.append(ContentError(file, line, f"{where} har fel format."))
            continue
        word = entry.get("term")
        explanation = entry.get("explanation")
        if not isinstance(word, str) or not word.strip():
            glossary.errors.append(ContentError(file, line, f"{where}: ”term” saknas eller är inte text."))
            continue
        word = word.strip()
        if not isinstance(explanation, str) or not explanation.strip():
            glossary.errors.append(
                ContentError(file, line, f"Ordet ”{word}”: ”explanation” saknas eller är tom.")
            )
            continue
        explanation = " ".join(explanation.split())
        if _sentence_count(explanation) > MAX_SENTENCES:
            glossary.errors.append(
                ContentError(
                    file, line, f"Ordet ”{word}”: förklaringen ska vara högst {MAX_SENTENCES} meningar."
                )
            )
            continue
        term_id = entry.get("id", word)
        if not isinstance(term_id, str) or not TERM_ID.match(term_id):
            glossary.errors.append(
                ContentError(
                    file,
                    line,
                    f"Ordet ”{word}”: ”id” får bara ha små bokstäver a–z, siffror och bindestreck.",
                )
            )
            continue
        if term_id in seen_ids:
            glossary.errors.append(ContentError(file, line, f"Ordet ”{word}”: id ”{term_id}” finns redan."))
            continue
        forms_raw = entry.get("forms", [word])
        if not isinstance(forms_raw, list) or not all(isinstance(f, str) and f.strip() for f in forms_raw):
            glossary.errors.append(
                ContentError(file, line, f"Ordet ”{word}”: ”forms” ska vara en lista med text.")
            )
            continue
        forms = tuple(" ".join(f.split()) for f in forms_raw)
        clash = next((f for f in forms if seen_forms.get(_normal(f), term_id) != term_id), None)
        if clash:
            glossary.errors.append(
                ContentError(file, line, f"Ordet ”{word}”: formen ”{clash}” hör redan till ett annat ord.")
            )
            continue
        seen_ids.add(term_id)
        for f in (word, *forms):
            seen_forms.setdefault(_normal(f), term_id)
        glossary.terms.append(Term(term_id, word, forms, explanation, line))
    return glossary


def load_glossary(root: Path | str, file: str | None = None) -> Glossary:
    """The glossary of the pack at ``root``; an empty one (no error) when there is none."""
    from reader.content.summaries import manifest_value

    file = file or manifest_value(Path(root), "glossary", GLOSSARY_FILE)
    path = Path(root) / file
    if not path.exists() and not path.is_symlink():
        return Glossary(file=file, present=False)
    raw, error = read_text_file(path, file, Path(root))
    if error:
        return Glossary(errors=[error], file=file, present=True)
    assert raw is not None
    return parse_glossary(raw, file)


def glossary_plain_text(glossary: Glossary) -> str:
    """Every term as a line ``term: explanation``, in alphabetical order."""
    return "".join(f"{t.term}: {t.explanation}\n" for t in glossary.sorted_terms())
