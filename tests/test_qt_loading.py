"""The window's start gives Python back its own import (reader/platform/qt_loading.py)."""

from __future__ import annotations

import builtins
import importlib
import sys
from pathlib import Path

import pytest

from reader.platform.qt_loading import load_qt_plainly

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pyside_import():
    """PySide6's import hook in place, as after a plain ``import PySide6``; put back afterwards."""
    import PySide6.QtCore  # noqa: F401

    before = builtins.__import__
    hook = getattr(builtins, "__feature_import__", None)
    if hook is None:
        pytest.skip("this PySide6 has no import hook")
    builtins.__import__ = hook
    yield
    builtins.__import__ = before


def _import_new_module(folder: Path, name: str) -> None:
    (folder / f"{name}.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", "utf-8")
    sys.path.insert(0, str(folder))
    try:
        importlib.invalidate_caches()
        exec(f"import {name}", {})  # an import statement, as the app's modules run them
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def test_with_the_hook_pyside_reads_every_new_module(pyside_import, tmp_path):
    """The control: what the start leaves out really happens with PySide6's hook."""
    from PySide6.support import feature

    _import_new_module(tmp_path, "qt_loading_control")
    assert "qt_loading_control" in feature.pyside_feature_dict  # its source was searched


def test_after_loading_qt_plainly_no_module_is_read(pyside_import, tmp_path):
    from PySide6.support import feature

    assert load_qt_plainly() is True
    assert builtins.__import__ is builtins.__orig_import__
    _import_new_module(tmp_path, "qt_loading_plain")
    assert "qt_loading_plain" not in feature.pyside_feature_dict
    assert load_qt_plainly() is False  # once is enough


def test_the_app_uses_no_pyside_feature_switch():
    """With the hook out, ``from __feature__ import snake_case`` would silently do nothing."""
    users = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "reader").rglob("*.py")
        if "import __feature__" in p.read_text("utf-8") or "from __feature__" in p.read_text("utf-8")
    ]
    assert users == ["reader/platform/qt_loading.py"]  # its docstring, which names it


def test_an_import_hook_in_front_of_pysides_is_left_alone(pyside_import):
    """A debugger or profiler that wraps the import keeps its wrapper (and PySide6 its hook)."""
    pysides = builtins.__import__

    def wrapper(*args, **kwargs):
        return pysides(*args, **kwargs)

    builtins.__import__ = wrapper
    assert load_qt_plainly() is False
    assert builtins.__import__ is wrapper
