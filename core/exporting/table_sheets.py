"""One sheet per table: the key, every column in the app's words, drop-down lists, and the rows as they import
back (core.exporting.cells). Written row by row in xlsxwriter's constant-memory mode."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from core import vocabulary
from core.exporting import layout
from core.exporting.cells import FORMULA_START, converter, is_number_column
from core.exporting.failures import ExportError
from core.exporting.formats import Formats
from core.exporting.names import (
    HEADER_ROWS,
    KEY_EN,
    KEY_ZH,
    NO,
    NOT_IN_LIST,
    NOT_IN_LIST_TEXT,
    SHEET_NAMES,
    YES,
    header_en,
    header_zh,
)
from core.fields.spec import TABLES, Column
from db import exporting as db_export

EXCEL_MAX_ROWS = 1_048_576
MAX_DATA_ROWS = EXCEL_MAX_ROWS - HEADER_ROWS
KEY_WIDTH = 8.0


@dataclass
class TooLong:
    """Text cells longer than a cell holds, found while writing (the export is refused, never cut)."""

    cells: list[tuple[str, str, int, int]] = field(default_factory=list)  # (table, column, row id, length)


def check_size(table: str, rows: int) -> None:
    if rows > MAX_DATA_ROWS:
        raise ExportError("export_too_many_rows", table=table, rows=rows, limit=MAX_DATA_ROWS)


def _drop_downs(ws, fmt: Formats, table: str, cols: tuple[Column, ...], labels: dict) -> None:
    for i, col in enumerate(cols, start=1):
        source = None
        if col.kind == "choice":
            source = fmt.list_range(("choice", col.choice_set),
                                    [vocabulary.choice_label(col.choice_set, v) for v in col.choices])
        elif col.kind == "bool":
            source = fmt.list_range(("bool",), [YES, NO])
        elif col.kind == "ref":
            source = fmt.list_range(("ref", col.ref), sorted(set(labels[col.ref].values())))
        if source:
            ws.data_validation(HEADER_ROWS, i, EXCEL_MAX_ROWS - 1, i, {
                "validate": "list", "source": source, "error_type": "warning", "ignore_blank": True,
                "error_title": f"{NOT_IN_LIST.zh} {NOT_IN_LIST.en}",
                "error_message": f"{NOT_IN_LIST_TEXT.zh}{NOT_IN_LIST_TEXT.en}",
            })


def naming_columns(cols: tuple[Column, ...]) -> int:
    """How many leading columns (the key included) say which row this is: up to the row's name (a target's
    plan, code and name), or its leading references (a capability's firm and component). They are frozen on
    screen and printed on every page across."""
    for i, col in enumerate(cols[:4]):
        if col.name in ("name_zh", "title_zh", "title"):
            return i + 2
    refs = 0
    while refs < len(cols) and cols[refs].kind == "ref" and refs < 2:
        refs += 1
    return 1 + max(refs, 1)


def _cell_format(fmt: Formats, col: Column):
    if col.kind == "money":
        return fmt.money
    return fmt.number if is_number_column(col) else fmt.text


def write_table(db, fmt: Formats, table: str, labels: dict, *, template: bool, too_long: TooLong,
                progress=None, done_before: int = 0, total: int = 0) -> int:
    """The sheet of ``table``; returns its number of rows. ``labels`` holds names for the ids of every table
    referred to. ``progress(table, done, total)`` counts rows over the whole export."""
    cols = TABLES[table]
    sheet = SHEET_NAMES[table]
    ws = fmt.book.add_worksheet(sheet)
    zh = [KEY_ZH, *(header_zh(table, c) for c in cols)]
    en = [KEY_EN, *(header_en(table, c) for c in cols)]
    fmt.header_rows(ws, zh, en)
    naming = naming_columns(cols)
    ws.freeze_panes(HEADER_ROWS, naming)
    _drop_downs(ws, fmt, table, cols, labels)
    widths = layout.Widths([max(layout.header_floor(z, e), KEY_WIDTH if i == 0 else 0)
                            for i, (z, e) in enumerate(zip(zh, en, strict=True))],
                           [KEY_WIDTH, *(layout.cap_for(c) for c in cols)],
                           [KEY_WIDTH, *(layout.default_width(c) for c in cols)],
                           [False, *(c.kind == "longtext" for c in cols)], repeat=naming)
    formats = [fmt.key, *(_cell_format(fmt, c) for c in cols)]
    count = 0
    if template:
        widths.fix(measured=False)
    else:
        check_size(table, db_export.count_rows(db, table))
        count = _write_rows(db, fmt, ws, table, cols, labels, widths, formats, too_long,
                            progress=progress, done_before=done_before, total=total)
    ws.autofilter(1, 0, max(HEADER_ROWS - 1 + count, 1), len(cols))
    fmt.finish(ws, sheet, widths.widths, formats, repeat_columns=naming)
    return count


def _write_rows(db, fmt: Formats, ws, table, cols, labels, widths: layout.Widths, formats, too_long: TooLong, *,
                progress, done_before: int, total: int) -> int:
    spec = [(i, converter(c, labels.get(c.ref) if c.kind == "ref" else None), is_number_column(c), formats[i])
            for i, c in enumerate(cols, start=1)]
    batches = db_export.row_batches(db, table, [c.name for c in cols])
    first = next(batches, [])
    # widths from the first rows (the rest are alike), fixed before writing: row heights depend on them
    for row in first[:layout.MEASURED_ROWS]:
        for i, convert, _number, _fmt in spec:
            v = row[i]
            if v is not None and convert is not None:
                v = convert(v)
            if v is not None and v != "":
                widths.measure(i, v)
    widths.fix(measured=bool(first))
    write_string, write_number, set_row = ws.write_string, ws.write_number, ws.set_row
    quoted, key_fmt, fits, lines_of = fmt.quoted, fmt.key, widths.fits, widths.lines
    r = HEADER_ROWS
    for batch in itertools.chain([first], batches) if first else ():  # streamed: never all rows at once
        for row in batch:
            write_number(r, 0, row[0], key_fmt)
            lines = 1
            for i, convert, number, cell_fmt in spec:
                v = row[i]
                if v is None:
                    continue
                if convert is not None:
                    v = convert(v)
                    if v is None:
                        continue
                elif not number and v == "":
                    continue
                if number:
                    write_number(r, i, v, cell_fmt)
                    continue
                if write_string(r, i, v, quoted if v[:1] in FORMULA_START else cell_fmt):
                    # -2: longer than a cell holds (xlsxwriter cut it; the export will be refused)
                    too_long.cells.append((table, cols[i - 1].name, row[0], len(v)))
                if len(v) > fits[i] or "\n" in v:
                    lines = max(lines, lines_of(i, v))
            if lines > 1:
                set_row(r, layout.row_height(lines))
            r += 1
        fmt.forget_rows(ws, r - 1)  # the last row is written out when the next one starts
        if progress:
            progress(table, done_before + r - HEADER_ROWS, total)
    return r - HEADER_ROWS
