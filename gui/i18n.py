"""UI language: Simplified Chinese or English, from the settings or else the system locale.

For Chinese three translators are installed: Qt's own (qtbase_zh_CN: file dialogs, message box buttons),
then ours (the app's wording, plus the few texts of Qt's file dialog that changed in Qt 6 and are missing
from Qt's Chinese file, so the dialog is Chinese throughout), and the locale for calendars and numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assets import TRANSLATIONS_DIR
from gui import settings

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = {"language": "en"}

# Qt 6 added accelerators to these labels of its file dialog; qtbase_zh_CN.qm still has them without, so
# Qt showed them in English ("Look in:"). Ours carries them (assets/translations/zh_CN/tables.json).
_QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def is_chinese() -> bool:
    """Whether the UI is in Chinese: entity names are then shown by their Chinese names."""
    return _current["language"] == "zh_CN"


def current() -> str:
    """The UI language now installed: "zh_CN" or "en"."""
    return _current["language"]


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
    language = language if language in SUPPORTED else "en"
    _current["language"] = language
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "chain_mapper_zh_CN.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return language
