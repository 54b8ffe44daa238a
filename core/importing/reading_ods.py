"""Measuring the tables of an OpenDocument spreadsheet (content.xml) before calamine reads them.

An .ods file says "the next 1,048,575 rows are empty" in one element (``table:number-rows-repeated``), and
calamine builds every row and column up to the last cell holding a value. So a few hundred bytes can ask for
gigabytes; here the rows and columns each table really spans are counted, repeats included, as the bytes go by.
"""

from __future__ import annotations

import re

from core.importing import reading_extent, reading_zip

_TOKEN = re.compile(
    rb"<table:table\s[^>]*?table:name=\"([^\"]*)\"[^>]*>"  # 1: a table starts
    rb"|<(table:table-row|table:table-cell|table:covered-table-cell)\b([^>]*?)(/?)>"  # 2-4: row or cell start
    rb"|</(table:table-row|table:table-cell|table:covered-table-cell)>"  # 5: row or cell end
    rb"|<text:p\b"  # content inside a cell
)
_ROWS_REPEATED = re.compile(rb"table:number-rows-repeated=\"(\d{1,12})\"")
_COLS_REPEATED = re.compile(rb"table:number-columns-repeated=\"(\d{1,12})\"")
_MAX_CARRY = 1 << 20  # an unfinished tag longer than this is not a spreadsheet's


class ContentScan:
    def __init__(self):
        self.tables: dict[str, reading_extent.Extent] = {}
        self._carry = b""
        self._table: reading_extent.Extent | None = None
        self._row = 0  # rows before the current one
        self._row_repeat = 1
        self._col = 0  # columns before the current cell
        self._row_last_col = 0  # last column holding a value in the current row
        self._cell_repeat = 1
        self._cell_value = False

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        cut = data.rfind(b"<")
        if cut == -1 or data.find(b">", cut) != -1:
            cut = len(data)
        work, self._carry = data[:cut], data[cut:]
        if len(self._carry) > _MAX_CARRY:
            raise reading_zip.ZipRefused("refused: content.xml holds a tag longer than a megabyte")
        for m in _TOKEN.finditer(work):
            self._token(m)

    def _token(self, m) -> None:
        if m.group(1) is not None:
            name = m.group(1).decode("utf-8", "replace")
            self._table = self.tables.setdefault(name, reading_extent.Extent())
            self._row = 0
            return
        if self._table is None:
            return
        start, end = m.group(2), m.group(5)
        if start == b"table:table-row":
            rep = _ROWS_REPEATED.search(m.group(3))
            self._row_repeat = int(rep.group(1)) if rep else 1
            self._col, self._row_last_col = 0, 0
            if m.group(4):  # <table:table-row/>: an empty row
                self._end_row()
        elif start is not None:  # a cell
            rep = _COLS_REPEATED.search(m.group(3))
            self._cell_repeat = int(rep.group(1)) if rep else 1
            self._cell_value = b"office:value-type=" in m.group(3)
            self._table.cells += 1
            if m.group(4):
                self._end_cell()
        elif end == b"table:table-row":
            self._end_row()
        elif end is not None:
            self._end_cell()
        else:  # <text:p inside a cell: it holds text
            self._cell_value = True

    def _end_cell(self) -> None:
        self._col += self._cell_repeat
        if self._cell_value:
            self._row_last_col = self._col
        self._cell_repeat, self._cell_value = 1, False

    def _end_row(self) -> None:
        t = self._table
        self._row += self._row_repeat
        if self._row_last_col:
            t.max_row = self._row
            t.max_col = max(t.max_col, self._row_last_col)
        self._row_repeat = 1

    def result(self) -> dict[str, reading_extent.Extent]:
        for extent in self.tables.values():
            extent.exact = True
            extent.rows = extent.max_row  # trailing empty rows (a repeat to the sheet's end) are not read
        return self.tables
