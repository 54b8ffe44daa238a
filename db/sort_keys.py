"""Indexed pinyin order for the name columns of the big tables.

A million firms cannot be sorted by pinyin in SQL (SQLite knows only code-point order), so each keyed column
has its order key (db/collation.sort_key) stored in a side table ``<table>_sort_keys`` (id = the row's id,
one column per keyed column, each indexed). Keyset paging walks that index like any other. The keys are kept
in step on every write by db.search.refresh_rows (which db.changes calls for every insert, rename and delete)
and, for a bulk insert (an import), by db.search.index_new_rows from the values at hand (add_new); they are
healed when a count shows rows written some other way.
"""

from __future__ import annotations

import sqlite3

from db.collation import sort_key

# Table -> columns ordered by pinyin through an indexed key. Other tables are small enough to be sorted in
# Python (db/tables.py) and other columns sort by their stored value.
KEYED: dict[str, tuple[str, ...]] = {
    "firms": ("name_zh", "short_name"),
    "components": ("name_zh",),
    "centres": ("name_zh",),
}


HEAL_LIMIT = 50_000  # rows mended on the spot (about 0.3 s); more are left to db.search.rebuild


def key_table(table: str) -> str:
    return f"{table}_sort_keys"


def is_keyed(table: str, column: str) -> bool:
    return column in KEYED.get(table, ())


def create(db) -> None:
    """The side tables and their indexes, filled from the rows there are (migration m006)."""
    for table, columns in KEYED.items():
        cols = ", ".join(f"[{c}] TEXT" for c in columns)
        db.execute(f"CREATE TABLE [{key_table(table)}] (id INTEGER PRIMARY KEY, {cols})")
        fill(db, table)
        _index(db, table)


def _index(db, table: str, *, drop: bool = False) -> None:
    # An index built over a filled table is sorted once; filling an indexed one inserts at random places
    # (a million firms: seconds instead of minutes).
    side = key_table(table)
    for column in KEYED[table]:
        db.execute(f"DROP INDEX IF EXISTS [{side}_{column}]" if drop else
                   f"CREATE INDEX [{side}_{column}] ON [{side}]([{column}])")


def fill(db, table: str, ids=None) -> int:
    """(Re)compute the keys of these rows, or of every row; rows that no longer exist lose theirs."""
    columns = KEYED[table]
    side = key_table(table)
    names = ", ".join(f"[{c}]" for c in columns)
    insert = f"INSERT OR REPLACE INTO [{side}] (id, {names}) VALUES (?, {', '.join('?' for _ in columns)})"
    conn = db.conn
    n = 0
    if ids is None:
        cur = conn.execute(f"SELECT id, {names} FROM [{table}]")
        while batch := cur.fetchmany(5000):
            conn.executemany(insert, ([r[0], *(sort_key(v) for v in r[1:])] for r in batch))
            n += len(batch)
        return n
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found = conn.execute(f"SELECT id, {names} FROM [{table}] WHERE id IN ({marks})", chunk).fetchall()
        conn.executemany(insert, ([r[0], *(sort_key(v) for v in r[1:])] for r in found))
        gone = set(chunk) - {r[0] for r in found}
        if gone:
            conn.executemany(f"DELETE FROM [{side}] WHERE id = ?", ([i] for i in gone))
        n += len(found)
    return n


def ready(db, table: str) -> bool:
    """Whether the side table exists (migrations before m006 write rows before it does)."""
    cache = getattr(db, "_chain_mapper_sort_keys", None)
    if cache is None:
        cache = set()
        try:
            db._chain_mapper_sort_keys = cache
        except AttributeError:  # a plain connection: no cache
            pass
    if table in cache:
        return True
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [key_table(table)]).fetchone()
    if found:
        cache.add(table)
    return found is not None


def rebuild(db, table: str) -> int:
    """Compute every key of ``table`` again (after rows were loaded around db.changes)."""
    with db.atomic():
        _index(db, table, drop=True)
        db.execute(f"DELETE FROM [{key_table(table)}]")
        n = fill(db, table)
        _index(db, table)
    return n


def add_new(db, table: str, columns: list[str], by_column: list) -> None:
    """The keys of rows just inserted with these values, given a column at a time (``by_column[i]``: the values
    of ``columns[i]``); db.importing.fewer_indexes drops the side table's indexes around a big addition."""
    if table not in KEYED or not ready(db, table) or not by_column or not by_column[0]:
        return
    n = len(by_column[0])
    keys = [[None if v is None else sort_key(v) for v in by_column[columns.index(c)]] if c in columns
            else [None] * n for c in KEYED[table]]
    names = ", ".join(f"[{c}]" for c in KEYED[table])
    db.conn.executemany(f"INSERT OR REPLACE INTO [{key_table(table)}] (id, {names}) VALUES "
                        f"(?, {', '.join('?' for _ in keys)})", zip(by_column[columns.index("id")], *keys, strict=True))


def refresh(db, table: str, ids) -> None:
    """Keep the keys of these rows in step (called for every write through db.changes)."""
    if table in KEYED and ready(db, table):
        fill(db, table, ids)


def in_step(db, table: str) -> bool:
    """Whether every row has its key; rows written around db.changes get theirs now. False when the keys
    cannot be trusted and cannot be mended (a read-only file): the caller then sorts by the stored text."""
    if table not in KEYED or not ready(db, table):
        return False
    side = key_table(table)
    rows, keys, last_row, last_key = db.execute(
        f"SELECT (SELECT count(*) FROM [{table}]), (SELECT count(*) FROM [{side}]), (SELECT max(id) FROM [{table}]),"
        f" (SELECT max(id) FROM [{side}])").fetchone()
    if rows == keys and last_row == last_key:
        return True
    if abs(rows - keys) > HEAL_LIMIT:
        return False  # too many to mend while a page waits: sorted by the stored text until search.rebuild
    try:
        with db.atomic():
            missing = [r[0] for r in db.execute(
                f"SELECT id FROM [{table}] WHERE id NOT IN (SELECT id FROM [{side}])")]
            fill(db, table, missing)
            db.execute(f"DELETE FROM [{side}] WHERE id NOT IN (SELECT id FROM [{table}])")
    except sqlite3.Error:
        return False
    return True
