"""A list's mapped cells converted a column at a time, before its rows are planned.

Each distinct cell of a column goes through the field layer once (a 100,000-row list names a handful of
districts, years and products), and a plain one-line text cell — most names — is taken as the field layer
takes it (trimmed) without the call. A row with a refused cell or a qualifier (约, 超 …) is marked *special*:
it is read again cell by cell (core.importing.cells.convert_row), so its issues and notes come out exactly as
before, in row order.
"""

from __future__ import annotations

from core.errors import FieldRejected
from core.fields.spec import TEXT_LIMIT

ABSENT = object()  # a blank cell: the row's values leave the field out (not None: a cell may parse to None)


class ConvertedColumns:
    """The values of the mapped columns of ``rows`` ((sheet row, cells, section) as core.importing.layout
    yields them), by position in ``rows``."""

    def __init__(self, columns, convs, rows: list):
        self.names = [col.name for _mc, col in columns]
        self.special: set[int] = set()  # rows to read cell by cell
        by_column = [self._convert(col, conv, [row[mc.index] for _r, row, _s in rows])
                     for (mc, col), conv in zip(columns, convs, strict=True)]
        self._rows = list(zip(*by_column, strict=True)) if by_column else [()] * len(rows)

    def _convert(self, col, conv, cells: list) -> list:
        plain_text = col.kind == "text"
        memo: dict = {}
        special = self.special
        out = []
        append = out.append
        for i, cell in enumerate(cells):
            if cell is None or cell == "":
                append(ABSENT)
                continue
            kind = cell.__class__
            if plain_text and kind is str and cell.isprintable() and len(cell) <= TEXT_LIMIT:
                text = cell.strip()  # core.fields.parse.parse_text of a printable one-line text
                if text:
                    append(text)
                    continue
            key = (kind, cell)
            hit = memo.get(key)
            if hit is None:
                try:
                    hit = conv(cell)
                except FieldRejected as exc:
                    hit = exc
                memo[key] = hit
            if hit.__class__ is tuple:
                append(hit[0])
                if hit[1]:
                    special.add(i)
            else:
                append(ABSENT)
                special.add(i)
        return out

    def values(self, i: int) -> dict:
        """field -> value of row ``i`` (blank cells left out), for a row that is not special."""
        return {name: v for name, v in zip(self.names, self._rows[i], strict=True) if v is not ABSENT}

    def column(self, field: str) -> list:
        """The values of one field down the list (None for a blank or refused cell; all None when the field is
        not mapped)."""
        if field not in self.names:
            return [None] * len(self._rows)
        i = self.names.index(field)
        return [None if row[i] is ABSENT else row[i] for row in self._rows]

    def texts(self, *fields: str):
        """The text values of these fields down the list (names to fold in one go)."""
        positions = [i for i, name in enumerate(self.names) if name in fields]
        for row in self._rows:
            for i in positions:
                if row[i].__class__ is str:
                    yield row[i]
