"""Reading spreadsheets safely: .xlsx/.xlsm/.xlsb, .xls and .ods through python-calamine, .csv by hand.

Every file is looked at before a parser sees it, and a parser is only given what fits the limits and the
memory budget:

* zip-based workbooks: the directory and every part are checked in bounded chunks (zip bombs, entity
  expansion, encryption) and each sheet measured from its bytes — rows, cells and the rectangle they span —
  together with the shared-string count (reading_zip, reading_ods);
* .xls: the compound file is walked and each sheet measured from its cell records (reading_xls);
* CSV: encoding, line count and line lengths in one pass, then rows streamed (reading_csv).

calamine builds a sheet's whole rectangle in memory (about 32 bytes a slot): a sheet whose rectangle fits
READ_BUDGET is read by calamine (fast); an .xlsx sheet whose few cells span more is read cell by cell
(reading_xlsx), in memory that follows the cells present; anything else is refused with one line. Formulas
are never evaluated: their saved values are read, and a formula without one is reported. Problems raise
:class:`SheetError` with a one-line message naming the file.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from core.importing import reading_csv, reading_xls, reading_xlsx, reading_zip
from core.importing.reading_extent import Extent
from core.importing.reading_limits import (
    CELL_BYTES,
    CELL_LIST_BYTES,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    READ_BUDGET,
    SheetError,
    check_extent,
    check_whole_book,
    fmt_mb,
    over_budget,
    too_many_rows,
)
from core.importing.reading_zip import ZipFacts

STRING_BYTES = 80  # one shared string held in Python (object and list slot, text aside)
MAX_SHARED_STRINGS = 5_000_000  # calamine reserves room for the declared count before reading any

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
FORMULA_GUARD = reading_csv.FORMULA_GUARD
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt", ".tsv")


@dataclass
class SheetInfo:
    name: str
    hidden: bool = False
    rows: int | None = None  # rows counted in the file before parsing, when known
    member: str | None = None  # the xlsx part holding it
    has_formulas: bool = False
    extent: Extent | None = None  # what the sheet spans, measured before parsing


def _sniff_kind(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "a PDF document"
    if head.startswith((b"\x89png", b"\xff\xd8\xff", b"gif8")):
        return "an image"
    if head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in head:
        return "an HTML or XML page saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx"
    if b"\x00" in data[:4096]:
        return "binary data"
    return "text, not a workbook"


def _one_line(exc) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class Spreadsheet:
    """An opened, checked spreadsheet. Rows are lists of cell values ('' for empty), columns from A; a row
    may be shorter than others (read it as padded with '')."""

    def __init__(self, path, fmt: str, sheets: list[SheetInfo]):
        self.path = Path(path)
        self.format = fmt
        self.sheets = sheets
        self._book = None
        self._csv: reading_csv.CsvSource | None = None
        self._loaded: tuple[str, object] | None = None
        self._zip_facts: ZipFacts | None = None

    @property
    def name(self) -> str:
        return self.path.name

    def sheet_names(self, *, visible_only: bool = True) -> list[str]:
        return [s.name for s in self.sheets if not (visible_only and s.hidden)]

    def info(self, name: str) -> SheetInfo:
        for s in self.sheets:
            if s.name == name:
                return s
        raise SheetError(self.path, f"no sheet named '{name}' (sheets: {', '.join(self.sheet_names())})")

    # ----- which reader, within the budget ---------------------------------------------------------------

    def _measured(self, info: SheetInfo) -> Extent | None:
        """The sheet's extent, measured exactly when the byte search could not prove it or it is large."""
        extent = info.extent
        if extent is None or extent.exact or self._book is None or info.member is None:
            return extent
        if extent.irregular or self._dense_bytes(extent) > READ_BUDGET or not self._within_limits(extent):
            try:
                with zipfile.ZipFile(self.path) as zf:
                    info.extent = reading_xlsx.measure(zf, info.member)
            except reading_xlsx.XlsxRefused as exc:
                raise SheetError(self.path, str(exc), sheet=info.name) from None
            except (OSError, zipfile.BadZipFile) as exc:
                raise SheetError(self.path, f"cannot be read any more ({_one_line(exc)})") from None
        return info.extent

    @staticmethod
    def _within_limits(extent: Extent) -> bool:
        return extent.max_row <= MAX_ROWS and extent.max_col <= MAX_COLUMNS

    def _dense_bytes(self, extent: Extent) -> int:
        strings = self._zip_facts.shared_string_bytes if self._zip_facts else 0
        return extent.rectangle * CELL_BYTES + extent.cells * CELL_LIST_BYTES + strings

    def _sparse_bytes(self) -> int:
        facts = self._zip_facts
        return (facts.shared_strings * STRING_BYTES + 2 * facts.shared_string_bytes) if facts else 0

    def _reader(self, name: str) -> str:
        """'calamine' or 'sparse' for this sheet, or a SheetError saying which limit it exceeds."""
        info = self.info(name)
        if info.rows is not None and info.rows > MAX_ROWS:
            raise too_many_rows(self.path, name, info.rows)
        extent = self._measured(info)
        if extent is None:
            return "calamine"
        check_extent(self.path, name, extent)
        if self._dense_bytes(extent) <= READ_BUDGET:
            return "calamine"
        if self.format == "xlsx" and info.member and self._sparse_bytes() <= READ_BUDGET:
            return "sparse"
        raise over_budget(self.path, name, extent, self._dense_bytes(extent))

    def _sheet(self, name: str):
        if self._loaded and self._loaded[0] == name:
            return self._loaded[1]
        info = self.info(name)
        if self._reader(name) == "sparse":
            sheet = reading_xlsx.SparseSheet(self.path, info.member)
        else:
            try:
                sheet = self._book.get_sheet_by_name(name)
            except Exception as exc:  # noqa: BLE001 - calamine's own errors become one line
                raise SheetError(self.path, f"cannot read sheet '{name}' ({_one_line(exc)}); open it in Excel or "
                                            "WPS and save it again") from None
            if sheet.height > MAX_ROWS:
                raise too_many_rows(self.path, name, sheet.height)
            if sheet.width > MAX_COLUMNS:
                raise SheetError(self.path, f"sheet '{name}' has {sheet.width:,} columns; the limit is "
                                            f"{MAX_COLUMNS:,}")
        self._loaded = (name, sheet)
        return sheet

    # ----- rows -----------------------------------------------------------------------------------------

    def rows(self, name: str):
        """Every row of a sheet, from row 1: lists of values, column A first."""
        if self._csv is not None:
            yield from self._csv_rows()
            return
        sheet = self._sheet(name)
        if isinstance(sheet, reading_xlsx.SparseSheet):
            try:
                yield from sheet.rows()
            except reading_xlsx.XlsxRefused as exc:
                raise SheetError(self.path, str(exc), sheet=name) from None
            except (OSError, zipfile.BadZipFile, EOFError) as exc:
                raise SheetError(self.path, f"cannot be read any more ({_one_line(exc)})", sheet=name) from None
            return
        start = sheet.start
        pad = [""] * start[1] if start and start[1] else None
        for row in sheet.iter_rows():
            yield pad + row if pad else row

    def _csv_rows(self):
        try:
            yield from self._csv.rows()
        except reading_csv.CsvRefused as exc:
            raise SheetError(self.path, str(exc), row=exc.row) from None
        except UnicodeDecodeError:
            raise SheetError(self.path, f"the text is not all {self._csv.encoding}") from None
        except OSError as exc:
            raise SheetError(self.path, f"cannot be read any more ({exc.strerror or exc})") from None

    def head(self, name: str, n: int = 30) -> list[list]:
        out = []
        for row in self.rows(name):
            out.append(row)
            if len(out) >= n:
                break
        return out

    def merged_ranges(self, name: str) -> list:
        """Merged ranges ((first row, first col), (last row, last col)), 0-based, cut to the cells the sheet
        holds (a merge reaching XFD1048576 would otherwise ask a caller to fill 17 billion cells)."""
        if self._csv is not None:
            return []
        sheet = self._sheet(name)
        if isinstance(sheet, reading_xlsx.SparseSheet):
            return []
        try:
            ranges = list(sheet.merged_cell_ranges or [])
        except (AttributeError, TypeError):
            return []
        last_row = (sheet.start[0] if sheet.start else 0) + sheet.height - 1
        last_col = (sheet.start[1] if sheet.start else 0) + sheet.width - 1
        out = []
        for (r0, c0), (r1, c1) in ranges:
            if r0 <= last_row and c0 <= last_col:
                out.append(((r0, c0), (min(r1, last_row), min(c1, last_col))))
        return out

    def formula_cells(self, name: str) -> dict[tuple[int, int], bool]:
        info = self.info(name)
        if not info.has_formulas or info.member is None:
            return {}
        try:
            with zipfile.ZipFile(self.path) as zf:
                return reading_xlsx.formula_cells(zf, info.member)
        except (OSError, zipfile.BadZipFile) as exc:
            raise SheetError(self.path, f"cannot be read any more ({_one_line(exc)})") from None
        except Exception as exc:  # noqa: BLE001 - defusedxml refusals, malformed XML
            raise SheetError(self.path, f"sheet '{name}' is damaged ({_one_line(exc)})") from None

    def close(self) -> None:
        self._loaded = None
        if self._book is not None:
            try:
                self._book.close()
            except Exception:  # noqa: BLE001 - closing twice is harmless
                pass
            self._book = None
        if self._csv is not None:
            self._csv.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_spreadsheet(path) -> Spreadsheet:
    """Check and open ``path``; raises :class:`SheetError` for anything that is not a safe spreadsheet."""
    path = Path(path)
    if not path.exists():
        raise SheetError(path, "no such file")
    if path.is_dir():
        raise SheetError(path, "is a folder, not a spreadsheet")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(reading_csv.SAMPLE)
    except OSError as exc:
        raise SheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise SheetError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise SheetError(path, f"the file is {fmt_mb(size)}; the limit is {fmt_mb(MAX_FILE_BYTES)}")
    try:
        if head.startswith(ZIP_MAGIC):
            return _open_zip(path)
        if head.startswith(OLE_MAGIC):
            return _open_ole(path)
        if path.suffix.lower() in (".csv", ".txt", ".tsv") or not path.suffix:
            return _open_csv(path, size, head)
    except OSError as exc:  # the file vanished or became unreadable after the first look
        raise SheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    except MemoryError:
        raise SheetError(path, "not enough memory to read this file") from None
    raise SheetError(path, f"not a spreadsheet ({_sniff_kind(head)})")


def _open_zip(path: Path) -> Spreadsheet:
    try:
        with zipfile.ZipFile(path) as zf:
            facts = reading_zip.scan(zf)
            parts = reading_xlsx.sheet_parts(zf) if facts.kind == "xlsx" else {}
    except reading_zip.ZipRefused as exc:
        raise SheetError(path, str(exc)) from None
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as exc:
        raise SheetError(path, f"the workbook is damaged or incomplete ({_one_line(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - defusedxml refusals, malformed XML
        raise SheetError(path, f"the workbook is damaged ({_one_line(exc)})") from None
    if facts.shared_strings_declared > max(MAX_SHARED_STRINGS, facts.shared_strings):
        raise SheetError(path, f"refused: the shared-string table claims {facts.shared_strings_declared:,} "
                               f"strings and holds {facts.shared_strings:,} — the file is damaged or made to "
                               "exhaust memory; open it in Excel or WPS and save it again")
    if facts.kind == "ods":  # calamine reads every table when it opens the file
        check_whole_book(path, facts.extents)
    book = _calamine(path)
    metas = book.sheets_metadata
    if facts.kind == "xlsb":  # the parts are sheet1.bin … in workbook order, as Excel writes them
        parts = {m.name: f"xl/worksheets/sheet{i + 1}.bin" for i, m in enumerate(metas)}
        if set(parts.values()) != set(facts.extents):
            book.close()
            check_whole_book(path, facts.extents)
            book = _calamine(path)
    sheets = []
    for meta in metas:
        member = parts.get(meta.name)
        extent = facts.extents.get(member) if member else facts.extents.get(meta.name)
        sheets.append(SheetInfo(
            name=meta.name, hidden="Visible" not in str(meta.visible), member=member,
            rows=extent.rows if extent else None,
            has_formulas=bool(extent and extent.formulas and member and facts.kind == "xlsx"),
            extent=extent))
    sheet = Spreadsheet(path, facts.kind, sheets)
    sheet._book, sheet._zip_facts = book, facts
    return sheet


def _calamine(path: Path):
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise SheetError(path, "the workbook is password-protected; save a copy without a password and import "
                               "that") from None
    except Exception as exc:  # noqa: BLE001 - calamine's own errors become one line
        raise SheetError(path, f"cannot be read as a spreadsheet ({_one_line(exc)})") from None


def _open_ole(path: Path) -> Spreadsheet:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise SheetError(path, "the workbook is password-protected; save a copy without a password in Excel or "
                               "WPS and import that")
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        raise SheetError(path, "not a spreadsheet (an Office file without a workbook in it)")
    try:
        extents = reading_xls.scan(data)
    except reading_xls.XlsRefused as exc:
        raise SheetError(path, str(exc)) from None
    except (struct.error, IndexError, ValueError) as exc:
        raise SheetError(path, f"the workbook is damaged ({_one_line(exc)})") from None
    del data
    check_whole_book(path, extents)
    book = _calamine(path)
    sheets = [SheetInfo(meta.name, hidden="Visible" not in str(meta.visible), extent=extents.get(meta.name),
                        rows=extents[meta.name].rows if meta.name in extents else None)
              for meta in book.sheets_metadata]
    sheet = Spreadsheet(path, "xls", sheets)
    sheet._book = book
    return sheet


def _open_csv(path: Path, size: int, head: bytes) -> Spreadsheet:
    if size > reading_csv.MAX_CSV_BYTES:
        raise SheetError(path, f"the list is {fmt_mb(size)}; the limit for a CSV file is "
                               f"{fmt_mb(reading_csv.MAX_CSV_BYTES)} — save it as .xlsx or split it")
    try:
        encoding, lines = reading_csv.detect(path, head)
        source = reading_csv.CsvSource(path, encoding, lines, MAX_ROWS, MAX_COLUMNS)
    except reading_csv.CsvRefused as exc:
        raise SheetError(path, str(exc), row=exc.row) from None
    try:
        if lines > MAX_ROWS:  # lines may hold quoted line breaks: count the records themselves
            records = source.count_records()
            if records > MAX_ROWS:
                raise too_many_rows(path, path.stem, records)
            lines = records
        filled = any(any(str(v).strip() for v in row) for row in source.rows())
    except reading_csv.CsvRefused as exc:
        source.close()
        raise SheetError(path, str(exc), row=exc.row) from None
    except SheetError:
        source.close()
        raise
    if not filled:
        source.close()
        raise SheetError(path, "the file is empty")
    sheet = Spreadsheet(path, "csv", [SheetInfo(path.stem, rows=lines)])
    sheet._csv = source
    return sheet
