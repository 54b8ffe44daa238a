"""File → Import…: choose a file → (for a colleague's list) check the column mapping → preview → apply.

Reading and previewing run in the background on their own connection (the preview applies the import inside a
transaction and rolls it back, so what SQLite would refuse shows as an error before anything is written).
Apply is one undoable step through :meth:`gui.hub.DataHub.perform_in_background`: a backup copy first, then
one transaction, with progress and Cancel. Column mappings the user corrects are remembered per table
(QSettings), and a workbook dropped on the main window starts the same dialog.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import labels, messages, settings, wording, worker

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
LAST_DIR = "import/last_dir"
MAPPING_KEY = "import/mapping/{table}"
MAX_ITEMS = 300  # detail rows shown per group in the preview



def remembered_mapping(table: str) -> dict[str, str | None]:
    """The corrections the user made for lists of this table: source header -> field ('' = ignore)."""
    try:
        data = json.loads(settings.read_str(MAPPING_KEY.format(table=table), "{}"))
    except ValueError:
        return {}
    return {str(k): (v or None) for k, v in data.items()} if isinstance(data, dict) else {}


def remember_mapping(table: str, mapping: dict[str, str | None]) -> None:
    known = remembered_mapping(table)
    known.update(mapping)
    settings.write(MAPPING_KEY.format(table=table), json.dumps({k: v or "" for k, v in known.items()},
                                                               ensure_ascii=False))


class ImportDialog(QDialog):
    """The import of one file.

    Signals:
        imported(object): the applied ImportPlan (after the hub has told every view).
    """

    imported = Signal(object)

    PAGE_BUSY, PAGE_MAPPING, PAGE_PREVIEW = range(3)

    def __init__(self, hub, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        from core.importing.plan import ImportOptions

        self.hub, self.path = hub, str(path)
        self.options = ImportOptions()
        self.plan = None
        self.job = None
        self.applied = False
        self._auto_fields: dict[str, str | None] = {}
        self._remembered_tried = False
        self.setWindowTitle(self.tr("Import {name}").format(name=Path(path).name))
        self.resize(900, 620)

        self.pages = QStackedWidget(self)
        busy = QWidget(self)
        self.busy_label = QLabel(self.tr("Reading {name}…").format(name=Path(path).name), busy)
        self.busy_bar = QProgressBar(busy)
        self.busy_bar.setRange(0, 0)
        box = QVBoxLayout(busy)
        box.addStretch(1)
        box.addWidget(self.busy_label)
        box.addWidget(self.busy_bar)
        box.addStretch(2)
        self.pages.addWidget(busy)

        mapping = QWidget(self)
        self.mapping_intro = QLabel(mapping)
        self.mapping_intro.setWordWrap(True)
        self.table_combo = QComboBox(mapping)
        from core.fields.spec import TABLES

        for table in ("firms", "centres", "observations", *[t for t in TABLES if t not in ("firms", "centres",
                                                                                          "observations")]):
            self.table_combo.addItem(labels.table_name(table), table)
        self.table_combo.activated.connect(self._on_table_chosen)
        self.mapping_table = QTableWidget(0, 3, mapping)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                      self.tr("Import as")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setColumnWidth(0, 220)
        self.mapping_table.setColumnWidth(1, 320)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The list holds:"), mapping))
        row.addWidget(self.table_combo)
        row.addStretch(1)
        box = QVBoxLayout(mapping)
        box.addWidget(self.mapping_intro)
        box.addLayout(row)
        box.addWidget(self.mapping_table)
        self.pages.addWidget(mapping)

        preview = QWidget(self)
        self.summary = QLabel(preview)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(preview)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details")])
        self.tree.setColumnWidth(0, 360)
        box = QVBoxLayout(preview)
        box.addWidget(self.summary)
        box.addWidget(self.tree)
        self.pages.addWidget(preview)

        self.back_button = QPushButton(self.tr("< &Columns"), self)
        self.back_button.clicked.connect(self._show_mapping)
        self.next_button = QPushButton(self.tr("&Preview >"), self)
        self.next_button.clicked.connect(self._on_next)
        self.apply_button = QPushButton(self.tr("&Import"), self)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.clicked.connect(self._on_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        self._set_page(self.PAGE_BUSY)

    # ----- pages ---------------------------------------------------------------------------------------------
    def _set_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        is_list = self.plan is not None and self.plan.kind == "list"
        self.back_button.setVisible(page == self.PAGE_PREVIEW and is_list)
        self.next_button.setVisible(page == self.PAGE_MAPPING)
        self.apply_button.setVisible(page == self.PAGE_PREVIEW)
        ready = self.plan is not None and not self.plan.has_errors and bool(self.plan.total_adds +
                                                                            self.plan.total_changes)
        self.apply_button.setEnabled(page == self.PAGE_PREVIEW and ready)
        self.close_button.setText(self.tr("Cancel") if page != self.PAGE_PREVIEW or ready else self.tr("Close"))

    def _busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self._set_page(self.PAGE_BUSY)

    # ----- preview -------------------------------------------------------------------------------------------
    def start(self) -> ImportDialog:
        self.preview()
        return self

    def preview(self) -> None:
        """Read the file and work out what would change (in the background)."""
        from core.importing.plan import import_file

        path, options = self.path, self.options
        self._busy(self.tr("Reading {name} and comparing it with the database…").format(name=Path(path).name))

        def run(db, report):
            return import_file(db, path, options, dry_run=True, progress=report)

        self.job = worker.start(self.hub, run, on_done=self._previewed, on_error=self._failed,
                                on_cancelled=self.reject)

    def _previewed(self, plan) -> None:
        self.job = None
        self.plan = plan
        if plan.kind == "list" and plan.sheets:
            sp = plan.sheets[0]
            if not self.options.mapping and not self._remembered_tried:
                self._remembered_tried = True
                self._auto_fields = {c.header: c.field for c in sp.match.columns if c.header}
                known = remembered_mapping(sp.table)
                corrections = {h: f for h, f in known.items() if h in self._auto_fields and self._auto_fields[h] != f}
                if corrections:
                    self.options.table = sp.table
                    self.options.mapping = corrections
                    self.preview()
                    return
            self._fill_mapping()
            if not self._reviewed:  # a list: the user checks the columns once before the preview
                self._reviewed = True
                self._show_mapping()
                return
        self._fill_preview()
        self._set_page(self.PAGE_PREVIEW)

    _reviewed = False

    def _failed(self, text: str) -> None:
        self.job = None
        messages.error(self, self.tr("Cannot import"), self.tr("{problem}\n\nNothing was changed.").format(problem=text))
        self.reject()

    # ----- mapping -------------------------------------------------------------------------------------------
    def _fields(self, table: str) -> list[tuple[str, str]]:
        from core.fields.spec import TABLES
        from core.importing import headers as im

        out = [(c.name, labels.column_name(table, c.name)) for c in TABLES[table]]
        if table == "observations":
            out.append((im.PLAN_FIELD, self.tr("Plan code (finds the target)")))
        return out

    def _fill_mapping(self) -> None:
        sp = self.plan.sheets[0]
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(sp.table)))
        intro = self.tr("Sheet '{sheet}', header in row {row}. Check what each column holds; columns set to "
                        "'(ignore)' are left out. Your choices are remembered for the next list.").format(
                            sheet=sp.sheet, row=sp.header_row)
        missing = [i for i in sp.errors if i.column is None and i.row == sp.header_row]
        if missing:
            intro += "\n\n" + self.tr("Choose the column that holds the names: {why}").format(why=missing[0].reason)
        self.mapping_intro.setText(intro)
        columns = [c for c in sp.match.columns if c.header]
        self.mapping_table.setRowCount(len(columns))
        fields = self._fields(sp.table)
        for r, col in enumerate(columns):
            head = QTableWidgetItem(col.header)
            head.setData(Qt.ItemDataRole.UserRole, col.header)
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, 0, head)
            values = [str(row[col.index]) for row in sp.samples if col.index < len(row) and row[col.index] != ""]
            sample = QTableWidgetItem(" | ".join(values[:3]))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, 1, sample)
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(ignore)"), "")
            for name, text in fields:
                combo.addItem(text, name)
            combo.setCurrentIndex(max(0, combo.findData(col.field or "")))
            self.mapping_table.setCellWidget(r, 2, combo)

    def _show_mapping(self) -> None:
        self._set_page(self.PAGE_MAPPING)

    def _on_table_chosen(self, _index: int) -> None:
        self.options.table = self.table_combo.currentData()
        self.options.mapping = {}
        self._reviewed = True
        self.preview()

    def mapping_choices(self) -> dict[str, str | None]:
        out = {}
        for r in range(self.mapping_table.rowCount()):
            header = self.mapping_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            out[header] = self.mapping_table.cellWidget(r, 2).currentData() or None
        return out

    def set_mapping(self, header: str, field: str | None) -> None:
        """Choose what a column holds (the combo of its row), as the user would."""
        for r in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == header:
                combo = self.mapping_table.cellWidget(r, 2)
                combo.setCurrentIndex(max(0, combo.findData(field or "")))

    def _on_next(self) -> None:
        choices = self.mapping_choices()
        table = self.table_combo.currentData()
        self.options.table = table
        self.options.mapping = choices
        remember_mapping(table, {h: f for h, f in choices.items()})
        self.preview()

    # ----- the preview tree ----------------------------------------------------------------------------------
    def _fill_preview(self) -> None:
        plan = self.plan
        self.tree.clear()
        if plan.has_errors:
            text = self.tr("{n} problem(s) must be fixed in the file before anything can be imported; nothing was "
                           "changed.").format(n=plan.error_count)
        elif plan.total_adds or plan.total_changes:
            text = self.tr("{adds} row(s) to add and {changes} to change. Import writes them all in one step "
                           "(Edit → Undo takes it back) after saving a backup copy of the database.").format(
                               adds=plan.total_adds, changes=plan.total_changes)
        else:
            text = self.tr("Nothing to change: the database already holds what the file says.")
        self.summary.setText(text)
        for issue in plan.issues:
            QTreeWidgetItem(self.tree, [self.tr("Error") if issue.error else self.tr("Note"), str(issue)])
        for sp in plan.sheets:
            top = QTreeWidgetItem(self.tree, [f"{sp.sheet} → {labels.table_name(sp.table)}", self.tr(
                "{adds} to add, {changes} to change, {same} unchanged, {skipped} skipped, {errors} error(s)").format(
                    adds=len(sp.adds), changes=len(sp.changes), same=sp.unchanged, skipped=sp.skipped,
                    errors=sp.error_count)])
            top.setExpanded(True)
            self._group(top, self.tr("Errors"), [(i.where(), self._issue_text(i)) for i in sp.errors],
                        expanded=True, total=sp.error_count)
            self._group(top, self.tr("Changes"), [
                (self.tr("row {row}: {name}").format(row=ch.row, name=ch.label),
                 "; ".join(f"{_header(sp.table, f)}: {plan.display(sp.table, f, o)} → {plan.display(sp.table, f, n)}"
                           for f, o, n in ch.cells)) for ch in sp.changes], expanded=len(sp.changes) < 50)
            self._group(top, self.tr("New rows"), [
                (self.tr("row {row}").format(row=r), plan.row_label(sp.table, sp.added_row(v))) for r, v in sp.adds])
            if sp.duplicates:
                self._duplicates(top, sp)
            self._group(top, self.tr("Notes"), [(i.where(), self._issue_text(i)) for i in sp.warnings])
        self._set_page(self.PAGE_PREVIEW)

    def _issue_text(self, issue) -> str:
        shown = "" if issue.value is None or issue.value == "" else f"'{issue.value}' — "
        return shown + issue.reason

    def _group(self, parent: QTreeWidgetItem, title: str, rows: list[tuple[str, str]], *, expanded=False,
               total: int | None = None) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(parent, [f"{title} ({total or len(rows)})", ""])
        for what, detail in rows[:MAX_ITEMS]:
            item = QTreeWidgetItem(group, [what, detail])
            item.setToolTip(1, detail)
        if len(rows) > MAX_ITEMS:
            QTreeWidgetItem(group, [self.tr("… and {n} more").format(n=len(rows) - MAX_ITEMS), ""])
        group.setExpanded(expanded)

    def _duplicates(self, parent: QTreeWidgetItem, sp) -> None:
        group = QTreeWidgetItem(parent, [self.tr("Likely duplicates ({n}): decide for each").format(
            n=len(sp.duplicates)), ""])
        group.setExpanded(True)
        for dup in sp.duplicates[:MAX_ITEMS]:
            item = QTreeWidgetItem(group, [self.tr("row {row}: {name}").format(row=dup.row, name=dup.label),
                                           self.tr("looks like {other} ({why})").format(other=dup.candidate_label,
                                                                                        why=dup.reason)])
            combo = QComboBox(self.tree)
            combo.addItem(self.tr("Skip this row"), "skip")
            if dup.candidate_ids:
                combo.addItem(self.tr("Update the existing firm"), "merge")
            combo.addItem(self.tr("Add as a new firm"), "add")
            combo.setCurrentIndex(max(0, combo.findData(dup.decision)))
            combo.activated.connect(lambda _i, c=combo, key=(sp.sheet, dup.row): self.decide(key, c.currentData()))
            holder = QTreeWidgetItem(item, [""])
            self.tree.setItemWidget(holder, 1, combo)
            item.setExpanded(True)

    def decide(self, key: tuple[str, int], decision: str) -> None:
        """The user's decision about one likely duplicate; the preview is worked out again."""
        self.options.decisions[key] = decision
        self.preview()

    # ----- apply ---------------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Write the previewed import: backup, one transaction, one undo step, with progress and Cancel."""
        from core import operations

        plan = self.plan
        if plan is None or plan.has_errors:
            return
        path, options, expect = self.path, self.options, plan.fingerprint()
        total = max(1, plan.total_adds + plan.total_changes)

        def operation(db, report):
            return operations.apply_import(db, path, options, expect=expect,
                                           progress=lambda d, _t: report(min(d, total), total))

        text = self.tr("Import {name}").format(name=Path(path).name)
        self.apply_button.setEnabled(False)
        self._busy(self.tr("Writing to the database…"))
        self.job = self.hub.perform_in_background(text, operation, total=total, parent=self,
                                                  on_finished=self._applied)

    def _applied(self, outcome, error) -> None:
        self.job = None
        if outcome is not None:
            self.applied = True
            result = outcome.value
            status = getattr(self.parent(), "statusBar", None)
            if status is not None and result is not None:
                status().showMessage(self.tr("Imported {adds} new and {changes} changed row(s); backup: {backup}").format(
                    adds=result.total_adds, changes=result.total_changes, backup=result.backup or "-"), 15000)
            self.imported.emit(result)
            self.accept()
            return
        if error is not None:
            messages.error(self, self.tr("Cannot import"), self.tr("{problem}\n\nNothing was changed.").format(
                problem=wording.describe(error)))
        self.preview()

    def _on_close(self) -> None:
        if self.job is not None and hasattr(self.job, "cancel"):
            self.job.cancel()
        self.reject()


def _header(table: str, fld: str) -> str:
    return labels.column_name(table, fld) if table else fld


def choose_file(parent) -> str | None:
    folder = settings.read_str(LAST_DIR, str(Path.home()))
    path, _f = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "Import"), folder,
        QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"))
    if path:
        settings.write(LAST_DIR, str(Path(path).parent))
    return path or None


def import_workbook(parent, hub, path: str | None = None) -> ImportDialog | None:
    """File → Import…: choose a file (unless given), then the dialog (mapping, preview, apply). Returns the
    dialog, already shown (window-modal); None when the user chose no file."""
    if path is None:
        path = choose_file(parent)
        if path is None:
            return None
    dialog = ImportDialog(hub, path, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog.start()


class DropImporter(QObject):
    """Starts an import when a spreadsheet file is dropped on the watched window (its ``hub`` is used)."""

    def __init__(self, window: QWidget, hub):
        super().__init__(window)
        self.window, self.hub = window, hub
        self.dialog: ImportDialog | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _path(self, event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIXES):
                return url.toLocalFile()
        return None

    def eventFilter(self, watched, event) -> bool:  # overrides QObject.eventFilter
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._path(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path = self._path(event)
            if path:
                event.acceptProposedAction()
                self.dialog = import_workbook(self.window, getattr(self.window, "hub", self.hub), path)
                return True
        return False


def install_drop_import(window: QWidget, hub) -> DropImporter:
    """Let the user drop a workbook on ``window`` to import it (call once, after building the window)."""
    return DropImporter(window, hub)
