"""User actions on tables, each one undoable step through the hub (Anki's operations pattern)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core import edits
from core.tables import column, row_label
from db.errors import EditConflict, ReferencedRow, RowMissing
from gui import labels, messages


def _edit_text(model, cells) -> str:
    if len(cells) == 1:
        row_id, col, _new, _old = cells[0]
        name = row_label(model.hub.db, model.table, row_id)
        return QCoreApplication.translate("actions", "Edit {column} of {row}").format(column=labels.column_name(col), row=name)
    return QCoreApplication.translate("actions", "Edit {n} cells in {table}").format(n=len(cells), table=labels.table_name(model.table))


BACKGROUND_CELLS = 2000  # larger writes run on a worker thread with progress and Cancel


def set_values_in_background(model, cells, text: str, on_finished=None):
    """Write many parsed cells off the GUI thread (one transaction, one undo step, cancellable)."""
    table = model.table

    def action(db, batch, report):
        for i, (row_id, col, new, _old) in enumerate(cells):
            edits.set_value(db, table, row_id, col, new, batch=batch)
            if i % 200 == 0:
                report(i, len(cells))

    return model.hub.perform_in_background(text, action, {table}, total=len(cells), on_finished=on_finished)


def set_values(model, cells, text: str | None = None, *, force: bool = False) -> bool:
    """Store parsed values [(row id, column, new, expected old)] as one undoable step.

    A cell another window changed since this one read it raises a conflict dialog showing both values;
    nothing is overwritten silently.
    """
    hub, table = model.hub, model.table

    cells = list(cells)
    check = not force

    def action(db, batch):
        with db.atomic():
            for row_id, col, new, old in cells:
                kwargs = {"expected": old} if check else {}
                edits.set_value(db, table, row_id, col, new, batch=batch, **kwargs)

    try:
        hub.perform(text or _edit_text(model, cells), action, {table})
        return True
    except EditConflict as exc:
        return _resolve_conflict(model, cells, exc, text)
    except edits.CellRejected as exc:
        model.rejected.emit(f"{labels.column_name(exc.column)}: {exc.reason}")
        return False
    except RowMissing:
        model.rejected.emit(QCoreApplication.translate("actions", "The row was deleted in another window."))
        model.reload(keep_loaded=True)
        return False


def ask_use_mine(text: str) -> bool:
    """Ask which value wins a conflict; True keeps the user's own value. (Tests replace this.)"""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("actions", "Edit conflict"), text)
    mine = box.addButton(QCoreApplication.translate("actions", "Use mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("actions", "Keep theirs"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is mine


def _resolve_conflict(model, cells, exc: EditConflict, text) -> bool:
    col = column(model.table, exc.column)
    shown = {"theirs": exc.current, "mine": exc.attempted, "before": exc.expected}
    question = QCoreApplication.translate("actions", "Another window saved a different value for {column} while you were editing.\n\n"
                   "Value when you started: {before}\nSaved by the other window: {theirs}\nYour value: {mine}\n\n"
                   "Which value should be kept?").format(column=labels.column_name(col.name),
                                                         **{k: _fmt(v) for k, v in shown.items()})
    use_mine = ask_use_mine(question)
    model.reload(keep_loaded=True)
    if use_mine:
        return set_values(model, cells, text, force=True)
    return False


def _fmt(value) -> str:
    return QCoreApplication.translate("actions", "(empty)") if value is None or value == "" else str(value)


def add_row(model, values: dict | None = None) -> int | None:
    def action(db, batch, state={}):  # noqa: B006 - the id is kept so redo restores the same row
        data = dict(values) if values is not None else edits.blank_row(db, model.table)
        if "id" in state:
            data["id"] = state["id"]
        state["id"] = edits.add_row(db, model.table, data, batch=batch)
        return state["id"]

    try:
        return model.hub.perform(QCoreApplication.translate("actions", "Add row to {table}").format(table=labels.table_name(model.table)), action,
                                 {model.table})
    except edits.CellRejected as exc:
        messages.error(None, QCoreApplication.translate("actions", "Cannot add a row"), exc.reason)
        return None


def duplicate_rows(model, row_ids: list[int]) -> None:
    def action(db, batch, state={}):  # noqa: B006 - ids kept so a redo recreates the same rows
        with db.atomic():
            made = [edits.duplicate_row(db, model.table, rid, batch=batch, new_id=state.get(i))
                    for i, rid in enumerate(row_ids)]
        state.update(enumerate(made))

    try:
        model.hub.perform(QCoreApplication.translate("actions", "Duplicate {n} rows").format(n=len(row_ids)), action, {model.table})
    except edits.CellRejected as exc:
        messages.error(None, QCoreApplication.translate("actions", "Cannot duplicate"), exc.reason)


def delete_rows(parent, model, row_ids: list[int]) -> bool:
    """Delete rows; if other rows refer to them, say what refers to them and ask first."""
    from db import changes

    db = model.hub.db
    refs: dict[str, int] = {}
    for rid in row_ids:
        for table, n in changes.references_to(db, model.table, rid).items():
            refs[table] = refs.get(table, 0) + n
    names = "、".join(row_label(db, model.table, rid) for rid in row_ids[:5])
    if len(row_ids) > 5:
        names += QCoreApplication.translate("actions", " and {n} more").format(n=len(row_ids) - 5)
    if refs:
        what = "\n".join(f"  • {labels.table_name(t)}: {n}" for t, n in refs.items())
        question = QCoreApplication.translate("actions", "Other entries refer to {names}:\n{what}\n\nDelete anyway? Links to it are cleared and "
                       "dependent rows (capabilities, supply links) are deleted too. You can undo this.").format(
                           names=names, what=what)
    else:
        question = QCoreApplication.translate("actions", "Delete {names}? You can undo this.").format(names=names)
    if not messages.confirm(parent, QCoreApplication.translate("actions", "Delete rows"), question):
        return False

    def action(db, batch):
        with db.atomic():
            for rid in row_ids:
                try:
                    changes.delete_row(db, model.table, rid, batch=batch, force=True)
                except RowMissing:
                    continue

    affected = {model.table, *refs}
    try:
        model.hub.perform(QCoreApplication.translate("actions", "Delete {n} rows from {table}").format(n=len(row_ids), table=labels.table_name(model.table)),
                          action, affected)
    except ReferencedRow as exc:  # pragma: no cover - force=True clears references
        messages.error(parent, QCoreApplication.translate("actions", "Cannot delete"), str(exc))
        return False
    return True


def paste_block(parent, model, top: int, left: int, grid: list[list[str]], *, ask=None) -> tuple[int, list[str]]:
    """Paste a rectangular block of text at (top, left), validated cell by cell.

    Returns (cells applied, error lines). With bad cells the user chooses: apply the good ones, or none.
    ``ask`` replaces the question dialog (tests).
    """
    db = model.hub.db
    good, errors = [], []
    for r, line in enumerate(grid):
        row = top + r
        while row >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        data = model.row_data(row)
        if data is None:
            errors.append(QCoreApplication.translate("actions", "row {row}: beyond the last row").format(row=row + 1))
            continue
        for c, text in enumerate(line):
            ci = left + c
            if ci >= len(model.columns):
                errors.append(QCoreApplication.translate("actions", "column {col}: beyond the last column").format(col=ci + 1))
                continue
            col = model.columns[ci]
            if not col.editable:
                continue
            try:
                value = edits.parse_cell(db, model.table, col, text)
            except edits.CellRejected as exc:
                errors.append(QCoreApplication.translate("actions", "row {row}, {column}: '{text}' — {reason}").format(
                    row=row + 1, column=labels.column_name(col.name), text=text, reason=exc.reason))
                continue
            good.append((data["id"], col.name, value, data.get(col.name)))
    if errors:
        text = QCoreApplication.translate("actions", "{bad} of {all} pasted cells are not valid:\n\n{lines}\n\nApply the {good} valid cells?").format(
            bad=len(errors), all=len(errors) + len(good), good=len(good), lines="\n".join(errors[:12]))
        proceed = ask(text) if ask else messages.confirm(parent, QCoreApplication.translate("actions", "Paste"), text)
        if not proceed:
            return 0, errors
    if good:
        text = QCoreApplication.translate("actions", "Paste {n} cells into {table}").format(
            n=len(good), table=labels.table_name(model.table))
        from gui import worker

        if len(good) > BACKGROUND_CELLS and worker.can_run_in_background(model.hub):
            set_values_in_background(model, good, text)
        else:
            set_values(model, good, text)
    return len(good), errors


def fill_down(model, rows: list[int], cols: list[int]) -> int:
    """Copy the top selected cell of each column down to the other selected rows (Ctrl+D)."""
    if len(rows) < 2:
        return 0
    rows = sorted(rows)
    cells = []
    for ci in cols:
        col = model.columns[ci]
        if not col.editable:
            continue
        top = model.row_data(rows[0])
        for r in rows[1:]:
            data = model.row_data(r)
            cells.append((data["id"], col.name, top.get(col.name), data.get(col.name)))
    if cells:
        set_values(model, cells, QCoreApplication.translate("actions", "Fill down {n} cells").format(n=len(cells)))
    return len(cells)
