"""The content pack compiled once at set-up, so the window opens without parsing it.

Parsing the pack (Markdown, TOML, sentences, summaries, glossary) and importing
the ``markdown`` package take about a tenth of a second, at every start, for a
pack that only changes when the team edits it. ``python -m reader.platform.build_assets``
(run by ``run.py`` and ``build.spec``) stores the parsed pack in
``resources/compiled/``. At start it is used only when its fingerprint matches:
the bytes of every file in the pack and, outside a frozen bundle, the source of
the code that parses it. Anything else (a stale, broken or missing copy, another
pack) means the pack is parsed as before, so the compiled copy can make the start
faster but never different.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.content.errors import ContentPackError
from reader.platform.paths import resources_dir

if TYPE_CHECKING:  # the parsers are imported only when the pack is parsed
    from reader.content.errors import ContentError
    from reader.content.glossary import Glossary
    from reader.content.loader import LoadResult
    from reader.content.model import Document, Section
    from reader.content.summaries import Summaries

log = logging.getLogger(__name__)

FORMAT = 3  # raise when the stored shape changes
FILE_NAME = "content.pickle"


@dataclass
class Pack:
    """Everything the window shows from the pack: the text, the summaries and the glossary."""

    result: LoadResult
    summaries: Summaries
    glossary: Glossary

    @property
    def document(self) -> Document:
        return self.result.document

    @property
    def errors(self) -> list[ContentError]:
        """Every problem found in the pack: the text's, the summaries' and the glossary's."""
        return [*self.result.errors, *self.summaries.errors, *self.glossary.errors]

    def summary_for(self, section_id: str) -> Section | None:
        """The plain-language summary of ``section_id``, or None (the one place that answers it)."""
        return self.summaries.for_section(section_id)


def compiled_file() -> Path:
    return resources_dir() / "compiled" / FILE_NAME


def pack_files(root: Path) -> list[str]:
    """The pack's file names, sorted: compared before any file is read (a cheap first check)."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def content_fingerprint(root: Path) -> str:
    """A digest of every file in the pack, names and bytes."""
    from reader.platform.safe_read import MAX_CONTENT_BYTES, read_bytes

    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        # Bounded like every other read of the pack: a huge file or one linked from outside
        # is not read at all (such a pack is parsed, and the loader says what is wrong).
        digest.update(read_bytes(path, MAX_CONTENT_BYTES, root))
    return digest.hexdigest()


def code_fingerprint() -> str | None:
    """A digest of the parsing code's source; None in a frozen bundle (built with its pack)."""
    if getattr(sys, "frozen", False):
        return None
    folder = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def summaries_or_empty(root: Path, document: Document) -> Summaries:
    """The pack's summaries; none (the error logged) when the folder cannot be read at all."""
    from reader.content.summaries import Summaries, load_summaries

    try:
        return load_summaries(root, document)
    except Exception:  # a broken summary folder must never stop the app
        log.exception("summaries could not be loaded")
        return Summaries()


def glossary_or_empty(root: Path) -> Glossary:
    """The pack's glossary; an empty one (the error logged) when it cannot be read at all."""
    from reader.content.glossary import Glossary, load_glossary

    try:
        return load_glossary(root)
    except Exception:
        log.exception("glossary could not be loaded")
        return Glossary()


def parse_pack(root: Path) -> Pack:
    """Parse the pack (raises ContentPackError when nothing usable remains)."""
    from reader.content.loader import load_pack

    result = load_pack(root)
    return Pack(result, summaries_or_empty(root, result.document), glossary_or_empty(root))


def pack_of(document: Document, errors: list[ContentError] | None = None) -> Pack:
    """The pack of a document already parsed: its summaries and glossary read from its folder.

    For tools and tests that load the text alone; the app loads the whole pack with :func:`load`.
    """
    from reader.content.loader import LoadResult
    from reader.platform.paths import content_dir

    root = Path(document.root) if document.root else content_dir()
    return Pack(
        LoadResult(document, list(errors or [])), summaries_or_empty(root, document), glossary_or_empty(root)
    )


def write_compiled(root: Path, target: Path | None = None) -> Path:
    """Parse the pack at ``root`` and store it with its fingerprint; return the file written."""
    target = target or compiled_file()
    pack = parse_pack(root)
    summaries = pack.summaries
    texts = [s.text for s in pack.result.document.sections]  # every text the pack shows
    texts += [s.text for s in summaries.sections.values()]
    texts += [summaries.overview.text] if summaries.overview is not None else []
    pack.glossary.remember(texts)
    stored = {
        "files": pack_files(root),
        "content": content_fingerprint(root),
        "code": code_fingerprint(),
        "pack": pack,
    }
    from reader.platform.safe_write import write_bytes

    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(target, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
    return target


def read_compiled(root: Path, source: Path | None = None) -> Pack | None:
    """The compiled pack for ``root`` if there is one that matches it exactly, else None."""
    source = source or compiled_file()
    try:
        if not source.is_file():
            return None
        stored = pickle.loads(source.read_bytes())  # our own file, written at set-up
        if stored.get("files") != pack_files(root):  # another pack: no need to read every file
            return None
        if stored.get("content") != content_fingerprint(root):
            return None
        code = code_fingerprint()
        if code is not None and stored.get("code") != code:
            return None
        pack = stored["pack"]
        if not isinstance(pack, Pack):
            return None
    except Exception as exc:  # broken, unreadable or from another version: parse instead
        log.info("compiled content not used: %s", exc)
        return None
    pack.result.document.root = str(root)
    return pack


def load(root: Path | str) -> Pack:
    """The pack at ``root``: the compiled copy when it matches, otherwise parsed now."""
    root = Path(root)
    if not root.is_dir():
        from reader.content.errors import ContentError

        raise ContentPackError([ContentError(str(root), None, "Mappen med innehåll finns inte.")])
    return read_compiled(root) or parse_pack(root)
