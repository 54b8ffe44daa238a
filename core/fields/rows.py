"""Rules across the columns of one row, and what a parsed cell means for its row's other columns.

:func:`absorb` turns one parsed cell into the column values to store: a period's precision goes to its
partner column (as_of -> as_of_precision), a unit named in a number goes to the row's unit column (converted
when the row already has one), and a qualifier (约, 超 …) goes to the row's qualifier column or, where the
table has none, into its notes ("估值（亿元）：约12亿") so nothing the planner wrote is lost.
:func:`check_row` holds the rules no single column can: a target's rule and its parameters, a parent that is
the row itself, required columns.
"""

from __future__ import annotations

from core import vocabulary
from core.errors import FieldRejected, RowRejected
from core.fields import numbers
from core.fields.parse import Parsed
from core.fields.spec import TABLES, column


def _has(table: str, name: str) -> bool:
    return any(c.name == name for c in TABLES[table])


def merge_notes(old, new) -> str | None:
    """Notes are added to, once, never written over."""
    if not new:
        return old
    if not old:
        return new
    if " ".join(str(new).split()) in " ".join(str(old).split()):
        return old
    return f"{old}\n{new}"


def absorb(table: str, name: str, parsed: Parsed, raw, row: dict) -> dict:
    """Column -> value to store for one parsed cell of ``row`` (the row as it stands, for the unit and notes)."""
    col = column(table, name)
    out = {name: parsed.value}
    if col.partner and parsed.precision:
        out[col.partner] = parsed.precision
    if col.kind == "number" and parsed.value is not None and _has(table, "unit") and name == "value":
        out.update(_with_unit(table, name, parsed, row))
    if parsed.qualifier:
        if _has(table, "qualifier"):
            out["qualifier"] = parsed.qualifier
        elif _has(table, "notes"):
            note = f"{vocabulary.column_label(table, name, 'zh')}：{' '.join(str(raw).split())}"
            out["notes"] = merge_notes(row.get("notes"), note)
    return out


def _with_unit(table: str, name: str, parsed: Parsed, row: dict) -> dict:
    """A number written with a unit ('1.2万台') in a row whose unit column says what the value counts."""
    if parsed.unit is None:
        return {}
    row_unit = row.get("unit")
    if not row_unit:
        return {"unit": parsed.unit}
    base, magnitude = numbers.magnitude_of(row_unit)
    if base is not None and base != parsed.unit:
        raise FieldRejected("wrong_unit", table=table, column=name, text=str(parsed.value),
                           found=parsed.unit, unit=row_unit)
    return {name: numbers.exact(parsed.value, 1 / magnitude) if magnitude != 1 else parsed.value}


def check_row(table: str, row: dict) -> None:
    """Raise :class:`RowRejected` or :class:`FieldRejected` for a row that breaks a rule."""
    for col in TABLES[table]:
        if col.required and (row.get(col.name) is None or row.get(col.name) == "") and col.name in row:
            raise FieldRejected("required", table=table, column=col.name, text="")
    if row.get("parent_id") is not None and row.get("id") is not None and row["parent_id"] == row["id"]:
        raise RowRejected("own_parent", table=table, column="parent_id", row_id=row.get("id"))
    if table == "targets" and row.get("rule"):
        from core.analysis import rules

        if row["rule"] not in rules.RULES:
            raise RowRejected("rule_unknown", table=table, column="rule", rule=row["rule"],
                              known=", ".join(rules.RULES))
        try:
            rules.validate(row["rule"], row.get("rule_params"))
        except rules.RuleError as exc:
            raise RowRejected(exc.code, **{**exc.facts, "table": table, "column": "rule_params"}) from None
