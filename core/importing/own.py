"""Planning the import of a sheet of our own workbook: rows matched by the key column (a blank key: a new row,
unless its natural key — name, code … — finds one), a blank cell clears a value, and rows of the table that
are not in the sheet are listed ("not in the file: kept") or, when the planner asks, deleted.

Unchanged rows are recognised by comparing the cells with what the export writes for the stored values
(computed in SQL), which keeps a 100,000-row round trip fast. Our workbook is imported all or nothing: a bad
cell refuses the file (the planner fixes the sheet the app wrote), unlike a colleague's list.
"""

from __future__ import annotations

from operator import itemgetter

from core import vocabulary
from core.errors import FieldRejected
from core.exporting.workbook import NO, YES
from core.fields.spec import TABLES
from core.importing import headers as im
from core.importing.cells import (
    Deferred,
    add_row,
    convert_row,
    converters,
    parse_key,
    resolve_deferred,
    same,
    specs,
)
from core.importing.context import Context
from core.importing.layout import column_name, data_rows
from core.importing.model import NOTE, Change, SheetPlan, problem
from db import importing as dbi
from db import rows as db_rows

CHUNK = 2000


def _export_sql(col) -> str:
    labels = {c: vocabulary.choice_label(col.choice_set, c) for c in col.choices} if col.kind == "choice" else None
    return dbi.export_cell_sql(col.name, col.kind, yes=YES, no=NO, choice_labels=labels)


def plan_own(ctx: Context, book, sp: SheetPlan, formula_cells: dict, counter, *, delete_missing: bool) -> None:
    table, match = sp.table, sp.match
    columns = specs(sp)
    convs = converters(ctx, sp, columns)
    ref_labels = [(i, ctx.references(col.ref).labels()) for i, (_mc, col) in enumerate(columns) if col.kind == "ref"]
    indexes = [mc.index for mc, _col in columns]
    getter = itemgetter(*indexes) if len(indexes) > 1 else (lambda r: (r[indexes[0]],) if indexes else ())
    names = [col.name for _mc, col in columns]
    expressions = [_export_sql(col) for _mc, col in columns]

    def expected(shown: tuple) -> tuple:
        if not ref_labels:
            return shown
        cells = list(shown)
        for i, labels_ in ref_labels:
            v = cells[i]
            cells[i] = "" if v is None else labels_.get(v, f"#{v}")
        return tuple(cells)

    key_index = match.key_index
    key_name = f"{im.column_letter(key_index)} {im.KEY_ZH}" if key_index is not None else im.KEY_ZH
    sp.add_columns = ["id", *(c.name for c in TABLES[table])]
    seen_keys: dict[int, int] = {}
    deferred: list[Deferred] = []
    unknown_keys: list[int] = []
    if key_index is None:
        sp.add_issue(sp.header_row, None, None, problem("no_key_column", column=im.KEY_ZH), NOTE)

    def process(chunk) -> None:
        keys = []
        for rownum, row in chunk:
            try:
                keys.append(parse_key(row[key_index]) if key_index is not None else None)
            except FieldRejected as exc:
                sp.add_issue(rownum, key_name, row[key_index], exc)
                keys.append(False)
        wanted = [k for k in keys if k]
        found = dbi.shown_rows(ctx.db, table, expressions, wanted)
        differing = [k for (_n, row), k in zip(chunk, keys, strict=True)
                     if k and k in found and getter(row) != expected(found[k])]
        currents = ctx.current_many(table, differing, names) if differing else {}
        for (rownum, row), key in zip(chunk, keys, strict=True):
            if key is False:
                continue
            if key:
                if key in seen_keys:
                    sp.add_issue(rownum, key_name, key, problem("same_key", other=seen_keys[key]))
                    continue
                seen_keys[key] = rownum
                shown = found.get(key)
                if shown is not None:
                    if getter(row) == expected(shown):
                        sp.unchanged += 1
                        continue
                    current = currents.get(key) or ctx.current(table, key, names)
                    _update(ctx, sp, rownum, row, key, current, columns, convs, deferred)
                    continue
                unknown_keys.append(rownum)
            _new(ctx, sp, rownum, row, columns, convs, deferred, names)
        counter.step(len(chunk))

    chunk = []
    for rownum, row, _section in data_rows(book, sp, formula_cells):
        chunk.append((rownum, row))
        if len(chunk) >= CHUNK:
            process(chunk)
            chunk = []
    if chunk:
        process(chunk)
    resolve_deferred(ctx, sp, deferred)
    if unknown_keys:
        shown = ", ".join(str(r) for r in unknown_keys[:5]) + (" …" if len(unknown_keys) > 5 else "")
        sp.add_issue(None, key_name, None, problem("unknown_keys", n=len(unknown_keys), rows=shown), NOTE)
    if key_index is not None:
        present = set(seen_keys)
        sp.missing = [i for i in dbi.all_ids(ctx.db, table) if i not in present]
        if sp.missing:
            for row_id, text in db_rows.labels(ctx.db, table, sp.missing).items():
                ctx.plan.labels.setdefault((table, row_id), text)
            code = "not_in_file_deleted" if delete_missing else "not_in_file_kept"
            sp.add_issue(None, None, None, problem(code, n=len(sp.missing), table=table), NOTE)
            if delete_missing:
                sp.deletes = list(sp.missing)


def derive_local(ctx: Context, table: str, values_: dict) -> None:
    """A capability whose 本地 cell is blank is local only when its firm is known to be in Shenzhen; a firm of
    unknown place is not a local supplier (the link is marked for checking), never 'yes' by default."""
    if table != "capabilities" or values_.get("local") is not None or values_.get("firm_id") is None:
        return
    from core.importing import locality

    place = ctx.current("firms", values_["firm_id"], ["city", "district"])
    home = locality.is_home(place.get("city"))
    if home is None and locality.is_home_district(place.get("district")):
        home = True
    values_["local"] = int(bool(home))
    if home is None:
        values_["needs_check"] = 1


def _update(ctx, sp, rownum, row, row_id, current: dict, columns, convs, deferred) -> None:
    table = sp.table
    parsed: dict = {}
    _quals, later, issues, _ok = convert_row(sp, rownum, row, columns, convs, parsed, skip_blank=False, partial=False)
    if issues:
        return
    defaults = ctx.defaults(table)
    derive_local(ctx, table, parsed)
    cells = []
    for mc, col in columns:
        if col.name not in parsed:
            continue  # a deferred reference
        new = parsed[col.name]
        if new is None and col.name in defaults:
            new = parsed[col.name] = defaults[col.name]
        if new is None and col.required:
            sp.add_issue(rownum, column_name(mc), None, FieldRejected("required", table=table, column=col.name,
                                                                      text=""))
            continue
        if not same(col, current[col.name], new, loose=ctx.loose):
            cells.append((col.name, current[col.name], new))
    label = ctx.plan.labels.get((table, row_id)) or ctx.label(table, row_id)
    change = Change(rownum, row_id, label, cells)
    for d in later:
        d.change, d.old = change, current.get(d.col.name)
        deferred.append(d)
    if cells or later:
        sp.changes.append(change)
        ctx.register(table, row_id, {**current, **parsed}, new=False)
    else:
        sp.unchanged += 1


def _new(ctx, sp, rownum, row, columns, convs, deferred, names) -> None:
    table = sp.table
    values_: dict = {}
    _quals, later, issues, _ok = convert_row(sp, rownum, row, columns, convs, values_, skip_blank=True,
                                             partial=False)
    if issues:
        return
    derive_local(ctx, table, values_)
    existing = ctx.natural_match(table, values_)
    if existing is not None:
        current = ctx.current(table, existing, names)
        if current:
            sp.add_issue(rownum, None, None, problem("matched_by_name", id=existing), NOTE)
            _update(ctx, sp, rownum, row, existing, current, columns, convs, deferred)
            return
    if add_row(ctx, sp, rownum, values_, columns) is not None:
        deferred.extend(later)
