"""A table view that behaves like a spreadsheet: arrows, Tab, Enter and F2 to edit, Ctrl+C/V for ranges of
tab-separated text (Excel and WPS use the same), Ctrl+D to fill down, Delete to clear cells."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from gui.tables import actions
from gui.tables.delegates import CellDelegate


def to_tsv(grid: list[list[str]]) -> str:
    def cell(text: str) -> str:
        if any(ch in text for ch in "\t\n\r\""):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\n".join("\t".join(cell(c) for c in row) for row in grid)


def from_tsv(text: str) -> list[list[str]]:
    """Parse clipboard text as Excel writes it (quoted cells may hold tabs and newlines)."""
    rows, row, cell, i, quoted = [], [], "", 0, False
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    cell += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cell += ch
        elif ch == '"' and cell == "":
            quoted = True
        elif ch == "\t":
            row.append(cell)
            cell = ""
        elif ch == "\n":
            row.append(cell)
            rows.append(row)
            row, cell = [], ""
        else:
            cell += ch
        i += 1
    row.append(cell)
    rows.append(row)
    return rows


class SheetView(QTableView):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CellDelegate(model, self))
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(False)
        for i, col in enumerate(model.columns):
            self.setColumnWidth(i, col.width)

    # ----- ranges ---------------------------------------------------------------------------------------------
    def selected_block(self) -> tuple[list[int], list[int]]:
        indexes = self.selectionModel().selectedIndexes()
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes}, key=lambda c: self.horizontalHeader().visualIndex(c))
        return rows, cols

    def selected_row_ids(self) -> list[int]:
        model = self.model()
        return [rid for r in self.selected_block()[0] if (rid := model.row_id(r)) is not None]

    def copy_selection(self) -> str:
        rows, cols = self.selected_block()
        if not rows:
            return ""
        model = self.model()
        grid = [[model.index(r, c).data() or "" for c in cols] for r in rows]
        text = to_tsv(grid)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None, ask=None):
        text = QGuiApplication.clipboard().text() if text is None else text
        if not text:
            return 0, []
        current = self.currentIndex()
        top = current.row() if current.isValid() else 0
        left = current.column() if current.isValid() else 0
        grid = from_tsv(text)
        rows, cols = self.selected_block()
        # One value pasted onto a selection fills it, as in a spreadsheet.
        if len(grid) == 1 and len(grid[0]) == 1 and len(rows) * len(cols) > 1:
            return self._paste_fill(rows, cols, grid[0][0], ask)
        return actions.paste_block(self, self.model(), top, left, grid, ask=ask)

    def _paste_fill(self, rows, cols, value, ask):
        applied, errors = 0, []
        model = self.model()
        for c in cols:
            grid = [[value] for _ in rows]
            if rows == list(range(rows[0], rows[-1] + 1)):
                n, errs = actions.paste_block(self, model, rows[0], c, grid, ask=ask)
                applied += n
                errors += errs
        return applied, errors

    def clear_selection_cells(self) -> None:
        rows, cols = self.selected_block()
        model = self.model()
        cells = []
        for r in rows:
            data = model.row_data(r)
            for c in cols:
                col = model.columns[c]
                if col.editable and not col.required and data and data.get(col.name) is not None:
                    cells.append((data["id"], col.name, None, data.get(col.name)))
        if cells:
            actions.set_values(model, cells)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.copy_selection()
            self.clear_selection_cells()
            return
        if event.key() == Qt.Key.Key_D and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            rows, cols = self.selected_block()
            actions.fill_down(self.model(), rows, cols)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.clear_selection_cells()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            # Enter moves down, as in a spreadsheet.
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
                self.selectionModel().select(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        super().keyPressEvent(event)
