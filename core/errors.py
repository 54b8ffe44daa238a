"""Known problems as typed errors: a code naming what went wrong and the facts (table, column, the text …).

Nothing here is worded for a particular language: :mod:`core.messages` words an error in English for the
command line and log, and the GUI words the same code through Qt's translation. A bug is anything else.
"""

from __future__ import annotations

EXIT_INPUT = 1  # the input was refused (a file, an option, a value)
EXIT_DATABASE = 2  # the database cannot be used


class ChainMapperError(Exception):
    """A known problem. ``code`` picks the message; ``facts`` fill it in; ``exit_code`` is for the CLI."""

    exit_code = EXIT_INPUT

    def __init__(self, code: str, **facts):
        self.code = code
        self.facts = facts
        super().__init__(code)

    def __str__(self) -> str:
        from core import messages

        return messages.render(self, "en")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.facts!r})"


class FieldRejected(ChainMapperError):
    """A value refused for a column. Facts: ``table``, ``column``, ``text`` and what the code needs."""

    @property
    def table(self) -> str | None:
        return self.facts.get("table")

    @property
    def column(self) -> str | None:
        return self.facts.get("column")

    @property
    def text(self):
        return self.facts.get("text")

    def at(self, table: str, column: str, text) -> FieldRejected:
        """The same refusal, placed at a column (parsers raise it without knowing where they are used)."""
        self.facts.setdefault("table", table)
        self.facts.setdefault("column", column)
        self.facts.setdefault("text", text)
        return self


class RowRejected(ChainMapperError):
    """A row whose values break a rule across columns (a target's rule and its parameters, a parent that is
    the row itself …). Facts: ``table``, ``column`` (the column to point at), ``row_id`` when known."""


class OperationRefused(ChainMapperError):
    """A user action that cannot be carried out as asked (a row vanished, a revert would overwrite a later
    change, a delete is refused …). Nothing was written."""


class EditConflictError(ChainMapperError):
    """Another window saved a different value to the same cell since this one read it. Facts: ``table``,
    ``row_id``, ``column``, ``expected``, ``current``, ``attempted``."""
