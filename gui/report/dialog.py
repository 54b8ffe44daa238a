"""File → Print preview…, Print…, Export PDF…: one options dialog, one render function for all three.

The report is read from the database and laid out in the background (gui.tasks); for PDF export the file is
written there too, so the window stays usable. Only the printer dialogs and painting onto a printer run on the
GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, labels, messages, settings, tasks


class ReportOptions(QDialog):
    """Language, plans and layers of the report (all chosen at first; the language is the UI's)."""

    def __init__(self, hub, parent=None):
        from core.views import layer_choices, plan_choices

        super().__init__(parent)
        self.setWindowTitle(self.tr("Gap report"))
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(labels.lang()))
        self.plan_boxes: dict[str, QCheckBox] = {}
        plans = QGroupBox(self.tr("Plans"), self)
        plan_layout = QVBoxLayout(plans)
        for plan in plan_choices(hub.db):
            box = QCheckBox(f"{plan['code']}  {i18n.display_name(plan['title_zh'], plan['title_en'])}", plans)
            box.setChecked(True)
            plan_layout.addWidget(box)
            self.plan_boxes[plan["code"]] = box
        self.layer_boxes: dict[str, QCheckBox] = {}
        layers = QGroupBox(self.tr("Layers"), self)
        layer_layout = QVBoxLayout(layers)
        for layer in layer_choices(hub.db):
            box = QCheckBox(i18n.display_name(layer["name_zh"], layer["name_en"]), layers)
            box.setChecked(True)
            layer_layout.addWidget(box)
            self.layer_boxes[layer["key"]] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plans)
        layout.addWidget(layers)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, list[str], list[str]]:
        plans = [c for c, b in self.plan_boxes.items() if b.isChecked()]
        layers = [k for k, b in self.layer_boxes.items() if b.isChecked()]
        return self.language.currentData(), plans, layers


class ReportJob:
    """One report action: the background job behind a progress dialog; :meth:`cancel` stops it (quitting)."""

    def __init__(self, parent: QWidget, hub, options: tuple[str, list[str], list[str]]):
        self.parent, self.hub = parent, hub
        self.lang, self.plans, self.layers = options
        self.job = None

    def run(self, fn, on_done) -> None:
        """``fn(db, report)`` in the background behind a progress dialog (3 steps), then ``on_done(result)``."""
        self.job = tasks.run_with_progress(self.hub, QCoreApplication.translate("ReportJob", "Preparing the report…"), fn, total=3, parent=self.parent,
                                           on_done=on_done, on_failed=self.failed)

    def prepare(self, db, report):
        from gui.report.render import build_prepared

        report(1, 3)
        prepared = build_prepared(db, lang=self.lang, plan_codes=self.plans, layer_keys=self.layers)
        report(2, 3)
        return prepared

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def failed(self, error) -> None:
        from gui import wording

        messages.error(self.parent, QCoreApplication.translate("ReportJob", "Cannot make the report"), wording.describe(error))


def _options(parent, hub):
    dialog = ReportOptions(hub, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def default_pdf_path() -> str:
    """In the folder last used (else Documents), named in the UI's language with today's date."""
    folder = settings.read_str("report/folder", "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / QCoreApplication.translate("ReportJob", "gap-report-{date}.pdf").format(date=date.today().isoformat()))


def export_pdf(parent, hub, path: str | None = None, options=None, on_done=None) -> ReportJob | None:
    options = options or _options(parent, hub)
    if options is None:
        return None
    if path is None:
        path, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReportJob", "Export PDF"), default_pdf_path(), QCoreApplication.translate("ReportJob", "PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.write("report/folder", str(Path(path).parent))
    job = ReportJob(parent, hub, options)

    def write(db, report) -> int:
        from gui.report.document import write_pdf

        prepared = job.prepare(db, report)
        return write_pdf(path, prepared.body, prepared.charts, prepared.lang, prepared.title)

    def finished(pages: int) -> None:
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(QCoreApplication.translate("ReportJob", "Report saved: {path} ({n} pages)").format(path=path, n=pages), 10000)
        if on_done:
            on_done(path, pages)

    job.run(write, finished)
    return job


def _printer_action(parent, hub, options, *, preview: bool) -> ReportJob | None:
    """Print preview and Print: the same report painted by the same function onto a printer."""
    options = options or _options(parent, hub)
    if options is None:
        return None
    job = ReportJob(parent, hub, options)

    def show(prepared) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        from gui.report.document import build_document, paint_document, setup_device

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_device(printer)
        doc = build_document(prepared.body, prepared.charts)
        if preview:
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(prepared.title)
            dialog.paintRequested.connect(lambda p: paint_document(p, doc, prepared.title, prepared.page_words))
            dialog.exec()
        elif QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
            paint_document(printer, doc, prepared.title, prepared.page_words)

    job.run(job.prepare, show)
    return job


def print_preview(parent, hub, options=None) -> ReportJob | None:
    return _printer_action(parent, hub, options, preview=True)


def print_report(parent, hub, options=None) -> ReportJob | None:
    return _printer_action(parent, hub, options, preview=False)
