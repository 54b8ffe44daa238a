"""One entity's page: a search box, the spreadsheet-like table and (for firms, components, centres) the
detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QToolButton, QVBoxLayout, QWidget

from gui.tables import actions
from gui.tables.detail import DetailPane
from gui.tables.model import SqlTableModel
from gui.tables.view import SheetView

DETAIL_TABLES = {"firms", "components", "centres"}


class TablePage(QWidget):
    """Signals:
        status(str): a message for the status bar (a refused value, a row count).
    """

    status = Signal(str)

    def __init__(self, hub, table: str, parent=None):
        super().__init__(parent)
        self.hub, self.table = hub, table
        self.model = SqlTableModel(hub, table, parent=self)
        self.view = SheetView(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, aliases and notes (Chinese or English)…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_label = QLabel(self)
        self.clear_filter = QToolButton(self)
        self.clear_filter.setText(self.tr("Show all"))
        self.clear_filter.clicked.connect(self.show_all)
        self.filter_label.hide()
        self.clear_filter.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.clear_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        self.detail = None
        if table in DETAIL_TABLES:
            self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(self.view)
            self.detail = DetailPane(hub, table, self.splitter)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            layout.addWidget(self.splitter, 1)
            self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
            self.detail.show_row(None)
        else:
            self.splitter = None
            layout.addWidget(self.view, 1)
        self.model.rejected.connect(self.status)
        self.model.loaded.connect(self._on_loaded)

    def _on_current_row(self, current, _previous) -> None:
        if self.detail is not None:
            self.detail.show_row(self.model.row_id(current.row()) if current.isValid() else None)

    def _on_loaded(self) -> None:
        if self.detail is not None:
            self.detail.refresh()

    def summary(self) -> str:
        total = self.model.total_count()
        text = self.tr("{n} rows").format(n=f"{total:,}")
        if self.model.search_text:
            text += " · " + self.tr("search: {text}").format(text=self.model.search_text)
        if self.model.id_filter is not None:
            text += " · " + self.tr("filtered")
        return text

    def show_ids(self, ids, description: str) -> None:
        """Show only these rows (click-through from a chart or the chain map)."""
        self.search.clear()
        self.model.set_id_filter(ids)
        self.filter_label.setText(description)
        self.filter_label.show()
        self.clear_filter.show()

    def show_all(self) -> None:
        self.model.set_id_filter(None)
        self.filter_label.hide()
        self.clear_filter.hide()

    def select_row_id(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row is None:
            self.show_ids([row_id], self.tr("Selected entry"))
            row = self.model.row_of(row_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # ----- actions from the Edit menu ---------------------------------------------------------------------------
    def add_row(self) -> None:
        new_id = actions.add_row(self.model)
        if new_id is not None:
            self.select_row_id(new_id)

    def duplicate_rows(self) -> None:
        ids = self.view.selected_row_ids()
        if ids:
            actions.duplicate_rows(self.model, ids)

    def delete_rows(self) -> None:
        ids = self.view.selected_row_ids()
        if ids:
            actions.delete_rows(self, self.model, ids)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
