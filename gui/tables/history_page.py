"""History: the change log, newest first, in words — local time, the table and column by their names, the
row by its name (a deleted row by the name it had), values as the tables show them — filtered by table,
entry and date, with "revert this change"."""

from __future__ import annotations

from datetime import datetime

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

from core import browse, operations
from core.errors import ChainMapperError
from core.fields.display import format_value
from core.fields.spec import TABLES, Column, column
from gui import labels, messages, wording
from gui.tables.model import SqlTableModel
from gui.tables.view import SheetView

LOG_COLUMNS = (
    Column("ts", editable=False, width=150), Column("user", editable=False, width=80),
    Column("action", editable=False, width=60), Column("table_name", editable=False, width=90),
    Column("row_id", editable=False, width=200), Column("column", editable=False, width=120),
    Column("old_value", editable=False, width=240), Column("new_value", editable=False, width=240),
)
SUMMARY_LENGTH = 160


def local_time(ts: str | None) -> str:
    """An ISO time from the log ('2025-06-30T06:03:00+00:00') in this computer's time zone."""
    if not ts:
        return ""
    try:
        moment = datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class HistoryModel(SqlTableModel):
    """The change log as a read-only table whose cells are worded (core.browse.changes)."""

    def __init__(self, hub, parent=None):
        super().__init__(hub, "change_log", LOG_COLUMNS, parent, load=False)
        self.read_only = True
        self._changes: dict[int, browse.Change] = {}

    def _read(self, ids):
        super()._read(ids)
        rows = [self._cache[i] for i in ids if i in self._cache and not self._cache[i].get("__missing")]
        self._changes.update(browse.changes(self.hub.db, rows, labels.lang()))

    def reload(self) -> None:
        self._changes.clear()
        super().reload()

    def refresh(self) -> None:
        self._changes.clear()
        super().refresh()

    def _on_hub_changed(self, tables) -> None:
        self.refresh()  # every change is logged

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Table"), self.tr("Entry"),
                      self.tr("Column"), self.tr("Old value"), self.tr("New value"))
            return titles[section] if 0 <= section < len(titles) else None
        if orientation == Qt.Orientation.Horizontal:
            return None
        return super().headerData(section, orientation, role)

    def display_text(self, col: Column, row: dict) -> str:
        change = self._changes.get(row.get("id"))
        if change is None:
            return ""
        name = col.name
        if name == "ts":
            return local_time(change.ts)
        if name == "user":
            return change.user or ""
        if name == "action":
            return {"insert": self.tr("Added"), "update": self.tr("Changed"), "delete": self.tr("Deleted")}.get(
                change.action, change.action)
        if name == "table_name":
            return labels.table_name(change.table)
        if name == "row_id":
            return change.row_name or f"#{change.row_id}"
        if name == "column":
            return labels.column_name(change.table, change.column) if change.column else self.tr("whole entry")
        if name in ("old_value", "new_value"):
            old = name == "old_value"
            return self._value(change, change.old if old else change.new, change.old_name if old else change.new_name)
        return ""

    def _value(self, change: browse.Change, value, ref_name) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):  # a whole row, added or deleted
            return self._summary(change.table, value)
        if ref_name is not None:
            return ref_name
        if change.table in TABLES and change.column:
            try:
                return format_value(change.table, column(change.table, change.column), value, labels.lang())
            except KeyError:
                pass
        return str(value)

    def _summary(self, table: str, row: dict) -> str:
        """A whole logged row in words: its filled columns, named, as the table shows them."""
        if table not in TABLES:
            return ""
        sep, colon = ("；", "：") if labels.lang() == "zh" else ("; ", ": ")
        parts = []
        for col in TABLES[table]:
            value = row.get(col.name)
            if value in (None, "") or col.kind == "ref":
                continue
            parts.append(f"{labels.column_name(table, col.name)}{colon}{format_value(table, col, value, labels.lang())}")
        text = sep.join(parts)
        return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH - 1] + "…"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text if text and len(text) > 20 else None
        return super().data(index, role)


class HistoryPage(QWidget):
    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.model = HistoryModel(hub, self)
        self.model.set_order("ts", True)
        self.view = SheetView(self.model, self)
        self.view.setSortingEnabled(False)  # the log reads newest first
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_filter = QComboBox(self)
        self.table_filter.addItem(self.tr("All tables"), None)
        for table in TABLES:
            self.table_filter.addItem(labels.table_name(table), table)
        self.row_filter = QLineEdit(self)
        self.row_filter.setPlaceholderText(self.tr("Entry id"))
        self.row_filter.setMaximumWidth(90)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate(2000, 1, 1))
        self.revert_button = QPushButton(self.tr("Revert selected changes"), self)
        self.revert_button.clicked.connect(self.revert_selected)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Table:")), self.table_filter, QLabel(self.tr("Entry:")), self.row_filter,
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

    def showEvent(self, event):  # noqa: N802 - Qt override
        if not self.model.is_loaded:
            self.model.reload()
        super().showEvent(event)

    def apply_filter(self) -> None:
        conditions = []
        table = self.table_filter.currentData()
        if table:
            conditions.append(("table_name", "=", table))
        if self.row_filter.text().strip().isdigit():
            conditions.append(("row_id", "=", int(self.row_filter.text().strip())))
        since = self.since.date()
        if since > QDate(2000, 1, 1):
            conditions.append(("ts", ">=", since.toString("yyyy-MM-dd")))
        self.model.set_conditions(conditions)

    def summary(self) -> str:
        n = self.model.total_count()
        return self.tr("1 change") if n == 1 else self.tr("{n} changes").format(n=f"{n:,}")

    def revert_selected(self) -> None:
        ids = self.view.selected_row_ids()
        if not ids:
            return
        question = (self.tr("Revert the selected change? This is itself a change you can undo.") if len(ids) == 1 else
                    self.tr("Revert {n} selected changes? This is itself a change you can undo.").format(n=len(ids)))
        if not messages.confirm(self, self.tr("Revert changes"), question):
            return
        n = len(ids)

        def text():
            return self.tr("Revert 1 change") if n == 1 else self.tr("Revert {n} changes").format(n=n)

        try:
            self.hub.perform(text, lambda db: operations.revert_entries(db, ids))
        except ChainMapperError as exc:
            messages.error(self, self.tr("Cannot revert"), wording.describe(exc))
