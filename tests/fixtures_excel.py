"""Builders for the spreadsheets the Excel tests need, made in the test and small on disk.

Hostile ones are written byte by byte (a zip whose parts inflate to gigabytes, a zip whose directory lies about
its sizes, an encrypted OLE container, an XML entity bomb, a million-row sheet) so no tool is needed.
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

MINIMAL_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
}
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def inline_row(r: int, cells: list) -> str:
    out = []
    for c, value in enumerate(cells):
        ref = f"{chr(65 + c)}{r}"
        if isinstance(value, (int, float)):
            out.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            out.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
    return f'<row r="{r}">{"".join(out)}</row>'


def minimal_xlsx(path: Path, rows: list[list], *, sheet_xml: str | None = None) -> Path:
    """A small valid workbook with one sheet named 企业 (rows of strings/numbers), or the given sheet XML."""
    body = sheet_xml or SHEET_HEAD + "".join(inline_row(i + 1, r) for i, r in enumerate(rows)) + SHEET_TAIL
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in MINIMAL_PARTS.items():
            zf.writestr(name, text)
        zf.writestr("xl/worksheets/sheet1.xml", body)
    return path


def _deflate_zeros(total: int, chunk: int = 16 * 1024 * 1024) -> tuple[bytes, int, int]:
    """A raw deflate stream of ``total`` zero bytes built from one repeated block (fast, ~1000:1), and its CRC."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(chunk)
    block = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    n = total // chunk
    crc = 0
    for _ in range(n):
        crc = zlib.crc32(zeros, crc)
    return block * n + tail, crc, n * chunk


def _zip_bytes(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, deflated data, crc, declared uncompressed size, method) with hand-written headers."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size, method in members:
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0, crc, len(data), size, len(raw), 0)
        out += raw + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0, crc, len(data), size,
                               len(raw), 0, 0, 0, 0, 0, offset)
        central += raw
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + eocd)


def _small_parts() -> list[tuple[str, bytes, int, int, int]]:
    out = []
    for name, text in MINIMAL_PARTS.items():
        data = text.encode()
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = comp.compress(data) + comp.flush()
        out.append((name, packed, zlib.crc32(data), len(data), 8))
    return out


def zip_bomb(path: Path, gigabytes: float = 2.0) -> Path:
    """A workbook of about a megabyte per gigabyte whose sheet honestly inflates to ``gigabytes`` GB."""
    data, crc, size = _deflate_zeros(int(gigabytes * 1024 ** 3))
    path.write_bytes(_zip_bytes([*_small_parts(), ("xl/worksheets/sheet1.xml", data, crc, size, 8)]))
    return path


def ratio_bomb(path: Path, megabytes: int = 200) -> Path:
    """A sheet part under the size limits that expands ~1000 times (refused by ratio)."""
    data, crc, size = _deflate_zeros(megabytes * 1024 ** 2)
    path.write_bytes(_zip_bytes([*_small_parts(), ("xl/worksheets/sheet1.xml", data, crc, size, 8)]))
    return path


def lying_zip_bomb(path: Path, gigabytes: float = 1.0) -> Path:
    """A sheet part whose directory claims the size of its compressed data but which inflates to gigabytes."""
    data, crc, _size = _deflate_zeros(int(gigabytes * 1024 ** 3))
    path.write_bytes(_zip_bytes([*_small_parts(), ("xl/worksheets/sheet1.xml", data, crc, len(data), 8)]))
    return path


def truncated(source: Path, path: Path, keep: float = 0.5) -> Path:
    data = Path(source).read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def entity_bomb(path: Path) -> Path:
    """'Billion laughs' in the sheet XML of an otherwise valid workbook."""
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY lol0 "lol">' + lol + "]>"
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>'
           '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    return minimal_xlsx(path, [], sheet_xml=xml)


def million_rows(path: Path, rows: int = 1_000_000) -> Path:
    """One sheet with a header and ``rows`` data rows (about 200 KB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, text in MINIMAL_PARTS.items():
            zf.writestr(name, text)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write((SHEET_HEAD + inline_row(1, ["企业名称"])).encode())
            step = 20_000
            for start in range(2, rows + 2, step):
                end = min(start + step, rows + 2)
                # rows without r attributes (allowed) compress ~130:1: a few hundred KB, under the ratio limit
                fh.write("".join(f"<row><c><v>{r % 1000}</v></c></row>" for r in range(start, end)).encode())
            fh.write(SHEET_TAIL.encode())
    return path


def encrypted_ooxml(path: Path) -> Path:
    """What Excel saves for a password-protected .xlsx: an OLE (CFB) container with EncryptionInfo and
    EncryptedPackage streams instead of a zip."""
    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 0x3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [fat_sect, end] + list(range(3, 10)) + [end] + list(range(11, 18)) + [end]
    fat += [free] * (128 - len(fat))
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        e = bytearray(128)
        e[: len(raw)] = raw
        struct.pack_into("<HBBIII", e, 64, len(raw), kind, 1, left, right, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return bytes(e)

    directory = (entry("Root Entry", 5, nostream, nostream, 1, end, 0)
                 + entry("EncryptionInfo", 2, nostream, 2, nostream, 2, 4096)
                 + entry("EncryptedPackage", 2, nostream, nostream, nostream, 10, 4096)
                 + entry("", 0, nostream, nostream, nostream, 0, 0))
    payload = bytes(range(256)) * 32  # 8 sectors each, for the two streams
    path.write_bytes(bytes(header) + fat_sector + directory + payload)
    return path


def png_named_xlsx(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return path


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def libreoffice_convert(source: Path, out_dir: Path, target: str) -> Path:
    """``libreoffice --headless --convert-to target`` with a private profile; returns the new file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    subprocess.run([libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                    target, "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=180)
    suffix = "." + target.split(":")[0]
    result = out_dir / (Path(source).stem + suffix)
    made = sorted(out_dir.glob(f"{Path(source).stem}*{suffix}"))  # one per sheet for CSV of all sheets
    assert made, f"LibreOffice made no {result}"
    return result if result.exists() else made[0]
