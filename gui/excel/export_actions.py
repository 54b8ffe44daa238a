"""File → Export…, Export template…: the map as an Excel workbook (or the table on screen as CSV), written in the
background (gui.tasks) with progress and Cancel; a failure is worded in the UI's language (gui.wording).

The file is written under a temporary name beside the target and renamed over it only when complete, so a
cancelled or failed export leaves an earlier file of that name as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from gui import labels, messages, settings, tasks, wording

LAST_DIR = "export/last_dir"
_RUNNING: set = set()  # jobs are kept alive here until they end (callers need not hold on to them)


class ExportJob:
    """One export: the background job, its progress dialog, and what happens when it ends."""

    def __init__(
        self,
        parent: QWidget | None,
        hub,
        path: str,
        *,
        template: bool,
        table: str | None = None,
        on_done=None,
    ):
        self.parent, self.hub, self.path = parent, hub, path
        self.template, self.table, self.on_done = template, table, on_done
        self.result = None
        self.error = None  # the error (core.errors / BugReport) when the export failed
        self.error_text: str | None = None
        text = QCoreApplication.translate("ExportActions", "Writing {name}…").format(name=Path(path).name)
        self.progress = QProgressDialog(
            text, QCoreApplication.translate("ExportActions", "Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(QCoreApplication.translate("ExportActions", "Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.job = None

    @property
    def is_csv(self) -> bool:
        return self.path.lower().endswith(".csv")

    def start(self) -> ExportJob:
        path, template, table, csv = self.path, self.template, self.table or "firms", self.is_csv

        def run(db, report):
            from core.exporting.workbook import export_csv, export_workbook

            def progress(_table, done, total):
                report(done, total)

            if csv:
                return export_csv(db, table, path, progress=progress)
            return export_workbook(db, path, template=template, progress=progress)

        _RUNNING.add(self)
        self.job = tasks.run(
            self.hub,
            run,
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )
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
            if self.is_csv:
                text = QCoreApplication.translate("ExportActions", "Saved {table} to {path}").format(
                    path=self.path, table=labels.table_name(self.table or "firms"))
            else:
                text = QCoreApplication.translate("ExportActions", "Saved {path}").format(path=self.path)
            status().showMessage(text, 10000)
        if self.on_done:
            self.on_done(self.path, result)

    def _failed(self, error) -> None:
        _RUNNING.discard(self)
        self.error = error
        self.error_text = wording.describe(error)
        self.progress.close()
        messages.error(
            self.parent, QCoreApplication.translate("ExportActions", "Cannot export"), self.error_text
        )

    def _cancelled(self) -> None:
        _RUNNING.discard(self)
        self.progress.close()


def _start_folder() -> str:
    """The folder of the last export, else the user's documents."""
    last = settings.read_str(LAST_DIR, "")
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )


def _ask_path(parent, title: str, name: str, *, csv: bool) -> str | None:
    filters = QCoreApplication.translate("ExportActions", "Excel workbooks (*.xlsx)")
    if csv:
        filters += ";;" + QCoreApplication.translate("ExportActions", "CSV, the current table (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(_start_folder()) / name), filters)
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
        name = QCoreApplication.translate("ExportActions", "chain-map-{date}.xlsx").format(
            date=date.today().strftime("%Y%m%d")
        )
        path = _ask_path(
            parent, QCoreApplication.translate("ExportActions", "Export to Excel"), name, csv=True
        )
        if path is None:
            return None
    return ExportJob(parent, hub, path, template=False, table=_current_table(parent), on_done=on_done).start()


def export_template(parent, hub, path: str | None = None, *, on_done=None) -> ExportJob | None:
    """The same workbook with headers, drop-down lists and README but no rows, for planners to fill in."""
    if path is None:
        name = QCoreApplication.translate("ExportActions", "chain-map-import-template.xlsx")
        path = _ask_path(
            parent, QCoreApplication.translate("ExportActions", "Export template"), name, csv=False
        )
        if path is None:
            return None
    return ExportJob(parent, hub, path, template=True, on_done=on_done).start()
