"""Reading the change log: one action's entries (a batch), chosen entries, and values decoded to their types."""

from __future__ import annotations

import json

from db.introspect import check_table

_KEYS = ("id", "action", "table", "row_id", "column", "old", "new", "batch")
_SELECT = 'SELECT id, action, table_name, row_id, "column", old_value, new_value, batch FROM change_log'


def entries(db, *, batch: str | None = None, ids=None) -> list[dict]:
    """Entries of one batch, or with these ids, oldest first."""
    if batch is not None:
        rows = db.execute(_SELECT + " WHERE batch = ? ORDER BY id", [batch]).fetchall()
    else:
        ids = list(ids or [])
        if not ids:
            return []
        rows = db.execute(_SELECT + f" WHERE id IN ({', '.join('?' for _ in ids)}) ORDER BY id", ids).fetchall()
    return [dict(zip(_KEYS, r, strict=True)) for r in rows]


def _column_types(db, table: str) -> dict[str, str]:
    return {info[1]: (info[2] or "").upper() for info in db.execute(f"PRAGMA table_info([{check_table(db, table)}])")}


def decode(db, table: str, column: str, text):
    """A logged value back as stored: numbers of INTEGER/REAL columns were logged as JSON text."""
    if text is None:
        return None
    if _column_types(db, table).get(column, "TEXT") in ("INTEGER", "REAL"):
        try:
            return json.loads(text)
        except (TypeError, json.JSONDecodeError):
            return text
    return text


def decode_row(text) -> dict:
    """A whole logged row (inserts and deletes log the row as JSON)."""
    return json.loads(text)


def last_change_id(db) -> int:
    """The newest change-log id: a position to compare against later (has anything been written since?)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]


def last_row(db, table: str, row_id: int) -> dict | None:
    """The row as the log last kept it whole (its insert, or its delete): how a deleted row is named."""
    found = db.execute("SELECT coalesce(old_value, new_value) FROM change_log WHERE table_name = ? AND row_id = ? "
                       "AND action IN ('insert', 'delete') ORDER BY id DESC LIMIT 1", [table, row_id]).fetchone()
    if not found or found[0] is None:
        return None
    try:
        return decode_row(found[0])
    except (TypeError, json.JSONDecodeError):
        return None
