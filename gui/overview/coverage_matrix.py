"""Coverage matrix: components (rows, grouped brain / limbs / body) × measures, counts in coloured cells.

Supplier cells are coloured against the wanted number of local suppliers: red for none, amber for fewer than
wanted (a single source), green otherwise; the empty and single-supplier cells stand out at a glance.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor

from core.analysis.chart_data import MEASURES, MatrixRow, cell_level
from gui import i18n
from gui.fonts import ui_font
from gui.overview.chart_style import GRID, LEVEL_COLOURS, category_plot, configure_pyqtgraph

LABEL_WIDTH = 210


def measure_names() -> dict[str, str]:
    """Short column heads (the columns are narrow); the tooltip gives the long form."""
    return {"local_suppliers": QCoreApplication.translate("CoverageMatrix", "Local"), "mass": QCoreApplication.translate("CoverageMatrix", "Mass prod."), "centres": QCoreApplication.translate("CoverageMatrix", "Centres"),
            "integrators": QCoreApplication.translate("CoverageMatrix", "Integrators")}


def measure_descriptions() -> dict[str, str]:
    return {"local_suppliers": QCoreApplication.translate("CoverageMatrix", "Local suppliers"), "mass": QCoreApplication.translate("CoverageMatrix", "Local suppliers in mass production"),
            "centres": QCoreApplication.translate("CoverageMatrix", "Centres serving it"), "integrators": QCoreApplication.translate("CoverageMatrix", "Integrators depending on it")}


class _CellsItem(pg.GraphicsObject):
    """All cells of the matrix in one item: hundreds of separate rectangles and text items redraw slowly.

    Cells are placed in data coordinates but painted in device coordinates, so the counts are never
    stretched by the view's unequal x and y scales.
    """

    def __init__(self, cells: list[tuple[QRectF, QColor, str]]):
        super().__init__()
        self.cells = cells
        bounds = QRectF()
        for rect, _c, _t in cells:
            bounds = bounds.united(rect)
        self._bounds = bounds

    def boundingRect(self):  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter, *_args):
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(ui_font(8))
        grid = QColor(GRID)
        for rect, colour, text in self.cells:
            box = transform.mapRect(rect)
            painter.fillRect(box, colour)
            painter.setPen(grid)
            painter.drawRect(box)
            painter.setPen(QColor("#222222"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class CoverageMatrix(pg.PlotWidget):
    """Signals:
        cell_clicked(int, str): component id and measure of the cell clicked.
    """

    cell_clicked = Signal(int, str)

    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.rows: list[MatrixRow | str] = []
        self.items: list = []
        plot = category_plot(self, label_width=LABEL_WIDTH, value_axis="top")
        plot.showAxis("top")
        plot.hideAxis("bottom")
        plot.getAxis("top").setHeight(28)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)

    def set_rows(self, rows: list[MatrixRow]) -> None:
        plot = self.getPlotItem()
        for item in self.items:
            plot.removeItem(item)
        self.items = []
        self.rows = []
        layer = None
        for row in rows:
            if row.layer_zh != layer:
                self.rows.append(row.layer_zh)
                layer = row.layer_zh
            self.rows.append(row)
        ticks = []
        cells = []
        for i, row in enumerate(self.rows):
            if isinstance(row, str):
                ticks.append((i, f"■ {row}"))
                continue
            name = i18n.display_name(row.name_zh, row.name_en)
            # pyqtgraph drops a tick label wider than the axis: keep names short, the tooltip has the rest.
            ticks.append((i, name if len(name) <= 14 else name[:13] + "…"))
            for j, measure in enumerate(MEASURES):
                value = row.values[measure]
                level = cell_level(measure, value, row.wanted)
                cells.append((QRectF(j + 0.04, i - 0.42, 0.92, 0.84), QColor(LEVEL_COLOURS[level]), str(value)))
        self.cells_item = _CellsItem(cells)
        self._add(self.cells_item)
        names = measure_names()
        plot.getAxis("left").setTicks([ticks, []])
        plot.getAxis("top").setTicks([[(j + 0.5, names[m]) for j, m in enumerate(MEASURES)], []])
        plot.setXRange(0, len(MEASURES), padding=0)
        plot.setYRange(-0.6, max(len(self.rows) - 0.4, 1), padding=0)
        self.setMinimumHeight(int(len(self.rows) * 20 + 50))

    def _add(self, item) -> None:
        self.getPlotItem().addItem(item)
        self.items.append(item)

    def cell_at(self, scene_pos) -> tuple[MatrixRow, str] | None:
        plot = self.getPlotItem()
        if not plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = plot.vb.mapSceneToView(scene_pos)
        i, j = int(round(point.y())), int(point.x())
        if 0 <= i < len(self.rows) and isinstance(self.rows[i], MatrixRow) and 0 <= j < len(MEASURES):
            return self.rows[i], MEASURES[j]
        return None

    def tooltip_for(self, row: MatrixRow, measure: str) -> str:
        from gui import labels

        flags = "、".join(labels.choice_name(f) for f in row.flags) or QCoreApplication.translate("CoverageMatrix", "none")
        return "\n".join([
            f"{row.layer_zh} · {row.name_zh}",
            f"{measure_descriptions()[measure]}: {row.values[measure]}",
            QCoreApplication.translate("CoverageMatrix", "Wanted local suppliers: {n}").format(n=row.wanted),
            QCoreApplication.translate("CoverageMatrix", "Flags: {flags}").format(flags=flags),
        ])

    def _on_move(self, scene_pos) -> None:
        hit = self.cell_at(scene_pos)
        self.setToolTip(self.tooltip_for(*hit) if hit else "")

    def _on_click(self, event) -> None:
        hit = self.cell_at(event.scenePos())
        if hit is not None:
            self.cell_clicked.emit(hit[0].component_id, hit[1])
