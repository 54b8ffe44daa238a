"""One entity's page: a search box, the spreadsheet-like table and (for firms, components, centres) the
detail pane. The rows are read when the page is first shown, in the order the user last chose for this
table (else a sensible one: names by pinyin, target codes in natural order, observations newest first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QToolButton, QVBoxLayout, QWidget

from core import browse
from gui import settings
from gui.tables import actions
from gui.tables.detail import DetailPane
from gui.tables.model import DRAFT, SqlTableModel
from gui.tables.view import SheetView

DETAIL_TABLES = {"firms", "components", "centres"}
DETAIL_WIDTH = (280, 440)  # the detail pane's share of the page, in pixels: at least, at most


def saved_order(table: str) -> tuple[str, bool]:
    """The order last chosen for ``table`` (kept in the settings), else its default."""
    text = settings.read_str(f"sort/{table}", "")
    column, _, direction = text.partition(":")
    if column:
        return column, direction == "desc"
    return browse.DEFAULT_ORDER.get(table, ("id", False))


def remember_order(table: str, column: str, descending: bool) -> None:
    settings.write(f"sort/{table}", f"{column}:{'desc' if descending else 'asc'}")


class TablePage(QWidget):
    """Signals:
        status(str): a message for the status bar (a refused value, a row count).
    """

    status = Signal(str)

    def __init__(self, hub, table: str, parent=None):
        super().__init__(parent)
        self.hub, self.table = hub, table
        self.model = SqlTableModel(hub, table, parent=self, load=False)
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
        self._sized = False
        if table in DETAIL_TABLES:
            self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(self.view)
            self.detail = DetailPane(hub, table, self.splitter)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 0)
            self.splitter.setChildrenCollapsible(False)
            layout.addWidget(self.splitter, 1)
            self.detail.show_row(None)
        else:
            self.splitter = None
            layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.rejected.connect(self.status)
        self.model.loaded.connect(self._on_rows_changed)
        self.model.refreshed.connect(self._on_rows_changed)
        self.model.draft_saved.connect(self._on_draft_saved)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self.apply_saved_order()

    # ----- loading and order ------------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.model.is_loaded:
            self.model.reload()

    def showEvent(self, event):  # noqa: N802 - Qt override
        self.ensure_loaded()
        super().showEvent(event)
        if not self._sized and self.splitter is not None:
            self._sized = True
            QTimer.singleShot(0, self._size_splitter)

    def _size_splitter(self) -> None:
        """Give the table most of the width (a saved layout that squeezes it is not kept)."""
        sizes = self.splitter.sizes()
        total = sum(sizes) or self.width()
        if len(sizes) == 2 and sizes[0] >= 0.55 * total and sizes[1] >= DETAIL_WIDTH[0]:
            return
        detail = max(DETAIL_WIDTH[0], min(DETAIL_WIDTH[1], int(total * 0.3)))
        self.splitter.setSizes([max(total - detail, 1), detail])

    def apply_saved_order(self) -> None:
        column, descending = saved_order(self.table)
        names = [c.name for c in self.model.columns]
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if column in names:
            header.setSortIndicator(names.index(column), order)  # the view sorts the model through it
        else:
            header.setSortIndicator(-1, order)
        if self.model.order != (column if column in names else "id", descending):
            self.model.set_order(column if column in names else "id", descending)

    def _on_sort_indicator(self, section: int, order) -> None:
        if 0 <= section < len(self.model.columns):
            remember_order(self.table, self.model.columns[section].name, order == Qt.SortOrder.DescendingOrder)

    # ----- rows --------------------------------------------------------------------------------------------------
    def _on_current_row(self, current, previous) -> None:
        row_id = self.model.row_id(current.row()) if current.isValid() else None
        if self.detail is not None and row_id != self.detail.row_id:
            self.detail.show_row(None if row_id == DRAFT else row_id)
        if previous.isValid() and self.model.row_id(previous.row()) == DRAFT and row_id != DRAFT:
            QTimer.singleShot(0, self._drop_empty_draft)

    def _drop_empty_draft(self) -> None:
        current = self.view.currentIndex()
        if self.model.draft is not None and self.model.draft_is_empty() and (
                not current.isValid() or self.model.row_id(current.row()) != DRAFT):
            self.model.discard_draft()

    def _on_rows_changed(self) -> None:
        if self.detail is not None:
            self.detail.refresh()

    def _on_draft_saved(self, row_id: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or self.model.row_id(current.row()) != row_id:
            self.select_row_id(row_id, column=current.column() if current.isValid() else 0)

    def summary(self) -> str:
        total = self.model.total_count()
        text = self.tr("1 row") if total == 1 else self.tr("{n} rows").format(n=f"{total:,}")
        if self.model.search_text:
            text += " · " + self.tr("search: {text}").format(text=self.model.search_text)
        if self.model.id_filter is not None:
            text += " · " + self.tr("filtered")
        if self.model.draft is not None:
            text += " · " + self.tr("1 new entry not saved yet")
        return text

    def show_ids(self, ids, description: str) -> None:
        """Show only these rows (click-through from a chart or the chain map)."""
        self.search.clear()
        self.model.query.set_search("")
        self.model.set_id_filter(ids)
        self.filter_label.setText(description)
        self.filter_label.show()
        self.clear_filter.show()

    def show_all(self) -> None:
        self.model.set_id_filter(None)
        self.filter_label.hide()
        self.clear_filter.hide()

    def select_row_id(self, row_id: int, column: int = 0) -> bool:
        self.ensure_loaded()
        row = self.model.find(row_id)
        if row is None:
            self.show_ids([row_id], self.tr("Selected entry"))
            row = self.model.row_of(row_id)
        if row is None:
            return False
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def current_row_id(self) -> int | None:
        current = self.view.currentIndex()
        return self.model.row_id(current.row()) if current.isValid() else None

    # ----- actions from the Edit menu ---------------------------------------------------------------------------
    def add_row(self) -> None:
        """A new row on top, as a draft: saved (one undo step) once its required values are filled in."""
        self.ensure_loaded()
        row = self.model.start_draft()
        first = next((i for i, c in enumerate(self.model.columns) if c.required and c.editable), 0)
        index = self.model.index(row, first)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.status.emit(self.tr("New entry: fill in the required columns to save it"))

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
