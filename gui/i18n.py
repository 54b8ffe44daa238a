"""UI language: Simplified Chinese or English, from the settings or else the system locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assets import TRANSLATIONS_DIR
from gui import settings

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = {"language": "en"}


def is_chinese() -> bool:
    """Whether the UI is in Chinese: entity names are then shown by their Chinese names."""
    return _current["language"] == "zh_CN"


def display_name(name_zh: str | None, name_en: str | None) -> str:
    if is_chinese() or not name_en:
        return name_zh or name_en or ""
    return name_en


def preferred_language() -> str:
    chosen = settings.read_str("language", "")
    if chosen in SUPPORTED:
        return chosen
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QApplication, language: str) -> str:
    """Replace the installed translators; English is the source language and needs none of ours."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = language
    if language == "zh_CN":
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "chain_mapper_zh_CN.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
    return language
