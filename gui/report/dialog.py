"""File → Print preview…, Print…, Export PDF…: one options dialog, one render function for all three.

Reading the database and writing the PDF run in the background; the charts are drawn on the GUI thread
(they are widgets), in between.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from gui import messages, worker


class ReportOptions(QDialog):
    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gap report"))
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.plan_boxes: dict[str, QCheckBox] = {}
        plans = QGroupBox(self.tr("Plans"), self)
        plan_layout = QVBoxLayout(plans)
        for code, title in hub.db.execute("SELECT code, title_zh FROM plans ORDER BY deadline_year, code"):
            box = QCheckBox(f"{code}  {title}", plans)
            box.setChecked(True)
            plan_layout.addWidget(box)
            self.plan_boxes[code] = box
        self.layer_boxes: dict[str, QCheckBox] = {}
        layers = QGroupBox(self.tr("Layers"), self)
        layer_layout = QVBoxLayout(layers)
        for key, name in hub.db.execute("SELECT key, name_zh FROM layers WHERE parent_id IS NULL ORDER BY sort_order"):
            if not key:
                continue
            box = QCheckBox(name, layers)
            box.setChecked(True)
            layer_layout.addWidget(box)
            self.layer_boxes[key] = box
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
    """Builds the report for one action: content (background) → charts (GUI thread) → ``then``."""

    def __init__(self, parent: QWidget, hub, options: tuple[str, list[str], list[str]]):
        self.parent, self.hub = parent, hub
        self.lang, self.plans, self.layers = options
        self.progress = QProgressDialog(QCoreApplication.translate("ReportJob", "Preparing the report…"), QCoreApplication.translate("ReportJob", "Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(200)
        self.job = None

    def start(self, then) -> None:
        from core.analysis.report_content import build_report

        plans, layers = self.plans, self.layers
        self.job = worker.start(
            self.hub, lambda db, report: build_report(db, plan_codes=plans, layer_keys=layers),
            on_done=lambda content: self._built(content, then), on_error=self._failed,
            on_cancelled=self.progress.close)
        if self.job is not None:
            self.progress.canceled.connect(self.job.cancel)

    def _built(self, content, then) -> None:
        from gui.report.render import W, Words, render_chart_images, report_html

        if self.progress.wasCanceled():
            return
        words = Words(self.lang)
        charts = render_chart_images(content, self.lang)
        body = report_html(content, words)
        then(body, charts, words(W["title"]), words(W["page"]))

    def _failed(self, text: str) -> None:
        self.progress.close()
        messages.error(self.parent, QCoreApplication.translate("ReportJob", "Cannot make the report"), text)


def _options(parent, hub):
    dialog = ReportOptions(hub, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def export_pdf(parent, hub, path: str | None = None, options=None, on_done=None) -> ReportJob | None:
    options = options or _options(parent, hub)
    if options is None:
        return None
    if path is None:
        path, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReportJob", "Export PDF"), "gap-report.pdf",
                                               QCoreApplication.translate("ReportJob", "PDF files (*.pdf)"))
        if not path:
            return None
    job = ReportJob(parent, hub, options)

    def write(body, charts, title, _page):
        from gui.report.render import write_pdf

        lang = options[0]

        def finished(pages):
            job.progress.close()
            if hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(
                    QCoreApplication.translate("ReportJob", "Report saved: {path} ({n} pages)").format(path=path, n=pages), 10000)
            if on_done:
                on_done(path, pages)

        job.job = worker.start(hub, lambda _db, _report: write_pdf(path, body, charts, lang, title),
                               on_done=finished, on_error=job._failed)

    job.start(write)
    return job


def _printer_action(parent, hub, options, *, preview: bool) -> ReportJob | None:
    """Print preview and Print: the same report painted by the same function onto a printer."""
    options = options or _options(parent, hub)
    if options is None:
        return None
    job = ReportJob(parent, hub, options)

    def run(body, charts, title, page_words):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        from gui.report.render import build_document, paint_document, setup_device

        job.progress.close()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_device(printer)
        doc = build_document(body, charts)
        if preview:
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(title)
            dialog.paintRequested.connect(lambda p: paint_document(p, doc, title, page_words))
            dialog.exec()
        elif QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
            paint_document(printer, doc, title, page_words)

    job.start(run)
    return job


def print_preview(parent, hub, options=None) -> ReportJob | None:
    return _printer_action(parent, hub, options, preview=True)


def print_report(parent, hub, options=None) -> ReportJob | None:
    return _printer_action(parent, hub, options, preview=False)
