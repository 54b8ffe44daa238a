"""Reading a worksheet cell by cell, in memory that follows the cells present, not the rectangle they span.

calamine (the fast reader) builds a sheet's whole rectangle: two cells at A1 and ALL499999 make 500 million
slots, 16 GB. This module reads such a sheet as a stream of rows instead — expat over the worksheet part,
holding one row at a time and the workbook's shared strings — and also measures a sheet exactly when its
bytes alone could not prove the extent (cells without coordinates). It is slower than calamine (a few
seconds per million cells), so it is used only where calamine would need more memory than the budget.

Values come out as calamine gives them: numbers as float, dates as date/datetime (by the cell's number
format), booleans, text; error cells as ''.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from posixpath import join, normpath
from xml.parsers import expat

from core.importing import reading_extent, reading_zip

_BUILTIN_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47}
_BUILTIN_TIME_FORMATS = {18, 19, 20, 21, 45, 46, 47}
_DATE_CODE = re.compile(r"[ymdhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_EPOCH_1900 = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class XlsxRefused(Exception):
    """The worksheet cannot be read this way (out-of-order rows, bad XML); one line."""


def _parser(start, end=None, text=None):
    p = expat.ParserCreate()
    p.buffer_text = True
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def no_doctype(*_args):
        raise XlsxRefused("the part declares a document type, which workbooks never need")

    p.StartDoctypeDeclHandler = no_doctype
    p.StartElementHandler = start
    if end is not None:
        p.EndElementHandler = end
    if text is not None:
        p.CharacterDataHandler = text
    return p


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _feed(parser, zf: zipfile.ZipFile, member: str) -> None:
    try:
        with zf.open(member) as fh:
            while True:
                chunk = fh.read(reading_zip.CHUNK)
                if not chunk:
                    break
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise XlsxRefused(f"part {member} is not well-formed XML ({exc})") from None


def _ref(ref: str) -> tuple[int, int] | None:
    """(row, column), both 1-based, of 'B12'; None when it is not a cell reference."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    if not letters or not digits or not letters.isalpha() or not letters.isascii():
        return None
    return int(digits), reading_extent.column_index(letters)


class _Walker:
    """Follows rows and cells as calamine places them: a cell's own coordinate, else one after the last."""

    def __init__(self):
        self.row = 0
        self.col = 0
        self.in_cell = False
        self.has_value = False

    def start_row(self, attrs) -> None:
        r = attrs.get("r")
        self.row = int(r) if r and r.isdigit() else self.row + 1
        self.col = 0

    def start_cell(self, attrs) -> None:
        found = _ref(attrs.get("r", ""))
        if found:
            self.row, self.col = found
        else:
            self.col += 1
        self.in_cell, self.has_value = True, False


def measure(zf: zipfile.ZipFile, member: str) -> reading_extent.Extent:
    """The exact extent of a worksheet: the last row and column holding a value (empty cells left out)."""
    extent = reading_extent.Extent(exact=True)
    walk = _Walker()

    def start(name, attrs):
        tag = _local(name)
        if tag == "row":
            walk.start_row(attrs)
            extent.rows += 1
        elif tag == "c":
            walk.start_cell(attrs)
            extent.cells += 1
        elif tag in ("v", "is") and walk.in_cell:
            walk.has_value = True
        elif tag == "f":
            extent.formulas = True

    def end(name):
        if _local(name) == "c":
            if walk.has_value:
                extent.max_row = max(extent.max_row, walk.row)
                extent.max_col = max(extent.max_col, walk.col)
            walk.in_cell = False

    _feed(_parser(start, end), zf, member)
    return extent


# ----- values ------------------------------------------------------------------------------------------------

def shared_strings(zf: zipfile.ZipFile, member: str = "xl/sharedStrings.xml") -> list[str]:
    """The shared-string table: the text of each <si>, phonetic runs (<rPh>) left out."""
    if member not in zf.namelist():
        return []
    out: list[str] = []
    parts: list[str] = []
    state = {"t": False, "rph": 0}

    def start(name, _attrs):
        tag = _local(name)
        if tag == "si":
            parts.clear()
        elif tag == "rPh":
            state["rph"] += 1
        elif tag == "t" and not state["rph"]:
            state["t"] = True

    def end(name):
        tag = _local(name)
        if tag == "si":
            out.append("".join(parts))
        elif tag == "rPh":
            state["rph"] -= 1
        elif tag == "t":
            state["t"] = False

    def text(data):
        if state["t"]:
            parts.append(data)

    _feed(_parser(start, end, text), zf, member)
    return out


def date_styles(zf: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """Indexes of the cell styles (cellXfs) whose number format shows a date, and those showing only a time."""
    if "xl/styles.xml" not in zf.namelist():
        return set(), set()
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    state = {"xfs": False}

    def start(name, attrs):
        tag = _local(name)
        if tag == "numFmt" and attrs.get("numFmtId", "").isdigit():
            custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            state["xfs"] = True
        elif tag == "xf" and state["xfs"]:
            fid = attrs.get("numFmtId", "0")
            xf_formats.append(int(fid) if fid.isdigit() else 0)

    def end(name):
        if _local(name) == "cellXfs":
            state["xfs"] = False

    _feed(_parser(start, end), zf, "xl/styles.xml")
    dates, times = set(), set()
    for i, fid in enumerate(xf_formats):
        code = _QUOTED.sub("", custom.get(fid, "")).lower()
        if fid in _BUILTIN_DATE_FORMATS or (fid in custom and _DATE_CODE.search(code)):
            dates.add(i)
            if fid in _BUILTIN_TIME_FORMATS or (fid in custom and re.search(r"[hs]", code)
                                                 and not re.search(r"[yd]", code)):
                times.add(i)
    return dates, times


def date_1904(zf: zipfile.ZipFile) -> bool:
    head = zf.read("xl/workbook.xml")[:65536]
    return bool(re.search(rb"date1904=\"(1|true)\"", head))


def _serial(value: float, is_time: bool, epoch: dt.datetime):
    moment = epoch + dt.timedelta(days=value)
    if is_time and value < 1:
        return moment.time()
    if moment.time() == dt.time(0):
        return moment.date()
    return moment


class SparseSheet:
    """One worksheet read as a stream of rows (lists from column A, shorter where a row ends early)."""

    def __init__(self, path, member: str):
        self.path, self.member = path, member

    def rows(self):
        with zipfile.ZipFile(self.path) as zf:
            strings = shared_strings(zf)
            dates, times = date_styles(zf)
            epoch = _EPOCH_1904 if date_1904(zf) else _EPOCH_1900
            yield from self._rows(zf, strings, dates, times, epoch)

    def _rows(self, zf, strings, dates, times, epoch):
        walk = _Walker()
        done: list[list] = []  # rows finished while parsing the current chunk
        state = {"row": None, "row_no": 0, "last": 0, "type": "n", "style": -1, "text": [], "take": False}

        def flush_to(row_no: int) -> None:
            if row_no < state["last"]:
                raise XlsxRefused(f"row {row_no} comes after row {state['last']}; open the file in Excel or "
                                  "WPS and save it again")
            done.extend([] for _ in range(row_no - state["last"] - 1))
            state["last"] = row_no

        def start(name, attrs):
            tag = _local(name)
            if tag == "row":
                walk.start_row(attrs)
                state["row"], state["row_no"] = [], walk.row
            elif tag == "c":
                walk.start_cell(attrs)
                if state["row"] is None or walk.row != state["row_no"]:  # a cell placed in another row
                    finish_row()
                    state["row"], state["row_no"] = [], walk.row
                state["type"], state["text"] = attrs.get("t", "n"), []
                style = attrs.get("s", "")
                state["style"] = int(style) if style.isdigit() else -1
            elif tag in ("v", "t") and walk.in_cell:
                state["take"] = True
            elif tag == "rPh":
                state["take"] = False

        def end(name):
            tag = _local(name)
            if tag in ("v", "t"):
                state["take"] = False
            elif tag == "c" and walk.in_cell:
                walk.in_cell = False
                value = self._value(state, strings, dates, times, epoch)
                if value != "":
                    row = state["row"]
                    row.extend([""] * (walk.col - 1 - len(row)))
                    if len(row) >= walk.col:
                        row[walk.col - 1] = value
                    else:
                        row.append(value)
            elif tag == "row":
                finish_row()

        def finish_row():
            if state["row"] is not None:
                flush_to(state["row_no"])
                done.append(state["row"])
                state["row"] = None

        def text(data):
            if state["take"]:
                state["text"].append(data)

        parser = _parser(start, end, text)
        try:
            with zf.open(self.member) as fh:
                while True:
                    chunk = fh.read(256 * 1024)
                    parser.Parse(chunk, not chunk)
                    yield from done
                    done.clear()
                    if not chunk:
                        break
        except expat.ExpatError as exc:
            raise XlsxRefused(f"part {self.member} is not well-formed XML ({exc})") from None

    @staticmethod
    def _value(state, strings, dates, times, epoch):
        text = "".join(state["text"])
        kind = state["type"]
        if kind == "s":
            i = int(text) if text.strip().isdigit() else -1
            return strings[i] if 0 <= i < len(strings) else ""
        if kind in ("str", "inlineStr"):
            return text
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "e" or text.strip() == "":
            return ""
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(text.strip())
            except ValueError:
                return text
        try:
            number = float(text)
        except ValueError:
            return text
        if state["style"] in dates and 0 <= number < 2_958_466:  # Excel's dates end at 9999-12-31
            return _serial(number, state["style"] in times, epoch)
        return number


# ----- the workbook's parts --------------------------------------------------------------------------------

def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
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
                    found[(int(m.group(2)) - 1, reading_extent.column_index(m.group(1)) - 1)] = has_value
    return found
