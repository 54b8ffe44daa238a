"""Reading the mapped cells of one row through the field layer, shared by our own sheets and planners' lists:
which columns are read, a bad cell's fate (our workbook: the file is refused; a list: an optional cell is left
out, a required one leaves the row out), references to rows of the same sheet that come later, and whether a
cell leaves the stored value as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from core import fields, messages
from core.errors import FieldRejected
from core.fields.spec import TABLES, Column
from core.importing import headers as im
from core.importing.context import COLUMNS, Context, Converter, clean_text
from core.importing.layout import column_name
from core.importing.model import DROP, NOTE, REFUSE, SKIP, Change, SheetPlan, problem

SELF_REFS = {"layers", "components", "centres"}
REQUIRED = {table: [col for col in cols if col.required] for table, cols in TABLES.items()}


def why(exc: FieldRejected) -> str:
    return messages.render(exc, "en", with_column=False)


def _clean_long(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def same(col: Column, old, new, *, loose: bool = False) -> bool:
    """Whether a cell leaves the stored value as it is (a round trip through Excel must show no change).
    ``loose`` ignores whitespace inside text: calamine drops the tabs and runs of spaces of an .ods file."""
    if old is None or old == "":
        return new is None or new == ""
    if new is None or new == "":
        return False
    if loose and col.kind in ("text", "longtext") and "".join(str(old).split()) == "".join(str(new).split()):
        return True
    if col.kind in ("money", "number"):
        try:
            a, b = float(old), float(new)
        except (TypeError, ValueError):
            return False
        return a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b)) or (col.kind == "money" and abs(a - b) < 1e-6)
    if col.kind == "longtext":
        return _clean_long(str(old)) == _clean_long(str(new))
    if col.kind in ("text", "credit_code", "date"):
        return clean_text(str(old)) == clean_text(str(new))
    if col.kind == "json":
        try:
            return json.loads(old) == json.loads(new)
        except (TypeError, ValueError):
            return old == new
    return old == new


def specs(sp: SheetPlan) -> list[tuple[im.MappedColumn, Column]]:
    """The mapped columns that are columns of the sheet's table (list-only fields are read elsewhere)."""
    out = []
    for mc in sp.match.mapped():
        if mc.field in COLUMNS[sp.table]:
            out.append((mc, COLUMNS[sp.table][mc.field]))
        elif mc.field != im.PLAN_FIELD and not (sp.table == "firms" and mc.field in im.LIST_FIELDS):
            sp.add_issue(sp.header_row, column_name(mc), None, problem("not_a_column", table=sp.table), NOTE)
    return out


def converters(ctx: Context, sp: SheetPlan, columns) -> list[Converter]:
    unit = sp.match.unit
    return [Converter(ctx, sp.table, col, mc.unit or (unit if col.kind == "money" else None)) for mc, col in columns]


@dataclass
class Deferred:
    """A reference to a row of the same sheet that comes later (a parent listed after its child)."""

    rownum: int
    mc: im.MappedColumn
    col: Column
    cell: object
    target: dict
    change: Change | None = None
    old: object = None


def convert_row(sp: SheetPlan, rownum: int, row, columns, convs, target: dict, *, skip_blank: bool,
                partial: bool):
    """Parse the mapped cells of a row into ``target``. A bad cell is an issue: with ``partial`` (a list) an
    optional cell is left out (DROP) and a required one leaves the row out (SKIP); otherwise the file is
    refused. Returns (qualifiers by field, deferred self-references, issues, whether the row may go on)."""
    qualifiers, deferred, issues, ok = {}, [], [], True
    for (mc, col), conv in zip(columns, convs, strict=True):
        cell = row[mc.index]
        if cell == "" or cell is None:
            if not skip_blank:
                target[col.name] = None
            continue
        hit = conv.memo.get((type(cell), cell))
        if hit is not None:
            target[col.name] = hit[0]
            if hit[1]:
                qualifiers[col.name] = (hit[1], cell, mc)
            continue
        try:
            value, qualifier = conv(cell)
        except FieldRejected as exc:
            if col.kind == "ref" and col.ref == sp.table and sp.table in SELF_REFS:
                deferred.append(Deferred(rownum, mc, col, cell, target))
                continue
            severity = (SKIP if col.required else DROP) if partial else REFUSE
            issues.append(sp.add_issue(rownum, column_name(mc), cell, exc, severity))
            ok = ok and severity == DROP
            continue
        target[col.name] = value
        if qualifier:
            qualifiers[col.name] = (qualifier, cell, mc)
    return qualifiers, deferred, issues, ok


def resolve_deferred(ctx: Context, sp: SheetPlan, deferred: list[Deferred]) -> None:
    for d in deferred:
        try:
            d.target[d.col.name] = ctx.references(d.col.ref).resolve(d.cell)
        except FieldRejected as exc:
            sp.add_issue(d.rownum, column_name(d.mc), d.cell, exc)
            continue
        if d.change is not None and not same(d.col, d.old, d.target[d.col.name], loose=ctx.loose):
            d.change.cells.append((d.col.name, d.old, d.target[d.col.name]))
    pending = {id(d.change) for d in deferred if d.change is not None}
    if pending:
        kept = []
        for ch in sp.changes:
            if id(ch) in pending and not ch.cells:
                sp.unchanged += 1
            else:
                kept.append(ch)
        sp.changes = kept


def add_row(ctx: Context, sp: SheetPlan, rownum: int, values_: dict, columns, *, severity: str = REFUSE) -> int | None:
    """Add a row with a provisional id; required columns left empty are an issue (and no row is added)."""
    table = sp.table
    for name, default in ctx.defaults(table).items():
        if values_.get(name) is None:
            values_[name] = default
    missing = [col for col in REQUIRED[table] if values_.get(col.name) is None]
    for col in missing:
        mc = next((m for m, c in columns if c.name == col.name), None)
        where = column_name(mc) if mc else vocabulary_header(table, col.name)
        sp.add_issue(rownum, where, None, FieldRejected("required", table=table, column=col.name, text=""), severity)
    if missing:
        return None
    row_id = ctx.new_id(table)
    values_["id"] = row_id
    sp.adds.append((rownum, values_))  # a dict until the sheet is done (deferred references fill it in)
    ctx.register(table, row_id, values_, new=True)
    return row_id


def vocabulary_header(table: str, name: str) -> str:
    col = COLUMNS.get(table, {}).get(name)
    return im.header_zh(table, col).rstrip("*") if col else name


def parse_key(cell):
    if cell == "" or cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer() and cell > 0:
        return int(cell)
    text = (fields.parse.cell_text(cell) or "").strip().lstrip("#")
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise FieldRejected("not_key", text=str(cell))
