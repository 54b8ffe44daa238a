"""The import dialog's preview: what would be added and changed, the conflicts with curated values (keep / take
the list's), the likely duplicates (skip / update / add), the rows left out and why, and our own sheet's rows
that are not in the file (kept, or deleted when the planner ticks the box). Every message is worded in the UI's
language (gui.wording for the typed problems, tr() for the rest)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.importing import preview as words
from core.importing.model import DROP, NOTE, REFUSE, SKIP
from gui import labels, wording

MAX_ITEMS = 2000  # detail rows shown per group (every held row and conflict is also in the rejects workbook)


class PreviewPage(QWidget):
    """Signals:
        update_mode(str): the planner chose what happens to values the map already has.
        delete_missing(bool): delete (or keep) our own sheet's rows that are not in the file.
        decided(object, str): a likely duplicate's decision ((sheet, row), skip/merge/add).
        conflict_decided(object, str): a conflict's decision ((sheet, row, field), keep/take).
    """

    update_mode = Signal(str)
    delete_missing = Signal(bool)
    decided = Signal(object, str)
    conflict_decided = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Keep them and list the conflicts for me"), "ask")
        self.mode.addItem(self.tr("Fill blanks only"), "blanks")
        self.mode.addItem(self.tr("Take the list's values"), "overwrite")
        self.mode.activated.connect(lambda _i: self.update_mode.emit(self.mode.currentData()))
        self.delete_box = QCheckBox(self)
        self.delete_box.toggled.connect(self.delete_missing.emit)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details")])
        self.tree.setColumnWidth(0, 360)
        row = QHBoxLayout()
        self.mode_label = QLabel(self.tr("Values the map already has:"), self)
        row.addWidget(self.mode_label)
        row.addWidget(self.mode)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.delete_box)
        layout.addWidget(self.tree)

    # ----- filling -----------------------------------------------------------------------------------------------
    def fill(self, plan, options) -> None:
        self.plan = plan
        self.tree.clear()
        is_list = plan.kind != "workbook"
        self.mode.setVisible(is_list)
        self.mode_label.setVisible(is_list)
        self.mode.setCurrentIndex(max(0, self.mode.findData(options.update)))
        missing = sum(len(sp.missing) for sp in plan.sheets)
        self.delete_box.setVisible(bool(missing))
        self.delete_box.blockSignals(True)
        self.delete_box.setChecked(options.delete_missing)
        self.delete_box.blockSignals(False)
        self.delete_box.setText(self.tr("Delete the {n} row(s) that are not in the file").format(n=missing))
        self.summary.setText(self._summary(plan))
        for issue in plan.issues:
            QTreeWidgetItem(self.tree, [self._severity(issue), self._issue_text(issue)])
        for sp in plan.sheets:
            self._sheet(plan, sp)

    def _summary(self, plan) -> str:
        if plan.has_errors:
            return self.tr("{n} problem(s) must be fixed in the file before anything can be imported; nothing was "
                           "changed.").format(n=plan.error_count)
        if plan.writes:
            text = self.tr("{adds} row(s) to add, {changes} to change and {deletes} to delete. Import writes them all "
                           "in one step (Edit → Undo takes it back) after saving a backup copy of the database.").format(
                               adds=plan.total_adds, changes=plan.total_changes, deletes=plan.total_deletes)
        else:
            text = self.tr("Nothing to change: the database already holds what the file says.")
        left = plan.rejected_rows + len(plan.held)
        if left:
            text += "\n" + self.tr("{n} row(s) are left out or held for your decision; they are listed below and "
                                   "saved beside the file as a rejects workbook.").format(n=left)
        return text

    def _sheet(self, plan, sp) -> None:
        lang = labels.lang()
        name = self.tr("chain links") if sp.derived else labels.table_name(sp.table)
        top = QTreeWidgetItem(self.tree, [f"{sp.sheet} → {name}", self.tr(
            "{adds} to add, {changes} to change, {same} unchanged, {skipped} skipped, {left} left out, {errors} "
            "error(s)").format(adds=len(sp.adds), changes=len(sp.changes), same=sp.unchanged, skipped=sp.skipped,
                               left=len(sp.rejected), errors=sp.error_count)])
        top.setExpanded(True)
        self._group(top, self.tr("Errors"), [(self._where(i), self._issue_text(i)) for i in sp.errors],
                    expanded=True, total=sp.error_count)
        self._group(top, self.tr("Changes"), [
            (self.tr("row {row}: {name}").format(row=ch.row, name=ch.label),
             "; ".join(f"{words.header_of(sp.table, f, lang)}: {words.display(plan, sp.table, f, o, lang)} → "
                       f"{words.display(plan, sp.table, f, n, lang)}" for f, o, n in ch.cells))
            for ch in sp.changes], expanded=len(sp.changes) < 50)
        self._group(top, self.tr("New rows"), [
            (self.tr("row {row}").format(row=r), words.row_label(plan, sp.table, sp.added_row(v), lang))
            for r, v in sp.adds])
        if sp.conflicts:
            self._conflicts(top, plan, sp)
        if sp.duplicates:
            self._duplicates(top, sp)
        self._group(top, self.tr("Rows left out"), [
            (self.tr("row {row}").format(row=rej.row), "; ".join(
                (i.column.split(" ", 1)[-1] + self.tr(": ") if i.column else "") + self._issue_text(i)
                for i in rej.issues if i.severity == SKIP))
            for rej in sp.rejected], expanded=True)
        self._group(top, self.tr("Cells left out"), [(self._where(i), self._issue_text(i)) for i in sp.issues
                                                     if i.severity == DROP])
        if sp.missing:
            action = self.tr("deleted") if sp.deletes else self.tr("kept")
            self._group(top, self.tr("Not in the file: {action}").format(action=action), [
                (f"#{row_id}", plan.labels.get((sp.table, row_id), "")) for row_id in sp.missing])
        self._group(top, self.tr("Notes"), [(self._where(i), self._issue_text(i)) for i in sp.issues
                                            if i.severity == NOTE])

    def _conflicts(self, parent, plan, sp) -> None:
        lang = labels.lang()
        group = QTreeWidgetItem(parent, [self.tr("Conflicts with the map ({n}): choose for each").format(
            n=len(sp.conflicts)), ""])
        group.setExpanded(True)
        for c in sp.conflicts[:MAX_ITEMS]:
            source = self.tr("row {row} of the list").format(row=c.other_row) if c.other_row else self.tr("the map")
            item = QTreeWidgetItem(group, [
                self.tr("row {row}: {name} — {column}").format(row=c.row, name=c.label,
                                                               column=words.header_of(sp.table, c.field, lang)),
                self.tr("{source} has {old}; this row has {new}").format(
                    source=source, old=words.display(plan, sp.table, c.field, c.old, lang),
                    new=words.display(plan, sp.table, c.field, c.new, lang))])
            combo = QComboBox(self.tree)
            combo.addItem(self.tr("Keep {old}").format(old=words.display(plan, sp.table, c.field, c.old, lang)), "keep")
            combo.addItem(self.tr("Take {new}").format(new=words.display(plan, sp.table, c.field, c.new, lang)), "take")
            combo.setCurrentIndex(max(0, combo.findData(c.decision)))
            combo.activated.connect(lambda _i, cb=combo, key=c.key: self.conflict_decided.emit(key, cb.currentData()))
            holder = QTreeWidgetItem(item, [""])
            self.tree.setItemWidget(holder, 1, combo)
            item.setExpanded(True)

    def _duplicates(self, parent, sp) -> None:
        group = QTreeWidgetItem(parent, [self.tr("Likely duplicates ({n}): decide for each").format(
            n=len(sp.duplicates)), ""])
        group.setExpanded(True)
        for dup in sp.duplicates[:MAX_ITEMS]:
            item = QTreeWidgetItem(group, [self.tr("row {row}: {name}").format(row=dup.row, name=dup.label),
                                           self.tr("looks like {other} ({why})").format(
                                               other=dup.candidate_label, why=wording.describe(dup.problem))])
            combo = QComboBox(self.tree)
            combo.addItem(self.tr("Skip this row"), "skip")
            if dup.candidate_ids:
                combo.addItem(self.tr("Update the existing firm"), "merge")
            combo.addItem(self.tr("Add as a new firm"), "add")
            combo.setCurrentIndex(max(0, combo.findData(dup.decision)))
            combo.activated.connect(lambda _i, c=combo, key=(sp.sheet, dup.row): self.decided.emit(key, c.currentData()))
            holder = QTreeWidgetItem(item, [""])
            self.tree.setItemWidget(holder, 1, combo)
            item.setExpanded(True)

    # ----- words -------------------------------------------------------------------------------------------------
    def _severity(self, issue) -> str:
        return {REFUSE: self.tr("Error"), SKIP: self.tr("Row left out"), DROP: self.tr("Cell left out")}.get(
            issue.severity, self.tr("Note"))

    def _where(self, issue) -> str:
        parts = [self.tr("sheet {sheet}").format(sheet=issue.sheet)]
        if issue.row is not None:
            parts.append(self.tr("row {row}").format(row=issue.row))
        if issue.column:
            parts.append(self.tr("column {column}").format(column=issue.column))
        return self.tr(", ").join(parts)

    def _issue_text(self, issue) -> str:
        text = wording.describe(issue.problem, with_column=False)
        shown = "" if issue.value is None or issue.value == "" or str(issue.value) in text else f"'{issue.value}' — "
        return shown + text

    def _group(self, parent, title: str, rows: list[tuple[str, str]], *, expanded=False, total=None) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(parent, [f"{title} ({total or len(rows)})", ""])
        for what, detail in rows[:MAX_ITEMS]:
            item = QTreeWidgetItem(group, [what, detail])
            item.setToolTip(1, detail)
        if len(rows) > MAX_ITEMS:
            QTreeWidgetItem(group, [self.tr("… and {n} more").format(n=len(rows) - MAX_ITEMS), ""])
        group.setExpanded(expanded)

    def texts(self) -> list[str]:
        """Every line of the tree, 'what | details' (for tests and screenshots)."""
        out = []

        def walk(item):
            out.append(" | ".join(item.text(c) for c in range(2)))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out
