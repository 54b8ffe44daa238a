"""Every write the app makes, each in one transaction and each written to the change log.

Callers never run INSERT/UPDATE/DELETE themselves: these functions are the one door, so undo, history and
conflict detection see everything. ``expected`` values make an edit fail with :class:`EditConflict` when
another window saved a different value since this one read the row.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime

from db import introspect, search
from db.connection import current_user
from db.errors import ConstraintFailed, EditConflict, ReferencedRow, RowMissing


def transaction(db):
    """One transaction (a savepoint inside an open one): everything in the block is written, or nothing."""
    return db.atomic()


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def new_batch() -> str:
    return uuid.uuid4().hex[:12]


def _encode(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _log(db, action: str, table: str, row_id: int, column, old, new, batch: str | None) -> None:
    db.execute(
        'INSERT INTO change_log (ts, user, action, table_name, row_id, "column", old_value, new_value, batch)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [now_iso(), current_user(), action, table, row_id, column, _encode(old), _encode(new), batch],
    )


def _row(db, table: str, row_id: int) -> dict | None:
    cur = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    cols = [d[0] for d in cur.description]
    found = cur.fetchone()
    return dict(zip(cols, found, strict=True)) if found else None


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def insert_row(db, table: str, values: Mapping, *, batch: str | None = None) -> int:
    """Insert one row (``values`` may carry an ``id`` to restore a deleted row) and log it."""
    with db.atomic():
        cols = list(values)
        placeholders = ", ".join("?" for _ in cols)
        names = ", ".join(f"[{c}]" for c in cols)
        try:
            cur = db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({placeholders})", [values[c] for c in cols])
        except sqlite3.IntegrityError as exc:
            raise ConstraintFailed.from_sqlite(table, exc) from None
        row_id = cur.lastrowid
        _log(db, "insert", table, row_id, None, None, _row(db, table, row_id), batch)
        search.refresh_rows(db, table, [row_id])
    return row_id


def update_row(
    db, table: str, row_id: int, values: Mapping, *, expected: Mapping | None = None, batch: str | None = None
) -> dict:
    """Set columns of one row; returns the old values of the columns that changed.

    With ``expected`` (column -> value as this window last saw it), a column whose stored value differs from
    what was expected and from the new value raises :class:`EditConflict` and nothing is written.
    """
    with db.atomic():
        current = _row(db, table, row_id)
        if current is None:
            raise RowMissing(table, row_id)
        for col, seen in (expected or {}).items():
            if not _same(current[col], seen) and not _same(current[col], values.get(col)):
                raise EditConflict(table, row_id, col, seen, current[col], values.get(col))
        changed = {c: v for c, v in values.items() if not (_same(current[c], v) and type(current[c]) is type(v))}
        if not changed:
            return {}
        sets = ", ".join(f"[{c}] = ?" for c in changed)
        try:
            db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*changed.values(), row_id])
        except sqlite3.IntegrityError as exc:
            raise ConstraintFailed.from_sqlite(table, exc) from None
        for col, new in changed.items():
            _log(db, "update", table, row_id, col, current[col], new, batch)
        if set(changed) & set(search.SEARCHABLE.get(table, ())):
            search.refresh_rows(db, table, [row_id])
    return {c: current[c] for c in changed}


def references_to(db, table: str, row_id: int) -> dict[str, int]:
    """How many rows of each other table refer to this row (link tables that cascade are left out)."""
    refs: dict[str, int] = {}
    for fk in introspect.foreign_keys_to(db, table):
        if fk.on_delete == "CASCADE":
            continue
        n = db.execute(f"SELECT count(*) FROM [{fk.table}] WHERE [{fk.column}] = ?", [row_id]).fetchone()[0]
        if n:
            refs[fk.table] = refs.get(fk.table, 0) + n
    return refs


def delete_row(db, table: str, row_id: int, *, batch: str | None = None, force: bool = False) -> dict:
    """Delete one row and return it (for undo). Refuses with :class:`ReferencedRow` when others refer to it,
    unless ``force``: then referring rows lose the reference (nullable columns) or are deleted too, each
    change logged, so nothing disappears without a trace."""
    with db.atomic():
        row = _row(db, table, row_id)
        if row is None:
            raise RowMissing(table, row_id)
        refs = references_to(db, table, row_id)
        if refs and not force:
            raise ReferencedRow(table, row_id, refs)
        if refs:
            for fk in introspect.foreign_keys_to(db, table):
                if fk.on_delete == "CASCADE":
                    continue
                ids = [r[0] for r in db.execute(f"SELECT id FROM [{fk.table}] WHERE [{fk.column}] = ?", [row_id])]
                for oid in ids:
                    if fk.not_null:
                        delete_row(db, fk.table, oid, batch=batch, force=True)
                    elif oid != row_id:
                        update_row(db, fk.table, oid, {fk.column: None}, batch=batch)
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        _log(db, "delete", table, row_id, None, row, None, batch)
        search.refresh_rows(db, table, [row_id])
    return row


def bulk_insert(db, table: str, rows: Iterable, *, batch: str | None = None, log: bool = True,
                columns: list[str] | None = None) -> int:
    """Insert many rows in one transaction (the caller wraps it in ``db.atomic()`` for all-or-nothing).

    ``rows`` are mappings, or sequences in ``columns`` order. The log gets one entry per row holding the whole
    new row, as for a single insert."""
    if columns is None:
        rows = list(rows)
        if not rows:
            return 0
        columns = list(rows[0])
        by_column = [[r.get(c) for r in rows] for c in columns]
    else:
        by_column = [list(c) for c in zip(*rows, strict=True)] or [[] for _ in columns]
    return bulk_insert_columns(db, table, list(columns), by_column, batch=batch, log=log)


def bulk_insert_columns(db, table: str, columns: list[str], by_column: list, *, batch: str | None = None,
                        log: bool = True) -> int:
    """:func:`bulk_insert` of rows given a column at a time (``by_column[i]``: the values of ``columns[i]``).

    A column empty in every row and without a default is left out of the statement (binding parameters is
    most of the cost of a wide insert); the search index and the order keys are computed from the values at
    hand; the log is written by one INSERT … SELECT."""
    n = len(by_column[0]) if by_column else 0
    if not n:
        return 0
    defaults = _defaults(db, table)
    kept = [i for i, c in enumerate(columns) if c in defaults or by_column[i].count(None) != n]
    names = ", ".join(f"[{columns[i]}]" for i in kept)
    sql = f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in kept)})"
    with db.atomic():
        conn: sqlite3.Connection = db.conn
        before = conn.execute(f"SELECT coalesce(max(id), 0) FROM [{table}]").fetchone()[0]
        try:
            conn.executemany(sql, zip(*(by_column[i] for i in kept), strict=True))
        except sqlite3.IntegrityError as exc:
            raise ConstraintFailed.from_sqlite(table, exc) from None
        if table in search.SEARCHABLE:
            ids = by_column[columns.index("id")] if "id" in columns else [None]
            if None not in ids and min(ids) > before:
                search.index_new_rows(db, table, columns, by_column)  # the values are at hand: no read-back
            else:
                new_ids = [r[0] for r in conn.execute(f"SELECT id FROM [{table}] WHERE id > ?", [before])]
                search.refresh_rows(db, table, new_ids)
        if log:
            ts, user = now_iso(), current_user()
            all_cols = [info[1] for info in conn.execute(f"PRAGMA table_info([{table}])")]
            as_json = "json_object(" + ", ".join(f"'{c}', [{c}]" for c in all_cols) + ")"
            conn.execute(
                'INSERT INTO change_log (ts, user, action, table_name, row_id, "column", old_value, new_value,'
                f" batch) SELECT ?, ?, 'insert', ?, id, NULL, NULL, {as_json}, ? FROM [{table}] WHERE id > ?",
                [ts, user, table, batch, before],
            )
    return n


def _defaults(db, table: str) -> set[str]:
    """Columns with a default value: an empty cell there is written (NULL is not the default)."""
    return {info[1] for info in db.execute(f"PRAGMA table_info([{table}])") if info[4] is not None}


def bulk_update(db, table: str, updates: list[tuple[int, Mapping]], *, batch: str | None = None) -> int:
    """Set columns of many rows (``updates``: (row id, column -> new value)), as :func:`update_row` does for
    each — only values that differ are written and logged — with a few statements for all of them: the rows
    are read 500 at a time, written by one executemany per set of changed columns, logged by one executemany.
    A row named twice is written in turn, as separate calls would. Returns the number of rows changed."""
    if len({row_id for row_id, _v in updates}) != len(updates):
        return sum(1 for row_id, values in updates if update_row(db, table, row_id, values, batch=batch))
    searchable = set(search.SEARCHABLE.get(table, ()))
    with db.atomic():
        ts, user = now_iso(), current_user()
        groups: dict[tuple, list] = {}
        log_rows, refresh = [], []
        for start in range(0, len(updates), 500):
            chunk = updates[start:start + 500]
            current = _rows(db, table, [row_id for row_id, _v in chunk])
            for row_id, values in chunk:
                row = current.get(row_id)
                if row is None:
                    raise RowMissing(table, row_id)
                changed = {c: v for c, v in values.items() if not (_same(row[c], v) and type(row[c]) is type(v))}
                if not changed:
                    continue
                groups.setdefault(tuple(changed), []).append([*changed.values(), row_id])
                log_rows.extend((ts, user, "update", table, row_id, c, _encode(row[c]), _encode(v), batch)
                                for c, v in changed.items())
                if searchable & set(changed):
                    refresh.append(row_id)
        try:
            for cols, params in groups.items():
                sets = ", ".join(f"[{c}] = ?" for c in cols)
                db.conn.executemany(f"UPDATE [{table}] SET {sets} WHERE id = ?", params)
        except sqlite3.IntegrityError as exc:
            raise ConstraintFailed.from_sqlite(table, exc) from None
        db.conn.executemany(
            'INSERT INTO change_log (ts, user, action, table_name, row_id, "column", old_value, new_value, batch)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log_rows)
        search.refresh_rows(db, table, refresh)
    return sum(len(params) for params in groups.values())


def _rows(db, table: str, ids: list[int]) -> dict[int, dict]:
    cur = db.execute(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' for _ in ids)})", ids)
    cols = [d[0] for d in cur.description]
    key = cols.index("id")
    return {r[key]: dict(zip(cols, r, strict=True)) for r in cur.fetchall()}


def tables_in_batch(db, batch: str) -> set[str]:
    """The tables one logged action changed (read from the change log, never listed by hand)."""
    return {r[0] for r in db.execute("SELECT DISTINCT table_name FROM change_log WHERE batch = ?", [batch])}


def batch_size(db, batch: str) -> int:
    return db.execute("SELECT count(*) FROM change_log WHERE batch = ?", [batch]).fetchone()[0]
