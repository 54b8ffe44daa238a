"""The dashboard's coverage matrix (drawn by gui.overview.matrix_paint): a tooltip on every cell and name,
and a click on a count opens the rows it counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal

from core import vocabulary
from core.analysis.chart_data import MEASURES, MatrixRow
from gui.overview.matrix_paint import MatrixDrawing, layer_rows
from gui.overview.painted_chart import PaintedChart
from gui.overview.words import Words


def survey_text(row, w: Words) -> str:
    """"Suppliers surveyed: 2026-05-10, 市工信局产业处, from 机器人企业名单" or "not yet surveyed"."""
    survey = row.survey
    if survey is None:
        return QCoreApplication.translate("CoverageMatrix", "Suppliers: {flag} (none recorded is not none found)").format(
            flag=w.flag("not_surveyed"))
    parts = [survey.on.isoformat(), survey.by or "", survey.list or ""]
    text = QCoreApplication.translate("CoverageMatrix", "Suppliers surveyed: {facts}").format(
        facts=w.list_sep.join(p for p in parts if p))
    if survey.layer_key:
        text += w.bracket(QCoreApplication.translate("CoverageMatrix", "with its layer"))
    return text


def matrix_tooltip(row: MatrixRow, measure: str | None, drawing, w: Words) -> list[str]:
    flags = w.list_sep.join(w.flag(f) for f in row.flags) or QCoreApplication.translate("CoverageMatrix", "none")
    lines = [w.name(row.name_zh, row.name_en)]
    for m in [measure] if measure else list(MEASURES):
        lines.append(f"{drawing.description(m)}{w.colon}{drawing.cell_text(row, m)}")
    lines += [QCoreApplication.translate("CoverageMatrix", "Wanted local suppliers: {n}").format(n=row.wanted),
              QCoreApplication.translate("CoverageMatrix", "Flags: {flags}").format(flags=flags), survey_text(row, w)]
    if row.in_standard_bom:
        lines.append(QCoreApplication.translate(
            "CoverageMatrix", "In the standard BOM: every integrator's robot uses one ({n}); not counted as "
                              "depending").format(n=row.integrators_bom))
    if row.criticality:
        lines.append(f"{w.term(vocabulary.column_term('components', 'criticality'))}{w.colon}"
                     f"{w.choice(row.criticality, 'criticality')}")
    if row.gap_rank is not None:
        lines.append(QCoreApplication.translate("CoverageMatrix", "Place among the chain's gaps: {n}").format(n=row.gap_rank))
    if measure:
        lines.append(QCoreApplication.translate("CoverageMatrix", "Click to open these rows."))
    return lines


class CoverageMatrix(PaintedChart):
    """Signals:
        cell_clicked(int, str): component id and measure of the cell clicked.
    """

    cell_clicked = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[MatrixRow | str] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_rows(self, rows: list[MatrixRow], layer_names: dict[str | None, str] | None = None) -> None:
        """Draw ``rows`` under their top layers' names (``layer_names``: key → name in the UI's language)."""
        self.rows = layer_rows(rows, layer_names or {})
        self.relayout()

    def make_drawing(self, device, width: float, words: Words) -> MatrixDrawing:
        return MatrixDrawing(self.rows, words, device, width)

    def cell_at(self, pos: QPointF) -> tuple[MatrixRow, str | None] | None:
        """(row, measure) under ``pos`` in drawing coordinates; the measure is None on the name."""
        if self.drawing is None:
            return None
        i, j = self.drawing.row_at(pos.y()), self.drawing.column_at(pos.x())
        if i is None or j is None or not isinstance(self.rows[i], MatrixRow):
            return None
        return self.rows[i], (MEASURES[j] if j >= 0 else None)

    def tooltip_at(self, pos: QPointF) -> str:
        hit = self.cell_at(pos)
        if hit is None:
            i = self.drawing.row_at(pos.y())
            return self.drawing.name_text(self.rows[i])[1] if i is not None else ""
        return self.tooltip_for(*hit)

    def tooltip_for(self, row: MatrixRow, measure: str | None) -> str:
        return "\n".join(matrix_tooltip(row, measure, self.drawing, Words.ui()))

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        hit = self.cell_at(event.position() - QPointF(4, 4)) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is not None and hit[1] is not None:
            self.cell_clicked.emit(hit[0].component_id, hit[1])
        super().mousePressEvent(event)
