"""One verb per user action on the tables: set a cell, add, duplicate, delete rows, paste a block.

Typed text is parsed per column (core.values) and references are resolved by name; anything invalid raises
:class:`CellRejected` naming the column and why, and nothing is written. All writes go through db.changes, so
each is one transaction and lands in the change log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from core import rules, values
from core.tables import CHOICE_ALIASES, REF_MATCH, TABLES, Column, column
from core.values import ValueRejected
from db import changes


class CellRejected(ValueError):
    def __init__(self, table: str, column: str, text, reason: str):
        super().__init__(f"{column}: {reason}")
        self.table, self.column, self.text, self.reason = table, column, text, reason


def resolve_reference(db, table: str, text) -> int | None:
    """A row id from a typed id (#12 or 12) or a name; raises ValueRejected if unknown or ambiguous."""
    if text is None:
        return None
    if isinstance(text, int):
        found = db.execute(f"SELECT id FROM [{table}] WHERE id = ?", [text]).fetchone()
        if not found:
            raise ValueRejected(f"no {table} row #{text}")
        return text
    s = values.clean_text(str(text))
    if not s:
        return None
    if s.startswith("#") and s[1:].isdigit():
        return resolve_reference(db, table, int(s[1:]))
    for col in REF_MATCH.get(table, ("name_zh",)):
        rows = db.execute(f"SELECT id FROM [{table}] WHERE [{col}] = ? LIMIT 2", [s]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise ValueRejected(f"'{s}' matches several {table} rows; pick one from the list")
    if table == "targets" and " " in s:
        code = s.split(" ", 1)[0]
        rows = db.execute("SELECT id FROM targets WHERE code = ? LIMIT 2", [code]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    raise ValueRejected(f"no {table} row named '{s}'")


def parse_cell(db, table: str, col: Column, text):
    """Turn typed or pasted ``text`` into the value stored in ``table.col``."""
    try:
        if isinstance(text, str) and not values.clean_text(text) or text is None:
            value = None
        elif col.kind in ("text", "longtext"):
            value = values.clean_text(text) if col.kind == "text" else str(text).strip()
        elif col.kind == "int":
            value = values.parse_int(text, minimum=col.minimum, maximum=col.maximum)
        elif col.kind == "year":
            value = values.parse_year(text)
        elif col.kind == "money":
            value = values.parse_money(text)
        elif col.kind == "number":
            number = values.parse_number(text)
            value = None if number is None else number.value
        elif col.kind == "bool":
            value = values.parse_bool(text)
        elif col.kind == "date":
            value = values.parse_date(text)
        elif col.kind == "credit_code":
            value = values.parse_credit_code(text)
        elif col.kind == "choice":
            value = values.parse_choice(text, {c: [c, *CHOICE_ALIASES.get(c, ())] for c in col.choices})
        elif col.kind == "ref":
            value = resolve_reference(db, col.ref, text)
        elif col.kind == "json":
            value = json.dumps(json.loads(str(text)), ensure_ascii=False)
        else:
            value = text
    except ValueRejected as exc:
        raise CellRejected(table, col.name, text, str(exc)) from None
    except json.JSONDecodeError as exc:
        raise CellRejected(table, col.name, text, f"not valid JSON ({exc.msg})") from None
    if value is None and col.required:
        raise CellRejected(table, col.name, text, "cannot be empty")
    return value


def _check_row_rules(db, table: str, row_id: int, col: str, value) -> None:
    if table == "targets" and col in ("rule", "rule_params"):
        current = db.execute("SELECT rule, rule_params FROM targets WHERE id = ?", [row_id]).fetchone()
        rule, params = (value, current[1]) if col == "rule" else (current[0], value)
        if rule:
            try:
                rules.validate(rule, params)
            except rules.RuleError as exc:
                raise CellRejected(table, col, value, str(exc)) from None
    if col == "parent_id" and value is not None and value == row_id:
        raise CellRejected(table, col, value, "a row cannot be its own parent")


@dataclass
class CellChange:
    table: str
    row_id: int
    column: str
    old: object
    new: object


def set_cell(db, table: str, row_id: int, column_name: str, text, *, expected=..., batch=None) -> CellChange | None:
    """Parse ``text`` and store it. ``expected`` is the value this window showed (conflict detection)."""
    col = column(table, column_name)
    value = parse_cell(db, table, col, text)
    return set_value(db, table, row_id, column_name, value, expected=expected, batch=batch)


def set_value(db, table: str, row_id: int, column_name: str, value, *, expected=..., batch=None):
    """Store an already-parsed value (undo/redo use this)."""
    _check_row_rules(db, table, row_id, column_name, value)
    exp = None if expected is ... else {column_name: expected}
    try:
        old = changes.update_row(db, table, row_id, {column_name: value}, expected=exp, batch=batch)
    except Exception as exc:  # constraint failures from SQLite itself
        import sqlite3

        if isinstance(exc, sqlite3.IntegrityError):
            raise CellRejected(table, column_name, value, _integrity_reason(str(exc))) from None
        raise
    if not old:
        return None
    return CellChange(table, row_id, column_name, old[column_name], value)


def _integrity_reason(text: str) -> str:
    if "UNIQUE" in text:
        return "another row already has this value"
    if "FOREIGN KEY" in text:
        return "refers to a row that does not exist"
    if "NOT NULL" in text:
        return "cannot be empty"
    if "CHECK" in text:
        return "value is out of the allowed range"
    return text


def blank_row(db, table: str) -> dict:
    """The values of a new row: required columns get a sensible first value."""
    row: dict = {}
    for col in TABLES[table]:
        if not col.required:
            continue
        if col.kind == "ref":
            first = db.execute(f"SELECT min(id) FROM [{col.ref}]").fetchone()[0]
            if first is None:
                raise CellRejected(table, col.name, None, f"add a row to {col.ref} first")
            row[col.name] = first
        elif col.kind == "choice":
            row[col.name] = col.choices[0]
        elif col.kind == "bool":
            row[col.name] = 1
        elif col.kind in ("int", "number"):
            row[col.name] = 2 if col.name == "wanted_suppliers" else 0
        elif col.kind == "date":
            from datetime import date

            row[col.name] = date.today().isoformat()
        else:
            row[col.name] = "新条目" if col.name.endswith("_zh") or col.name == "title" else "NEW"
    if table == "observations":
        row.setdefault("as_of_precision", "day")
    return row


def add_row(db, table: str, values_: dict | None = None, *, batch=None) -> int:
    try:
        return changes.insert_row(db, table, values_ if values_ is not None else blank_row(db, table), batch=batch)
    except Exception as exc:
        import sqlite3

        if isinstance(exc, sqlite3.IntegrityError):
            raise CellRejected(table, "", None, _integrity_reason(str(exc))) from None
        raise


def duplicate_row(db, table: str, row_id: int, *, batch=None, new_id: int | None = None) -> int:
    row = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    names = [d[0] for d in db.execute(f"SELECT * FROM [{table}] LIMIT 0").description]
    data = dict(zip(names, row, strict=True))
    data.pop("id")
    if new_id is not None:
        data["id"] = new_id
    for unique in ("credit_code", "ref", "key"):
        if unique in data:
            data[unique] = None
    if table == "plans":
        data["code"] = f"{data['code']}-copy"
        data["issue_date"] = None
    if table == "targets":
        data["code"] = f"{data['code']}-copy"
    return add_row(db, table, data, batch=batch)
