"""Load Qt for the window, and give Python back its own ``import``.

When PySide6 loads, it puts a function of its own in front of Python's ``__import__``
(for its optional ``from __feature__ import snake_case`` switches). From then on every
import statement runs Python code of PySide6's, and every module it has not seen yet
has its whole source file read and searched for the word "PySide6". A start of the app
runs some 80 modules' imports after Qt is loaded: without the hook its first paint
comes about 6 ms (2.5 %) sooner, in 15 alternating fresh starts of each.

The app never uses those switches, so the window's start puts back the import PySide6
keeps as ``builtins.__orig_import__``. A module that did say ``from __feature__ import
snake_case`` would no longer be switched (a test keeps the app free of such lines).
"""

from __future__ import annotations

import builtins


def load_qt_plainly() -> bool:
    """Load QtCore, then take PySide6's import hook out again. True when it was taken out.

    Only PySide6's own hook is taken out: an import someone else put in front of it (a
    debugger's, a profiler's) is left as it is, and so is PySide6's beneath it.
    """
    import PySide6.QtCore  # noqa: F401 (installs the hook, once)

    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    if original is None or hook is None or builtins.__import__ is not hook:
        return False  # another PySide6, taken out already, or another hook in front
    builtins.__import__ = original
    return True
