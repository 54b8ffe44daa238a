"""Typed database errors: the environment's fault, worded by the caller (CLI or GUI), never a traceback."""

from __future__ import annotations


class DatabaseError(Exception):
    """A database could not be used. ``path`` names the file; the message says why in one line."""

    def __init__(self, path, message: str):
        message = " ".join(message.split())  # SQLite's own texts may span lines; ours are one line
        super().__init__(message)
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DatabaseMissing(DatabaseError):
    pass


class DatabaseUnreadable(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseUnreadable):
    """The file or its folder cannot be written (permissions, a read-only disk); nothing was changed."""


class DiskFull(DatabaseUnreadable):
    """The disk filled up during a write; SQLite rolled the transaction back, so nothing was changed."""


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseLocked(DatabaseError):
    pass


class DatabaseBusy(DatabaseLocked):
    """Another window or program kept writing for longer than we wait; nothing was changed."""


class DatabaseTooNew(DatabaseError):
    pass


class NotAChainMapperDatabase(DatabaseError):
    pass


class EditConflict(Exception):
    """Another window saved a different value to the same cell since this one read it."""

    def __init__(self, table: str, row_id: int, column: str, expected, current, attempted):
        super().__init__(f"{table}#{row_id}.{column}: expected {expected!r}, found {current!r}")
        self.table = table
        self.row_id = row_id
        self.column = column
        self.expected = expected
        self.current = current
        self.attempted = attempted


class RowMissing(Exception):
    """The row was deleted (by another window or an undo) before this change reached it."""

    def __init__(self, table: str, row_id: int):
        super().__init__(f"{table}#{row_id} no longer exists")
        self.table = table
        self.row_id = row_id


class ReferencedRow(Exception):
    """A delete was refused because other rows refer to this one. ``refs`` maps table -> count."""

    def __init__(self, table: str, row_id: int, refs: dict[str, int]):
        super().__init__(f"{table}#{row_id} is referred to by {refs}")
        self.table = table
        self.row_id = row_id
        self.refs = refs


class ConstraintFailed(Exception):
    """The file itself refused a write (a UNIQUE, FOREIGN KEY, NOT NULL or CHECK constraint); nothing was written.
    ``kind`` is 'unique', 'foreign_key', 'not_null' or 'check'; ``columns`` the columns SQLite named, if any."""

    def __init__(self, table: str, kind: str, columns: tuple[str, ...], text: str):
        super().__init__(text)
        self.table, self.kind, self.columns, self.text = table, kind, columns, text

    @classmethod
    def from_sqlite(cls, table: str, exc) -> ConstraintFailed:
        import re

        text = str(exc)
        kind = ("unique" if "UNIQUE" in text else "foreign_key" if "FOREIGN KEY" in text
                else "not_null" if "NOT NULL" in text else "check")
        m = re.search(r"constraint failed: (.*)", text)
        cols = tuple(part.split(".")[-1] for part in re.findall(r"[\w.]+", m.group(1))) if m else ()
        return cls(table, kind, cols, text)
