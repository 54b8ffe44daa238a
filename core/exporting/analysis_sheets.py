"""The computed sheets: the gap analysis (one row per target) and the chain coverage (one row per component).

They take their columns and rows from ``core.analysis.output.gap_table`` / ``coverage_table``
(``(analysis, lang) -> (headers, rows)``), the same words as the app, the report and the command line. The
Chinese rows are written under both header rows. The importer ignores these sheets.
"""

from __future__ import annotations

from core.exporting import layout
from core.exporting.formats import Formats
from core.exporting.names import COVERAGE_SHEET, GAP_SHEET, HEADER_ROWS

# How many leading columns name a row (frozen on screen, repeated on every printed page across).
_NAMING_COLUMNS = {GAP_SHEET: 3, COVERAGE_SHEET: 2}


def table_functions():
    """(gap_table, coverage_table) of the analysis."""
    from core.analysis import output

    return output.gap_table, output.coverage_table


def write_analysis_sheets(fmt: Formats, analysis) -> dict[str, int]:
    """Both sheets; returns their row counts by sheet name."""
    gap_table, coverage_table = table_functions()
    counts = {}
    for sheet, make in ((GAP_SHEET, gap_table), (COVERAGE_SHEET, coverage_table)):
        zh, rows = make(analysis, "zh")
        en, _ = make(analysis, "en")
        counts[sheet] = write_computed_sheet(fmt, sheet, zh, en, rows, naming=_NAMING_COLUMNS[sheet])
    return counts


def write_computed_sheet(fmt: Formats, sheet: str, zh: list[str], en: list[str], rows: list[list], *,
                         naming: int = 1) -> int:
    """A sheet of computed rows under the two header rows, with a filter, widths and print setup."""
    ws = fmt.book.add_worksheet(sheet)
    fmt.header_rows(ws, zh, en)
    ws.freeze_panes(HEADER_ROWS, naming)
    widths = layout.Widths([layout.header_floor(z, e) for z, e in zip(zh, en, strict=True)],
                           [layout.WRAP_CAP] * len(zh), [layout.MIN_WIDTH] * len(zh))
    for row in rows:
        for c, value in enumerate(row):
            if value is not None and value != "":
                widths.measure(c, value)
    widths.fix(measured=bool(rows))
    r = HEADER_ROWS
    for row in rows:
        lines = 1
        for c, value in enumerate(row):
            fmt.write_any(ws, r, c, value)
            if isinstance(value, str):
                lines = max(lines, widths.lines(c, value))
        if lines > 1:
            ws.set_row(r, layout.row_height(lines))
        r += 1
    ws.autofilter(1, 0, max(r - 1, 1), len(zh) - 1)
    fmt.finish(ws, sheet, widths.widths, repeat_columns=naming)
    return r - HEADER_ROWS
