"""Opening a Chain Mapper database safely.

Every problem is found before anything is written: a missing, unreadable, corrupt, locked, foreign or
newer-schema file raises a typed :class:`db.errors.DatabaseError` and is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from db import errors
from db.schema import MIGRATION_SET, apply_migrations, known_migrations

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 3000
# quick_check reads every page: worth it on the files planners keep, too slow on a million-row benchmark.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _classify(path: Path, exc: sqlite3.Error) -> errors.DatabaseError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked(path, "the database is locked by another program; try again later")
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk image" in text:
        return errors.DatabaseCorrupt(path, f"the database file is damaged ({exc})")
    if "unable to open" in text or "readonly" in text or "read-only" in text or "permission" in text:
        return errors.DatabaseUnreadable(path, f"the database file cannot be opened ({exc})")
    if "disk is full" in text or "disk i/o" in text:
        return errors.DatabaseUnreadable(path, f"the disk is full or failing ({exc})")
    return errors.DatabaseCorrupt(path, f"the database file cannot be read ({exc})")


def _check_file(path: Path) -> None:
    if not path.exists():
        raise errors.DatabaseMissing(path, "no such database file")
    if path.is_dir():
        raise errors.DatabaseUnreadable(path, "is a folder, not a database file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise errors.DatabaseUnreadable(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(header) == 0:
        raise errors.NotAChainMapperDatabase(path, "the file is empty, not a Chain Mapper database")
    if header != SQLITE_HEADER:
        raise errors.DatabaseCorrupt(path, "not an SQLite database (wrong file header)")


def inspect_schema(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> list[str]:
    """Read, without writing, which of our migrations the file has. Raises on anything unusable."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                raise errors.DatabaseCorrupt(path, f"the database file is damaged ({result})")
        if "_sqlite_migrations" not in tables:
            if tables:
                raise errors.NotAChainMapperDatabase(path, "this SQLite file is not a Chain Mapper database")
            return []
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
            )
        ]
        if not applied and tables - {"_sqlite_migrations"}:
            raise errors.NotAChainMapperDatabase(path, "this SQLite file is not a Chain Mapper database")
        return applied
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    finally:
        conn.close()


def _configure(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def open_database(path, *, create: bool = False, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS):
    """Open (or, with ``create``, make) a database and bring its schema up to date.

    Returns a ``sqlite_utils.Database``. ``check_same_thread`` is off so a worker thread can be handed a
    connection it owns; no connection is ever shared between threads at the same time.
    """
    import sqlite_utils

    path = Path(path)
    if create and not path.exists():
        if not path.parent.exists():
            raise errors.DatabaseUnreadable(path, "the folder does not exist")
    else:
        _check_file(path)
        applied = inspect_schema(path, busy_timeout_ms)
        unknown = [name for name in applied if name not in known_migrations()]
        if unknown:
            raise errors.DatabaseTooNew(
                path, "the database was made by a newer version of Chain Mapper; please upgrade the app"
            )
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        _configure(conn, busy_timeout_ms)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        apply_migrations(db)
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from None
    db.path = str(path)
    return db


def open_memory():
    """A fresh in-memory database with the current schema (tests, previews)."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    apply_migrations(db)
    db.path = ":memory:"
    return db


def current_user() -> str:
    """The OS user, recorded in the change log."""
    for var in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - an unknown user must not stop an edit
        return "unknown"


def data_version(db) -> int:
    """A number that changes when another connection commits (SQLite's data_version); -1 when closed."""
    try:
        return db.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.Error:
        return -1


def close(db) -> None:
    try:
        db.conn.close()
    except sqlite3.Error:
        pass


def interrupt(db) -> None:
    """Stop the query running on ``db`` (from another thread); the query raises an interruption error."""
    try:
        db.conn.interrupt()
    except sqlite3.ProgrammingError:
        pass


def is_interruption(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc)


def classify(path, exc: BaseException):
    """A database error of the environment (locked, read-only, full, damaged) as a typed DatabaseError, or None
    for anything else."""
    if isinstance(exc, errors.DatabaseError):
        return exc
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
        text = str(exc).lower()
        if any(word in text for word in _ENVIRONMENT):
            return _classify(Path(path or ""), exc)
    return None


# Words of SQLite errors that are the environment's fault, not a bug (a query naming no such table is a bug).
_ENVIRONMENT = ("locked", "busy", "readonly", "read-only", "disk is full", "disk i/o", "malformed", "not a database",
                "corrupt", "disk image", "unable to open", "permission")
