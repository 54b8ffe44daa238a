"""Where the user's database lives and how a new one is made from a dataset file."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from assets import DEFAULT_DATASET
from core import atomic
from core.dataset import load_dataset, read_dataset
from db import connection, errors, integrity
from db.connection import open_database

APP_DIR_NAME = "ChainMapper"
DEFAULT_DB_NAME = "chain-map.sqlite"


def data_dir() -> Path:
    """The per-user data folder (CHAIN_MAPPER_HOME overrides it, e.g. for tests)."""
    override = os.environ.get("CHAIN_MAPPER_HOME")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def create_database(path: Path, *, dataset: Path | None = DEFAULT_DATASET, force: bool = False) -> dict:
    """Make a database at ``path`` holding ``dataset`` (or empty, when None).

    The file is built beside the target under a temporary name and moved into place only when complete, so
    an interrupted or failed creation never leaves a half-filled database (or a damaged old one) behind.
    """
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    data = read_dataset(dataset) if dataset else None
    remove_stale(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=atomic.PREFIX, suffix=".sqlite", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    counts: dict = {}
    try:
        db = open_database(tmp, create=True)
        try:
            if data is not None:
                counts = load_dataset(db, data)
            connection.checkpoint(db)
        finally:
            db.conn.close()  # the last connection: the -wal file is folded in and removed, WAL mode stays
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
        integrity.mark_verified(path)
    except errors.DatabaseError as exc:  # about the temporary file: say it of the file the user named
        raise type(exc)(path, exc.message) from None
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
    return counts


def open_or_create_default():
    """The database used when none is named: created from the default dataset on first use."""
    path = default_db_path()
    if not path.exists():
        create_database(path)
    return open_database(path)


def remove_stale(folder) -> int:
    """Temporary files of ours that a killed write left in ``folder`` (and in the data folder)."""
    removed = atomic.remove_stale(folder)
    for stale in Path(folder).glob(".chain-map-*.tmp*"):  # the names used before core.atomic
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > atomic.STALE_SECONDS:
                stale.unlink()
                removed += 1
    return removed


def open_named(path) -> object:
    """Open a database the user named; a missing file is an error, never silently created."""
    if path is None:
        return open_or_create_default()
    return open_database(Path(path))


__all__ = ["create_database", "data_dir", "default_db_path", "ensure_writable", "errors", "open_named",
           "open_or_create_default"]


# ----- integrity before the first write ---------------------------------------------------------------------

CHECKED_FILE = "checked-databases.json"  # in the data folder: files found sound, with the key they had then
_CHECKED_KEEP = 50


def ensure_writable(db, *, cancelled=None) -> None:
    """Make sure ``db`` may be written: its file passed SQLite's quick_check (once per file and process, and
    not again in a later session while the file is unchanged). Raises ``errors.DatabaseCorrupt`` for a
    damaged file — which is then never written to, nor backed up as if good.

    Seconds for a file of hundreds of MB: the GUI calls this in a background job after opening a large file
    (``cancelled()`` stops it); the first write of a session calls it anyway (db.connection's write guard)."""
    path = path_of(db)
    if not path or path == ":memory:" or integrity.is_verified(path):
        return
    name = str(Path(path).resolve())
    key = integrity.file_key(path)
    if key is not None and _read_checked().get(name) == key:
        integrity.mark_verified(path)
        return
    connection.check_integrity(db, cancelled=cancelled)
    if key is not None and integrity.file_key(path) == key:
        _remember_checked(name, key)


def can_check_in_background(db) -> bool:
    """A file another connection can open (an in-memory database has none)."""
    path = path_of(db)
    return bool(path) and path != ":memory:"


def needs_check(db) -> bool:
    """Whether :func:`ensure_writable` would read the whole file (so the GUI runs it in the background first,
    and the first edit is not kept waiting)."""
    path = path_of(db)
    if not path or path == ":memory:" or integrity.is_verified(path):
        return False
    key = integrity.file_key(path)
    return key is None or _read_checked().get(str(Path(path).resolve())) != key


def _checked_path() -> Path:
    return data_dir() / CHECKED_FILE


def _read_checked() -> dict:
    try:
        data = json.loads(_checked_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_checked(name: str, key: list) -> None:
    checked = _read_checked()
    checked.pop(name, None)
    checked[name] = key
    checked = dict(list(checked.items())[-_CHECKED_KEEP:])
    target = _checked_path()
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs a check next time
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic.atomic_path(target) as tmp:
            tmp.write_text(json.dumps(checked, ensure_ascii=False), encoding="utf-8")


connection.set_write_guard(ensure_writable)


# ----- the open database, for the GUI (which never imports db) ------------------------------------------------

def path_of(db) -> str:
    return getattr(db, "path", "") or ""


def data_version(db) -> int:
    from db.connection import data_version as version

    return version(db)


def close(db) -> None:
    from db.connection import close as close_db

    close_db(db)


def interrupt(db) -> None:
    from db.connection import interrupt as interrupt_db

    interrupt_db(db)


def is_interruption(exc: BaseException) -> bool:
    from db.connection import is_interruption as check

    return check(exc)


def open_for_worker(path: str):
    """A connection of its own for a background job (a connection is never shared between threads)."""
    return open_database(Path(path))


def known_error(exc: BaseException, path=None) -> BaseException | None:
    """``exc`` as a problem the user can act on (a refused value, a bad file, a locked or full database), or
    None for a bug. SQLite's own errors about the file come back as typed database errors."""
    from core.errors import ChainMapperError  # import and export failures are ChainMapperErrors too
    from core.importing.reading_limits import SheetError
    from db.connection import classify

    if isinstance(exc, ChainMapperError | errors.DatabaseError | SheetError | OSError):
        return exc
    return classify(path, exc)
