"""Reverting logged changes: one action's batch (undo, and redo, which reverts the undo), or chosen entries
(the History page). All or nothing, and never over a later change: a value changed since is reported."""

from __future__ import annotations

from core.errors import OperationRefused
from db import changes, rows
from db import history as log
from db.errors import ConstraintFailed, EditConflict, ReferencedRow, RowMissing


def revert_entry(db, entry: dict, *, batch: str | None = None) -> None:
    table, row_id = entry["table"], entry["row_id"]
    facts = {"table": table, "row": _name(db, table, row_id, entry), "row_id": row_id}
    try:
        if entry["action"] == "update":
            old = log.decode(db, table, entry["column"], entry["old"])
            new = log.decode(db, table, entry["column"], entry["new"])
            changes.update_row(db, table, row_id, {entry["column"]: old}, expected={entry["column"]: new},
                               batch=batch)
        elif entry["action"] == "insert":
            if rows.exists(db, table, row_id):
                changes.delete_row(db, table, row_id, batch=batch)
        elif entry["action"] == "delete":
            if rows.exists(db, table, row_id):
                raise OperationRefused("revert_exists", **facts)
            changes.insert_row(db, table, log.decode_row(entry["old"]), batch=batch)
    except EditConflict as exc:
        raise OperationRefused("revert_changed", **facts, column=exc.column, current=exc.current) from None
    except RowMissing:
        raise OperationRefused("revert_missing", **facts) from None
    except ReferencedRow as exc:
        raise OperationRefused("revert_referenced", **facts, refs=exc.refs) from None
    except ConstraintFailed as exc:
        raise OperationRefused("revert_referenced", **facts, reason=exc.text) from None


def _name(db, table: str, row_id: int, entry: dict) -> str:
    label = rows.label(db, table, row_id)
    if label.startswith("#") and entry.get("old") and entry["action"] == "delete":
        from core.fields.spec import display_of

        return display_of(table, log.decode_row(entry["old"])) or label
    return label


def revert(db, items: list[dict], *, batch: str | None = None) -> str:
    """Revert entries newest first, all or nothing. Returns the batch id of the reverting changes."""
    batch = batch or changes.new_batch()
    with db.atomic():
        for entry in sorted(items, key=lambda e: e["id"], reverse=True):
            revert_entry(db, entry, batch=batch)
    return batch


def revert_batch(db, batch: str) -> str:
    return revert(db, log.entries(db, batch=batch))


def entries(db, *, batch: str | None = None, ids=None) -> list[dict]:
    return log.entries(db, batch=batch, ids=ids)
