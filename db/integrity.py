"""Is a database file sound? SQLite's quick_check, and a key that tells whether the file changed since.

quick_check reads every page (about half a second per 100 MB): it runs once per file and process
(:func:`mark_verified`), and core.workspace keeps the key of each file found sound so a later session of an
unchanged file need not read it all again. The key is what stat() tells of the file and its -wal file (size,
time of the last change, inode): every commit moves the time of one of them, as it moves the file's change
counter — which is not read, because reading the file outside SQLite would drop SQLite's locks on it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path


class CheckCancelled(Exception):
    """The check was stopped before it finished (the file is neither known good nor known bad)."""


_verified: set[str] = set()
_lock = threading.Lock()


def _name(path) -> str:
    return str(Path(path).resolve())


def is_verified(path) -> bool:
    with _lock:
        return _name(path) in _verified


def mark_verified(path) -> None:
    with _lock:
        _verified.add(_name(path))


def forget(path) -> None:
    with _lock:
        _verified.discard(_name(path))


def problem(conn: sqlite3.Connection, *, cancelled=None) -> str | None:
    """None when quick_check finds the file sound, else SQLite's first complaint (one line).
    ``cancelled()`` is asked every few thousand steps; True stops the check with :class:`CheckCancelled`."""
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise CheckCancelled() from None
        return " ".join(str(exc).split())
    except sqlite3.DatabaseError as exc:
        return " ".join(str(exc).split())
    finally:
        if cancelled is not None:
            conn.set_progress_handler(None, 0)
    return None if result == "ok" else " ".join(str(result).split())


def file_key(path) -> list | None:
    """What identifies the file's content for the cache of checked files; None when it cannot be seen.

    Only stat(): opening the database file here and closing it would drop every POSIX lock this process holds
    on it (SQLite's connections included), and another process could then think the file unused."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        return None
    key = [st.st_size, st.st_mtime_ns, st.st_ino]  # (JSON keeps ints exactly)
    try:
        wal = os.stat(f"{path}-wal")
        key += [wal.st_size, wal.st_mtime_ns] if wal.st_size else [0, 0]  # empty: as if absent
    except OSError:
        key += [0, 0]
    return key
