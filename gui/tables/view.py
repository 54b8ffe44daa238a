"""A table view that behaves like a spreadsheet: arrows, Tab, Enter and F2 to edit, Ctrl+C/V for ranges of
tab-separated text (Excel and WPS use the same), Ctrl+D to fill down, Delete to clear cells."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from gui.tables import actions
from gui.tables.delegates import CellDelegate

MAX_HEADER_WIDTH = 260  # a longer header is elided (its tooltip says what the column takes)


def to_tsv(grid: list[list[str]]) -> str:
    def cell(text: str) -> str:
        if any(ch in text for ch in "\t\n\r\""):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\n".join("\t".join(cell(c) for c in row) for row in grid)


def _closing_quote(text: str, start: int) -> int | None:
    """Where the quoted cell opened at ``start`` ends (the index of its closing quote), or None when the
    quote does not close right before a tab, a line end or the end: then it is an ordinary character."""
    i = start + 1
    while i < len(text):
        if text[i] == '"':
            if i + 1 < len(text) and text[i + 1] == '"':
                i += 2
                continue
            return i if i + 1 == len(text) or text[i + 1] in "\t\n" else None
        i += 1
    return None


def from_tsv(text: str) -> list[list[str]]:
    """Parse clipboard text as Excel writes it: a cell in quotes may hold tabs, line breaks and doubled
    quotes. A cell that merely starts with a quote (\"约\"500 from a web page) is taken as it is and never
    swallows the cells after it."""
    rows, row, cell, i = [], [], "", 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    while i < len(text):
        ch = text[i]
        if ch == '"' and cell == "" and (end := _closing_quote(text, i)) is not None:
            cell = text[i + 1:end].replace('""', '"')
            i = end + 1
            continue
        if ch == "\t":
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
    """Signals:
        refused(str): a typed value was refused at the cell (the editor stays open with the text).
    """

    refused = Signal(str)

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        delegate = CellDelegate(model, self)
        delegate.moved.connect(self.move_current)
        delegate.refused.connect(self.refused)
        self.setItemDelegate(delegate)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.setWordWrap(False)
        self.fit_columns()
        self._current_before: tuple[int | None, int] | None = None
        model.layoutAboutToBeChanged.connect(self._remember_current)
        model.layoutChanged.connect(self._follow_current)

    def fit_columns(self) -> None:
        """Each column as wide as its spec says, and at least as wide as its header in the UI's language
        (with room for the sort arrow), so no header is cut or runs into the next."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.model()
        for i, col in enumerate(model.columns):
            title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(i, max(col.width, min(MAX_HEADER_WIDTH, metrics.horizontalAdvance(title) + 30)))

    # ----- keeping the place -----------------------------------------------------------------------------------
    def _remember_current(self, *_args) -> None:
        current = self.currentIndex()
        self._current_before = (self.model().row_id(current.row()), current.row()) if current.isValid() else None

    def _follow_current(self, *_args) -> None:
        """A row whose sort value changed moved: keep it in view where it landed."""
        current = self.currentIndex()
        if self._current_before is not None and current.isValid() and current.row() != self._current_before[1]:
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        self._current_before = None

    def move_current(self, direction: str) -> None:
        """Move the current cell one step (after an edit saved with Enter or Tab), as a spreadsheet does."""
        current = self.currentIndex()
        if not current.isValid():
            return
        row, col = current.row(), current.column()
        header = self.horizontalHeader()
        if direction in ("down", "up"):
            row += 1 if direction == "down" else -1
            while direction == "down" and row >= self.model().rowCount() and self.model().canFetchMore():
                self.model().fetchMore()
        else:
            visual = header.visualIndex(col) + (1 if direction == "right" else -1)
            while 0 <= visual < header.count() and header.isSectionHidden(header.logicalIndex(visual)):
                visual += 1 if direction == "right" else -1
            if not 0 <= visual < header.count():
                return
            col = header.logicalIndex(visual)
        target = self.model().index(row, col)
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)

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
        grid = [[model.display_text(model.columns[c], model.row_data(r)) if model.row_data(r) else "" for c in cols]
                for r in rows]
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
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self.clear_selection_cells()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            # Enter moves down (Shift+Enter up), as in a spreadsheet.
            up = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.move_current("up" if up else "down")
            self.selectionModel().select(self.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        super().keyPressEvent(event)
