"""Reverting logged changes: one entry (History view) or a whole batch (undo of one user action)."""

from __future__ import annotations

import json

from db import changes
from db.errors import EditConflict, RowMissing


class RevertFailed(Exception):
    """A change could not be reverted; the message says why (nothing was written)."""


def _column_types(db, table: str) -> dict[str, str]:
    return {info[1]: (info[2] or "").upper() for info in db.execute(f"PRAGMA table_info([{table}])")}


def decode(db, table: str, column: str, text):
    if text is None:
        return None
    kind = _column_types(db, table).get(column, "TEXT")
    if kind in ("INTEGER", "REAL"):
        try:
            return json.loads(text)
        except (TypeError, json.JSONDecodeError):
            return text
    return text


def entries(db, *, batch: str | None = None, ids=None) -> list[dict]:
    sql = 'SELECT id, action, table_name, row_id, "column", old_value, new_value, batch FROM change_log'
    if batch is not None:
        rows = db.execute(sql + " WHERE batch = ? ORDER BY id", [batch]).fetchall()
    else:
        ids = list(ids)
        rows = db.execute(sql + f" WHERE id IN ({', '.join('?' for _ in ids)}) ORDER BY id", ids).fetchall()
    keys = ("id", "action", "table", "row_id", "column", "old", "new", "batch")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def revert_entry(db, entry: dict, *, batch: str | None = None) -> None:
    table, row_id = entry["table"], entry["row_id"]
    try:
        if entry["action"] == "update":
            old = decode(db, table, entry["column"], entry["old"])
            new = decode(db, table, entry["column"], entry["new"])
            changes.update_row(db, table, row_id, {entry["column"]: old}, expected={entry["column"]: new},
                               batch=batch)
        elif entry["action"] == "insert":
            if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone():
                changes.delete_row(db, table, row_id, batch=batch)
        elif entry["action"] == "delete":
            row = json.loads(entry["old"])
            if db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone():
                raise RevertFailed(f"{table} #{row_id} exists again; it cannot be restored twice")
            changes.insert_row(db, table, row, batch=batch)
    except EditConflict as exc:
        raise RevertFailed(
            f"{table} #{row_id} {exc.column} has been changed since (now {exc.current!r})"
        ) from None
    except RowMissing:
        raise RevertFailed(f"{table} #{row_id} no longer exists") from None
    except Exception as exc:
        import sqlite3

        from db.errors import ReferencedRow

        if isinstance(exc, ReferencedRow):
            refs = ", ".join(f"{n} {t}" for t, n in exc.refs.items())
            raise RevertFailed(f"{table} #{row_id} is now referred to by {refs}") from None
        if isinstance(exc, sqlite3.IntegrityError):
            raise RevertFailed(f"{table} #{row_id}: {exc}") from None
        raise


def revert(db, items: list[dict], *, batch: str | None = None) -> str:
    """Revert entries newest first, all or nothing. Returns the batch id of the reverting changes."""
    batch = batch or changes.new_batch()
    with db.atomic():
        for entry in sorted(items, key=lambda e: e["id"], reverse=True):
            revert_entry(db, entry, batch=batch)
    return batch


def revert_batch(db, batch: str) -> str:
    return revert(db, entries(db, batch=batch))
