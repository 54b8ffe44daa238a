"""User actions on tables: each asks what it must (conflicts, deletes, bad pasted cells), runs one core
operation through the hub, and so becomes one undo step (Anki's operations pattern)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core import browse, operations
from core.errors import ChainMapperError, EditConflictError, FieldRejected, OperationRefused
from gui import labels, messages, wording
from gui.tables.model import DRAFT

BACKGROUND_CELLS = 2000  # larger writes run on a worker thread with progress and Cancel


def _row_name(model, row_id) -> str:
    data = model.row_by_id(row_id)
    return model.display_name(data) if data else f"#{row_id}"


def _namer(model, row_id):
    """A function naming the row in the UI's language of the moment (undo texts are worded again after a
    language switch)."""
    data = dict(model.row_by_id(row_id) or {"id": row_id})
    table = model.table
    return lambda: browse.row_name(table, data, labels.lang()) or f"#{row_id}"


def _edit_text(model, cells: list[operations.Cell]):
    """The undo text of an edit, as a function: it is worded again when the UI's language changes."""
    rows = {c.row_id for c in cells}
    table, n = model.table, len(cells)
    if len(rows) == 1 and (len({c.column for c in cells}) == 1 or n <= 2):
        column, row = cells[0].column, _namer(model, cells[0].row_id)
        return lambda: QCoreApplication.translate("actions", "Edit {column} of {row}").format(
            column=labels.column_name(table, column), row=row())
    if n == 1:
        return lambda: QCoreApplication.translate("actions", "Edit 1 cell in {table}").format(
            table=labels.table_name(table))
    return lambda: QCoreApplication.translate("actions", "Edit {n} cells in {table}").format(
        n=n, table=labels.table_name(table))


def _cells(cells) -> list[operations.Cell]:
    """Accept Cells or (row id, column, new, expected old) tuples."""
    out = []
    for c in cells:
        out.append(c if isinstance(c, operations.Cell) else operations.Cell(c[0], c[1], c[2], c[3]))
    return out


def _refused(model, exc) -> None:
    """A write the field layer or the database refused: said at the cell (the model keeps the typed text)."""
    model.last_refusal = wording.describe(exc)
    model.rejected.emit(model.last_refusal)


def set_values_in_background(model, cells, text, on_finished=None):
    """Write many parsed cells off the GUI thread (one transaction, one undo step, cancellable). A cell another
    window changed meanwhile stops the write (nothing is written) and is reported, as for a small paste."""
    table, cells = model.table, _cells(cells)

    def operation(db, report):
        return operations.set_cells(db, table, cells, progress=report)

    def finished(outcome, error):
        if error is not None:
            messages.error(None, QCoreApplication.translate("actions", "Cannot save"), wording.describe(error))
        if on_finished:
            on_finished(outcome is not None, "" if error is None else wording.describe(error))

    return model.hub.perform_in_background(text, operation, total=len(cells), on_finished=finished)


def set_values(model, cells, text=None, *, force: bool = False) -> bool:
    """Store parsed values as one undoable step. A cell another window changed since this one read it opens a
    dialog showing both values; nothing is overwritten silently. Values for the draft row go into the draft
    (it is saved, as one more step, once complete)."""
    cells = _cells(cells)
    draft = [c for c in cells if c.row_id == DRAFT]
    if draft:
        cells = [c for c in cells if c.row_id != DRAFT]
        if not model.update_draft(draft):
            return False
        if not cells:
            return True
    if force:
        cells = [operations.Cell(c.row_id, c.column, c.value) for c in cells]
    try:
        model.hub.perform(text or _edit_text(model, cells), lambda db: operations.set_cells(db, model.table, cells))
        return True
    except EditConflictError as exc:
        return _resolve_conflict(model, cells, exc, text)
    except FieldRejected as exc:
        _refused(model, exc)
        return False
    except OperationRefused as exc:
        _refused(model, exc)
        model.refresh()
        return False


def ask_use_mine(text: str) -> bool:
    """Ask which value wins a conflict; True keeps the user's own value. (Tests replace this.)"""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("actions", "Edit conflict"), text)
    mine = box.addButton(QCoreApplication.translate("actions", "Use mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("actions", "Keep theirs"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is mine


def _resolve_conflict(model, cells, exc: EditConflictError, text) -> bool:
    facts = exc.facts
    shown = {"theirs": facts.get("current"), "mine": facts.get("attempted"), "before": facts.get("expected")}
    question = QCoreApplication.translate("actions", "Another window saved a different value for {column} while you were editing.\n\n"
                   "Value when you started: {before}\nSaved by the other window: {theirs}\nYour value: {mine}\n\n"
                   "Which value should be kept?").format(
        column=labels.column_name(model.table, facts["column"]),
        **{k: model.format_value(facts["column"], v) or QCoreApplication.translate("actions", "(empty)") for k, v in shown.items()})
    use_mine = ask_use_mine(question)
    model.refresh()
    if use_mine:
        return set_values(model, cells, text, force=True)
    return False


def add_row(model, values: dict, name: str = "") -> int | None:
    """Save a complete new row (the draft) as one undo step named by the row. Returns its id, or None when
    it was refused (said at the cell, as for an edit)."""
    table = model.table

    def text():
        if name:
            return QCoreApplication.translate("actions", "Add {row} to {table}").format(
                row=name, table=labels.table_name(table))
        return QCoreApplication.translate("actions", "Add a row to {table}").format(table=labels.table_name(table))

    try:
        return model.hub.perform(text, lambda db: operations.add_row(db, model.table, values)).value
    except FieldRejected as exc:
        _refused(model, exc)
        return None
    except ChainMapperError as exc:
        messages.error(None, QCoreApplication.translate("actions", "Cannot add a row"), wording.describe(exc))
        return None


def duplicate_rows(model, row_ids: list[int]) -> list[int]:
    """Copies of these rows (one undo step); returns the new ids."""
    row_ids = [i for i in row_ids if i != DRAFT]
    if not row_ids:
        return []
    first, n = _namer(model, row_ids[0]), len(row_ids)

    def text():
        if n == 1:
            return QCoreApplication.translate("actions", "Duplicate {row}").format(row=first())
        return QCoreApplication.translate("actions", "Duplicate {n} rows").format(n=n)

    try:
        return model.hub.perform(text, lambda db: operations.duplicate_rows(db, model.table, row_ids)).value or []
    except ChainMapperError as exc:
        messages.error(None, QCoreApplication.translate("actions", "Cannot duplicate"), wording.describe(exc))
        return []


def delete_rows(parent, model, row_ids: list[int]) -> bool:
    """Delete rows; if other rows refer to them, say what refers to them and ask first. The draft row is
    simply dropped: it was never saved."""
    if DRAFT in row_ids:
        model.discard_draft()
        row_ids = [i for i in row_ids if i != DRAFT]
        if not row_ids:
            return True
    refs = operations.references(model.hub.db, model.table, row_ids)
    names = "、".join(_row_name(model, rid) for rid in row_ids[:5])
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
    table, first, n = model.table, _namer(model, row_ids[0]), len(row_ids)

    def text():
        if n == 1:
            return QCoreApplication.translate("actions", "Delete {row} from {table}").format(
                row=first(), table=labels.table_name(table))
        return QCoreApplication.translate("actions", "Delete {n} rows from {table}").format(
            n=n, table=labels.table_name(table))

    try:
        model.hub.perform(text, lambda db: operations.delete_rows(db, model.table, row_ids))
    except ChainMapperError as exc:
        messages.error(parent, QCoreApplication.translate("actions", "Cannot delete"), wording.describe(exc))
        return False
    return True


def paste_block(parent, model, top: int, left: int, grid: list[list[str]], *, ask=None) -> tuple[int, list[str]]:
    """Paste a rectangular block of text at (top, left), parsed by the field layer like a typed cell.

    Returns (cells applied, error lines). With bad cells the user chooses: apply the good ones, or none.
    ``ask`` replaces the question dialog (tests).
    """
    typed, seen, errors = [], {}, []
    for r, line in enumerate(grid):
        row = top + r
        while row >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        data = model.row_data(row)
        if data is None:
            errors.append(QCoreApplication.translate("actions", "row {row}: beyond the last row").format(row=row + 1))
            continue
        seen[data["id"]] = data
        for c, text in enumerate(line):
            ci = left + c
            if ci >= len(model.columns):
                errors.append(QCoreApplication.translate("actions", "column {col}: beyond the last column").format(col=ci + 1))
                continue
            col = model.columns[ci]
            if col.editable:
                typed.append((data["id"], col.name, text))
    parsing = operations.parse_cells(model.hub.db, model.table, typed, seen, resolver=model.hub.resolver())
    row_of = {row_id: i for i, row_id in enumerate(seen)}
    for exc in parsing.rejected:
        where = top + row_of.get(exc.facts.get("row_id"), 0) + 1
        errors.append(QCoreApplication.translate("actions", "row {row}: {problem}").format(row=where, problem=wording.describe(exc)))
    good = parsing.cells
    if errors:
        bad, total, n_good = len(errors), len(errors) + len(typed) - len(parsing.rejected), len(good)
        head = (QCoreApplication.translate("actions", "1 of {all} pasted cells is not valid:") if bad == 1 else
                QCoreApplication.translate("actions", "{bad} of {all} pasted cells are not valid:")).format(
            bad=bad, all=total)
        lines = "\n".join(errors[:12]) + ("\n…" if bad > 12 else "")
        if not n_good:
            text = head + "\n\n" + lines + "\n\n" + QCoreApplication.translate("actions", "Nothing was pasted.")
            if ask:
                ask(text)
            else:
                messages.error(parent, QCoreApplication.translate("actions", "Paste"), text)
            return 0, errors
        question = (QCoreApplication.translate("actions", "Paste the 1 valid cell?") if n_good == 1 else
                    QCoreApplication.translate("actions", "Paste the {good} valid cells?").format(good=n_good))
        text = head + "\n\n" + lines + "\n\n" + question
        proceed = ask(text) if ask else messages.confirm(parent, QCoreApplication.translate("actions", "Paste"), text)
        if not proceed:
            return 0, errors
    if good:
        n, table = len(good), model.table

        def text():
            if n == 1:
                return QCoreApplication.translate("actions", "Paste 1 cell into {table}").format(
                    table=labels.table_name(table))
            return QCoreApplication.translate("actions", "Paste {n} cells into {table}").format(
                n=n, table=labels.table_name(table))

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
    names = [model.columns[ci].name for ci in cols if model.columns[ci].editable]
    top = model.row_data(rows[0])
    cells = []
    for r in rows[1:]:
        data = model.row_data(r)
        for name in names:
            if data.get(name) != top.get(name):
                cells.append(operations.Cell(data["id"], name, top.get(name), data.get(name)))
    if cells:
        n = len(cells)
        set_values(model, cells, lambda: QCoreApplication.translate("actions", "Fill down 1 cell") if n == 1
                   else QCoreApplication.translate("actions", "Fill down {n} cells").format(n=n))
    return n if cells else 0
