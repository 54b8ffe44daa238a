"""Measuring the sheets of an .xlsb workbook (binary records in a zip) before calamine reads them.

As for .xlsx, calamine builds the rectangle from A1 to the last cell holding a value, whatever the sheet's
declared dimension says; so the records are walked here as the bytes are inflated: a row header (BrtRowHdr)
gives the row, a cell record its column (the short forms: one after the last). Blank cells are not counted,
as calamine leaves them out.
"""

from __future__ import annotations

from core.importing.reading_extent import Extent

_ROW_HEADER = 0x0000
_BLANKS = {0x0001, 0x000C}
_CELLS_WITH_COLUMN = set(range(0x0002, 0x000C)) | {0x003E}  # BrtCellRk … BrtFmlaError, BrtCellRString
_SHORT_CELLS = set(range(0x000D, 0x0013))  # BrtShortRk … BrtShortIsst: the column follows the last one
_FORMULAS = {0x0008, 0x0009, 0x000A, 0x000B}


class SheetScan:
    def __init__(self):
        self.extent = Extent(exact=True)
        self._carry = b""
        self._row = 0
        self._col = 0

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        pos, end = 0, len(data)
        e = self.extent
        while True:
            start = pos
            if pos >= end:
                break
            kind = data[pos]
            pos += 1
            if kind & 0x80:
                if pos >= end:
                    pos = start
                    break
                kind = (kind & 0x7F) | ((data[pos] & 0x7F) << 7)
                pos += 1
            size, shift, complete = 0, 0, False
            while pos < end and shift < 28:  # the size: up to four bytes, seven bits each
                byte = data[pos]
                pos += 1
                size |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    complete = True
                    break
            if (not complete and shift < 28) or pos + size > end:
                pos = start  # the record runs into the next chunk
                break
            if kind == _ROW_HEADER and size >= 4:
                self._row = int.from_bytes(data[pos:pos + 4], "little") + 1
                e.rows += 1
                self._col = 0
            elif kind in _CELLS_WITH_COLUMN and size >= 4:
                self._col = int.from_bytes(data[pos:pos + 4], "little") + 1
                self._cell(kind)
            elif kind in _SHORT_CELLS:
                self._col += 1
                self._cell(kind)
            elif kind in _BLANKS:
                self._col = int.from_bytes(data[pos:pos + 4], "little") + 1 if kind == 0x0001 else self._col + 1
            pos += size
        self._carry = data[pos:]

    def _cell(self, kind: int) -> None:
        e = self.extent
        e.cells += 1
        e.max_row = max(e.max_row, self._row)
        e.max_col = max(e.max_col, self._col)
        if kind in _FORMULAS:
            e.formulas = True

    def result(self) -> Extent:
        return self.extent
