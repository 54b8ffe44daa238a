"""What an export reads: the rows of a table in key order, a batch at a time, and the map's description.

Table and column names reaching these functions come from the app's own specs (core.fields.spec), never from
user text, and are checked against the schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from db.introspect import check_column, check_table

BATCH = 2000  # rows fetched at a time: memory stays flat whatever the table's size


def count_rows(db, table: str) -> int:
    check_table(db, table)
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def row_batches(db, table: str, columns, *, batch: int = BATCH) -> Iterator[list[tuple]]:
    """Lists of ``(id, *columns)`` tuples in id order (the stable key an import matches rows by)."""
    check_table(db, table)
    for column in columns:
        check_column(db, table, column)
    names = ", ".join(f"[{c}]" for c in columns)
    cursor = db.execute(f"SELECT id{', ' if names else ''}{names} FROM [{table}] ORDER BY id")
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        yield rows


def map_description(db) -> dict[str, str]:
    """The map's own facts (dataset name, …) as stored in ``meta``."""
    return {key: value for key, value in db.execute("SELECT key, value FROM meta") if value is not None}


def database_name(db) -> str:
    """The database file's name, or '' for one in memory."""
    path = getattr(db, "path", None) or ""
    return "" if path == ":memory:" else str(path).replace("\\", "/").rsplit("/", 1)[-1]
