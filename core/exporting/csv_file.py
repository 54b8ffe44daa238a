"""One table as a CSV file: UTF-8 with a BOM (so Excel shows Chinese), the Chinese header row, the key first,
values as they import back (core.exporting.cells). Written atomically: a killed or failed export leaves an
earlier file of the same name as it was. CSV has no cell limit, so long text is written whole."""

from __future__ import annotations

import csv
from pathlib import Path

from core import atomic, fields
from core.exporting.cells import csv_converter
from core.exporting.failures import ExportError, check_target, file_error
from core.exporting.names import KEY_ZH, header_zh
from core.fields.spec import TABLES
from db import exporting as db_export


def export_csv(db, table: str, path, *, progress=None) -> int:
    """Write ``table`` to ``path``; returns the number of rows. ``progress(table, done, total)`` may raise to
    cancel (nothing is written then)."""
    if table not in TABLES:
        raise ExportError("export_unknown_table", name=table)
    path = Path(path)
    check_target(path)
    atomic.remove_stale(path.parent)
    cols = TABLES[table]
    resolver = fields.Resolver(db, small=None)
    converters = [csv_converter(c, resolver.labels(c.ref) if c.kind == "ref" else None) for c in cols]
    total = db_export.count_rows(db, table)
    count = 0
    try:
        with atomic.atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([KEY_ZH, *(header_zh(table, c) for c in cols)])
            for batch in db_export.row_batches(db, table, [c.name for c in cols]):
                out.writerows([row[0], *("" if v is None else fn(v) for fn, v in zip(converters, row[1:],
                                                                                      strict=True))]
                              for row in batch)
                count += len(batch)
                if progress:
                    progress(table, count, total)
    except OSError as exc:
        raise file_error(path, exc) from None
    return count
