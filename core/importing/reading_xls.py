"""Measuring the sheets of a legacy .xls (BIFF8 in an OLE compound file) before calamine reads them.

calamine builds the rectangle from A1 to the last cell: one cell at IV65536 costs a gigabyte. The Workbook
stream is walked record by record here (no values decoded): the sheets' names and, for each, the last row and
column any cell record names. A damaged container (a sector chain that loops or leaves the file) is refused.
"""

from __future__ import annotations

import struct

from core.importing.reading_extent import Extent

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
# Records that place a value in a cell: NUMBER, RK, LABELSST, LABEL, BOOLERR, FORMULA, RSTRING, and the
# multi-cell MULRK (its last column is in its last two bytes).
_CELL_RECORDS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6}
_MULRK = 0x00BD
_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F


class XlsRefused(Exception):
    """One line: what is wrong with the container or the stream."""


def _stream(data: bytes, names: tuple[str, ...]) -> bytes:
    """The first of ``names`` found in the compound file, read through its FAT (or mini FAT)."""
    if len(data) < 512:
        raise XlsRefused("the file is too short to be a workbook")
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    if sector_size not in (512, 4096) or mini_size != 64:
        raise XlsRefused("the workbook's container is damaged (sector size)")
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff, mini_start, n_mini, difat_start, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    sectors = (len(data) - 512) // sector_size

    def sector(i: int) -> bytes:
        if i >= sectors:
            raise XlsRefused("the workbook's container is damaged (a sector outside the file)")
        start = 512 + i * sector_size
        return data[start:start + sector_size]

    difat = [s for s in struct.unpack_from("<109I", data, 0x4C) if s not in (_FREE, _END)]
    seen = set()
    while difat_start not in (_FREE, _END) and n_difat > 0:
        if difat_start in seen:
            raise XlsRefused("the workbook's container is damaged (a loop in its sector table)")
        seen.add(difat_start)
        words = struct.unpack(f"<{sector_size // 4}I", sector(difat_start))
        difat += [s for s in words[:-1] if s not in (_FREE, _END)]
        difat_start, n_difat = words[-1], n_difat - 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", sector(s)))

    def chain(start: int, table: list[int], limit: int) -> list[int]:
        out, seen_here = [], set()
        while start not in (_FREE, _END):
            if start in seen_here or start >= len(table) or len(out) > limit:
                raise XlsRefused("the workbook's container is damaged (a broken sector chain)")
            seen_here.add(start)
            out.append(start)
            start = table[start]
        return out

    directory = b"".join(sector(s) for s in chain(dir_start, fat, sectors))
    entries = []
    for off in range(0, len(directory) - 127, 128):
        name_len = struct.unpack_from("<H", directory, off + 64)[0]
        name = directory[off:off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[off + 66]
        start, size = struct.unpack_from("<IQ", directory, off + 116)
        entries.append((name, kind, start, size if sector_size == 4096 else size & 0xFFFFFFFF))
    if not entries:
        raise XlsRefused("the workbook's container is damaged (no directory)")
    by_name = {name: (kind, start, size) for name, kind, start, size in entries}
    wanted = next((n for n in names if n in by_name and by_name[n][0] == 2), None)
    if wanted is None:
        raise XlsRefused("not a spreadsheet (an Office file without a workbook in it)")
    _kind, start, size = by_name[wanted]
    if size > len(data) * 2:
        raise XlsRefused("the workbook's container is damaged (a stream larger than the file)")
    if size >= cutoff:
        return b"".join(sector(s) for s in chain(start, fat, sectors))[:size]
    root_start = entries[0][2]
    mini_stream = b"".join(sector(s) for s in chain(root_start, fat, sectors))
    mini_fat: list[int] = []
    for s in chain(mini_start, fat, sectors)[:n_mini]:
        mini_fat.extend(struct.unpack(f"<{sector_size // 4}I", sector(s)))
    pieces = [mini_stream[i * mini_size:(i + 1) * mini_size]
              for i in chain(start, mini_fat, len(mini_stream) // mini_size)]
    return b"".join(pieces)[:size]


def scan(data: bytes) -> dict[str, Extent]:
    """Sheet name -> extent (last row and column holding a cell record, 1-based), in workbook order."""
    stream = _stream(data, ("Workbook", "Book"))
    if stream[:2] != struct.pack("<H", _BOF):
        raise XlsRefused("the workbook stream is damaged (it does not start with a BOF record)")
    sheets: list[tuple[str, int]] = []
    pos = 0
    while pos + 4 <= len(stream):  # the workbook globals: sheet names and where each sheet starts
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4:pos + 4 + length]
        if kind == _FILEPASS:
            raise XlsRefused("the workbook is password-protected; save a copy without a password in Excel or "
                             "WPS and import that")
        if kind == _BOUNDSHEET and length >= 8:
            offset, _state, sheet_type, count, flags = struct.unpack_from("<IBBBB", body, 0)
            raw = body[8:8 + count * (2 if flags & 1 else 1)]
            name = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
            if sheet_type == 0:  # a worksheet (not a chart or macro sheet)
                sheets.append((name, offset))
        pos += 4 + length
        if kind == _EOF:
            break
    return {name: _measure(stream, offset) for name, offset in sheets}


def _measure(stream: bytes, pos: int) -> Extent:
    extent = Extent(exact=True)
    unpack = struct.unpack_from
    end = len(stream)
    while pos + 4 <= end:
        kind, length = unpack("<HH", stream, pos)
        if kind in _CELL_RECORDS and length >= 4:
            row, col = unpack("<HH", stream, pos + 4)
            extent.cells += 1
            extent.max_row = max(extent.max_row, row + 1)
            extent.max_col = max(extent.max_col, col + 1)
        elif kind == _MULRK and length >= 6:
            row, = unpack("<H", stream, pos + 4)
            last, = unpack("<H", stream, pos + 4 + length - 2)
            extent.cells += 1
            extent.max_row = max(extent.max_row, row + 1)
            extent.max_col = max(extent.max_col, last + 1)
        elif kind == _EOF:
            break
        pos += 4 + length
    extent.rows = extent.max_row
    return extent
