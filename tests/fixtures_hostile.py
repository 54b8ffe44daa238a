"""Hostile files for the reading and failure tests, written byte by byte (small on disk, no tools needed):
sheets whose few cells span gigabytes, lying shared-string counts, a legacy .xls with a cell at IV65536, an
.ods whose repeats reach far, CSVs with CR-only lines or a sea of commas, and damaged databases."""

from __future__ import annotations

import sqlite3
import struct
import zipfile
from pathlib import Path

from tests import fixtures_excel as fx

_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _cell(ref: str, value) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_xml(cells: list[tuple[str, object]], *, dimension: str | None = None, row_refs: bool = True) -> str:
    """A worksheet holding ``cells`` [(ref, value)], rows grouped by the number in each ref."""
    import re

    rows: dict[int, list[str]] = {}
    for ref, value in cells:
        rows.setdefault(int(re.search(r"\d+", ref).group()), []).append(_cell(ref, value))
    head = fx.SHEET_HEAD
    if dimension:
        head = head.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>')
    body = "".join(f'<row{f" r={chr(34)}{r}{chr(34)}" if row_refs else ""}>{"".join(c)}</row>'
                   for r, c in sorted(rows.items()))
    return head + body + fx.SHEET_TAIL


def far_cells(path: Path, far: str, *, header: str = "企业名称") -> Path:
    """Two cells, A1 and ``far`` (XFD1048576, ALL499999 …): a few hundred bytes spanning a huge rectangle."""
    return fx.minimal_xlsx(path, [], sheet_xml=sheet_xml([("A1", header), (far, "x")]))


def lying_shared_strings(path: Path, declared: int = 4_294_967_295) -> Path:
    """A workbook whose shared-string table claims ``declared`` strings and holds two."""
    parts = dict(fx.MINIMAL_PARTS)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>", f'<Relationship Id="rId9" Type="{_SST_REL}" Target="sharedStrings.xml"/></Relationships>')
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
           f'main" count="{declared}" uniqueCount="{declared}"><si><t>企业名称</t></si><si><t>优必选</t></si></sst>')
    sheet = fx.SHEET_HEAD + ('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                             '<row r="2"><c r="A2" t="s"><v>1</v></c></row>') + fx.SHEET_TAIL
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
        zf.writestr("xl/sharedStrings.xml", sst)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


# ----- .xls (BIFF8 in a compound file) ----------------------------------------------------------------------

def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _biff_text(text: str, length_bytes: int) -> bytes:
    raw = text.encode("utf-16-le")
    return struct.pack("<H" if length_bytes == 2 else "<B", len(text)) + b"\x01" + raw


def _biff_sheet(cells: list[tuple[int, int, object]]) -> bytes:
    rows = [r for r, _c, _v in cells] or [0]
    cols = [c for _r, c, _v in cells] or [0]
    out = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x0406))
    out += _record(0x0200, struct.pack("<IIHHH", min(rows), max(rows) + 1, min(cols), max(cols) + 1, 0))
    for r, c, value in cells:
        if isinstance(value, (int, float)):
            out += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
        else:
            out += _record(0x0204, struct.pack("<HHH", r, c, 15) + _biff_text(str(value), 2))
    return out + _record(0x000A, b"")


def xls(path: Path, sheets: dict[str, list[tuple[int, int, object]]]) -> Path:
    """A BIFF8 workbook: {sheet name: [(row, column, value)]}, 0-based, with just the records readers need."""
    bof = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x0406))
    codepage = _record(0x0042, struct.pack("<H", 1200))
    names = list(sheets)
    bound_len = [4 + 6 + len(_biff_text(n, 1)) for n in names]
    globals_len = len(bof) + len(codepage) + sum(bound_len) + 4
    bodies = [_biff_sheet(sheets[n]) for n in names]
    offset = globals_len
    stream = bof + codepage
    for name, body in zip(names, bodies, strict=True):
        stream += _record(0x0085, struct.pack("<IBB", offset, 0, 0) + _biff_text(name, 1))
        offset += len(body)
    stream += _record(0x000A, b"") + b"".join(bodies)
    stream += bytes(max(0, 4096 - len(stream)))  # a stream under 4 KB would live in the mini stream
    return _compound_file(path, "Workbook", stream)


def _compound_file(path: Path, stream_name: str, data: bytes) -> Path:
    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    data += bytes(-len(data) % 512)
    n = len(data) // 512
    fat = [fat_sect, end] + [2 + i + 1 for i in range(n - 1)] + [end]
    if len(fat) > 128:
        raise ValueError("the test workbook is too large for one FAT sector")
    fat += [free] * (128 - len(fat))
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 0x3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, *([0] + [free] * 108))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        e = bytearray(128)
        e[: len(raw)] = raw
        struct.pack_into("<HBBIII", e, 64, len(raw), kind, 1, nostream, nostream, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return bytes(e)

    directory = (entry("Root Entry", 5, 1, end, 0) + entry(stream_name, 2, nostream, 2, len(data))
                 + entry("", 0, nostream, 0, 0) + entry("", 0, nostream, 0, 0))
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + directory + data)
    return path


# ----- .xlsb (binary records in a zip) -------------------------------------------------------------------------

def _xlsb_record(kind: int, data: bytes = b"") -> bytes:
    head = bytes([kind]) if kind < 128 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, out = len(data), b""
    while True:
        byte, size = size & 0x7F, size >> 7
        out += bytes([byte | (0x80 if size else 0)])
        if not size:
            return head + out + data


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def xlsb(path: Path, cells: list[tuple[int, int, object]], *, dimension=None) -> Path:
    """A one-sheet .xlsb (sheet 企业): [(row, column, text or number)], 0-based; ``dimension`` may lie."""
    rows = [r for r, _c, _v in cells]
    cols = [c for _r, c, _v in cells]
    rec = _xlsb_record
    book = (rec(131) + rec(143) + rec(156, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("企业")) + rec(144)
            + rec(132))
    sheet = rec(129) + rec(148, struct.pack("<IIII", *(dimension or (min(rows), max(rows), min(cols), max(cols)))))
    sheet += rec(145)
    for r, c, value in sorted(cells):
        sheet += rec(0, struct.pack("<IIHHBI", r, 0, 0, 0, 0, 0))
        if isinstance(value, str):
            sheet += rec(6, struct.pack("<II", c, 0) + _wide(value))
        else:
            sheet += rec(5, struct.pack("<IId", c, 0, float(value)))
    sheet += rec(146) + rec(130)
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.'
            'sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType='
            '"application/vnd.ms-excel.worksheet"/></Types>'))
        zf.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.bin"/></Relationships>'))
        zf.writestr("xl/_rels/workbook.bin.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.bin"/></Relationships>'))
        zf.writestr("xl/workbook.bin", book)
        zf.writestr("xl/worksheets/sheet1.bin", sheet)
    return path


# ----- .ods ----------------------------------------------------------------------------------------------------

def ods(path: Path, table_xml: str, name: str = "企业") -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{name}">{table_xml}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.'
            'oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'))
        zf.writestr("content.xml", content)
    return path


def ods_cell(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def ods_far_cell(path: Path, rows: int = 40_000, columns: int = 999) -> Path:
    """A header, ``rows`` empty rows in one element, then a value after ``columns`` empty cells."""
    return ods(path, f'<table:table-row>{ods_cell("企业名称")}</table:table-row>'
                     f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell/></table:table-row>'
                     f'<table:table-row><table:table-cell table:number-columns-repeated="{columns}"/>'
                     f'{ods_cell("x")}</table:table-row>')


# ----- databases -----------------------------------------------------------------------------------------------

def page_size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()


def root_page(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        con.close()


def smash_page(path: Path, page: int) -> None:
    """Overwrite one page (1-based) of a closed database file with garbage."""
    size = page_size(path)
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xa5" * size)


def grow(path: Path, megabytes: int) -> None:
    """Make a database file larger than ``megabytes`` MB with a table of blobs (zeroblob: fast to write)."""
    con = sqlite3.connect(path)
    try:
        con.execute("CREATE TABLE ballast (b BLOB)")
        con.executemany("INSERT INTO ballast VALUES (zeroblob(1048576))", [()] * (megabytes + 1))
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
