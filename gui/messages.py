"""One place that builds every message box, so wording and look stay consistent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def database_error_text(exc) -> str:
    """A typed database error, worded for a planner (the file is named; nothing was changed)."""
    from db import errors

    kinds = {
        errors.DatabaseMissing: _tr("The database file does not exist."),
        errors.DatabaseUnreadable: _tr("The database file cannot be opened."),
        errors.DatabaseCorrupt: _tr("The database file is damaged or is not a database."),
        errors.DatabaseLocked: _tr("The database is locked by another program. Try again in a moment."),
        errors.DatabaseTooNew: _tr("The database was made by a newer version of Chain Mapper. Please upgrade."),
        errors.NotAChainMapperDatabase: _tr("This file is not a Chain Mapper database."),
    }
    headline = next((text for kind, text in kinds.items() if isinstance(exc, kind)), _tr("The database cannot be used."))
    return f"{headline}\n\n{exc.path}\n\n{_tr('The file was not changed.')}"
