"""Errors worded for the person at the screen, in the UI's language.

Known errors carry a code and facts (core.errors); their English templates live in core.messages and are
translated here through Qt (context "errors"), with names of tables, columns and choices taken from the
vocabulary in the UI's language. A bug is said to be one, briefly, and its details point to the log file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core import messages
from core.errors import ChainMapperError
from gui import labels


def _translate(template: str) -> str:
    return QCoreApplication.translate("errors", template)


def describe(error, *, with_column: bool = True) -> str:
    """One or two lines saying what went wrong and, where it helps, what to do."""
    from gui.worker import BugReport

    if isinstance(error, ChainMapperError):
        return messages.render(error, labels.lang(), _translate, with_column=with_column)
    if isinstance(error, BugReport):
        from core import logs

        return QCoreApplication.translate(
            "errors", "Something went wrong inside Chain Mapper ({error}). Nothing was changed. The details are in "
                      "the log file: {log}").format(error=error, log=logs.log_path() or "-")
    from core.workspace import errors as db_errors

    if isinstance(error, db_errors.DatabaseError):
        from gui.messages import database_error_text

        return database_error_text(error)
    if isinstance(error, OSError):
        return f"{error.filename or ''} {error.strerror or error}".strip()
    return str(error) if error else ""
