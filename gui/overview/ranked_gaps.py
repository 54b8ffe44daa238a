"""What matters first: the chain's gaps ranked (core.analysis.ranking), as a table beside the coverage matrix.

Each row says why it stands where it does: criticality, the share of the standard bill of materials it stands
for, the integrators depending on it through supply links, the centres working on it, and the gap itself in
the vocabulary's words. Double-clicking a row opens the component.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.analysis import coverage
from core.analysis.tables import HEADERS
from gui.overview.words import Words

GAP_COLOURS = {coverage.NO_LOCAL: "#b71c1c", coverage.NOT_SURVEYED: "#546e7a", coverage.SINGLE_SOURCE: "#d35400",
               coverage.BELOW_WANTED: "#8d6e63"}


def headers(w: Words) -> list[str]:
    return [w.term(HEADERS["gap_rank"]), w.term(HEADERS["component"]), w.term(HEADERS["layer"]),
            QCoreApplication.translate("RankedGaps", "Gap"), w.term(HEADERS["criticality"]), QCoreApplication.translate("RankedGaps", "Standard-BOM share"),
            w.term(HEADERS["integrators"]), w.term(HEADERS["centres"]),
            f"{w.term(HEADERS['local'])}/{w.term(HEADERS['wanted'])}"]


def row_texts(g, layer_names: dict, w: Words) -> list[str]:
    c = g.component
    share = f"{g.bom_share * 100:.0f}%" + w.bracket(str(g.bom_items)) if g.bom_items else "—"
    return [str(g.rank), w.name(c.name_zh, c.name_en), layer_names.get(c.top_layer_key, "—"), w.flag(g.gap),
            w.choice(g.criticality, "criticality") if g.criticality else "—", share, str(g.integrators),
            str(g.centres), f"{c.local_suppliers}/{c.wanted}"]


class RankedGaps(QWidget):
    """Signals:
        open_component(int, str): the component id and its name, to open it.
    """

    open_component = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel(self.tr("Ranked by criticality, then the share of the standard BOM, then the "
                                   "integrators depending through supply links, then gaps no centre works on. "
                                   "Double-click a row to open the component."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.gaps = []

    def set_gaps(self, gaps, layer_names: dict) -> None:
        w = Words.ui()
        self.gaps = list(gaps)
        heads = headers(w)
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        for j, head in enumerate(heads):
            self.table.horizontalHeaderItem(j).setToolTip(head)
        self.table.setRowCount(len(self.gaps))
        for i, g in enumerate(self.gaps):
            for j, text in enumerate(row_texts(g, layer_names, w)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.component.id)
                if j == 1:
                    item.setToolTip("\n".join(n for n in (g.component.name_zh, g.component.name_en) if n))
                if j == 3:
                    item.setForeground(QBrush(QColor(GAP_COLOURS.get(g.gap, "#333333"))))
                if j in (0, 5, 6, 7, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        # Columns as wide as their figures (heads longer than that end in "…"; their tooltips say them whole).
        self.table.resizeColumnsToContents()
        fm = self.table.fontMetrics()
        for j in range(len(heads)):
            cap = 12 * fm.averageCharWidth() if j == 1 else 7 * fm.averageCharWidth()
            data = max((fm.horizontalAdvance(self.table.item(i, j).text()) for i in range(self.table.rowCount())),
                       default=0) + 16
            self.table.setColumnWidth(j, max(min(self.table.columnWidth(j), cap), data if j != 1 else 0,
                                             fm.horizontalAdvance("0000")))
        self.table.resizeRowsToContents()

    def texts(self) -> list[str]:
        """Every text the table shows (for checks of the UI's language)."""
        out = [self.note.text()]
        out += [self.table.horizontalHeaderItem(j).text() for j in range(self.table.columnCount())]
        out += [self.table.item(i, j).text() for i in range(self.table.rowCount())
                for j in range(self.table.columnCount())]
        return out

    def _on_activated(self, item) -> None:
        g = self.gaps[item.row()]
        self.open_component.emit(g.component.id, Words.ui().name(g.component.name_zh, g.component.name_en))
