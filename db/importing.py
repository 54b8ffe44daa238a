"""The queries an import needs: reading what a list is matched against, and the transactions it writes in.

Every statement an import runs lives here, under a name that says what it asks; core/importing never sees
SQL. Table and column names come from the app's own specs (core.fields.spec), checked against the schema
(db.introspect), never from a file's text; values are always bound as parameters.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time

from db import connection, sort_keys
from db.introspect import check_column, check_table, foreign_keys_of

BIG_CACHE_KIB = -65536  # SQLite page cache while a large import is written (64 MiB)
BUSY_POLL_SECONDS = 0.25


class WriterBusy(Exception):
    """Another window or program held the write lock for longer than we were willing to wait."""


# ----- reading ---------------------------------------------------------------------------------------------

def _cols(db, table: str, names) -> str:
    return ", ".join(f"[{check_column(db, table, n)}]" for n in names)


def max_id(db, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) FROM [{check_table(db, table)}]").fetchone()[0]


def all_ids(db, table: str) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT id FROM [{check_table(db, table)}] ORDER BY id")]


def rows_by_id(db, table: str, ids, names) -> dict[int, tuple]:
    """id -> the values of ``names`` for these rows (missing ids are left out)."""
    ids = list(ids)
    cols = _cols(db, table, names)
    out: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in db.execute(f"SELECT id, {cols} FROM [{table}] WHERE id IN ({', '.join('?' for _ in chunk)})",
                              chunk):
            out[row[0]] = row[1:]
    return out


def shown_rows(db, table: str, expressions: list[str], ids) -> dict[int, tuple]:
    """id -> the cells our export writes for these rows (``expressions`` from :func:`export_cell_sql`)."""
    ids = list(ids)
    if not ids:
        return {}
    select = ", ".join(["id", *expressions])
    marks = ", ".join("?" for _ in ids)
    return {r[0]: r[1:] for r in db.execute(f"SELECT {select} FROM [{check_table(db, table)}] WHERE id IN ({marks})",
                                            ids)}


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def export_cell_sql(column: str, kind: str, *, money_unit: float = 1e8, yes: str = "是", no: str = "否",
                    choice_labels: dict | None = None) -> str:
    """SQL giving, for a stored value, the cell the export writes as the reader returns it ('' for empty), so
    unchanged rows of a 100,000-row workbook are recognised without a Python call per cell. References come
    back as ids (their labels are looked up by the caller)."""
    name = f"[{column}]"
    if kind == "money":
        return f"coalesce({name} / {float(money_unit)!r}, '')"
    if kind == "bool":
        return f"CASE WHEN {name} IS NULL THEN '' WHEN {name} THEN {_literal(yes)} ELSE {_literal(no)} END"
    if kind == "choice" and choice_labels:
        whens = " ".join(f"WHEN {_literal(v)} THEN {_literal(label)}" for v, label in choice_labels.items())
        return f"coalesce(CASE {name} {whens} ELSE {name} END, '')"
    if kind == "ref":
        return name
    return f"coalesce({name}, '')"


def key_rows(db, table: str, names):
    """(id, values of ``names``) of every row: natural keys (name, code, firm × component …)."""
    yield from db.execute(f"SELECT id, {_cols(db, table, names)} FROM [{check_table(db, table)}]")


def firm_rows(db):
    """Every firm with what a list is matched against and where it is."""
    return db.execute("SELECT id, name_zh, short_name, name_en, aliases, credit_code, stock_code, city, district "
                      "FROM firms")


def capability_pairs(db) -> set[tuple[int, int]]:
    return {(r[0], r[1]) for r in db.execute("SELECT firm_id, component_id FROM capabilities")}


def chain_components(db) -> list[tuple]:
    """(id, name_zh, name_en, layer_id, parent_id) of every component."""
    return db.execute("SELECT id, name_zh, name_en, layer_id, parent_id FROM components ORDER BY id").fetchall()


def chain_layers(db) -> list[tuple]:
    """(id, key, name_zh, name_en, parent_id) of every layer."""
    return db.execute("SELECT id, key, name_zh, name_en, parent_id FROM layers ORDER BY sort_order, id").fetchall()


def place_spellings(db) -> dict[str, dict[str, int]]:
    """How cities and districts are spelled in the map: 'city'/'district' -> spelling -> how many rows."""
    out: dict[str, dict[str, int]] = {"city": {}, "district": {}}
    for value, n in db.execute("SELECT city, count(*) FROM firms WHERE city IS NOT NULL GROUP BY city"):
        out["city"][value] = n
    for table in ("firms", "centres"):
        for value, n in db.execute(f"SELECT district, count(*) FROM [{table}] WHERE district IS NOT NULL "
                                   "GROUP BY district"):
            out["district"][value] = out["district"].get(value, 0) + n
    return out


def centre_aliases(db):
    return db.execute("SELECT id, aliases FROM centres WHERE aliases IS NOT NULL")


def targets_of_plan(db, plan_code: str, text: str) -> list[int]:
    """Targets of the plan with this code named by their code, name, or 'code name'."""
    return [r[0] for r in db.execute(
        "SELECT t.id FROM targets t JOIN plans p ON p.id = t.plan_id WHERE p.code = ? AND "
        "(t.code = ? OR t.name_zh = ? OR t.code || ' ' || t.name_zh = ?)",
        [plan_code, text.split(" ")[0], text, text])]


def target_unit(db, target_id: int) -> str | None:
    found = db.execute("SELECT unit FROM targets WHERE id = ?", [target_id]).fetchone()
    return found[0] if found else None


def name_of(db, table: str, row_id: int, column: str = "name_zh"):
    found = db.execute(f"SELECT [{check_column(db, table, column)}] FROM [{check_table(db, table)}] WHERE id = ?",
                       [row_id]).fetchone()
    return found[0] if found else None


# ----- what changed since a position of the change log -------------------------------------------------------

def changed_rows_since(db, position: int, table: str, row_ids) -> set[int]:
    """Rows of ``table`` among ``row_ids`` updated or deleted after change-log ``position``."""
    ids = list(row_ids)
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(r[0] for r in db.execute(
            "SELECT DISTINCT row_id FROM change_log WHERE id > ? AND table_name = ? AND action != 'insert' AND "
            f"row_id IN ({', '.join('?' for _ in chunk)})", [position, table, *chunk]))
    return out


def inserted_since(db, position: int, table: str) -> list[int]:
    return [r[0] for r in db.execute("SELECT row_id FROM change_log WHERE id > ? AND table_name = ? AND "
                                     "action = 'insert'", [position, table])]


# ----- checks after writing ----------------------------------------------------------------------------------

def foreign_key_problems(db, table: str) -> list[tuple[int, str]]:
    """(row id, referred table) of rows of ``table`` whose reference points nowhere."""
    check_table(db, table)
    return [(r[1], r[2]) for r in db.execute(f"PRAGMA foreign_key_check([{table}])")]


def references_in(db, table: str) -> list[str]:
    return [fk.column for fk in foreign_keys_of(db, table)]


# ----- transactions ----------------------------------------------------------------------------------------

def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _begin_immediate(conn, wait_seconds: float, waiting) -> None:
    """BEGIN IMMEDIATE: the write lock from the first statement. Another writer is waited for up to
    ``wait_seconds`` (``waiting(seconds)`` is called meanwhile and may raise to give up); then WriterBusy."""
    started = time.monotonic()
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_POLL_SECONDS * 1000)}")  # short waits: progress and Cancel between
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
                waited = time.monotonic() - started
                if waited >= wait_seconds:
                    raise WriterBusy() from None
                if waiting is not None:
                    waiting(waited)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


@contextlib.contextmanager
def write_transaction(db, *, wait_seconds: float = 60.0, waiting=None):
    """One write transaction that holds the write lock from its first statement (BEGIN IMMEDIATE), so what is
    checked at its start is still true when it commits. Another writer is waited for up to ``wait_seconds``
    (``waiting(seconds)`` is called meanwhile and may raise to give up); then :class:`WriterBusy`. The
    session's first-write preparation (journal mode, pending migrations, the integrity guard) runs first, as
    for every other write (db.connection.prepare_write)."""
    conn = db.conn
    if conn.in_transaction:  # inside the caller's transaction: a savepoint
        with db.atomic():
            yield
        return
    connection.prepare_write(db)
    _begin_immediate(conn, wait_seconds, waiting)
    with connection.committed(db):
        conn.execute("PRAGMA defer_foreign_keys = ON")  # a child may come before its parent in a sheet
        yield


@contextlib.contextmanager
def trial_transaction(db, *, wait_seconds: float = 60.0, waiting=None):
    """Writes that are always rolled back (a dry run). Outside a transaction this is BEGIN IMMEDIATE …
    ROLLBACK: a dry run waits for another writer like any write (and then WriterBusy), instead of failing
    half-way with "locked"; and releasing a savepoint after rolling back to it would still commit an empty
    write transaction and move the file's change counter (a dry run leaves the database byte for byte as it
    was)."""
    conn = db.conn
    own = not conn.in_transaction
    if own:
        _begin_immediate(conn, wait_seconds, waiting)
    conn.execute("SAVEPOINT import_trial")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        yield
    finally:
        if own:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        else:
            conn.execute("ROLLBACK TO import_trial")
            conn.execute("RELEASE import_trial")


@contextlib.contextmanager
def savepoint(db):
    """A nested step whose failure undoes only itself (locating which rows SQLite refuses)."""
    with db.atomic():
        yield


@contextlib.contextmanager
def big_cache(db, rows: int):
    """A bigger page cache while many rows are written: the firm indexes stay in memory (~15% faster)."""
    if rows <= 10_000:
        yield
        return
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {BIG_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


BULK_ROWS = 20_000  # an addition this big (and bigger than the table) rebuilds the plain indexes once


@contextlib.contextmanager
def fewer_indexes(db, table: str, rows: int):
    """While many rows are added to a smaller table, its plain (not unique) indexes — and those of its pinyin
    order keys (db.sort_keys) — are dropped and built again afterwards, inside the same transaction: sorting
    once is faster than updating every index row by row."""
    existing = db.execute(f"SELECT count(*) FROM [{check_table(db, table)}]").fetchone()[0]
    if rows < BULK_ROWS or rows < existing:
        yield
        return
    tables = [table] + ([sort_keys.key_table(table)] if table in sort_keys.KEYED and sort_keys.ready(db, table)
                        else [])
    plain = [index for t in tables for index in _plain_indexes(db, t)]
    for name, _sql in plain:
        db.execute(f"DROP INDEX [{name}]")
    yield
    for _name, sql in plain:
        db.execute(sql)  # the stored CREATE statement: the schema is as it was


def _plain_indexes(db, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes of ``table`` that enforce nothing (not UNIQUE)."""
    unique = {r[0] for r in db.execute("SELECT name FROM pragma_index_list(?) WHERE [unique]", [table])}
    return [(r[0], r[1]) for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                             "tbl_name = ? AND sql IS NOT NULL", [table]) if r[0] not in unique]


def is_constraint_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.IntegrityError)
