"""The content pack compiled once at set-up, so the window opens without parsing it.

Parsing the pack (Markdown, TOML, sentences, summaries, glossary) and importing
the ``markdown`` package take about a tenth of a second, at every start, for a
pack that only changes when the team edits it. ``python -m reader.platform.build_assets``
(run by ``run.py`` and ``build.spec``) stores the parsed pack in
``resources/compiled/``, together with a copy of every file of the pack and,
outside a frozen bundle, of the code that parses it. At start it is used only
when these are the same, byte for byte, as the files there now. Anything else (a
stale, broken or missing copy, another pack, a pack holding a symbolic link or
anything but folders and regular files) means the pack is parsed as before, so
the compiled copy can make the start faster but never different.
"""

from __future__ import annotations

import logging
import os
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

try:  # the C unpickler alone: pickle.py (its Python pickler, unpickler and tables) is only needed to write
    from _pickle import loads as unpickle
except ImportError:  # a Python without the C accelerator
    from pickle import loads as unpickle

log = logging.getLogger(__name__)

FORMAT = 4  # raise when the stored shape changes
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


class NotCompilableError(OSError):
    """Something in the pack a compiled copy does not stand for (the pack is parsed instead)."""


def pack_paths(root: Path) -> dict[str, str]:
    """Every file of the pack: its name in the pack (``sections/01-inledning.md``) and its path.

    Folders are entered, never through a symbolic link; a link or anything else
    that is not a regular file raises :class:`NotCompilableError`.
    """
    found: dict[str, str] = {}
    folders = [("", os.fspath(root))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    folders.append((name + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found[name] = entry.path
                else:
                    raise NotCompilableError(f"{name} is not a regular file or a folder")
    return found


def read_file(path: str) -> bytes:
    """The bytes of the pack's regular file at ``path``, never through a symbolic link.

    Bounded as every read of the pack is (reader/platform/safe_read.py); raises OSError.
    """
    from reader.platform.safe_read import MAX_CONTENT_BYTES, read_bytes

    return read_bytes(path, MAX_CONTENT_BYTES, follow_links=False)


def pack_contents(root: Path) -> dict[str, bytes]:
    """Every file of the pack by its name, with its bytes (raises NotCompilableError, OSError)."""
    contents = {}
    for name, path in sorted(pack_paths(root).items()):
        try:
            contents[name] = read_file(path)
        except OSError as exc:
            raise NotCompilableError(
                f"{name} is not a regular file of at most the size a pack allows"
            ) from exc
    return contents


def same_contents(root: Path, contents: dict[str, bytes]) -> bool:
    """Whether the pack at ``root`` holds exactly ``contents``: the same names, the same bytes."""
    try:
        paths = pack_paths(root)
        if paths.keys() != contents.keys():  # another pack: no file needs to be read
            return False
        return all(read_file(path) == contents[name] for name, path in paths.items())
    except OSError:
        return False


def parsing_code() -> dict[str, bytes] | None:
    """The parsing code's source, file by file; None in a frozen bundle (built with its pack)."""
    if getattr(sys, "frozen", False):
        return None
    folder = os.path.dirname(os.path.abspath(__file__))
    code = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            with open(os.path.join(folder, name), "rb") as file:
                code[name] = file.read()
    return code


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
    """Parse the pack at ``root`` and store it with a copy of its files; return the file written.

    Raises OSError when the pack holds something a compiled copy does not stand for
    (see :func:`pack_paths`): such a pack is parsed at every start.
    """
    import pickle

    target = target or compiled_file()
    contents = pack_contents(root)
    pack = parse_pack(root)
    summaries = pack.summaries
    texts = [s.text for s in pack.result.document.sections]  # every text the pack shows
    texts += [s.text for s in summaries.sections.values()]
    texts += [summaries.overview.text] if summaries.overview is not None else []
    pack.glossary.remember(texts)
    stored = {
        "format": FORMAT,
        "version": __version__,
        "files": contents,
        "code": parsing_code(),
        "pack": pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL),  # read only when the rest matches
    }
    from reader.platform.safe_write import write_bytes

    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(target, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
    return target


def read_compiled(root: Path, source: Path | None = None) -> Pack | None:
    """The compiled pack for ``root`` if there is one that matches it exactly, else None."""
    source = source or compiled_file()
    try:
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            return None
        stored = unpickle(data)  # our own file, written at set-up
        if stored.get("format") != FORMAT or stored.get("version") != __version__:
            return None
        if not same_contents(root, stored["files"]):
            return None
        code = parsing_code()
        if code is not None and stored.get("code") != code:
            return None
        pack = unpickle(stored["pack"])
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
