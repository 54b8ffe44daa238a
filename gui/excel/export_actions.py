"""File → Export…, Export template…: the map as an Excel workbook (or one table as CSV), written in the background
with progress and Cancel. The workbook is written under a temporary name, so a cancelled export leaves nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from gui import messages, settings, worker

LAST_DIR = "export/last_dir"
_RUNNING: set = set()  # jobs are kept alive here until they end (callers need not hold on to them)



class ExportJob:
    """One export: the worker job, its progress dialog, and what happens when it ends."""

    def __init__(self, parent: QWidget | None, hub, path: str, *, template: bool, table: str | None = None,
                 on_done=None):
        self.parent, self.hub, self.path = parent, hub, path
        self.template, self.table, self.on_done = template, table, on_done
        self.result = None
        self.error: str | None = None
        self.progress = QProgressDialog(QCoreApplication.translate("ExportActions", "Writing the workbook…"), QCoreApplication.translate("ExportActions", "Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.job = None

    def start(self) -> ExportJob:
        path, template, table = self.path, self.template, self.table

        def run(db, report):
            from core.exporting.workbook import export_csv, export_workbook

            def progress(_table, done, total):
                report(done, total)

            if path.lower().endswith(".csv"):
                return export_csv(db, table or "firms", path, progress=progress)
            return export_workbook(db, path, template=template, progress=progress)

        _RUNNING.add(self)
        self.job = worker.start(self.hub, run, on_done=self._done, on_error=self._failed,
                                on_progress=self._progressed, on_cancelled=self._cancelled)
        if self.job is not None:
            self.progress.canceled.connect(self.job.cancel)
        return self

    def _progressed(self, done: int, total: int) -> None:
        if total and self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(min(done, total) if total else 0)

    def _done(self, result) -> None:
        _RUNNING.discard(self)
        self.result = result
        self.progress.close()
        settings.write(LAST_DIR, str(Path(self.path).parent))
        status = getattr(self.parent, "statusBar", None)
        if status is not None:
            status().showMessage(QCoreApplication.translate("ExportActions", "Saved {path}").format(path=self.path), 10000)
        if self.on_done:
            self.on_done(self.path, result)

    def _failed(self, text: str) -> None:
        _RUNNING.discard(self)
        self.error = text
        self.progress.close()
        messages.error(self.parent, QCoreApplication.translate("ExportActions", "Cannot export"), text)

    def _cancelled(self) -> None:
        _RUNNING.discard(self)
        self.progress.close()


def _ask_path(parent, title: str, name: str, *, csv: bool) -> str | None:
    folder = settings.read_str(LAST_DIR, str(Path.home()))
    filters = QCoreApplication.translate("ExportActions", "Excel workbooks (*.xlsx)")
    if csv:
        filters += ";;" + QCoreApplication.translate("ExportActions", "CSV, the current table (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filters)
    if not path:
        return None
    if not path.lower().endswith((".xlsx", ".csv")):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    return path


def _current_table(parent) -> str | None:
    page = parent.current_table_page() if hasattr(parent, "current_table_page") else None
    return getattr(page, "table", None)


def export_workbook(parent, hub, path: str | None = None, *, on_done=None) -> ExportJob | None:
    """Export the whole map (every table, the gap analysis, README) to an .xlsx — or, if a .csv name is chosen,
    the table on screen."""
    if path is None:
        path = _ask_path(parent, QCoreApplication.translate("ExportActions", "Export to Excel"), "产业链图谱-{d}.xlsx".format(d=date.today().strftime("%Y%m%d")),
                         csv=True)
        if path is None:
            return None
    return ExportJob(parent, hub, path, template=False, table=_current_table(parent), on_done=on_done).start()


def export_template(parent, hub, path: str | None = None, *, on_done=None) -> ExportJob | None:
    """The same workbook with headers, drop-down lists and README but no rows, for planners to fill in."""
    if path is None:
        path = _ask_path(parent, QCoreApplication.translate("ExportActions", "Export template"), "产业链图谱-导入模板.xlsx", csv=False)
        if path is None:
            return None
    return ExportJob(parent, hub, path, template=True, on_done=on_done).start()
