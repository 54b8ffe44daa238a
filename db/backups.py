"""Copies of a database file made with SQLite's online backup API, and a check that a copy is sound.

The copy is read through a separate read-only connection, so it is a consistent snapshot even of a WAL database
with another connection in the middle of a transaction (copying the file would miss what is still in the -wal
file), and so it is the state before an import that holds the write lock.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class CopyFailed(OSError):
    """The copy could not be written or read back (disk full, no permission, a damaged source)."""


def copy_database(source: Path, target: Path) -> None:
    """Write a self-contained copy of ``source`` to ``target`` (journal mode DELETE). Raises CopyFailed."""
    try:
        src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise CopyFailed(str(exc)) from None


def damage_of(path: Path) -> str | None:
    """None when the file passes SQLite's quick_check; otherwise what the check says is wrong."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == "ok" else str(result)
