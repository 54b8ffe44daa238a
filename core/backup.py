"""A copy of the database file before a large change (an import), kept in a ``backups`` folder beside it.

The copy is made with SQLite's online backup API from a separate read-only connection, so it is a consistent
snapshot even of a WAL database with another connection in the middle of a transaction (copying the file
would miss what is still in the -wal file). The newest ``keep`` copies are kept; older ones are removed.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 5
FOLDER = "backups"


class BackupFailed(OSError):
    """The backup copy could not be written (disk full, no permission); nothing else was done."""


def backup_folder(db_path) -> Path:
    return Path(db_path).resolve().parent / FOLDER


def backups_of(db_path) -> list[Path]:
    """Existing backups of this database, oldest first."""
    stem = Path(db_path).stem
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{stem}-*.sqlite") if p.is_file())


def backup_database(db_path, *, keep: int = KEEP, reason: str = "import") -> Path | None:
    """Copy the database at ``db_path`` to ``backups/<name>-<time>-<reason>.sqlite``; returns the copy's path
    (None for an in-memory database). Raises :class:`BackupFailed`."""
    if not db_path or str(db_path) == ":memory:":
        return None
    source_path = Path(db_path).resolve()
    folder = backup_folder(source_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source_path.stem}-{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"{source_path}: cannot save a backup copy in {folder} ({exc})") from None
    for old in backups_of(source_path)[:-keep] if keep > 0 else []:
        try:
            old.unlink()
        except OSError:
            pass
    return target
