"""The limits a spreadsheet is read within, and the one-line refusal (:class:`SheetError`) when it is not."""

from __future__ import annotations

from core.importing.reading_extent import Extent, column_letters

MB = 1024 * 1024
MAX_FILE_BYTES = 256 * MB
MAX_ROWS = 500_000  # per sheet
MAX_COLUMNS = 1_000
READ_BUDGET = 256 * MB  # what reading one sheet may take
CELL_BYTES = 32  # one slot of calamine's rectangle
CELL_LIST_BYTES = 40  # one cell in calamine's list before the rectangle is built


class SheetError(Exception):
    """A file that cannot be imported; ``str()`` is one line naming the file (and sheet/row/column)."""

    def __init__(self, path, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None):
        message = " ".join(str(message).split())
        super().__init__(message)
        self.path, self.message, self.sheet, self.row, self.column = str(path), message, sheet, row, column

    def where(self) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{self.path}: {where + ': ' if where else ''}{self.message}"


def fmt_mb(n: int) -> str:
    return f"{n / MB:,.0f} MB"


def too_many_rows(path, name: str, rows: int) -> SheetError:
    return SheetError(path, f"sheet '{name}' has {rows:,} rows; the limit is {MAX_ROWS:,} rows per sheet — "
                            "split it into smaller files")


def check_extent(path, name: str, extent: Extent) -> None:
    where = f"A1:{column_letters(extent.max_col)}{extent.max_row}"
    if extent.max_row > MAX_ROWS:
        raise SheetError(path, f"sheet '{name}' has cells down to row {extent.max_row:,} ({where}); the limit is "
                               f"{MAX_ROWS:,} rows per sheet — split it into smaller files")
    if extent.max_col > MAX_COLUMNS:
        raise SheetError(path, f"sheet '{name}' has cells out to column {column_letters(extent.max_col)} "
                               f"({extent.max_col:,} columns, {where}); the limit is {MAX_COLUMNS:,}")


def over_budget(path, name: str, extent: Extent, needed: int) -> SheetError:
    where = f"A1:{column_letters(extent.max_col)}{extent.max_row}"
    return SheetError(path, f"sheet '{name}' spans {where} ({extent.rectangle:,} cells) and would need about "
                            f"{fmt_mb(needed)} to read (limit {fmt_mb(READ_BUDGET)}); delete the stray cells "
                            "far from the list, or save it as .xlsx")


def check_whole_book(path, extents: dict[str, Extent]) -> None:
    """calamine reads every sheet of an .xls or .ods when it opens the file: all must fit first."""
    for name, extent in extents.items():
        check_extent(path, name, extent)
        needed = extent.rectangle * CELL_BYTES + extent.cells * CELL_LIST_BYTES
        if needed > READ_BUDGET:
            raise over_budget(path, name, extent, needed)
    total = sum(e.rectangle * CELL_BYTES for e in extents.values())
    if total > READ_BUDGET:
        raise SheetError(path, f"the workbook's sheets would need about {fmt_mb(total)} to read (limit "
                               f"{fmt_mb(READ_BUDGET)}); delete the sheets you do not import, or save it as .xlsx")
