"""A lazy Qt model over one SQLite table.

It holds only the ids of the rows loaded so far for the current sort and filter (fetched page by page with
keyset paging, never OFFSET) and a bounded cache of row values, built the first time ``data()`` asks. Sorting
and filtering run in SQL on indexed columns, so a million-row table opens as fast as a small one.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core import operations
from core.fields.display import format_value
from core.fields.spec import TABLES, Column, display_of
from db import search
from db.rows import DISPLAY_SQL
from gui import labels, wording

PAGE_SIZE = 256
CACHE_ROWS = 20_000
BLOCK = 64
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat table
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored value, for editors and copy


class SqlTableModel(QAbstractTableModel):
    """Signals:
        rejected(str): typed input was refused; the text says which column and why.
        loaded(): the rows were (re)loaded after a sort, a filter or an outside change.
    """

    rejected = Signal(str)
    loaded = Signal()

    def __init__(self, hub, table: str, columns: tuple[Column, ...] | None = None, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.table = table
        self.columns = columns or TABLES[table]
        self.read_only = False
        self._sort_col = "id"
        self._desc = False
        self._search = ""
        self._id_filter: list[int] | None = None
        self._where_extra: tuple[str, list] | None = None
        self._ids: list[int] = []
        self._last_key: tuple | None = None
        self._exhausted = False
        self._busy = False
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self._total: int | None = None
        hub.changed.connect(self._on_hub_changed)
        self.reload()

    # ----- queries -------------------------------------------------------------------------------------------
    def _where(self) -> tuple[str, list]:
        parts, params = [], []
        if self._search:
            clause, p = search.filter_sql(self.table, self._search)
            parts.append(clause)
            params += p
        if self._id_filter is not None:
            ids = self._id_filter or [-1]
            parts.append(f"[{self.table}].id IN ({', '.join(str(int(i)) for i in ids)})")
        if self._where_extra:
            parts.append(self._where_extra[0])
            params += self._where_extra[1]
        return (" AND ".join(parts) or "1"), params

    def _next_page(self, n: int) -> list[int]:
        """The next ``n`` ids after the last one loaded, by keyset on (sort column, id)."""
        where, params = self._where()
        t = self.table
        order, cmp = ("DESC", "<") if self._desc else ("ASC", ">")
        last = self._last_key
        out: list[tuple] = []
        if self._sort_col == "id":
            cond, p = (f" AND [{t}].id {cmp} ?", [last[1]]) if last else ("", [])
            sql = f"SELECT [{t}].id, [{t}].id FROM [{t}] WHERE ({where}){cond} ORDER BY [{t}].id {order} LIMIT ?"
            out = self.hub.db.execute(sql, params + p + [n]).fetchall()
        else:
            col = f"[{t}].[{self._sort_col}]"
            # SQLite puts NULLs first ascending and last descending: walk the NULL block and the value block
            # one after the other, each with its own keyset condition.
            blocks = ["value", "null"] if self._desc else ["null", "value"]
            if last is not None:
                blocks = blocks[blocks.index("null" if last[0] is None else "value"):]
            for block in blocks:
                need = n - len(out)
                if need <= 0:
                    break
                continuing = last is not None and ("null" if last[0] is None else "value") == block
                if block == "null":
                    cond = f"{col} IS NULL" + (f" AND [{t}].id {cmp} ?" if continuing else "")
                    p = [last[1]] if continuing else []
                    order_by = f"[{t}].id {order}"
                else:
                    cond = f"({col}, [{t}].id) {cmp} (?, ?)" if continuing else f"{col} IS NOT NULL"
                    p = [last[0], last[1]] if continuing else []
                    order_by = f"{col} {order}, [{t}].id {order}"
                sql = f"SELECT {col}, [{t}].id FROM [{t}] WHERE ({where}) AND {cond} ORDER BY {order_by} LIMIT ?"
                rows = self.hub.db.execute(sql, params + p + [need]).fetchall()
                out += rows
                if rows:
                    last = (rows[-1][0], rows[-1][1])
        if len(out) < n:
            self._exhausted = True
        if out:
            self._last_key = (out[-1][0], out[-1][1])
        return [r[1] for r in out]

    def _select_rows(self, ids: list[int]) -> None:
        ref_cols = [c for c in self.columns if c.kind == "ref"]
        extra = "".join(
            f", (SELECT {DISPLAY_SQL[c.ref]} FROM [{c.ref}] r WHERE r.id = [{self.table}].[{c.name}]) AS [{c.name}__label]"
            for c in ref_cols
        )
        marks = ", ".join("?" for _ in ids)
        cur = self.hub.db.execute(f"SELECT [{self.table}].*{extra} FROM [{self.table}] WHERE id IN ({marks})", ids)
        names = [d[0] for d in cur.description]
        found = {}
        for row in cur.fetchall():
            data = dict(zip(names, row, strict=True))
            found[data["id"]] = data
        for i in ids:
            self._cache[i] = found.get(i, {"id": i, "__missing": True})
            self._cache.move_to_end(i)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def row_data(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id not in self._cache:
            start = max(0, row - BLOCK // 2)
            self._select_rows(self._ids[start:start + BLOCK])
        return self._cache.get(row_id)

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def total_count(self) -> int:
        if self._total is None:
            where, params = self._where()
            self._total = self.hub.db.execute(f"SELECT count(*) FROM [{self.table}] WHERE {where}", params).fetchone()[0]
        return self._total

    # ----- state ----------------------------------------------------------------------------------------------
    def reload(self, keep_loaded: bool = False) -> None:
        want = max(PAGE_SIZE, len(self._ids)) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        self._ids, self._last_key, self._exhausted, self._total = [], None, False, None
        self._cache.clear()
        self._ids = self._next_page(want)
        self.endResetModel()
        self.loaded.emit()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    def set_id_filter(self, ids) -> None:
        self._id_filter = None if ids is None else list(ids)
        self.reload()

    def set_where(self, clause: str | None, params: list | None = None) -> None:
        self._where_extra = (clause, params or []) if clause else None
        self.reload()

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def id_filter(self):
        return self._id_filter

    def _on_hub_changed(self, tables) -> None:
        if tables is None or self.table in tables or any(c.ref in tables for c in self.columns if c.ref):
            self.reload(keep_loaded=True)

    # ----- Qt overrides ---------------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted or self._busy:
            return
        self._busy = True
        try:
            page = self._next_page(PAGE_SIZE)
            if page:
                first = len(self._ids)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._ids.extend(page)
                self.endInsertRows()
        finally:
            self._busy = False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_col = self.columns[column].name
        self._desc = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
                if 0 <= section < len(self.columns):
                    return self.columns[section].name
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return labels.column_name(self.table, self.columns[section].name)
            return None
        return str(section + 1)

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(col, row)
        if role == Qt.ItemDataRole.EditRole:
            value = row.get(col.name)
            if col.kind in ("choice", "ref", "bool"):
                return value
            return self.display_text(col, row) if col.kind in ("money", "number") else ("" if value is None else value)
        if role == RAW_ROLE:
            return row.get(col.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display_text(col, row)
            return text if len(text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("int", "year", "money", "number"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.get("needs_check") == 1 and col.name in ("name_zh",):
            return QBrush(QColor(255, 244, 214))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row = self.row_data(index.row())
        col = self.columns[index.column()]
        if row is None or row.get("__missing") or not col.editable:
            return False
        parsing = operations.parse_cells(self.hub.db, self.table, [(row["id"], col.name, value)], {row["id"]: row})
        if parsing.rejected:
            self.rejected.emit(wording.describe(parsing.rejected[0]))
            return False
        if not parsing.cells:
            return True
        return self.hub_set_values(parsing.cells)

    def hub_set_values(self, cells, text: str | None = None) -> bool:
        """Store parsed values (core.operations.Cell) as one undoable action."""
        from gui.tables.actions import set_values

        return set_values(self, cells, text)

    def row_by_id(self, row_id: int) -> dict | None:
        row = self.row_of(row_id)
        return self.row_data(row) if row is not None else None

    def display_name(self, row: dict) -> str:
        """How people call this row (undo texts, questions): its name, never its number."""
        name = display_of(self.table, row)
        return str(name) if name not in (None, "") else f"#{row.get('id')}"

    def format_value(self, column: str, value) -> str:
        col = next((c for c in self.columns if c.name == column), None)
        return format_value(self.table, col, value, labels.lang()) if col else ("" if value is None else str(value))
