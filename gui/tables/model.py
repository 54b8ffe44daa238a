"""A lazy Qt model over one table of the map.

It holds only the ids of the rows loaded so far for the current order, search and filter (read a page at a
time by core.browse / db.tables with keyset paging) and a bounded cache of row values, built the first time
``data()`` asks. An edit anywhere refreshes the rows in place: rows are moved, added and removed with Qt's
layout and row signals, so the current cell, the selection and the scroll position stay where they were,
and a row whose sort value changed stays selected where it lands.

A new row is a *draft* shown on top until its required values are given and valid (gui/tables/drafts.py);
until then nothing is in the database, so nothing counts it.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core import browse, operations
from core.fields.display import format_value
from core.fields.spec import TABLES, Column
from gui import labels, wording
from gui.tables.drafts import DRAFT, DraftRows

PAGE_SIZE = 256
CACHE_ROWS = 20_000
BLOCK = 64
FIND_LIMIT = 50_000  # rows read at most to bring a row that moved far down into view
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat table
_REFUSED = QColor(255, 221, 221)
_DRAFT = QColor(255, 250, 225)
_CHECK = QColor(255, 244, 214)


class SqlTableModel(DraftRows, QAbstractTableModel):
    """Signals:
        rejected(str): typed input was refused; the text says which column and why.
        loaded(): the rows were read again after a new order, search or filter.
        refreshed(): the rows were brought up to date in place after a change.
        draft_saved(int): the draft row was complete and is now saved with this id.
    """

    rejected = Signal(str)
    loaded = Signal()
    refreshed = Signal()
    draft_saved = Signal(int)

    def __init__(self, hub, table: str, columns: tuple[Column, ...] | None = None, parent=None, *,
                 load: bool = True):
        super().__init__(parent)
        self.hub = hub
        self.table = table
        self.columns = columns or TABLES[table]
        self.read_only = False
        self.query = browse.query(hub.db, table, self.columns, labels.lang())
        self._ids: list[int] = []
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self._total: int | None = None
        self._busy = False
        self._loaded = False
        self._draft: dict | None = None
        self._committing = False
        self._refused: dict[tuple[int, str], tuple[str, str]] = {}  # (row id, column) -> (typed text, why)
        self.last_refusal: str | None = None  # why the last write was refused (set by gui.tables.actions)
        hub.changed.connect(self._on_hub_changed)
        if load:
            self.reload()

    # ----- loading -------------------------------------------------------------------------------------------
    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def reload(self) -> None:
        """Read from the first row again (a new order, search or filter): the view starts at the top."""
        self.beginResetModel()
        self.query.restart()
        self._cache.clear()
        self._total = None
        self._ids = ([DRAFT] if self._draft is not None else []) + self.query.next_ids(PAGE_SIZE)
        self._loaded = True
        self.endResetModel()
        self.loaded.emit()

    def refresh(self) -> None:
        """Bring the loaded rows up to date after a change, keeping the place (see the module docstring)."""
        if not self._loaded:
            return
        want = max(PAGE_SIZE, len(self._ids) - (self._draft is not None))
        held = {self._ids[p.row()] for p in self.persistentIndexList() if 0 <= p.row() < len(self._ids)}
        self.query.restart()
        fresh = self.query.next_ids(want)
        # A selected row that moved beyond the rows read so far (renamed from 阿… to 钟…) is read up to, so it
        # stays selected where it lands; a deleted one is not looked for.
        missing = held - set(fresh) - {DRAFT}
        if missing and len(missing) <= 8:
            missing &= set(self.query.rows(missing))
            while missing and not self.query.exhausted and len(fresh) < FIND_LIMIT:
                page = self.query.next_ids(PAGE_SIZE)
                fresh += page
                missing -= set(page)
        self._cache.clear()
        self._total = None
        if self._committing and self._ids and self._ids[0] == DRAFT:
            added = set(fresh) - set(self._ids)
            if len(added) == 1:  # the draft was saved: its row goes on as the new row, selected as it was
                self._ids[0] = added.pop()
                self._draft = None
        self._move_to(([DRAFT] if self._draft is not None else []) + fresh)
        self.refreshed.emit()

    def _move_to(self, target: list[int]) -> None:
        """Turn the loaded id list into ``target`` with insert, layout and remove signals (never a reset),
        so persistent indexes — the current cell, the selection, open editors — follow their rows."""
        self._busy = True  # a view asking for more rows in the middle of this would read from the wrong place
        try:
            self._move_ids(target)
        finally:
            self._busy = False

    def _move_ids(self, target: list[int]) -> None:
        old = self._ids
        if old == target:
            self.dataChanged.emit(self.index(0, 0), self.index(max(len(old) - 1, 0), len(self.columns) - 1))
            return
        in_old, in_target = set(old), set(target)
        added = [i for i in target if i not in in_old]
        if added:
            self.beginInsertRows(_ROOT, len(old), len(old) + len(added) - 1)
            self._ids = old + added
            self.endInsertRows()
        interim = target + [i for i in old if i not in in_target]
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        place = {row_id: row for row, row_id in enumerate(interim)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            moved_from.append(index)
            row = place.get(before[index.row()]) if index.row() < len(before) else None
            moved_to.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self._ids = interim
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
        if len(interim) > len(target):
            self.beginRemoveRows(_ROOT, len(target), len(interim) - 1)
            self._ids = target
            self.endRemoveRows()

    def _on_hub_changed(self, tables) -> None:
        if tables is None or self.table in tables or any(c.ref in tables for c in self.columns if c.ref):
            self.refresh()

    def find(self, row_id: int, limit: int = FIND_LIMIT) -> int | None:
        """The row of ``row_id``, reading further pages (up to ``limit`` rows) if it is not loaded yet."""
        while (row := self.row_of(row_id)) is None and self.canFetchMore() and len(self._ids) < limit:
            self.fetchMore()
        return row

    # ----- the question: order, search, filters ----------------------------------------------------------------
    def _asked_again(self) -> None:
        if self._loaded:  # a page not shown yet reads its rows when it is
            self.reload()

    def set_order(self, column: str, descending: bool) -> None:
        self.query.set_order(column, descending)
        self.query.choice_labels = {c.name: {v: labels.value_name(self.table, c.name, v) for v in c.choices}
                                    for c in self.columns if c.kind == "choice" and c.name == column}
        self._asked_again()

    def set_search(self, text: str) -> None:
        self.query.set_search(text)
        self._asked_again()

    def set_id_filter(self, ids) -> None:
        self.query.set_ids(ids)
        self._asked_again()

    def set_conditions(self, conditions) -> None:
        self.query.set_conditions(conditions)
        self._asked_again()

    @property
    def search_text(self) -> str:
        return self.query.search_text

    @property
    def id_filter(self):
        return self.query.only_ids

    @property
    def order(self) -> tuple[str, bool]:
        return self.query.order_column, self.query.descending

    # ----- rows ------------------------------------------------------------------------------------------------
    def _read(self, ids: list[int]) -> None:
        found = self.query.rows([i for i in ids if i != DRAFT])
        for i in ids:
            if i == DRAFT:
                continue
            self._cache[i] = found.get(i, {"id": i, "__missing": True})
            self._cache.move_to_end(i)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def row_data(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id == DRAFT:
            return self._draft
        if row_id not in self._cache:
            start = max(0, row - BLOCK // 2)
            self._read(self._ids[start:start + BLOCK])
        return self._cache.get(row_id)

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row_by_id(self, row_id: int) -> dict | None:
        row = self.row_of(row_id)
        return self.row_data(row) if row is not None else None

    def total_count(self) -> int:
        """Saved rows meeting the search and filter (a draft is not counted)."""
        if self._total is None:
            self._total = self.query.count()
        return self._total

    def display_name(self, row: dict) -> str:
        """How people call this row (undo texts, questions): its name, never its number."""
        return browse.row_name(self.table, row, labels.lang()) or f"#{row.get('id')}"

    # ----- Qt overrides ---------------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._loaded and not self._busy and not self.query.exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self.query.exhausted or self._busy:
            return
        self._busy = True
        try:
            page = self.query.next_ids(PAGE_SIZE)
            if page:
                first = len(self._ids)
                self.beginInsertRows(_ROOT, first, first + len(page) - 1)
                self._ids.extend(page)
                self.endInsertRows()
        finally:
            self._busy = False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.set_order(self.columns[column].name, order == Qt.SortOrder.DescendingOrder)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.column_name(self.table, col.name)
            if role == Qt.ItemDataRole.ToolTipRole and self.table in TABLES:
                return labels.column_help(self.table, col)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "*" if self.row_id(section) == DRAFT else str(section + (0 if self._draft is not None else 1))
        if role == Qt.ItemDataRole.ToolTipRole and self.row_id(section) == DRAFT:
            return self.tr("New entry: saved once its required values are filled in")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if col.editable and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def display_text(self, col: Column, row: dict) -> str:
        value = row.get(col.name)
        if value is None:
            return ""
        if col.kind == "ref":
            return str(row.get(f"{col.name}__label") or f"#{value}")
        return format_value(self.table, col, value, labels.lang())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if row.get("__missing"):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("(deleted)") if index.column() == 0 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("gray"))
            return None
        refused = self._refused.get((row["id"], col.name))
        if role == Qt.ItemDataRole.DisplayRole:
            if row.get("__draft") and col.required and row.get(col.name) in (None, ""):
                return self.tr("required")  # greyed: what the new entry still needs
            return self.display_text(col, row)
        if role == Qt.ItemDataRole.EditRole:
            if refused is not None:
                return refused[0]  # what the planner typed, to correct it
            value = row.get(col.name)
            if col.kind in ("choice", "ref", "bool"):
                return value
            return self.display_text(col, row) if col.kind in ("money", "number") else ("" if value is None else value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if refused is not None:
                return self.tr("Not saved: {why}").format(why=refused[1])
            if row.get("__draft") and col.required and row.get(col.name) in (None, ""):
                return self.tr("Required: the new entry is saved once this is filled in")
            text = self.display_text(col, row)
            return text if len(text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("int", "year", "money", "number"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if refused is not None:
                return QBrush(_REFUSED)
            if row.get("__draft"):
                return QBrush(_DRAFT)
            if row.get("needs_check") == 1 and col.name == "name_zh":
                return QBrush(_CHECK)
        if role == Qt.ItemDataRole.ForegroundRole and row.get("__draft") and col.required and row.get(col.name) in (None, ""):
            return QBrush(QColor("#999"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row = self.row_data(index.row())
        col = self.columns[index.column()]
        if row is None or row.get("__missing") or not col.editable:
            return False
        parsing = operations.parse_cells(self.hub.db, self.table, [(row["id"], col.name, value)], {row["id"]: row},
                                          resolver=self.hub.resolver())
        if parsing.rejected:
            self.refuse(index, value, wording.describe(parsing.rejected[0]))
            return False
        self.clear_refusal(index)
        if not parsing.cells:
            return True
        from gui.tables.actions import set_values

        self.last_refusal = None
        if not set_values(self, parsing.cells):
            if self.last_refusal:
                self.refuse(index, value, self.last_refusal)
            return False
        return True

    def format_value(self, column: str, value) -> str:
        col = next((c for c in self.columns if c.name == column), None)
        return format_value(self.table, col, value, labels.lang()) if col else ("" if value is None else str(value))
