"""Writing a plan: one transaction holding the write lock from its start, one change-log batch, after a checked
backup copy — or a dry run that writes and rolls back, so what SQLite itself would refuse shows in the preview.

At apply time, under the lock: rows the plan changes must not have been changed since the plan was made (the
change log's position is recorded in the plan), rows it adds must not have been added meanwhile by someone else,
and the provisional ids of new rows become real ids (so two imports never collide on an id). A failed or refused
import leaves no backup behind; only a written one rotates the old backups.
"""

from __future__ import annotations

import re

from core import backup as backups
from core.errors import FieldRejected
from core.fields.spec import MATCH_KEYS, TABLES
from core.importing.context import natural_value
from core.importing.messages import BackupProblem, ImportBusy, ImportChanged, ImportFailed
from core.importing.model import REFUSE, ImportPlan, Issue
from db import changes
from db import importing as dbi
from db.errors import ConstraintFailed

IMPORT_ORDER = ("sources", "layers", "components", "firms", "centres", "plans", "targets", "capabilities",
                "supply_links", "observations")
CHUNK = 20_000
REFS = {t: {c.name: c.ref for c in cols if c.kind == "ref"} for t, cols in TABLES.items()}


def _order(plan: ImportPlan):
    return sorted(plan.sheets, key=lambda s: IMPORT_ORDER.index(s.table))


# ----- ids ---------------------------------------------------------------------------------------------------

def real_ids(db, plan: ImportPlan) -> dict[str, dict[int, int]]:
    """table -> provisional id -> the id the row gets now (after the table's highest id, in the order the rows
    were planned)."""
    out: dict[str, dict[int, int]] = {}
    for table in IMPORT_ORDER:
        provisional = sorted({vals[0] for sp in plan.sheets if sp.table == table for _r, vals in sp.adds},
                             reverse=True)
        if provisional:
            base = dbi.max_id(db, table) + 1
            out[table] = {p: base + i for i, p in enumerate(provisional)}
    return out


def _remap(table: str, row: dict, ids: dict) -> dict:
    refs = REFS[table]
    for name, value in row.items():
        if isinstance(value, int) and value < 0:
            target = table if name == "id" else refs.get(name)
            if target is not None:
                row[name] = ids[target][value]
    return row


# ----- writing -----------------------------------------------------------------------------------------------

def _columns(sp, chunk, real: dict) -> list[list]:
    """Added rows a column at a time (in ``sp.add_columns`` order), provisional ids — theirs and those they
    refer to — replaced by real ones."""
    refs = REFS[sp.table]
    by_column = [list(c) for c in zip(*(vals for _r, vals in chunk), strict=True)]
    for i, name in enumerate(sp.add_columns):
        target = sp.table if name == "id" else refs.get(name)
        if target is not None and target in real:
            get = real[target].get
            by_column[i] = [v if v is None or v >= 0 else get(v, v) for v in by_column[i]]
    return by_column


def _write(db, plan: ImportPlan, ids: dict, batch: str | None, progress) -> None:
    """Write the plan's rows; ``ids``: :func:`real_ids`."""
    total = max(1, plan.total_adds + plan.total_changes + plan.total_deletes)
    done = 0
    for sp in _order(plan):
        with dbi.fewer_indexes(db, sp.table, len(sp.adds)):
            for start in range(0, len(sp.adds), CHUNK):
                done += changes.bulk_insert_columns(db, sp.table, list(sp.add_columns),
                                                    _columns(sp, sp.adds[start:start + CHUNK], ids), batch=batch)
                if progress:
                    progress(done, total)
        for start in range(0, len(sp.changes), CHUNK):
            chunk = sp.changes[start:start + CHUNK]
            changes.bulk_update(db, sp.table, [(ch.row_id, _remap(sp.table, {f: new for f, _old, new in ch.cells},
                                                                  ids)) for ch in chunk], batch=batch)
            done += len(chunk)
            if progress:
                progress(done, total)
    for sp in reversed(_order(plan)):
        for row_id in sp.deletes:
            try:
                changes.delete_row(db, sp.table, row_id, batch=batch, force=True)
            except Exception as exc:  # noqa: BLE001 - a row deleted with another one (a cascade) is fine
                if type(exc).__name__ != "RowMissing":
                    raise
    for table in plan.tables:
        for row_id, ref_table in dbi.foreign_key_problems(db, table):
            raise ImportFailed("dangling_reference", ref_table=ref_table, where=_where_row(plan, table, row_id, ids))


def _where_row(plan: ImportPlan, table: str, row_id: int, ids: dict) -> str:
    back = {real: prov for prov, real in ids.get(table, {}).items()}
    for sp in plan.sheets:
        if sp.table != table:
            continue
        for r, vals in sp.adds:
            if vals[0] == back.get(row_id):
                return f"sheet '{sp.sheet}', row {r}"
        for ch in sp.changes:
            if ch.row_id == row_id:
                return f"sheet '{sp.sheet}', row {ch.row}"
    return f"{table} #{row_id}"


def changed_since(db, plan: ImportPlan) -> None:
    """Refuse (ImportChanged) when a row the plan changes or deletes was changed after the plan was made, or
    a row it adds was added meanwhile under the same natural key."""
    for sp in plan.sheets:
        ids = [c.row_id for c in sp.changes if c.row_id > 0] + list(sp.deletes)
        changed = dbi.changed_rows_since(db, plan.position, sp.table, ids) if ids else set()
        if changed:
            first = next((c.label for c in sp.changes if c.row_id in changed), f"#{min(changed)}")
            raise ImportChanged("changed_since", n=len(changed), first=first, table=sp.table)
    for table in {sp.table for sp in plan.sheets if sp.adds}:
        inserted = dbi.inserted_since(db, plan.position, table)
        keys = MATCH_KEYS.get(table, ())
        if not inserted or not keys:
            continue
        names = sorted({c for key in keys for c in key})
        theirs = set()
        for values in dbi.rows_by_id(db, table, inserted, names).values():
            row = dict(zip(names, values, strict=True))
            theirs.update((key, tuple(natural_value(row.get(c)) for c in key)) for key in keys)
        for sp in plan.sheets:
            if sp.table != table:
                continue
            for _r, vals in sp.adds:
                row = sp.added_row(vals)
                for key in keys:
                    mine = (key, tuple(natural_value(row.get(c)) for c in key))
                    if None not in mine[1] and mine in theirs and not any(v is not None and isinstance(v, int)
                                                                          and v < 0 for v in mine[1]):
                        raise ImportChanged("added_since", table=table, first=row.get("name_zh") or str(mine[1]))


def apply_plan(db, plan: ImportPlan, *, batch: str | None = None, progress=None, backup: bool = True,
               wait_seconds: float = 60.0) -> None:
    """Write ``plan`` in one transaction through db.changes (change log, undo and search index see every row).
    Raises ImportChanged, ImportBusy, BackupProblem or ImportFailed; then nothing was written."""
    batch = batch or changes.new_batch()
    total = max(1, plan.total_adds + plan.total_changes + plan.total_deletes)
    attempt = None

    def waiting(_seconds):
        if progress:
            progress(0, total)

    _check_sound(db)  # a damaged file is never written to, nor backed up as if good
    try:
        with dbi.write_transaction(db, wait_seconds=wait_seconds, waiting=waiting):
            changed_since(db, plan)  # under the lock: nothing can change between this check and the write
            if backup:
                attempt = _begin_backup(db)  # under the lock too: a refused or waiting import makes no backup
            ids = real_ids(db, plan)
            with dbi.big_cache(db, plan.total_adds):
                _write(db, plan, ids, batch, progress)
    except dbi.WriterBusy:
        raise ImportBusy("writer_busy") from None
    except BaseException:
        backups.discard_backup(attempt)
        raise
    plan.ids = {(table, p): r for table, mapping in ids.items() for p, r in mapping.items()}
    plan.backup = str(backups.keep_backup(attempt)) if attempt else None
    plan.applied = True


def _check_sound(db) -> None:
    """The file passed its integrity check (once per session and file: core.workspace.ensure_writable), the
    GUI's imports as the command line's. Raises BackupProblem('database_damaged')."""
    from core.workspace import ensure_writable
    from db.errors import DatabaseCorrupt

    try:
        ensure_writable(db)
    except DatabaseCorrupt as exc:
        found = _DAMAGE.search(exc.message)
        raise BackupProblem("database_damaged", reason=found.group(1) if found else exc.message) from None


_DAMAGE = re.compile(r"damaged \((.*)\); it was not changed")


def _begin_backup(db):
    try:
        return backups.begin_backup(getattr(db, "path", None))
    except backups.DatabaseDamaged as exc:
        raise BackupProblem("database_damaged", reason=exc.reason) from None
    except backups.BackupFailed as exc:
        raise BackupProblem("backup_failed", reason=str(exc)) from None


# ----- dry runs ----------------------------------------------------------------------------------------------

def trial_apply(db, plan: ImportPlan, *, wait_seconds: float = 60.0, waiting=None) -> None:
    """Apply the plan and roll it back; what SQLite refuses becomes errors of the plan (database unchanged).
    Another writer is waited for as an import waits (then ImportBusy)."""
    try:
        try:
            with dbi.trial_transaction(db, wait_seconds=wait_seconds, waiting=waiting):
                _write(db, plan, real_ids(db, plan), None, None)
        except ConstraintFailed:
            with dbi.trial_transaction(db, wait_seconds=wait_seconds, waiting=waiting):
                _locate_failures(db, plan)
    except dbi.WriterBusy:
        raise ImportBusy("writer_busy") from None
    except ImportFailed as exc:
        plan.issues.append(Issue(plan.sheets[0].sheet if plan.sheets else "", None, None, None, exc, REFUSE))


def _constraint(table: str, exc: ConstraintFailed) -> FieldRejected:
    code = {"unique": "unique", "foreign_key": "references_missing", "not_null": "required"}.get(exc.kind,
                                                                                                "out_of_range")
    column = next((c for c in exc.columns if c in {col.name for col in TABLES[table]}), None)
    return FieldRejected(code, table=table, column=column, text="")


def _where(table: str, exc: ConstraintFailed) -> str | None:
    from core import vocabulary

    names = [vocabulary.column_label(table, c) for c in exc.columns if c in {col.name for col in TABLES[table]}]
    return "、".join(dict.fromkeys(names)) or None


def _locate_failures(db, plan: ImportPlan) -> None:
    """Row by row, which rows SQLite refuses (inside the trial, rolled back with it)."""
    ids = real_ids(db, plan)
    found = 0
    for sp in _order(plan):
        for r, vals in sp.adds:
            try:
                with dbi.savepoint(db):
                    changes.insert_row(db, sp.table, _remap(sp.table, sp.added_row(vals), ids))
            except ConstraintFailed as exc:
                sp.add_issue(r, _where(sp.table, exc), None, _constraint(sp.table, exc))
                found += 1
        for ch in sp.changes:
            try:
                with dbi.savepoint(db):
                    changes.update_row(db, sp.table, ch.row_id, _remap(sp.table, {f: n for f, _o, n in ch.cells}, ids))
            except ConstraintFailed as exc:
                sp.add_issue(ch.row, _where(sp.table, exc), None, _constraint(sp.table, exc))
                found += 1
    if not found:
        plan.issues.append(Issue(plan.sheets[0].sheet if plan.sheets else "", None, None, None,
                                 ImportFailed("refused_by_database"), REFUSE))
