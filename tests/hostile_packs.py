"""Content packs built to attack the loader (tests and the benchmark share them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def plain_section(i: int) -> str:
    return f"# Avsnitt {i}\n\nText i avsnitt {i}.\n"


def make_pack(root: Path, count: int = 1, body: Callable[[int], str | bytes] = plain_section) -> Path:
    """A pack at ``root`` with ``count`` sections ``s0`` … whose files hold ``body(i)``."""
    (root / "sections").mkdir(parents=True, exist_ok=True)
    lines = ['title = "Prov"', 'language = "sv"']
    for i in range(count):
        lines += ["", "[[sections]]", f'id = "s{i}"', f'file = "sections/s{i}.md"']
        data = body(i)
        path = root / "sections" / f"s{i}.md"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, "utf-8")
    (root / "manifest.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return root


def nested_list(levels: int) -> str:
    return "# Lista\n\n" + "".join("  " * k + "* punkt\n" for k in range(levels))


def big_section(megabytes: float) -> str:
    paragraph = "Ord och fler ord i ett vanligt stycke. " * 25 + "\n\n"
    return "# Stort\n\n" + paragraph * int(megabytes * 1024 * 1024 / len(paragraph))
