"""One function per user action on the map (Anki's collection verbs are the model).

Each runs in one transaction, goes through db.changes (so the change log, undo, history and the search index
see it), and returns an :class:`Outcome`: the batch id of what it wrote and the tables it changed, read back
from the change log. Undo reverts the batch; redo reverts the undo's batch, which replays exactly what was
logged (a file is never read again). Values typed or pasted go through core.fields, so the editor, paste,
fill-down and the importer store the same value for the same text, or refuse it with the same message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core import fields, history
from core.errors import EditConflictError, FieldRejected, OperationRefused, RowRejected
from core.fields.spec import MATCH_KEYS
from db import changes, rows
from db.errors import ConstraintFailed, EditConflict, ReferencedRow, RowMissing

NOT_SEEN = object()  # no expected value: the write does not check what another window saved


@dataclass
class Outcome:
    batch: str | None  # None: nothing was written
    tables: frozenset[str] = frozenset()
    value: object = None  # what the action made (a new id, a list of ids)


@dataclass
class Cell:
    """One value to store, already parsed; ``expected`` is what this window showed (conflict detection)."""

    row_id: int
    column: str
    value: object
    expected: object = NOT_SEEN


@dataclass
class Parsing:
    cells: list[Cell] = field(default_factory=list)
    rejected: list[FieldRejected] = field(default_factory=list)


def _outcome(db, batch: str, value=None) -> Outcome:
    tables = changes.tables_in_batch(db, batch)
    return Outcome(batch if tables else None, frozenset(tables), value)


def _constraint(table: str, exc: ConstraintFailed) -> FieldRejected:
    code = {"unique": "unique", "foreign_key": "references_missing", "not_null": "required"}.get(exc.kind,
                                                                                                "out_of_range")
    column = next((c for c in exc.columns if c in {col.name for col in fields.columns(table)}), None)
    return FieldRejected(code, table=table, column=column, text="")


# ----- values ----------------------------------------------------------------------------------------------

def parse_cells(db, table: str, typed: list[tuple[int, str, object]], seen: dict[int, dict],
                *, resolver: fields.Resolver | None = None) -> Parsing:
    """Parse typed or pasted text [(row id, column, text)] against the rows as this window shows them
    (``seen``: row id -> row). A qualifier or unit a text carries lands in the row's other columns
    (core.fields.rows.absorb). Bad cells are collected, not raised, so a paste can offer the good ones."""
    resolver = resolver or fields.Resolver(db)
    out = Parsing()
    original: dict[int, dict] = {}
    working: dict[int, dict] = {}
    for row_id, name, text in typed:
        if row_id not in working:
            original[row_id] = dict(seen.get(row_id) or rows.get(db, table, row_id) or {"id": row_id})
            working[row_id] = dict(original[row_id])
        row = working[row_id]
        try:
            parsed = fields.parse_value(table, name, text, refs=resolver)
            row.update(fields.absorb(table, name, parsed, text, row))
        except FieldRejected as exc:
            exc.facts["row_id"] = row_id
            out.rejected.append(exc.at(table, name, text))
    names = [c.name for c in fields.columns(table)]
    for row_id, row in working.items():
        try:
            fields.check_row(table, row)
        except RowRejected as exc:
            column = exc.facts.get("column")
            out.rejected.append(FieldRejected(exc.code, **{**exc.facts, "row_id": row_id,
                                                            "text": _text(row.get(column))}))
            continue
        except FieldRejected as exc:
            exc.facts["row_id"] = row_id
            out.rejected.append(exc)
            continue
        before = original[row_id]
        for name in names:
            if name not in row or _same(before.get(name), row[name]):
                continue
            expected = before.get(name) if row_id in seen else NOT_SEEN
            out.cells.append(Cell(row_id, name, row[name], expected))
    return out


def _same(a, b) -> bool:
    return a == b and type(a) is type(b)


def _text(value) -> str:
    return "" if value is None else str(value)


def set_cells(db, table: str, cells: list[Cell], *, progress=None) -> Outcome:
    """Store parsed values as one action. A cell another window changed since this one read it raises
    :class:`EditConflictError` and nothing is written."""
    batch = changes.new_batch()
    by_row: dict[int, list[Cell]] = {}
    for cell in cells:
        by_row.setdefault(cell.row_id, []).append(cell)
    try:
        with changes.transaction(db):
            for i, (row_id, row_cells) in enumerate(by_row.items()):
                values = {c.column: c.value for c in row_cells}
                expected = {c.column: c.expected for c in row_cells if c.expected is not NOT_SEEN}
                changes.update_row(db, table, row_id, values, expected=expected or None, batch=batch)
                if progress is not None and i % 200 == 0:
                    progress(i, len(by_row))
    except EditConflict as exc:
        raise EditConflictError("edit_conflict", table=table, row_id=exc.row_id, column=exc.column,
                                expected=exc.expected, current=exc.current, attempted=exc.attempted) from None
    except RowMissing as exc:
        raise OperationRefused("row_missing", table=table, row_id=exc.row_id) from None
    except ConstraintFailed as exc:
        raise _constraint(table, exc) from None
    return _outcome(db, batch)


def edit_cell(db, table: str, row_id: int, column: str, text, *, seen: dict | None = None) -> Outcome:
    """The cell editor: parse ``text`` and store it (with what it implies for the row). Raises FieldRejected."""
    parsing = parse_cells(db, table, [(row_id, column, text)], {row_id: seen} if seen else {})
    if parsing.rejected:
        raise parsing.rejected[0]
    return set_cells(db, table, parsing.cells)


def fill_down(db, table: str, top: dict, below: list[dict], columns: list[str]) -> Outcome:
    """Copy the top row's values of ``columns`` to the rows below (Ctrl+D): the stored values themselves."""
    cells = [Cell(r["id"], c, top.get(c), r.get(c)) for r in below for c in columns if r.get(c) != top.get(c)]
    return set_cells(db, table, cells) if cells else Outcome(None)


# ----- rows ------------------------------------------------------------------------------------------------

def new_row(db, table: str) -> dict:
    """The values a new row starts with: the schema's defaults only (local = yes, kind = stock …). Nothing
    is made up: a new row stays a draft in the GUI until the planner has given its required values."""
    names = {c.name for c in fields.columns(table)}
    return {k: v for k, v in rows.column_defaults(db, table).items() if k in names}


def missing_required(table: str, row: dict) -> list[str]:
    """The required columns still empty in ``row`` (a draft is saved once there are none)."""
    return [c.name for c in fields.columns(table) if c.required and row.get(c.name) in (None, "")]


def add_row(db, table: str, values: dict | None = None) -> Outcome:
    """Add one row (``values`` already parsed). Outcome.value is its id. Raises FieldRejected ('required')
    while a required column is empty."""
    data = {**new_row(db, table), **(values or {})}
    for name in missing_required(table, data):
        raise FieldRejected("required", table=table, column=name, text="")
    fields.check_row(table, data)
    batch = changes.new_batch()
    try:
        row_id = changes.insert_row(db, table, data, batch=batch)
    except ConstraintFailed as exc:
        raise _constraint(table, exc) from None
    return _outcome(db, batch, row_id)


def duplicate_rows(db, table: str, row_ids: list[int]) -> Outcome:
    """Copies of rows; unique values (credit code, codes) are left empty or marked '-copy'."""
    batch = changes.new_batch()
    unique = {c for key in MATCH_KEYS.get(table, ()) for c in key} & {"credit_code", "ref", "key", "code"}
    made = []
    try:
        with changes.transaction(db):
            for row_id in row_ids:
                data = rows.get(db, table, row_id)
                if data is None:
                    continue
                data.pop("id")
                for name in unique:
                    if name == "code":
                        data["code"] = f"{data['code']}-copy"
                    else:
                        data[name] = None
                if table == "plans":
                    data["issue_date"] = None
                made.append(changes.insert_row(db, table, data, batch=batch))
    except ConstraintFailed as exc:
        raise _constraint(table, exc) from None
    return _outcome(db, batch, made)


def references(db, table: str, row_ids) -> dict[str, int]:
    """Table -> how many rows refer to these rows (what a delete would touch)."""
    refs: dict[str, int] = {}
    for row_id in row_ids:
        for other, n in changes.references_to(db, table, row_id).items():
            refs[other] = refs.get(other, 0) + n
    return refs


def delete_rows(db, table: str, row_ids: list[int]) -> Outcome:
    """Delete rows; references to them are cleared and dependent rows deleted too, each change logged."""
    batch = changes.new_batch()
    with changes.transaction(db):
        for row_id in row_ids:
            try:
                changes.delete_row(db, table, row_id, batch=batch, force=True)
            except RowMissing:
                continue
            except ReferencedRow as exc:  # pragma: no cover - force clears references
                raise OperationRefused("revert_referenced", table=table, row=str(row_id), refs=exc.refs) from None
    return _outcome(db, batch)


# ----- undo, redo, history ----------------------------------------------------------------------------------

def revert(db, batch: str) -> Outcome:
    """Undo an action (and redo, by reverting the undo's batch). Raises OperationRefused over a later change."""
    return _outcome(db, history.revert_batch(db, batch))


def revert_entries(db, entry_ids) -> Outcome:
    """Revert chosen change-log entries (the History page), newest first, all or nothing."""
    return _outcome(db, history.revert(db, history.entries(db, ids=entry_ids)))


# ----- imports ---------------------------------------------------------------------------------------------

def apply_import(db, source, options=None, *, expect: str | None = None, backup: bool = True, progress=None) -> Outcome:
    """Import a workbook or list as previewed: one transaction, one batch, after a checked backup copy.

    ``source`` is the previewed plan itself (core.importing.model.ImportPlan: nothing is read again, and a row
    changed since the preview refuses the import) or a path (planned again; ``expect`` is the preview's
    fingerprint). Outcome.value is the plan. Raises ImportFailed (ImportChanged, ImportBusy, BackupProblem)."""
    from core.importing.model import ImportPlan
    from core.importing.plan import ImportFailed, import_file, write_plan

    batch = changes.new_batch()
    if isinstance(source, ImportPlan):
        plan = write_plan(db, source, batch=batch, backup=backup, progress=progress)
    else:
        plan = import_file(db, source, options, batch=batch, backup=backup, expect=expect, progress=progress)
    if plan.has_errors:
        raise ImportFailed("refused_by_database") if not plan.errors() else plan.errors()[0].problem
    return _outcome(db, batch, plan)
