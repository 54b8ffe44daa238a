"""File → Import…: choose a file → (for a colleague's list) check the columns and the chain values → preview →
apply.

Reading and previewing run in the background (gui.tasks) on their own connection; the preview applies the import
inside a transaction and rolls it back, so what SQLite would refuse shows before anything is written. Apply
writes the plan the planner saw — nothing is read again — as one undoable step through
:meth:`gui.hub.DataHub.perform_in_background` (a checked backup copy first, then one transaction, with progress
and Cancel). If another window changed a row since the preview, the dialog says so and offers a new preview.
Rows left out and held are saved beside the file as a rejects workbook. A workbook dropped on the main window
starts the same dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels, messages, settings, tasks, wording
from gui.excel.import_mapping import MappingPage, remember_mapping, remembered_mapping, status_names
from gui.excel.import_preview import PreviewPage

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
LAST_DIR = "import/last_dir"

__all__ = ["DropImporter", "ImportDialog", "choose_file", "import_workbook", "install_drop_import",
           "remember_mapping", "remembered_mapping"]


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
        self._reviewed = False
        self.setWindowTitle(self.tr("Import {name}").format(name=Path(path).name))
        self.resize(980, 680)

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
        self.mapping = MappingPage(self)
        self.mapping.table_combo.activated.connect(self._on_table_chosen)
        self.pages.addWidget(self.mapping)
        self.preview_page = PreviewPage(self)
        self.preview_page.update_mode.connect(self._on_update_mode)
        self.preview_page.delete_missing.connect(self._on_delete_missing)
        self.preview_page.decided.connect(self.decide)
        self.preview_page.conflict_decided.connect(self.decide_conflict)
        self.pages.addWidget(self.preview_page)

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

    # the parts tests and the main window reach -------------------------------------------------------------------
    @property
    def tree(self):
        return self.preview_page.tree

    @property
    def mapping_intro(self):
        return self.mapping.intro

    @property
    def mapping_table(self):
        return self.mapping.columns

    def mapping_choices(self) -> dict[str, str | None]:
        return self.mapping.mapping_choices()

    def set_mapping(self, header: str, field: str | None) -> None:
        self.mapping.set_mapping(header, field)

    # ----- pages ---------------------------------------------------------------------------------------------
    def _set_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        is_list = self.plan is not None and self.plan.kind != "workbook"
        self.back_button.setVisible(page == self.PAGE_PREVIEW and is_list)
        self.next_button.setVisible(page == self.PAGE_MAPPING)
        self.apply_button.setVisible(page == self.PAGE_PREVIEW)
        ready = self.plan is not None and not self.plan.has_errors and self.plan.writes
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

        self.job = tasks.run(self.hub, run, on_done=self._previewed, on_failed=self._failed,
                             on_cancelled=self.reject)

    def _previewed(self, plan) -> None:
        self.job = None
        self.plan = plan
        if plan.kind != "workbook" and plan.sheets:
            self.mapping.fill(plan)
            if not self._reviewed:  # a list: the planner checks the columns and values once before the preview
                self._reviewed = True
                self._show_mapping()
                return
        self.preview_page.fill(plan, self.options)
        self._set_page(self.PAGE_PREVIEW)

    def _failed(self, error) -> None:
        self.job = None
        messages.error(self, self.tr("Cannot import"), self.tr("{problem}\n\nNothing was changed.").format(
            problem=wording.describe(error)))
        self.reject()

    # ----- mapping -------------------------------------------------------------------------------------------
    def _show_mapping(self) -> None:
        self._set_page(self.PAGE_MAPPING)

    def _on_table_chosen(self, _index: int) -> None:
        self.options.table = self.mapping.table_combo.currentData()
        self.options.mapping = {}
        self._reviewed = True
        self.preview()

    def _on_next(self) -> None:
        from core.importing import memory
        from core.vocabulary import fold

        table = self.mapping.table_combo.currentData()
        choices = self.mapping.mapping_choices()
        self.options.table = table
        self.options.mapping = choices
        remember_mapping(table, choices)
        values = self.mapping.value_choices()
        if values:
            memory.remember_values(values)
            self.options.values.update({fold(k): v or memory.NOT_A_COMPONENT for k, v in values.items()})
        self.preview()

    def value_rows(self) -> list[tuple[str, str, str]]:
        return self.mapping.value_rows()

    def set_value(self, text: str, component: str | None) -> None:
        self.mapping.set_value(text, component)

    # ----- decisions in the preview --------------------------------------------------------------------------
    def _on_update_mode(self, mode: str) -> None:
        self.options.update = mode
        self.options.conflict_decisions.clear()
        self.preview()

    def _on_delete_missing(self, on: bool) -> None:
        self.options.delete_missing = on
        self.preview()

    def decide(self, key: tuple[str, int], decision: str) -> None:
        """The user's decision about one likely duplicate; the preview is worked out again."""
        self.options.decisions[key] = decision
        self.preview()

    def decide_conflict(self, key: tuple[str, int, str], decision: str) -> None:
        """Keep the map's value or take the list's, for one conflict; the preview is worked out again."""
        self.options.conflict_decisions[key] = decision
        self.preview()

    # ----- apply ---------------------------------------------------------------------------------------------
    def apply(self) -> None:
        """Write the previewed plan: backup, one transaction, one undo step, with progress and Cancel."""
        from core import operations

        plan = self.plan
        if plan is None or plan.has_errors:
            return
        total = max(1, plan.total_adds + plan.total_changes + plan.total_deletes)

        def operation(db, report):
            return operations.apply_import(db, plan, progress=lambda d, _t: report(min(d, total), total))

        text = self.tr("Import {name}").format(name=Path(self.path).name)
        self.apply_button.setEnabled(False)
        self._busy(self.tr("Writing to the database…"))
        self.job = self.hub.perform_in_background(text, operation, total=total, parent=self,
                                                  on_finished=self._applied)

    def _applied(self, outcome, error) -> None:
        from core.importing.messages import ImportChanged

        self.job = None
        if outcome is not None:
            self.applied = True
            result = outcome.value
            rejects = self._save_rejects(result)
            status = getattr(self.parent(), "statusBar", None)
            if status is not None and result is not None:
                status().showMessage(self.tr("Imported {adds} new and {changes} changed row(s); backup: {backup}").format(
                    adds=result.total_adds, changes=result.total_changes, backup=result.backup or "-")
                    + (" " + self.tr("Rows left out: {path}").format(path=rejects) if rejects else ""), 15000)
            self.imported.emit(result)
            self.accept()
            return
        if isinstance(error, ImportChanged):
            again = messages.confirm(self, self.tr("The map changed"), self.tr(
                "{problem}\n\nPreview the import again with the map as it is now?").format(
                    problem=wording.describe(error)), default_yes=True)
            if again:
                self.preview()
            else:
                self.preview_page.fill(self.plan, self.options)
                self._set_page(self.PAGE_PREVIEW)
            return
        if error is not None:
            messages.error(self, self.tr("Cannot import"), self.tr("{problem}\n\nNothing was changed.").format(
                problem=wording.describe(error)))
        self.preview()

    def _save_rejects(self, plan) -> str | None:
        from core.importing import rejects

        if plan is None or not rejects.has_rejects(plan):
            return None
        names = status_names()
        try:
            return str(rejects.write_rejects(
                plan, lang=labels.lang(), translate=lambda t: QCoreApplication.translate("errors", t),
                component_name=lambda c: plan.labels.get(("components", c), f"#{c}"),
                status_name=lambda s: names.get(s, s)))
        except OSError as exc:
            messages.error(self, self.tr("Rows left out"), self.tr(
                "The import was written, but the rows left out could not be saved beside the file ({problem}).").format(
                    problem=wording.describe(exc)))
            return None

    def _on_close(self) -> None:
        if self.job is not None and hasattr(self.job, "cancel"):
            self.job.cancel()
        self.reject()


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
