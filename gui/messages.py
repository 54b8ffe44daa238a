"""One place that builds every message box, so wording and look stay consistent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


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
        errors.DatabaseMissing: QCoreApplication.translate("messages", "The database file does not exist."),
        errors.DatabaseUnreadable: QCoreApplication.translate("messages", "The database file cannot be opened."),
        errors.DatabaseCorrupt: QCoreApplication.translate("messages", "The database file is damaged or is not a database."),
        errors.DatabaseLocked: QCoreApplication.translate("messages", "The database is locked by another program. Try again in a moment."),
        errors.DatabaseTooNew: QCoreApplication.translate("messages", "The database was made by a newer version of Chain Mapper. Please upgrade."),
        errors.NotAChainMapperDatabase: QCoreApplication.translate("messages", "This file is not a Chain Mapper database."),
    }
    headline = next((text for kind, text in kinds.items() if isinstance(exc, kind)), QCoreApplication.translate("messages", "The database cannot be used."))
    unchanged = QCoreApplication.translate("messages", "The file was not changed.")
    return f"{headline}\n\n{exc.path}\n\n{unchanged}"
