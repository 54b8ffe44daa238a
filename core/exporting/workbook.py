"""The map as one .xlsx planners are happy to work in and print, and that imports back unchanged.

A README sheet first; the gap analysis and chain coverage; one sheet per table with a Chinese header row and
an English one, the row id as a stable key in column A, references as names, choices and yes/no in the app's
words with drop-down lists (on a hidden ``_lists`` sheet), money in 亿元, frozen headers, a filter, widths that
follow the content, and a page setup that prints legibly (core.exporting.layout).

Written with xlsxwriter in constant-memory mode (100,000 firms in a few seconds, memory flat) to a temporary
file beside the target, with xlsxwriter's own temporary files in a private folder there too; the file is
fsynced and renamed over the target only when complete (core.atomic). A cancelled, failed or killed export
leaves an earlier file as it was and nothing else behind (a killed one's leftovers go at the next export).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core import atomic, fields
from core.exporting.analysis_sheets import write_analysis_sheets
from core.exporting.cells import CELL_LIMIT
from core.exporting.failures import ExportError, check_target, file_error
from core.exporting.formats import Formats
from core.exporting.names import (  # noqa: F401 - the importer and tests name these sheets from here
    COVERAGE_SHEET,
    EXPORT_ORDER,
    GAP_SHEET,
    HEADER_ROWS,
    LISTS_SHEET,
    NO,
    README_SHEET,
    SHEET_NAMES,
    YES,
)
from core.exporting.readme import write_readme
from core.exporting.table_sheets import TooLong, write_table
from core.fields.spec import TABLES, display_of
from db import exporting as db_export
from db import rows as db_rows

__all__ = ["COVERAGE_SHEET", "GAP_SHEET", "LISTS_SHEET", "NO", "README_SHEET", "YES", "ExportError", "ExportResult",
           "export_csv", "export_workbook"]


@dataclass
class ExportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # sheet name -> data rows


def _tables(tables) -> list[str]:
    if tables is None:
        return list(EXPORT_ORDER)
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ExportError("export_unknown_table", name=unknown[0])
    return [t for t in EXPORT_ORDER if t in tables]


def export_workbook(db, path, *, template: bool = False, tables=None, progress=None,
                    today: date | None = None, analysis: bool = True) -> ExportResult:
    """Write the map (or, with ``template``, the same workbook without rows) to ``path`` (.xlsx).

    ``progress(table, done, total)`` is called as rows are written (``done`` and ``total`` count the rows of
    the whole export); an exception it raises (Cancel) stops the export and leaves no file behind. ``tables``
    limits the table sheets. Raises ExportError (one line; nothing written) when the file cannot be written.
    """
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    path = Path(path)
    chosen = _tables(tables)
    check_target(path)
    atomic.remove_stale(path.parent)
    today = today or date.today()
    result = ExportResult(path)
    too_long = TooLong()
    try:
        with atomic.atomic_path(path) as tmp, atomic.scratch_folder(path) as scratch:
            book = xlsxwriter.Workbook(str(tmp), {
                "constant_memory": True, "tmpdir": str(scratch), "strings_to_numbers": False,
                "strings_to_formulas": False, "strings_to_urls": False, "nan_inf_to_errors": True,
            })
            try:
                _write(db, book, result, chosen, template=template, analysis=analysis, today=today,
                       progress=progress, too_long=too_long)
                if too_long.cells:
                    raise _too_long_error(db, too_long)
                book.close()
            except BaseException:
                _discard(book)
                raise
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
        raise file_error(path, cause) from None
    except OSError as exc:
        raise file_error(path, exc) from None
    return result


def _write(db, book, result: ExportResult, chosen: list[str], *, template: bool, analysis: bool, today: date,
           progress, too_long: TooLong) -> None:
    description = db_export.map_description(db)
    fmt = Formats(book, footer_right=description.get("dataset_name_zh") or "")
    readme = book.add_worksheet(README_SHEET)  # first, so the workbook opens on it; filled in last
    analysed = not template and analysis
    if analysed:
        from core.analysis.database import analyse_database

        result.sheets.update(write_analysis_sheets(fmt, analyse_database(db, today)))
    referred = sorted({c.ref for t in chosen for c in TABLES[t] if c.kind == "ref"})
    resolver = fields.Resolver(db, small=None)
    labels = {t: resolver.labels(t) for t in referred}
    total = 0 if template else sum(db_export.count_rows(db, t) for t in chosen)
    done = 0
    for table in chosen:
        n = write_table(db, fmt, table, labels, template=template, too_long=too_long, progress=progress,
                        done_before=done, total=total)
        result.sheets[SHEET_NAMES[table]] = n
        done += n
    fmt.write_lists()
    write_readme(readme, fmt, counts=result.sheets, tables=chosen, template=template, description=description,
                 database=db_export.database_name(db), today=today if analysed else None)
    readme.activate()


def _too_long_error(db, too_long: TooLong) -> ExportError:
    table, column, row_id, _length = too_long.cells[0]
    row = db_rows.get(db, table, row_id) or {}
    text = row.get(column) or ""
    facts = dict(table=table, column=column, row_id=row_id, row=display_of(table, row) or row_id,
                 length=len(text.encode("utf-16-le")) // 2, limit=CELL_LIMIT)
    if len(too_long.cells) > 1:
        return ExportError("export_texts_too_long", count=len(too_long.cells), **facts)
    return ExportError("export_text_too_long", **facts)


def _discard(book) -> None:
    """Close the row files of an unfinished book, so its scratch folder can be removed (Windows keeps open
    files) — xlsxwriter only closes them in close(), which would write the file."""
    for ws in book.worksheets():
        with contextlib.suppress(Exception):
            fh = getattr(ws, "row_data_fh", None)
            if fh is not None:
                fh.close()


def export_csv(db, table: str, path, *, progress=None) -> int:
    """One table as CSV (core.exporting.csv_file)."""
    from core.exporting.csv_file import export_csv as write_csv

    return write_csv(db, table, path, progress=progress)
