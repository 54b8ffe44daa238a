"""History: the change log, newest first, filtered by table, row and date, with "revert this change"."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import operations
from core.errors import ChainMapperError
from core.fields.spec import TABLES, Column
from gui import labels, messages, wording
from gui.tables.model import SqlTableModel
from gui.tables.view import SheetView

LOG_COLUMNS = (
    Column("ts", editable=False, width=170), Column("user", editable=False, width=80),
    Column("action", editable=False, width=60), Column("table_name", editable=False, width=90),
    Column("row_id", "int", editable=False, width=60), Column("column", editable=False, width=110),
    Column("old_value", editable=False, width=220), Column("new_value", editable=False, width=220),
)


class HistoryPage(QWidget):
    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.model = SqlTableModel(hub, "change_log", LOG_COLUMNS, parent=self)
        self.model.read_only = True
        self.model.sort(0, Qt.SortOrder.DescendingOrder)
        hub.changed.connect(lambda _t: self.model.reload())
        self.view = SheetView(self.model, self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_filter = QComboBox(self)
        self.table_filter.addItem(self.tr("All tables"), None)
        for table in TABLES:
            self.table_filter.addItem(labels.table_name(table), table)
        self.row_filter = QLineEdit(self)
        self.row_filter.setPlaceholderText(self.tr("Row id"))
        self.row_filter.setMaximumWidth(90)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate(2000, 1, 1))
        self.revert_button = QPushButton(self.tr("Revert selected changes"), self)
        self.revert_button.clicked.connect(self.revert_selected)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Table:")), self.table_filter, QLabel(self.tr("Row:")), self.row_filter,
                  QLabel(self.tr("Since:")), self.since):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.apply_filter)
        self.table_filter.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.row_filter.textChanged.connect(lambda _t: self._timer.start())
        self.since.dateChanged.connect(lambda _d: self._timer.start())

    def apply_filter(self) -> None:
        parts, params = [], []
        table = self.table_filter.currentData()
        if table:
            parts.append("table_name = ?")
            params.append(table)
        if self.row_filter.text().strip().isdigit():
            parts.append("row_id = ?")
            params.append(int(self.row_filter.text().strip()))
        since = self.since.date()
        if since > QDate(2000, 1, 1):
            parts.append("ts >= ?")
            params.append(since.toString("yyyy-MM-dd"))
        self.model.set_where(" AND ".join(parts) if parts else None, params)

    def summary(self) -> str:
        return self.tr("{n} changes").format(n=f"{self.model.total_count():,}")

    def revert_selected(self) -> None:
        ids = self.view.selected_row_ids()
        if not ids:
            return
        if not messages.confirm(self, self.tr("Revert changes"),
                                self.tr("Revert {n} selected changes? This is itself a change you can undo.").format(
                                    n=len(ids))):
            return
        try:
            self.hub.perform(self.tr("Revert {n} changes").format(n=len(ids)),
                             lambda db: operations.revert_entries(db, ids))
        except ChainMapperError as exc:
            messages.error(self, self.tr("Cannot revert"), wording.describe(exc))
