"""User-interface language: Swedish (the source language) or English.

The app's strings are translated with Qt Linguist files compiled to
``resources/translations/reader_<lang>.qm`` (``python -m reader.platform.build_assets``);
Qt's own dialog strings come from the ``qtbase_<lang>.qm`` that ships with Qt.

Switching language at run time installs the new translators, which makes Qt send
``QEvent.LanguageChange`` to every widget. Widgets should re-set their texts in
``changeEvent``; as a safety net :func:`retranslate_widgets` also maps every
static text it finds (window titles, buttons, labels, actions, menus, tool tips,
accessible names) from the old language to the new one, using the ``.ts`` files.
Features that build texts at run time (e.g. "Avsnitt 2 av 6") connect to
:data:`LanguageSwitcher.language_changed` and rebuild them.

The programme's own text is never translated: it stays Swedish.
"""

from __future__ import annotations

import contextlib
import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from reader.platform.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}
_INSTALLED: list[QTranslator] = []  # the app has one language at a time, whoever installed it
SOURCE_LANGUAGE = "sv"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_file(lang: str) -> Path:
    return translations_dir() / f"reader_{lang}.ts"


def qt_translations_dir() -> Path:
    """Qt's own translations (qtbase_*.qm), from the PySide6 installation or the bundle."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (reported / "qtbase_sv.qm").exists():
        return reported
    import PySide6

    beside = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return beside if beside.is_dir() else reported


@cache
def ts_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    """(source, translation) of every finished message in ``reader_<lang>.ts``."""
    import xml.etree.ElementTree as ET  # read at a switch of language, not at start

    path = ts_file(lang)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return ()
    pairs = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        pairs.append((source, node.text or ""))
    return tuple(pairs)


def text_map(old: str, new: str) -> dict[str, str]:
    """Map every UI text shown in language ``old`` to the same text in ``new``."""
    to_source: dict[str, str] = {}
    if old == SOURCE_LANGUAGE:
        to_source = {s: s for s, _ in ts_pairs(new) or ts_pairs(old)}
    else:
        to_source = {t: s for s, t in ts_pairs(old) if t}
    if new == SOURCE_LANGUAGE:
        from_source = {s: s for s in to_source.values()}
    else:
        from_source = {s: t for s, t in ts_pairs(new) if t}
    result = {}
    for shown, source in to_source.items():
        target = from_source.get(source)
        if target is not None and target != shown:
            result[shown] = target
    return result


SWITCHER_NAME = "reader_language_switcher"


class LanguageSwitcher(QObject):
    """Owns the installed translators; ``language_changed(code)`` after each switch."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def apply(self, lang: str) -> bool:
        """Install ``lang`` (``sv`` or ``en``); return False if its file is missing (stays usable)."""
        if lang not in LANGUAGES:
            log.warning("unknown language %r; using Swedish", lang)
            lang = SOURCE_LANGUAGE
        old = self.language
        for translator in _INSTALLED:
            QCoreApplication.removeTranslator(translator)
        _INSTALLED.clear()
        self._translators = []
        ok = True
        app_translator = QTranslator(self)
        if app_translator.load(f"reader_{lang}", str(translations_dir())):
            self._translators.append(app_translator)
        elif lang != SOURCE_LANGUAGE:
            log.warning(
                "translation file reader_%s.qm not found; run python -m reader.platform.build_assets", lang
            )
            ok = False
        qt_translator = QTranslator(self)
        if qt_translator.load(f"qtbase_{lang}", str(qt_translations_dir())):
            self._translators.append(qt_translator)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
            _INSTALLED.append(translator)
        locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Swedish)
        QLocale.setDefault(locale)
        self.language = lang if ok else SOURCE_LANGUAGE
        if old != self.language and isinstance(self._app, QApplication):
            for widget in QApplication.topLevelWidgets():
                retranslate_widgets(widget, old, self.language)
        if old != self.language:
            self.language_changed.emit(self.language)
        return ok


def retranslate_widgets(root: QWidget, old: str, new: str) -> int:
    """Re-set static texts under ``root`` from ``old`` to ``new``; return how many changed."""
    mapping = text_map(old, new)
    if not mapping:
        return 0
    changed = 0

    def fix(getter, setter) -> None:
        nonlocal changed
        try:
            value = getter()
        except RuntimeError:
            return
        if value and value in mapping:
            setter(mapping[value])
            changed += 1

    objects: list[QObject] = [root, *root.findChildren(QWidget), *root.findChildren(QAction)]
    for obj in objects:
        if isinstance(obj, QWidget):
            fix(obj.windowTitle, obj.setWindowTitle)
            fix(obj.toolTip, obj.setToolTip)
            fix(obj.accessibleName, obj.setAccessibleName)
            fix(obj.accessibleDescription, obj.setAccessibleDescription)
            fix(obj.statusTip, obj.setStatusTip)
            fix(obj.whatsThis, obj.setWhatsThis)
        if isinstance(obj, QAbstractButton | QLabel):
            fix(obj.text, obj.setText)
        if isinstance(obj, QLineEdit):
            fix(obj.placeholderText, obj.setPlaceholderText)
        if isinstance(obj, QGroupBox):
            fix(obj.title, obj.setTitle)
        if isinstance(obj, QMenu):
            fix(obj.title, obj.setTitle)
        if isinstance(obj, QComboBox):
            for i in range(obj.count()):
                fix(lambda i=i, box=obj: box.itemText(i), lambda t, i=i, box=obj: box.setItemText(i, t))
        if isinstance(obj, QTabWidget):
            for i in range(obj.count()):
                fix(lambda i=i, tabs=obj: tabs.tabText(i), lambda t, i=i, tabs=obj: tabs.setTabText(i, t))
        if isinstance(obj, QAction):
            fix(obj.text, obj.setText)
            fix(obj.toolTip, obj.setToolTip)
            fix(obj.statusTip, obj.setStatusTip)
            fix(obj.iconText, obj.setIconText)
    return changed


def clear_cache() -> None:
    """Forget parsed .ts files (tests, or after update_translations)."""
    ts_pairs.cache_clear()


def switcher(app: QCoreApplication | None = None) -> LanguageSwitcher:
    """The application's one language switcher (created on first use)."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the language switcher needs a QApplication")
    existing = app.findChild(LanguageSwitcher, SWITCHER_NAME)
    if existing is None:
        existing = LanguageSwitcher(app, app)
        existing.setObjectName(SWITCHER_NAME)
    return existing


def when_language_changes(slot) -> None:
    """Call ``slot(code)`` after every switch of language.

    For texts built at run time ("Visa: Båda", "Fart: normal fart"), which the
    safety net in :func:`retranslate_widgets` cannot map. ``slot`` is a method of
    a QObject: Qt drops the connection when that object is deleted.
    """
    switcher().language_changed.connect(slot)


def disconnect_language(lang_switcher: LanguageSwitcher, slot) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        lang_switcher.language_changed.disconnect(slot)


def start_language(app: QCoreApplication, settings, lang: str | None = None) -> LanguageSwitcher:
    """Install the start language: ``--lang`` if given (it becomes this run's default), else the setting."""
    if lang in LANGUAGES and hasattr(settings, "admin"):
        settings.admin.defaults["ui/language"] = lang  # this run only; never written to disk
    chosen = lang if lang in LANGUAGES else settings.get("ui/language")
    lang_switcher = switcher(app)
    lang_switcher.apply(chosen)
    return lang_switcher
