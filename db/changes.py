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


def bulk_insert(db, table: str, rows: Iterable[Mapping], *, batch: str | None = None, log: bool = True) -> int:
    """Insert many rows in one transaction (the caller wraps it in ``db.atomic()`` for all-or-nothing).

    The log gets one entry per row holding the whole new row, as for a single insert.
    """
    rows = list(rows)
    if not rows:
        return 0
    cols = list(rows[0])
    names = ", ".join(f"[{c}]" for c in cols)
    sql = f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in cols)})"
    with db.atomic():
        conn: sqlite3.Connection = db.conn
        before = conn.execute(f"SELECT coalesce(max(id), 0) FROM [{table}]").fetchone()[0]
        try:
            conn.executemany(sql, (list(map(r.get, cols)) for r in rows))
        except sqlite3.IntegrityError as exc:
            raise ConstraintFailed.from_sqlite(table, exc) from None
        if table in search.SEARCHABLE:
            if "id" in cols and all(r["id"] > before for r in rows):
                search.index_new_rows(db, table, rows)  # the values are at hand: no read-back
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
    return len(rows)


def tables_in_batch(db, batch: str) -> set[str]:
    """The tables one logged action changed (read from the change log, never listed by hand)."""
    return {r[0] for r in db.execute("SELECT DISTINCT table_name FROM change_log WHERE batch = ?", [batch])}


def batch_size(db, batch: str) -> int:
    return db.execute("SELECT count(*) FROM change_log WHERE batch = ?", [batch]).fetchone()[0]
