"""Reading spreadsheets safely: .xlsx/.xlsm/.xlsb, .xls and .ods through python-calamine, .csv by hand.

Every file is looked at before a parser sees it. A zip-based workbook has its directory checked (declared
sizes, compression ratios, member count, encryption) and then every part is inflated once, in bounded chunks,
to prove the sizes true, refuse XML document type declarations (entity expansion) and count the rows of each
sheet, so a zip bomb or a million-row sheet is refused in well under a second and in little memory. An OLE
container holding an ``EncryptedPackage`` is a password-protected workbook. Formulas are never evaluated:
their saved values are read, and a formula without a saved value (one written by a program, never opened in
Excel) is reported. Problems raise :class:`SheetError` with a one-line message naming the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from posixpath import join, normpath

MB = 1024 * 1024
MAX_FILE_BYTES = 256 * MB
MAX_ROWS = 500_000  # per sheet
MAX_COLUMNS = 1_000
ZIP_MAX_MEMBERS = 10_000
ZIP_MAX_MEMBER_BYTES = 512 * MB
ZIP_MAX_TOTAL_BYTES = 1024 * MB
ZIP_MAX_RATIO = 200  # a deflated part expanding more than this (and to more than ZIP_RATIO_MIN_BYTES) is refused
ZIP_RATIO_MIN_BYTES = 8 * MB
CHUNK = MB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
FORMULA_GUARD = ("=", "+", "-", "@", "\t", "\r")  # a CSV cell starting so was written with a ' in front
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt", ".tsv")
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


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


@dataclass
class SheetInfo:
    name: str
    hidden: bool = False
    rows: int | None = None  # rows counted in the file before parsing (xlsx), when known
    member: str | None = None  # the xlsx part holding it
    has_formulas: bool = False


@dataclass
class _ZipFacts:
    kind: str  # xlsx, xlsb, ods
    rows: dict[str, int] = field(default_factory=dict)  # member -> <row> count
    formulas: set[str] = field(default_factory=set)  # members with <f> elements


def _fmt_mb(n: int) -> str:
    return f"{n / MB:,.0f} MB"


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


def _check_zip_directory(path, zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > ZIP_MAX_MEMBERS:
        raise SheetError(path, f"refused: the workbook has {len(infos):,} parts (limit {ZIP_MAX_MEMBERS:,})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise SheetError(path, "the workbook is password-protected (encrypted zip); save a copy without a "
                                   "password and import that")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SheetError(path, f"part {info.filename} uses an unsupported compression method")
        if info.file_size > ZIP_MAX_MEMBER_BYTES:
            raise SheetError(path, f"refused: part {info.filename} would expand to {_fmt_mb(info.file_size)} "
                                   f"(limit {_fmt_mb(ZIP_MAX_MEMBER_BYTES)}) — a zip bomb?")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > ZIP_RATIO_MIN_BYTES and ratio > ZIP_MAX_RATIO:
            raise SheetError(path, f"refused: part {info.filename} expands {ratio:,.0f} times "
                                   f"(limit {ZIP_MAX_RATIO}) — a zip bomb?")
        total += info.file_size
    if total > ZIP_MAX_TOTAL_BYTES:
        raise SheetError(path, f"refused: the workbook's parts would expand to {_fmt_mb(total)} "
                               f"(limit {_fmt_mb(ZIP_MAX_TOTAL_BYTES)}) — a zip bomb?")
    return infos


def _scan_zip(path, zf: zipfile.ZipFile) -> _ZipFacts:
    """Inflate every part once in bounded chunks: sizes proven, no DTDs, rows and formulas counted."""
    infos = _check_zip_directory(path, zf)
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        facts = _ZipFacts("xlsx")
    elif "xl/workbook.bin" in names:
        facts = _ZipFacts("xlsb")
    elif "mimetype" in names and zf.read("mimetype")[:80].startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        facts = _ZipFacts("ods")
    elif "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise SheetError(path, "not a spreadsheet (a Word or PowerPoint file)")
    else:
        raise SheetError(path, "not a spreadsheet (a zip archive without a workbook in it)")
    for info in infos:
        is_xml = info.filename.endswith((".xml", ".rels", ".vml")) or info.filename == "[Content_Types].xml"
        is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
        rows, formula, tail, size = 0, False, b"", 0
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size:
                    raise SheetError(path, f"refused: part {info.filename} is larger than its zip directory "
                                           "says — a zip bomb?")
                if is_xml:
                    window = tail + chunk
                    if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                        raise SheetError(path, f"refused: part {info.filename} declares XML entities "
                                               "(<!DOCTYPE …>), which workbooks never need")
                    if is_sheet:
                        edge = tail[-4:] + chunk  # a '<row ' cut by the chunk boundary is counted once
                        rows += edge.count(b"<row ") + edge.count(b"<row>")
                        if not formula:
                            formula = any(m in window for m in (b"<f>", b"<f ", b":f>", b":f "))
                    tail = chunk[-16:]
        if is_sheet:
            facts.rows[info.filename] = rows
            if formula:
                facts.formulas.add(info.filename)
    return facts


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its worksheet part, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    try:
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {}
    for rel in rels.iter(f"{_PKG_REL_NS}Relationship"):
        target = rel.get("Target", "")
        targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
    parts = {}
    for sheet in book.iter(f"{_MAIN_NS}sheet"):
        rid = sheet.get(f"{_REL_NS}id")
        if rid in targets:
            parts[sheet.get("name")] = targets[rid]
    return parts


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def formula_cells(zf: zipfile.ZipFile, member: str) -> dict[tuple[int, int], bool]:
    """(row, column) 0-based -> whether the formula has a saved value, for one worksheet part."""
    from defusedxml.ElementTree import iterparse

    found: dict[tuple[int, int], bool] = {}
    with zf.open(member) as fh:
        for _event, elem in iterparse(fh, events=("end",)):
            if elem.tag != f"{_MAIN_NS}c":
                if elem.tag == f"{_MAIN_NS}row":
                    elem.clear()
                continue
            f = elem.find(f"{_MAIN_NS}f")
            if f is not None:
                m = _CELL_REF.fullmatch(elem.get("r", ""))
                if m:
                    v = elem.find(f"{_MAIN_NS}v")
                    is_ = elem.find(f"{_MAIN_NS}is")
                    has_value = (v is not None and (v.text or "") != "") or is_ is not None
                    found[(int(m.group(2)) - 1, _col_index(m.group(1)))] = has_value
    return found


class Spreadsheet:
    """An opened, checked spreadsheet. Rows are lists of cell values ('' for empty), columns from A."""

    def __init__(self, path, fmt: str, sheets: list[SheetInfo]):
        self.path = Path(path)
        self.format = fmt
        self.sheets = sheets
        self._book = None
        self._csv_rows: list[list] | None = None
        self._loaded: tuple[str, object] | None = None
        self._zip_facts: _ZipFacts | None = None

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

    def _sheet(self, name: str):
        info = self.info(name)
        if info.rows is not None and info.rows > MAX_ROWS:
            raise _too_many_rows(self.path, name, info.rows)
        if self._loaded and self._loaded[0] == name:
            return self._loaded[1]
        try:
            sheet = self._book.get_sheet_by_name(name)
        except Exception as exc:  # noqa: BLE001 - calamine's own errors become one line
            raise SheetError(self.path, f"cannot read sheet '{name}' ({_one_line(exc)})") from None
        if sheet.height > MAX_ROWS:
            raise _too_many_rows(self.path, name, sheet.height)
        if sheet.width > MAX_COLUMNS:
            raise SheetError(self.path, f"sheet '{name}' has {sheet.width:,} columns; the limit is {MAX_COLUMNS:,}")
        self._loaded = (name, sheet)
        return sheet

    def rows(self, name: str):
        """Every row of a sheet, from row 1: lists of values, column A first."""
        if self._csv_rows is not None:
            yield from self._csv_rows
            return
        sheet = self._sheet(name)
        start = sheet.start
        pad = [""] * start[1] if start and start[1] else None
        for row in sheet.iter_rows():
            yield pad + row if pad else row

    def head(self, name: str, n: int = 30) -> list[list]:
        out = []
        for row in self.rows(name):
            out.append(row)
            if len(out) >= n:
                break
        return out

    def merged_ranges(self, name: str) -> list:
        if self._csv_rows is not None:
            return []
        try:
            return list(self._sheet(name).merged_cell_ranges or [])
        except (AttributeError, TypeError):
            return []

    def formula_cells(self, name: str) -> dict[tuple[int, int], bool]:
        info = self.info(name)
        if not info.has_formulas or info.member is None:
            return {}
        with zipfile.ZipFile(self.path) as zf:
            return formula_cells(zf, info.member)

    def close(self) -> None:
        self._loaded = None
        if self._book is not None:
            try:
                self._book.close()
            except Exception:  # noqa: BLE001 - closing twice is harmless
                pass
            self._book = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _one_line(exc) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _too_many_rows(path, name: str, rows: int) -> SheetError:
    return SheetError(path, f"sheet '{name}' has {rows:,} rows; the limit is {MAX_ROWS:,} rows per sheet — "
                            "split it into smaller files")


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
            head = fh.read(4096)
    except OSError as exc:
        raise SheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise SheetError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise SheetError(path, f"the file is {_fmt_mb(size)}; the limit is {_fmt_mb(MAX_FILE_BYTES)}")
    if head.startswith(ZIP_MAGIC):
        return _open_zip(path)
    if head.startswith(OLE_MAGIC):
        return _open_ole(path)
    if path.suffix.lower() in (".csv", ".txt", ".tsv") or not path.suffix:
        return _open_csv(path)
    raise SheetError(path, f"not a spreadsheet ({_sniff_kind(head)})")


def _open_zip(path: Path) -> Spreadsheet:
    try:
        with zipfile.ZipFile(path) as zf:
            facts = _scan_zip(path, zf)
            parts = _xlsx_sheet_parts(zf) if facts.kind == "xlsx" else {}
    except zipfile.BadZipFile as exc:
        raise SheetError(path, f"the workbook is damaged or incomplete ({_one_line(exc)})") from None
    except (EOFError, OSError, zipfile.LargeZipFile) as exc:
        raise SheetError(path, f"the workbook is damaged or incomplete ({_one_line(exc)})") from None
    except SheetError:
        raise
    except Exception as exc:  # noqa: BLE001 - defusedxml refusals, malformed XML
        raise SheetError(path, f"the workbook is damaged ({_one_line(exc)})") from None
    book = _calamine(path)
    sheets = []
    for meta in book.sheets_metadata:
        member = parts.get(meta.name)
        sheets.append(SheetInfo(
            name=meta.name, hidden="Visible" not in str(meta.visible), member=member,
            rows=facts.rows.get(member) if member else None, has_formulas=bool(member and member in facts.formulas),
        ))
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
    book = _calamine(path)
    sheets = [SheetInfo(meta.name, hidden="Visible" not in str(meta.visible)) for meta in book.sheets_metadata]
    sheet = Spreadsheet(path, "xls", sheets)
    sheet._book = book
    return sheet


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (what Chinese Excel saves as 'CSV')."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:4096]:
            raise SheetError(path, f"not a spreadsheet ({_sniff_kind(data)})")
        encodings = ("utf-8", "gb18030")
    for enc in encodings:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise SheetError(path, "not a text file in UTF-8 or GB18030; save the list as .xlsx or as CSV UTF-8")


def _open_csv(path: Path) -> Spreadsheet:
    data = path.read_bytes()
    text = decode_text(path, data)
    if not text.strip():
        raise SheetError(path, "the file is empty")
    lines = text.count("\n")
    if lines > MAX_ROWS:
        raise _too_many_rows(path, path.stem, lines)
    sample = text[:8192]
    first = sample.split("\n", 1)[0]
    delimiter = max(",\t;|", key=first.count) if any(d in first for d in ",\t;|") else ","
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([_unguard(v) for v in row])
    width = max((len(r) for r in rows), default=0)
    if width > MAX_COLUMNS:
        raise SheetError(path, f"the list has {width:,} columns; the limit is {MAX_COLUMNS:,}")
    sheet = Spreadsheet(path, "csv", [SheetInfo(path.stem, rows=len(rows))])
    sheet._csv_rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return sheet


def _unguard(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_GUARD:
        return value[1:]
    return value
