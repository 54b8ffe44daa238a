"""The data rows of a sheet as a planner laid them out: below the header, merged group cells filled down
(产业链环节 merged over its firms), and without what is not a row of data — blank rows, totals (合计, checked
before any cell is read, so a total's formula never matters), footnotes (注：…), repeated header rows and
section headings (a row holding only '一、机器脑', whose text becomes the section of the rows under it).
"""

from __future__ import annotations

import re

from core import fields
from core.importing import headers as im
from core.importing.model import REFUSE, SheetPlan, problem

_FOOTNOTE = re.compile(r"^(注|备注|说明|数据来源|资料来源|来源|note|source)\s*[:：]", re.IGNORECASE)
_SECTION_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．]|第.+[部类])\s*")


def _is_footnote(row) -> bool:
    texts = [v for v in row if v not in ("", None)]
    return len(texts) == 1 and isinstance(texts[0], str) and bool(_FOOTNOTE.match(texts[0].strip()))


def section_text(text: str) -> str:
    """'一、机器脑（大脑系统）' -> '机器脑（大脑系统）'."""
    return _SECTION_MARK.sub("", str(text)).strip()


class _FillDown:
    """Cells inside a merged range below the header take the range's first value."""

    def __init__(self, ranges, header_row: int):
        self.ranges = [((r0, c0), (r1, c1)) for (r0, c0), (r1, c1) in ranges if r1 > r0 and r0 > header_row]
        self.ranges.sort()
        self.values: dict[tuple[int, int], object] = {}

    def apply(self, i: int, row: list) -> list:
        if not self.ranges:
            return row
        for (r0, c0), (r1, c1) in self.ranges:
            if r0 > i:
                break
            if i == r0:
                for c in range(c0, c1 + 1):
                    self.values[(r0, c)] = row[c0] if c0 < len(row) else ""
            elif i <= r1:
                for c in range(c0, min(c1 + 1, len(row))):
                    if row[c] in ("", None):
                        row[c] = self.values.get((r0, c), "")
        return row


def data_rows(book, sp: SheetPlan, formula_cells: dict, *, name_index: int | None = None):
    """(sheet row, row, section) of the data rows, after the header."""
    match = sp.match
    width = max((c.index for c in match.columns), default=0) + 1
    fill = _FillDown(book.merged_ranges(sp.sheet), match.header_row)
    name_header = next((c.header for c in match.columns if c.index == name_index), None)
    section = None
    header = match.header_row
    for i, row in enumerate(book.rows(sp.sheet)):
        if i <= header:
            if i == header:
                sp.header_cells = list(row)
            continue
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))
        if fill.ranges:
            row = fill.apply(i, row)
        filled = len(row) - row.count("") - row.count(None)
        if not filled or im.is_total_row(row) or (filled == 1 and _is_footnote(row)):
            sp.skipped += 1
            continue
        if (i <= header + 3 and im.is_header_repeat(match, row)) or (
                name_header and name_index is not None and row[name_index] == name_header):
            sp.skipped += 1
            continue
        if name_index is not None and filled == 1:
            first = [(c, v) for c, v in enumerate(row[:width]) if v not in ("", None)]
            if first and first[0][0] != name_index and isinstance(first[0][1], str):
                section = section_text(first[0][1]) or None
                sp.skipped += 1
                continue
        if formula_cells:
            _check_formulas(sp, i, row, formula_cells)
        if len(sp.samples) < 3:
            sp.samples.append(list(row))
        yield i + 1, row, section


def _check_formulas(sp: SheetPlan, i: int, row: list, formula_cells: dict) -> None:
    for col in sp.match.columns:
        saved = formula_cells.get((i, col.index))
        if saved is None or col.field is None:
            continue
        sp.formulas += 1
        if not saved:
            sp.add_issue(i + 1, column_name(col), None, problem("formula_unsaved"),
                         REFUSE if sp.own else "drop")
            row[col.index] = ""  # nothing to read: the cell is left out


def column_name(mc) -> str:
    return f"{mc.letter} {' '.join(mc.header.split())}".strip()


def cell_text(value) -> str:
    return fields.parse.cell_text(value)
