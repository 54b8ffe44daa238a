"""Planning a list of centres or observations: rows matched by natural key (a centre also by alias), empty cells
meaning "no information", notes added to; an observation's target found by plan code and target code, its date
read with its precision and its value converted to the target's unit.
"""

from __future__ import annotations

from core import fields
from core.errors import FieldRejected
from core.fields.numbers import exact, magnitude_of
from core.fields.rows import merge_notes
from core.fields.spec import TABLES
from core.importing import headers as im
from core.importing.cells import add_row, convert_row, converters, same, specs
from core.importing.context import COLUMNS, Context, clean_text
from core.importing.layout import column_name, data_rows
from core.importing.model import DROP, NOTE, SKIP, Change, SheetPlan, problem
from core.importing.names import merge_aliases, split_aliases
from db import importing as dbi


def plan_other_list(ctx: Context, book, sp: SheetPlan, formula_cells: dict, counter) -> None:
    table = sp.table
    columns = specs(sp)
    plan_col = next((mc for mc in sp.match.mapped() if mc.field == im.PLAN_FIELD), None)
    special = {}
    if table == "observations":  # read below: dates like 2025年6月, units, plan + code
        special = {col.name: mc for mc, col in columns if col.name in ("target_id", "as_of", "value")}
        columns = [(mc, col) for mc, col in columns if col.name not in special]
    convs = converters(ctx, sp, columns)
    sp.add_columns = ["id", *(c.name for c in TABLES[table])]
    added: dict[int, int] = {}  # provisional id -> sheet row
    n = 0
    for rownum, row, _section in data_rows(book, sp, formula_cells):
        n += 1
        if n % 500 == 0:
            counter.step(500)
        vals: dict = {}
        quals, _later, issues, ok = convert_row(sp, rownum, row, columns, convs, vals, skip_blank=True, partial=True)
        if table == "observations":
            ok = _observation_cells(ctx, sp, rownum, row, vals, special, plan_col, issues) and ok
        if not ok:
            sp.reject(rownum, row, issues)
            continue
        if not any(v is not None for v in vals.values()):
            sp.skipped += 1
            continue
        notes = [f"{' '.join(mc.header.split())}：{cell}" for _f, (_q, cell, mc) in quals.items()]
        if notes and "notes" in COLUMNS[table]:
            vals["notes"] = merge_notes(vals.get("notes"), "；".join(notes))
        existing = ctx.natural_match(table, vals, pending=True)
        if existing is not None and existing in added:
            sp.add_issue(rownum, None, None, problem("same_as_row", other=added[existing]), NOTE)
            continue
        if existing is None and table == "centres":
            existing = _centre_by_alias(ctx, vals.get("name_zh"))
        if existing is not None:
            _update(ctx, sp, rownum, existing, vals)
        else:
            before = len(sp.adds)
            row_id = add_row(ctx, sp, rownum, vals, columns, severity=SKIP)
            if row_id is not None:
                added[row_id] = rownum
            elif len(sp.adds) == before:
                sp.reject(rownum, row, [i for i in sp.issues if i.row == rownum])
    counter.step(n % 500)


def _centre_by_alias(ctx: Context, name) -> int | None:
    if not name:
        return None
    key = clean_text(name)
    for row_id, aliases in dbi.centre_aliases(ctx.db):
        if key in split_aliases(aliases):
            return row_id
    return None


def _update(ctx: Context, sp: SheetPlan, rownum: int, row_id: int, vals: dict) -> None:
    """A matched row takes the list's values where it has none; its name stays; notes and aliases are added to;
    a different value where it has one is a note (centres and observations are curated one by one)."""
    table = sp.table
    names = [c.name for c in TABLES[table] if c.name in vals and c.name != "name_zh"]
    current = ctx.current(table, row_id, names) if names else {}
    cells = []
    for name in names:
        col, old, new = COLUMNS[table][name], current.get(name), vals[name]
        if name == "notes":
            new = merge_notes(old, new)
        elif name == "aliases":
            new = merge_aliases(old, new)
        elif old not in (None, "") and new is not None and not same(col, old, new, loose=ctx.loose):
            from core.importing.model import Conflict

            sp.conflicts.append(Conflict(sp.sheet, rownum, row_id, ctx.label(table, row_id), name, old, new))
            continue
        if new is not None and not same(col, old, new, loose=ctx.loose):
            cells.append((name, old, new))
    if cells:
        sp.changes.append(Change(rownum, row_id, ctx.label(table, row_id), cells))
    else:
        sp.unchanged += 1


def _observation_cells(ctx, sp, rownum, row, vals, special, plan_col, issues) -> bool:
    """An observation's target (by plan and code), its date and precision, value and unit. False: left out."""
    ok = True
    mc = special.get("target_id")
    if mc is not None and row[mc.index] not in ("", None):
        text = clean_text(fields.parse.cell_text(row[mc.index]))
        plan_code = clean_text(fields.parse.cell_text(row[plan_col.index]) or "") if plan_col is not None else ""
        found = dbi.targets_of_plan(ctx.db, plan_code, text) if plan_code else []
        if len(found) == 1:
            vals["target_id"] = found[0]
        else:
            try:
                vals["target_id"] = ctx.references("targets").resolve(text)
            except FieldRejected as exc:
                issues.append(sp.add_issue(rownum, column_name(mc), text, exc, DROP))
    mc = special.get("as_of")
    if mc is not None and row[mc.index] not in ("", None):
        try:
            parsed = fields.parse_value("observations", "as_of", row[mc.index])
            vals["as_of"] = parsed.value
            if vals.get("as_of_precision") is None:
                vals["as_of_precision"] = parsed.precision
        except FieldRejected as exc:
            issues.append(sp.add_issue(rownum, column_name(mc), row[mc.index], exc, SKIP))
            ok = False
    mc = special.get("value")
    if mc is None or row[mc.index] in ("", None):
        return ok
    try:
        parsed = fields.parse_value("observations", "value", row[mc.index])
    except FieldRejected as exc:
        issues.append(sp.add_issue(rownum, column_name(mc), row[mc.index], exc, DROP))
        return ok
    value, unit = parsed.value, parsed.unit
    if unit is None and mc.unit:  # a bare number in a column headed '数值（万台）'
        base, magnitude = magnitude_of(mc.unit)
        value = value if parsed.scaled else exact(value, magnitude)
        unit = base if base else None
    target_unit = dbi.target_unit(ctx.db, vals["target_id"]) if vals.get("target_id") is not None else None
    wanted = vals.get("unit") or target_unit
    if wanted and (unit or parsed.scaled or mc.unit):
        base, magnitude = magnitude_of(wanted)
        if unit is None or base is None or base == unit:
            value, unit = exact(value, 1 / magnitude) if magnitude != 1 else value, wanted
    vals["value"] = value
    if vals.get("unit") is None and unit:
        vals["unit"] = unit
    if parsed.qualifier and vals.get("qualifier") is None:
        vals["qualifier"] = parsed.qualifier
    return ok
