"""Opening a Chain Mapper database safely, and starting every write the same way.

Every problem is found before anything is written: a missing, unreadable, corrupt, locked, foreign or
newer-schema file raises a typed :class:`db.errors.DatabaseError` and is left exactly as it was. Opening only
reads: the journal mode is set and migrations run at the first write of a session, after the file's integrity
was checked (:mod:`db.integrity`), so a read-only command leaves the file and its folder as they were.

Write transactions begin IMMEDIATE: the write lock is taken before anything is read, so a second writer waits
for the first (SQLite's busy timeout) instead of failing half-way with "database is locked" or writing over
what the first one saved.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import sqlite3
import weakref
from pathlib import Path

import sqlite_utils

from db import errors, integrity
from db.schema import MIGRATION_SET, apply_migrations, known_migrations

DEFAULT_BUSY_TIMEOUT_MS = 3000
# quick_check reads every page: on open for files up to this size (well under a second); larger files are
# checked before their first write (core.workspace.ensure_writable, in the background in the GUI).
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost transaction is a write transaction begun IMMEDIATE, after the
    file was checked once (integrity, journal mode). Nested blocks are savepoints, as in sqlite-utils."""

    path: str = ""
    _write_ready = False

    @contextlib.contextmanager
    def atomic(self):
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"cm_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may have ended the whole transaction already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        begin_write(self)
        with committed(self):
            yield self


@contextlib.contextmanager
def committed(db):
    """The body of a write transaction already begun: COMMIT at its end, ROLLBACK on any error (a COMMIT that
    fails — disk full, I/O — rolls back too and is raised as a typed database error)."""
    conn = db.conn
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise classify(getattr(db, "path", ""), exc) or exc from None


def begin_write(db) -> None:
    """BEGIN IMMEDIATE, after the session's first-write checks. Another writer is waited for up to the busy
    timeout; then :class:`errors.DatabaseBusy`. A damaged file raises :class:`errors.DatabaseCorrupt`."""
    prepare_write(db)
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise errors.DatabaseBusy(db.path, "another window or program is writing to this database; try "
                                               "again when it has finished (nothing was changed)") from None
        raise classify(db.path, exc) or exc from None


_write_guard = None  # core.workspace.ensure_writable, with its cache of checked files


def set_write_guard(fn) -> None:
    """``fn(db)`` runs before the first write of a session and raises when the file must not be written."""
    global _write_guard
    _write_guard = fn


def prepare_write(db) -> None:
    """Once per connection: the file is checked (never write to a damaged file) and put in WAL mode."""
    if getattr(db, "_write_ready", True) or db.path in ("", ":memory:"):
        return
    if not integrity.is_verified(db.path):
        if _write_guard is not None:
            _write_guard(db)
        else:
            check_integrity(db)
    try:
        if db.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.conn.execute("PRAGMA journal_mode = WAL")
        pending = [m for m in known_migrations() if m not in set(_applied(db.conn))]
        db._write_ready = True
        if pending:
            apply_migrations(db)
    except sqlite3.Error as exc:
        db._write_ready = False
        raise classify(db.path, exc) or exc from None


def check_integrity(db, *, cancelled=None) -> None:
    """Run SQLite's quick_check on the whole file (seconds for a large one); raise DatabaseCorrupt if damaged.
    ``cancelled()`` returning True stops the check (then it raises :class:`integrity.CheckCancelled`)."""
    problem = integrity.problem(db.conn, cancelled=cancelled)
    if problem is not None:
        raise errors.DatabaseCorrupt(db.path, f"the database file is damaged ({problem}); it was not changed — "
                                              "restore a backup copy")
    integrity.mark_verified(db.path)


def _classify(path: Path, exc: sqlite3.Error) -> errors.DatabaseError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return errors.DatabaseLocked(path, "the database is locked by another program; try again later")
    if "file is not a database" in text:
        return errors.DatabaseCorrupt(path, "not an SQLite database (the file holds something else, or is damaged)")
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk image" in text:
        return errors.DatabaseCorrupt(path, f"the database file is damaged ({exc})")
    if "readonly" in text or "read-only" in text:
        return errors.DatabaseReadOnly(path, "the database file or its folder is read-only; nothing was changed")
    if "disk is full" in text or "database or disk is full" in text:
        return errors.DiskFull(path, "the disk is full; nothing was changed — free some space and try again")
    if "unable to open" in text or "permission" in text:
        return errors.DatabaseUnreadable(path, f"the database file cannot be opened ({exc})")
    if "disk i/o" in text:
        return errors.DatabaseUnreadable(path, f"the disk failed while reading or writing ({exc})")
    return errors.DatabaseCorrupt(path, f"the database file cannot be read ({exc})")


def _check_file(path: Path) -> None:
    """What can be told without opening the file. Reading it with open() and closing it would drop every POSIX
    lock this process holds on it — those of a connection already open (the GUI's, while a worker opens its
    own) — so its header is left to SQLite ("file is not a database")."""
    if not path.exists():
        raise errors.DatabaseMissing(path, "no such database file")
    if path.is_dir():
        raise errors.DatabaseUnreadable(path, "is a folder, not a database file")
    if not os.access(path, os.R_OK):
        raise errors.DatabaseUnreadable(path, "cannot be read (permission denied)")
    if path.stat().st_size == 0:
        raise errors.NotAChainMapperDatabase(path, "the file is empty, not a Chain Mapper database")


def _folder_read_only(path: Path) -> bool:
    return not os.access(path.resolve().parent, os.W_OK)


def _check_snapshot(path: Path) -> None:
    """A file in a folder we cannot write is read as it is on disk; changes still in its -wal file (another
    program writing it) would be missed, so that case is refused rather than read half-way."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        raise errors.DatabaseReadOnly(path, "the folder is read-only and another program has unsaved changes in "
                                            "the database; ask for write permission or copy the file elsewhere")


def _uri(path: Path, mode: str) -> str:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    # A WAL file in a folder we cannot write has no -shm to share: read it as the snapshot it is.
    return uri + "&immutable=1" if mode == "ro" and _folder_read_only(path) else uri


def _applied(conn: sqlite3.Connection) -> list[str]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return []
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


def inspect_schema(path: Path, busy_timeout_ms: int | None = None) -> list[str]:
    """Read, without writing, which of our migrations the file has (and, for a file of up to
    QUICK_CHECK_MAX_BYTES not yet checked by this process, that it is sound). Raises on anything unusable.

    The connection is read-write (only reads are made): a read-only one cannot remove the -wal and -shm files
    a WAL database needs, and would leave them beside the file."""
    timeout = (busy_timeout_ms if busy_timeout_ms is not None else DEFAULT_BUSY_TIMEOUT_MS) / 1000
    if _folder_read_only(path):
        _check_snapshot(path)
    try:
        conn = sqlite3.connect(_uri(path, "ro" if _folder_read_only(path) else "rw"), uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES and not integrity.is_verified(path):
            problem = integrity.problem(conn)
            if problem is not None:
                raise errors.DatabaseCorrupt(path, f"the database file is damaged ({problem})")
            integrity.mark_verified(path)
        if "_sqlite_migrations" not in tables:
            if tables:
                raise errors.NotAChainMapperDatabase(path, "this SQLite file is not a Chain Mapper database")
            return []
        applied = _applied(conn)
        if not applied and tables - {"_sqlite_migrations"}:
            raise errors.NotAChainMapperDatabase(path, "this SQLite file is not a Chain Mapper database")
        return applied
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    finally:
        conn.close()


def open_database(path, *, create: bool = False, busy_timeout_ms: int | None = None):
    """Open (or, with ``create``, make) a database; an older schema is brought up to date at the first write.

    Returns a :class:`Database`. ``check_same_thread`` is off so a worker thread can be handed a connection
    it owns; no connection is ever shared between threads at the same time.
    """
    path = Path(path)
    busy_timeout_ms = busy_timeout_ms if busy_timeout_ms is not None else DEFAULT_BUSY_TIMEOUT_MS
    new = create and not path.exists()
    applied: list[str] = []
    if new:
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
    # An existing file is opened "rw", never "rwc": a file removed since the check is an error, not a new file.
    mode = "rwc" if new else ("ro" if _folder_read_only(path) else "rw")
    try:
        conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=busy_timeout_ms / 1000,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = Database(conn, execute_plugins=False)
        db.path = str(path)
        if new:
            conn.execute("PRAGMA journal_mode = WAL")  # the file's final mode from the start
            integrity.mark_verified(path)
        if new or set(known_migrations()) - set(applied):
            prepare_write(db)  # an older file is upgraded (a write, after its check) before it is used
        _open.add(db)
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from None
    except errors.DatabaseError:
        conn.close()
        raise
    return db


_open: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """At exit, close what is still open (a window's connection, a job's): the last connection to close folds
    the -wal file in and removes it and the -shm, so the folder is left as the app found it."""
    for db in list(_open):
        with contextlib.suppress(Exception):
            db.conn.interrupt()
            db.conn.close()


def open_memory():
    """A fresh in-memory database with the current schema (tests, previews)."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn, execute_plugins=False)
    db.path = ":memory:"
    db._write_ready = True
    apply_migrations(db)
    return db


def needs_upgrade(db) -> bool:
    """The file has an older schema: it is brought up to date (a write) before its first change."""
    return bool(set(known_migrations()) - set(_applied(db.conn)))


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


def checkpoint(db) -> None:
    """Fold the -wal file into the database file (before the file is moved or copied whole)."""
    try:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise classify(db.path, exc) or exc from None


def close(db) -> None:
    with contextlib.suppress(sqlite3.Error):
        db.conn.close()


def interrupt(db) -> None:
    """Stop the query running on ``db`` (from another thread); the query raises an interruption error."""
    with contextlib.suppress(sqlite3.ProgrammingError):
        db.conn.interrupt()


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
