"""A copy of the database file before an import, kept in a ``backups`` folder beside it.

The copy is made as an *attempt* (``…-attempt.sqlite``) while the import holds the write lock, and checked
(SQLite's quick_check): a damaged database is refused, never backed up as if good. Only when the import has
been written does the attempt become a backup and the oldest backups beyond ``keep`` go; a failed or refused
import removes its attempt, so failures never rotate the last good backups away.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

from db import backups as db_backups

KEEP = 5
FOLDER = "backups"
ATTEMPT = "-attempt"


class BackupFailed(OSError):
    """The backup copy could not be written (disk full, no permission); nothing else was done."""


class DatabaseDamaged(BackupFailed):
    """The database failed its integrity check while being copied: it is not written to."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def backup_folder(db_path) -> Path:
    return Path(db_path).resolve().parent / FOLDER


def backups_of(db_path) -> list[Path]:
    """Good backups of this database (attempts left out), oldest first."""
    stem = Path(db_path).stem
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{stem}-*.sqlite") if p.is_file() and not p.stem.endswith(ATTEMPT))


def _copy(db_path, reason: str, *, attempt: bool) -> Path | None:
    if not db_path or str(db_path) == ":memory:":
        return None
    source = Path(db_path).resolve()
    folder = backup_folder(source)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{reason}{ATTEMPT if attempt else ''}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        db_backups.copy_database(source, partial)
    except (OSError, db_backups.CopyFailed) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"{source}: cannot save a backup copy in {folder} ({exc})") from None
    damage = db_backups.damage_of(partial)
    if damage is not None:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(f"{source}: the database file is damaged ({damage}); no backup was made", damage)
    partial.replace(target)
    return target


def begin_backup(db_path, *, reason: str = "import") -> Path | None:
    """A checked copy of the database as it is now, kept only if :func:`keep_backup` is called."""
    return _copy(db_path, reason, attempt=True)


def keep_backup(attempt: Path | None, *, keep: int = KEEP) -> Path | None:
    """The write succeeded: the attempt becomes a backup; older backups beyond ``keep`` are removed."""
    if attempt is None:
        return None
    final = attempt.with_name(attempt.name.replace(f"{ATTEMPT}.sqlite", ".sqlite"))
    attempt.replace(final)
    _rotate(final, keep)
    return final


def discard_backup(attempt: Path | None) -> None:
    if attempt is not None:
        with contextlib.suppress(OSError):
            attempt.unlink()


_STAMP = re.compile(r"-\d{8}-\d{6}-\d{6}-")


def _rotate(newest: Path, keep: int) -> None:
    m = _STAMP.search(newest.name)
    stem = newest.name[: m.start()] if m else newest.stem
    folder = newest.parent
    good = sorted(p for p in folder.glob(f"{stem}-*.sqlite") if p.is_file() and not p.stem.endswith(ATTEMPT))
    for old in good[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()


def backup_database(db_path, *, keep: int = KEEP, reason: str = "import") -> Path | None:
    """Copy the database at ``db_path`` to ``backups/<name>-<time>-<reason>.sqlite`` now; returns the copy's path
    (None for an in-memory database). Raises :class:`BackupFailed`."""
    attempt = begin_backup(db_path, reason=reason)
    return keep_backup(attempt, keep=keep)
