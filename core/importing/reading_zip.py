"""The first look at a zip-based workbook (.xlsx/.xlsm/.xlsb, .ods), before any parser sees it.

The directory is checked (declared sizes, compression ratios, member count, encryption); then every part is
inflated once in bounded chunks, which proves the sizes true, refuses XML document type declarations (entity
expansion) and measures each sheet: its rows, its cells and the rectangle they span, found from the cell
coordinates themselves with byte searches that cost little more than the inflating. A parser that builds the
whole rectangle in memory (calamine does) is only given a sheet whose rectangle fits the memory budget.

The byte searches are exact for the files Excel, WPS, LibreOffice and the Python writers make (every row and
cell carries its ``r`` coordinate). A sheet written otherwise (cells without coordinates, namespace prefixes,
odd whitespace) is marked ``irregular`` and measured exactly by :mod:`core.importing.reading_xlsx` instead.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from core.importing import reading_ods, reading_xlsb
from core.importing.reading_extent import Extent, column_index, column_letters

MB = 1024 * 1024
ZIP_MAX_MEMBERS = 10_000
ZIP_MAX_MEMBER_BYTES = 512 * MB
ZIP_MAX_TOTAL_BYTES = 1024 * MB
ZIP_MAX_RATIO = 200  # a deflated part expanding more than this (and to more than ZIP_RATIO_MIN_BYTES) is refused
ZIP_RATIO_MIN_BYTES = 8 * MB
CHUNK = MB
_TAIL = 64  # bytes of the previous chunk searched again, so a tag cut by a chunk boundary is still seen


class ZipRefused(Exception):
    """A workbook refused before parsing; the message is one line (without the file name)."""


@dataclass
class ZipFacts:
    kind: str  # xlsx, xlsb, ods
    extents: dict[str, Extent] = field(default_factory=dict)  # worksheet member (or ODS table name) -> extent
    shared_strings: int = 0  # <si> elements found
    shared_strings_declared: int = 0  # the uniqueCount attribute (what calamine reserves room for)
    shared_string_bytes: int = 0

    @property
    def rows(self) -> dict[str, int]:
        return {member: e.rows for member, e in self.extents.items()}

    @property
    def formulas(self) -> set[str]:
        return {member for member, e in self.extents.items() if e.formulas}


def _fmt_mb(n: int) -> str:
    return f"{n / MB:,.0f} MB"


def check_directory(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > ZIP_MAX_MEMBERS:
        raise ZipRefused(f"refused: the workbook has {len(infos):,} parts (limit {ZIP_MAX_MEMBERS:,})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ZipRefused("the workbook is password-protected (encrypted zip); save a copy without a password "
                             "and import that")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ZipRefused(f"part {info.filename} uses an unsupported compression method")
        if info.file_size > ZIP_MAX_MEMBER_BYTES:
            raise ZipRefused(f"refused: part {info.filename} would expand to {_fmt_mb(info.file_size)} "
                             f"(limit {_fmt_mb(ZIP_MAX_MEMBER_BYTES)}) — a zip bomb?")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > ZIP_RATIO_MIN_BYTES and ratio > ZIP_MAX_RATIO:
            raise ZipRefused(f"refused: part {info.filename} expands {ratio:,.0f} times (limit {ZIP_MAX_RATIO}) "
                             "— a zip bomb?")
        total += info.file_size
    if total > ZIP_MAX_TOTAL_BYTES:
        raise ZipRefused(f"refused: the workbook's parts would expand to {_fmt_mb(total)} "
                         f"(limit {_fmt_mb(ZIP_MAX_TOTAL_BYTES)}) — a zip bomb?")
    return infos


def _kind(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "mimetype" in names and zf.read("mimetype")[:80].startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise ZipRefused("not a spreadsheet (a Word or PowerPoint file)")
    raise ZipRefused("not a spreadsheet (a zip archive without a workbook in it)")


def scan(zf: zipfile.ZipFile) -> ZipFacts:
    """Inflate every part once in bounded chunks: sizes proven, no DTDs, every sheet measured."""
    infos = check_directory(zf)
    facts = ZipFacts(_kind(zf, {i.filename for i in infos}))
    for info in infos:
        name = info.filename
        is_xml = name.endswith((".xml", ".rels", ".vml")) or name == "[Content_Types].xml"
        is_sheet = facts.kind == "xlsx" and name.startswith("xl/worksheets/") and name.endswith(".xml")
        is_sst = facts.kind == "xlsx" and name == "xl/sharedStrings.xml"
        is_content = facts.kind == "ods" and name == "content.xml"
        is_binary_sheet = facts.kind == "xlsb" and name.startswith("xl/worksheets/") and name.endswith(".bin")
        extent = _SheetScan() if is_sheet else reading_xlsb.SheetScan() if is_binary_sheet else None
        ods = reading_ods.ContentScan() if is_content else None
        tail, size = b"", 0
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size:
                    raise ZipRefused(f"refused: part {name} is larger than its zip directory says — a zip bomb?")
                if is_xml and size == len(chunk):
                    _check_prolog(name, chunk)
                if is_binary_sheet:
                    extent.feed(chunk)
                elif extent is not None:
                    extent.feed(tail, chunk)
                elif is_sst:
                    _count_shared_strings(facts, tail, chunk, size == len(chunk))
                elif ods is not None:
                    ods.feed(chunk)
                tail = chunk[-_TAIL:]
        if extent is not None:
            facts.extents[name] = extent.result()
        if is_sst:
            facts.shared_string_bytes = size
        if ods is not None:
            facts.extents.update(ods.result())
    return facts


_ROOT = re.compile(rb"<[A-Za-z_]")


def _check_prolog(name: str, first: bytes) -> None:
    """A document type declaration (and so any entity) can only stand before the root element."""
    root = _ROOT.search(first)
    prolog = first[:root.start()] if root else first
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog or (root is None and len(first) == CHUNK):
        raise ZipRefused(f"refused: part {name} declares XML entities (<!DOCTYPE …>), which workbooks never need")


_UNIQUE = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\suniqueCount=\"(\d{1,12})\"")


def _count_shared_strings(facts: ZipFacts, tail: bytes, chunk: bytes, first: bool) -> None:
    if first:
        m = _UNIQUE.search(chunk[:4096])
        if m:
            facts.shared_strings_declared = int(m.group(1))
    edge = tail[-5:] + chunk
    facts.shared_strings += edge.count(b"<si>") + edge.count(b"<si ")


# ----- measuring a worksheet from its bytes ------------------------------------------------------------------

_REF = re.compile(rb"([A-Za-z]{1,4})0*(\d{1,9})")


def _greater_digits(m: int) -> str:
    """A regex matching decimal numbers (leading zeros allowed) greater than ``m``."""
    s = str(m)
    alts = [f"[1-9]\\d{{{len(s)},}}"]
    for i, d in enumerate(s):
        if d != "9":
            alts.append(f"{s[:i]}[{int(d) + 1}-9]\\d{{{len(s) - i - 1}}}")
    return "0*(?:" + "|".join(alts) + ")"


def _greater_letters(col: int) -> str:
    """A regex matching column letters (either case) of a column after ``col``."""
    s = column_letters(max(col, 1))
    alts = [f"[A-Za-z]{{{len(s) + 1},4}}"] if len(s) < 4 else []
    for i, ch in enumerate(s):
        if ch != "Z":
            nxt = chr(ord(ch) + 1)
            same = "".join(f"[{c}{c.lower()}]" for c in s[:i])
            alts.append(f"{same}[{nxt}-Z{nxt.lower()}-z][A-Za-z]{{{len(s) - i - 1}}}")
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


class _SheetScan:
    """Feeds on a worksheet part's bytes, chunk by chunk, in four searches of each chunk. Rows come in order,
    so once the first rows are seen the search for 'a cell beyond the last row or column so far' finds
    nothing in a regular file; in a hostile one it finds the far cells."""

    def __init__(self):
        self.e = Extent()
        self._pattern = None
        self._pattern_for = None

    def _beyond(self):
        key = (self.e.max_row, self.e.max_col)
        if self._pattern_for != key:
            self._pattern = re.compile(b' r="(?:(' + _greater_letters(self.e.max_col).encode() + b')0*\\d'
                                       b'|[A-Za-z]{1,4}(' + _greater_digits(self.e.max_row).encode() + b')")')
            self._pattern_for = key
        return self._pattern

    def feed(self, tail: bytes, chunk: bytes) -> None:
        e = self.e
        window = tail + chunk
        e.rows += chunk.count(b"<row") + (tail[-3:] + chunk[:3]).count(b"<row")
        if not e.irregular:
            e.irregular = _irregular(window)
        if not e.formulas:
            e.formulas = _FORMULA.search(window) is not None
        last = window.rfind(b'<row r="')
        while last != -1:  # the last row of the chunk: no cell before it should lie beyond
            m = _ROW_NUMBER.match(window, last + 8)
            if m:
                e.max_row = max(e.max_row, int(m.group(1)))
                break
            last = window.rfind(b'<row r="', 0, last)  # a tag cut by the chunk's end: the one before it
        pos = 0
        while True:
            hit = self._beyond().search(window, pos)
            if hit is None:
                break
            self._take(hit.group(0)[4:])  # every cell before the hit is within the old (smaller) limits
            pos = hit.start() + 1

    def _take(self, ref: bytes) -> None:
        m = _REF.match(ref)
        if m:
            self.e.max_col = max(self.e.max_col, column_index(m.group(1).decode()))
            self.e.max_row = max(self.e.max_row, int(m.group(2)))

    def result(self) -> Extent:
        e = self.e
        if e.rows and not e.max_col:
            e.max_col = 1
        e.cells = e.rectangle  # an upper bound: the byte search does not count cells
        return e


# A row or cell without its coordinate first (placed by counting), or a namespace prefix: measure exactly.
_IRREGULAR = re.compile(rb'<(?:c|row)(?! r=")[\s>/]')
_PREFIXED_MAIN = re.compile(rb'xmlns:[\w.-]+="[^"]*spreadsheetml[^"]*main"')
_FORMULA = re.compile(rb"<f[\s>/]")


def _irregular(window: bytes) -> bool:
    if b"xmlns:" in window and _PREFIXED_MAIN.search(window):
        return True  # cells written as <x:c …>: the byte searches look for <c
    hit = _IRREGULAR.search(window)
    return hit is not None and hit.start() < len(window) - 8  # a tag cut by the chunk's end: seen again next


_ROW_NUMBER = re.compile(rb'(\d{1,9})"')  # a whole row number (one cut by the chunk's end has no quote yet)


