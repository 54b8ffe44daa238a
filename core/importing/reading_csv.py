"""Reading CSV and tab-separated lists in bounded memory.

One pass over the bytes before parsing finds the encoding (UTF-8, UTF-16 with a BOM, GB18030 — what Chinese
Excel saves as "CSV" —, Big5 and others recognised by charset-normalizer), counts lines whatever their endings
(CR, LF or CR LF) and refuses a line longer than any list has (100 MB of commas is refused in the first
megabyte). Rows are then parsed lazily from the file each time they are asked for, so memory follows one row,
not the file; a field over csv's limit, too many columns or too many rows end in one line naming the row.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

MB = 1024 * 1024
MAX_CSV_BYTES = 128 * MB
MAX_LINE_CHARS = 1_000_000  # longer than any row of a real list (1,000 columns of 1,000 characters)
MAX_FIELD_CHARS = 131_072  # csv's own limit; the field layer refuses text over Excel's 32,767 with its message
SAMPLE = 256 * 1024
FORMULA_GUARD = ("=", "+", "-", "@", "\t", "\r")  # a cell starting so was written with a ' in front
_BIG5 = ("big5", "big5hkscs", "cp950")


class CsvRefused(Exception):
    """One line (without the file name); ``row`` when it is about one row (1-based)."""

    def __init__(self, message: str, row: int | None = None):
        super().__init__(message)
        self.row = row


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


class _Lines:
    """Counts lines (a CR, an LF or a CR LF each end one) over decoded chunks of at most a megabyte, and
    refuses a line longer than MAX_LINE_CHARS (only a line running across chunks can be)."""

    def __init__(self):
        self.count, self._current, self._cr = 0, 0, False

    def feed(self, text: str) -> None:
        if self._cr and text.startswith("\n"):  # a CR LF cut by the chunk boundary ends one line
            text = text[1:]
        if not text:
            return
        self._cr = text.endswith("\r")
        n = text.count("\n") + text.count("\r") - text.count("\r\n")
        if n:
            first = min(i for i in (text.find("\n"), text.find("\r")) if i >= 0)
            longest = self._current + first
            self._current = len(text) - max(text.rfind("\n"), text.rfind("\r")) - 1
            self.count += n
        else:
            self._current += len(text)
            longest = self._current
        if longest > MAX_LINE_CHARS:
            raise CsvRefused(f"line {self.count + 1} is longer than {MAX_LINE_CHARS:,} characters — not a list")

    def finish(self) -> int:
        return self.count + (1 if self._current else 0)


def _decode_all(path: Path, encoding: str) -> int | None:
    """Lines in the file when all of it decodes as ``encoding``; None when it does not."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = _Lines()
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(MB)
                lines.feed(decoder.decode(chunk, final=not chunk))
                if not chunk:
                    break
    except (UnicodeDecodeError, LookupError):
        return None
    return lines.finish()


def detect(path: Path, head: bytes) -> tuple[str, int]:
    """(encoding, lines) of a text list, or :class:`CsvRefused`."""
    bom = _bom_encoding(head)
    if bom:
        lines = _decode_all(path, bom)
        if lines is None:
            raise CsvRefused("the text does not decode as the Unicode its first bytes announce")
        return bom, lines
    if b"\x00" in head[:4096]:
        raise CsvRefused("binary data, not a list")
    lines = _decode_all(path, "utf-8")
    if lines is not None:
        return "utf-8", lines
    guess = _guess(head)
    order = ([guess] if guess in _BIG5 else []) + ["gb18030"] + ([guess] if guess and guess not in _BIG5 else [])
    for encoding in order:
        lines = _decode_all(path, encoding)
        if lines is not None:
            return encoding, lines
    raise CsvRefused("not a text file in a known encoding; save the list as .xlsx or as CSV UTF-8")


def _guess(head: bytes) -> str | None:
    """charset-normalizer's reading of the first bytes (it tells Big5 from GB18030, which decodes anything)."""
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - a dependency; without it GB18030 is assumed
        return None
    best = charset_normalizer.from_bytes(head[:SAMPLE]).best()
    return best.encoding if best is not None else None


def delimiter_of(first_line: str) -> str:
    return max(",\t;|", key=first_line.count) if any(d in first_line for d in ",\t;|") else ","


class CsvSource:
    """A checked text list; :meth:`rows` parses it again from the file each time (memory: one row)."""

    def __init__(self, path: Path, encoding: str, lines: int, max_rows: int, max_columns: int):
        self.path, self.encoding, self.lines = path, encoding, lines
        self.max_rows, self.max_columns = max_rows, max_columns
        self._fh = open(path, "rb")  # kept open: the file removed after the check is still read whole
        first = self._text().readline(MAX_LINE_CHARS)
        self.delimiter = delimiter_of(first)

    def _text(self) -> io.TextIOWrapper:
        self._fh.seek(0)
        wrapper = io.TextIOWrapper(_Unclosable(self._fh), encoding=self.encoding, newline="")
        return wrapper

    def count_records(self) -> int:
        return sum(1 for _ in self.rows(limit_rows=False))

    def rows(self, *, limit_rows: bool = True):
        text = self._text()
        reader = csv.reader(iter(lambda: text.readline(MAX_LINE_CHARS + 1), ""), delimiter=self.delimiter)
        old_limit = csv.field_size_limit()
        csv.field_size_limit(MAX_FIELD_CHARS)
        n = 0
        try:
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise CsvRefused(_csv_error(exc), row=n + 1) from None
                n += 1
                if limit_rows and n > self.max_rows:
                    raise CsvRefused(f"the list has more than {self.max_rows:,} rows; split it into smaller files")
                if len(row) > self.max_columns:
                    raise CsvRefused(f"the row has {len(row):,} columns; the limit is {self.max_columns:,}", row=n)
                yield [_unguard(v) for v in row]
        finally:
            csv.field_size_limit(old_limit)

    def close(self) -> None:
        self._fh.close()


class _Unclosable(io.RawIOBase):
    """The open file, lent to a TextIOWrapper that must not close it when it is dropped."""

    def __init__(self, fh):
        super().__init__()
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._fh.readinto(buffer)

    def close(self) -> None:  # overrides RawIOBase.close: the file stays open for the next pass
        pass


def _csv_error(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return (f"a field is longer than {MAX_FIELD_CHARS:,} characters (a cell holds at most 32,767) — "
                "a quote may be missing its closing quote")
    if "NUL" in text:
        return "the row contains NUL characters (binary data, not a list)"
    return f"the row cannot be read as CSV ({text})"


def _unguard(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_GUARD:
        return value[1:]
    return value
